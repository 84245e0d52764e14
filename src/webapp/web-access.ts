// The same Access the bot builds for an update (src/bot/access-middleware.ts), for a web request:
// the member read fresh from the database every time, and an admin named in ADMIN_TELEGRAM_IDS
// given a member record on first contact, as in the chat.
import { resolveAccess, type Access } from "../access/access.js";
import type { MemberService } from "../members/member-service.js";
import { profileName, profileUsername } from "../members/profile-name.js";
import type { TelegramWebUser } from "./init-data-auth.js";

export function createWebAccess(members: MemberService, defaultTimezone: string) {
  return async function accessOf(user: TelegramWebUser): Promise<Access> {
    let member = await members.findByTelegramId(user.id);
    const configured = members.isConfiguredAdmin(user.id);
    if (configured && !user.isBot && (!member || member.status !== "approved" || member.role !== "admin")) {
      member = await members.ensureConfiguredAdmin({
        telegramId: user.id,
        fullName: profileName(user.firstName, user.lastName),
        telegramUsername: profileUsername(user.username),
        language: user.languageCode?.startsWith("en") ? "en" : "id",
        timezone: defaultTimezone,
      });
    }
    return resolveAccess(member, configured, defaultTimezone);
  };
}

export type WebAccess = ReturnType<typeof createWebAccess>;
