import type { MiddlewareFn } from "grammy";
import { resolveAccess } from "../access/access.js";
import type { MemberService } from "../members/member-service.js";
import type { ConversationContext } from "./context.js";

/**
 * Loads the sender's membership fresh from the database for every update, so every command and
 * every button press is checked against the current role and status (never against the client).
 * An admin named in ADMIN_TELEGRAM_IDS gets a member record on first contact, so every feature
 * works for them at once.
 */
export function accessMiddleware(members: MemberService, defaultTimezone: string): MiddlewareFn<ConversationContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    const telegramId = from ? BigInt(from.id) : null;
    let member = telegramId === null ? null : await members.findByTelegramId(telegramId);
    const configured = telegramId !== null && members.isConfiguredAdmin(telegramId);
    if (configured && from && !from.is_bot && (!member || member.status !== "approved" || member.role !== "admin")) {
      member = await members.ensureConfiguredAdmin({
        telegramId: BigInt(from.id),
        fullName: [from.first_name, from.last_name].filter(Boolean).join(" "),
        telegramUsername: from.username ?? null,
        language: from.language_code?.startsWith("en") ? "en" : "id",
        timezone: defaultTimezone,
      });
    }
    ctx.access = resolveAccess(member, configured, defaultTimezone);
    await next();
  };
}
