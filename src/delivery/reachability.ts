import { Composer } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { Database } from "../db/client.js";
import type { Outbox } from "./outbox.js";
import { keptReads, tableWritesOf } from "../db/table-writes.js";

/** Chats whose reachability is kept between their updates. */
const KEPT_CHATS = 2000;

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
  // a write (a DELETE that removes nothing still takes SQLite's write lock). On SQLite the answer is
  // kept until the table changes (table-writes.ts); on PostgreSQL it is read every time, so a chat
  // another instance marked unreachable is seen at once.
  const unreachable = keptReads<bigint, boolean>(tableWritesOf(db), ["UnreachableChat"], KEPT_CHATS);
  composer.chatType("private").on(["message", "callback_query"], async (ctx, next) => {
    const chatId = BigInt(ctx.chat.id);
    const marked = await unreachable.get(chatId, async () => (await db.unreachableChat.findUnique({ where: { chatId }, select: { chatId: true } })) !== null);
    if (marked) await outbox.clearUnreachable(chatId);
    await next();
  });
  return composer;
}
