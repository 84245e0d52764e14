// Webhook: Telegram POSTs each update with the secret given to setWebhook in the
// X-Telegram-Bot-Api-Secret-Token header. A request without it, or with another, gets 401.
//
// The 200 goes back when the update has been handled, or after `ackAfterMs` if its handler is still
// busy (an import, an export), whichever comes first. Until then Telegram still holds the update: an
// instance that dies mid-update (SIGKILL, out of memory) never answers, and Telegram sends the update
// again, to another instance behind the load balancer. Answering at once would lose it with the
// instance; answering only at the very end of a long handler would make Telegram retry a slow update
// and handle it twice. The sequentialize middleware in createBot (and the per-chat lease across
// processes) keeps one chat's updates in order. At `concurrency` updates in flight a new request
// waits for a free slot, so Telegram slows down instead of memory growing.
import { timingSafeEqual } from "node:crypto";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../shared/logger.js";
import { handleOneUpdate, type UpdateObserver } from "../bot/handle-one-update.js";
import { send, type Route } from "./http-server.js";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Updates are small JSON; anything larger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;
/**
 * Under the time after which Telegram may give up on a request and send the update again (grammY's own
 * webhook adapter assumes 10 s).
 */
export const ACK_AFTER_MS = 8_000;

export interface WebhookOptions<C extends Context> {
  bot: Bot<C>;
  logger: Logger;
  path: string;
  secret: string;
  concurrency: number;
  /** The longest a request waits for its update's handler before the 200 goes back anyway (default ACK_AFTER_MS). */
  ackAfterMs?: number;
  onHandled?: UpdateObserver;
  onRejected?: () => void;
}

export interface Webhook {
  route: Route;
  inFlight(): number;
  /** Waits for the updates in flight (after the server stopped accepting). */
  drain(): Promise<void>;
}

function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createWebhook<C extends Context>(options: WebhookOptions<C>): Webhook {
  const { bot, logger } = options;
  const handling = new Set<Promise<void>>();
  const slotWaiters: Array<() => void> = [];

  const handle = (update: Update) => handleOneUpdate(bot, logger, update, options.onHandled);

  const route: Route = {
    method: "POST",
    path: options.path,
    async handle(request, response) {
      if (!secretMatches(request.headers[SECRET_HEADER], options.secret)) {
        request.resume();
        options.onRejected?.();
        // Counted in /metrics; logged at debug only, so a scanner cannot flood the log.
        logger.debug({ path: options.path }, "webhook request without the right secret token refused");
        send(response, 401, JSON.stringify({ error: "unauthorized" }));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of request as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          send(response, 413, JSON.stringify({ error: "too large" }));
          request.destroy();
          return;
        }
        chunks.push(chunk);
      }
      let update: Update;
      try {
        update = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update;
        if (typeof update !== "object" || update === null || typeof update.update_id !== "number") throw new Error("no update_id");
      } catch {
        send(response, 400, JSON.stringify({ error: "not an update" }));
        return;
      }
      while (handling.size >= options.concurrency) await new Promise<void>((resolve) => slotWaiters.push(resolve));
      const task = handle(update).finally(() => {
        handling.delete(task);
        slotWaiters.shift()?.();
      });
      handling.add(task);
      let waited: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([task, new Promise<void>((resolve) => (waited = setTimeout(resolve, options.ackAfterMs ?? ACK_AFTER_MS)))]);
      clearTimeout(waited);
      send(response, 200, "{}");
    },
  };

  return {
    route,
    inFlight: () => handling.size,
    async drain() {
      while (handling.size > 0) await Promise.all([...handling]);
    },
  };
}
