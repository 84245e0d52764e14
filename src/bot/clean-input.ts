// Cleans the text of every incoming message before anything stores it. PLACEHOLDER: filled in by
// the text-hardening work.
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";

export const cleanInput: MiddlewareFn<BotContext> = async (_ctx, next) => {
  await next();
};
