// Per-user limits on commands and messages. PLACEHOLDER: filled in by the abuse-limits work.
import type { MiddlewareFn } from "grammy";
import type { Clock } from "../shared/clock.js";
import type { ConversationContext } from "./context.js";

export interface AbuseLimitOptions {
  clock: Clock;
}

export function createAbuseLimiter(_options: AbuseLimitOptions): MiddlewareFn<ConversationContext> {
  return async (_ctx, next) => {
    await next();
  };
}
