import type { MiddlewareFn } from "grammy";
import { resolveAccess, type Access } from "../access/access.js";
import type { MemberService } from "../members/member-service.js";
import { profileName, profileUsername } from "../members/profile-name.js";
import type { ConversationContext } from "./context.js";

/**
 * Loads the sender's membership fresh from the database for every update, so every command and
 * every button press is checked against the current role and status (never against the client).
 * An admin named in ADMIN_TELEGRAM_IDS gets a member record on first contact, so every feature
 * works for them at once.
 *
 * Once per update: a menu button's command runs as an update of its own inside the press (same
 * update id, same sender; see openCommand in create-bot.ts) and takes the access the press loaded
 * a moment before instead of reading the member and agency again.
 */
export function accessMiddleware(members: MemberService, defaultTimezone: string): MiddlewareFn<ConversationContext> {
  // The updates being handled now, by update id and sender; an entry lives only while its update runs.
  const inFlight = new Map<string, Access>();
  return async (ctx, next) => {
    const from = ctx.from;
    const key = from ? `${ctx.update.update_id}:${from.id}` : null;
    const loaded = key === null ? undefined : inFlight.get(key);
    if (loaded) {
      ctx.access = loaded;
      await next();
      return;
    }
    const telegramId = from ? BigInt(from.id) : null;
    let member = telegramId === null ? null : await members.findByTelegramId(telegramId);
    const configured = telegramId !== null && members.isConfiguredAdmin(telegramId);
    if (configured && from && !from.is_bot && (!member || member.status !== "approved" || member.role !== "admin")) {
      member = await members.ensureConfiguredAdmin({
        telegramId: BigInt(from.id),
        fullName: profileName(from.first_name, from.last_name),
        telegramUsername: profileUsername(from.username),
        language: from.language_code?.startsWith("en") ? "en" : "id",
        timezone: defaultTimezone,
      });
    }
    ctx.access = resolveAccess(member, configured, defaultTimezone);
    if (key === null) return next();
    inFlight.set(key, ctx.access);
    try {
      await next();
    } finally {
      inFlight.delete(key);
    }
  };
}

