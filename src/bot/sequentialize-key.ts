// One queue per chat and per person: updates are handled concurrently (see long-polling.ts), but two
// updates that touch the same chat or the same person's conversation state never run at once.
import { sequentialize } from "@grammyjs/runner";
import type { Context, Middleware } from "grammy";
import type { Update } from "grammy/types";

/**
 * The constraints of an update: its chat and its sender. Conversation state is stored under
 * `${chatId}:${fromId}` (create-bot.ts), so holding both keeps every read-modify-write of that state
 * in order, and also orders one person's updates across chats (a group button and a private flow).
 * Updates with neither (e.g. a poll's state) run freely.
 */
export function updateConstraints(ctx: Pick<Context, "chatId" | "from">): string[] {
  const keys: string[] = [];
  if (ctx.chatId !== undefined) keys.push(`chat:${ctx.chatId}`);
  if (ctx.from !== undefined) keys.push(`user:${ctx.from.id}`);
  return keys;
}

/**
 * The runner's sequentialize on updateConstraints, except for updates in `nested`: those are run by
 * a handler that already holds their chat's turn (a menu button's command, openCommand); waiting for
 * that turn again would wait for itself forever.
 */
export function sequentializeUpdates<C extends Context>(nested: WeakSet<Update>): Middleware<C> {
  const ordered = sequentialize<C>(updateConstraints);
  return (ctx, next) => (nested.has(ctx.update) ? next() : ordered(ctx, next));
}
