import { Composer } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { Database } from "../db/client.js";
import type { Outbox } from "./outbox.js";

/**
 * A chat that answered 403 is skipped until it shows signs of life: a member who writes to the
 * bot again, or unblocks it, gets deliveries again.
 */
export function createReachabilityComposer(outbox: Outbox, db: Database): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").on("my_chat_member", async (ctx, next) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "kicked") await outbox.markUnreachable(BigInt(ctx.chat.id), "blocked the bot");
    else await outbox.clearUnreachable(BigInt(ctx.chat.id));
    await next();
  });
  // A group that removed the bot and adds it back is reachable again.
  composer.chatType(["group", "supergroup"]).on("my_chat_member", async (ctx, next) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "left" || status === "kicked") await outbox.markUnreachable(BigInt(ctx.chat.id), "bot removed from the group");
    else await outbox.clearUnreachable(BigInt(ctx.chat.id));
    await next();
  });
  // Nearly every update comes from a reachable chat: a read by primary key finds that out without
  // a write (a DELETE that removes nothing still takes SQLite's write lock). The row is read, not
  // remembered, so a chat another process marked unreachable is seen at once.
  composer.chatType("private").on(["message", "callback_query"], async (ctx, next) => {
    const chatId = BigInt(ctx.chat.id);
    if (await db.unreachableChat.findUnique({ where: { chatId }, select: { chatId: true } })) await outbox.clearUnreachable(chatId);
    await next();
  });
  return composer;
}
