import type { Actor } from "../audit/audit-service.js";
import type { ConversationContext } from "./context.js";

/** Who is acting, for the audit log: the sender's membership (if any) and Telegram id. */
export function actorOf(ctx: ConversationContext): Actor {
  return { memberId: ctx.access.member?.id ?? null, telegramId: BigInt(ctx.from?.id ?? 0) };
}
