import type { MiddlewareFn } from "grammy";
import type { MemberService } from "../members/member-service.js";
import { resolveAccess } from "../members/member-types.js";
import type { ConversationContext } from "./context.js";

/**
 * Loads the sender's membership fresh from the database for every update, so every command and
 * every button press is checked against the current role and status (never against the client).
 */
export function accessMiddleware(members: MemberService): MiddlewareFn<ConversationContext> {
  return async (ctx, next) => {
    const telegramId = ctx.from ? BigInt(ctx.from.id) : null;
    const member = telegramId === null ? null : await members.findByTelegramId(telegramId);
    ctx.access = resolveAccess(member, telegramId !== null && members.isConfiguredAdmin(telegramId));
    await next();
  };
}
