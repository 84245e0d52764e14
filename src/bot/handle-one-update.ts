// One update through the bot, as grammY's own polling does it: a handler's error goes to bot.catch,
// and an error in bot.catch itself is logged rather than lost. Shared by long polling and webhooks,
// which both hand updates over without awaiting one another.
import { BotError, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../shared/logger.js";

/** Told after every update: how long it took (seconds) and whether its handler threw. */
export type UpdateObserver = (update: Update, seconds: number, ok: boolean) => void;

export async function handleOneUpdate<C extends Context>(bot: Bot<C>, logger: Logger, update: Update, onHandled?: UpdateObserver): Promise<void> {
  const startedAt = performance.now();
  let ok = true;
  try {
    await bot.handleUpdate(update);
  } catch (error) {
    ok = false;
    try {
      if (error instanceof BotError) await bot.errorHandler(error);
      else throw error;
    } catch (unhandled) {
      logger.error({ err: unhandled, updateId: update.update_id }, "update failed and its error handler failed");
    }
  } finally {
    onHandled?.(update, (performance.now() - startedAt) / 1000, ok);
  }
}
