// The same Access the bot builds for an update (src/bot/access-middleware.ts), for a web request:
// the member read fresh from the database every time, and an admin named in ADMIN_TELEGRAM_IDS
// given a member record on first contact, as in the chat.
import { resolveAccess, type Access } from "../access/access.js";
import type { MemberService } from "../members/member-service.js";
import { cleanLine, cleanUserText, fitText } from "../shared/user-text.js";
import type { TelegramWebUser } from "./init-data-auth.js";

/** Same limit as a name the bot takes from a Telegram profile. */
const PROFILE_NAME_MAX = 100;

export function createWebAccess(members: MemberService, defaultTimezone: string) {
  return async function accessOf(user: TelegramWebUser): Promise<Access> {
    let member = await members.findByTelegramId(user.id);
    const configured = members.isConfiguredAdmin(user.id);
    if (configured && !user.isBot && (!member || member.status !== "approved" || member.role !== "admin")) {
      const username = user.username === undefined ? "" : cleanUserText(user.username).trim();
      member = await members.ensureConfiguredAdmin({
        telegramId: user.id,
        fullName: fitText(cleanLine([user.firstName, user.lastName].filter(Boolean).join(" ")), PROFILE_NAME_MAX),
        telegramUsername: /^[A-Za-z0-9_]{1,32}$/.test(username) ? username : null,
        language: user.languageCode?.startsWith("en") ? "en" : "id",
        timezone: defaultTimezone,
      });
    }
    return resolveAccess(member, configured, defaultTimezone);
  };
}

export type WebAccess = ReturnType<typeof createWebAccess>;
