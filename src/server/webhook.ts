// Webhook: Telegram POSTs each update with the secret given to setWebhook in the
// X-Telegram-Bot-Api-Secret-Token header. A request without it, or with another, gets 401.
//
// The update is acknowledged (200) as soon as it is accepted and handled afterwards, like long
// polling does with the runner: answering only after the handler would make Telegram retry a slow
// update (an import, an export) and handle it twice. The sequentialize middleware in createBot
// keeps one chat's updates in order. At `concurrency` updates in flight the 200 waits for a free
// slot, so Telegram slows down instead of memory growing. An update accepted and then lost to a
// crash is not retried (as with polling, whose offset moves on when the next batch is fetched).
// Tried and dropped: answering only after the handler. Then an instance killed after saving a flow's
// step but before answering has the update sent again and handled twice, and the person's name was
// taken as the answer to the next question (test/multi-instance.test.ts, twice in CI); a lost update
// is safer: the person sees no reply and types again.
import { timingSafeEqual } from "node:crypto";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../shared/logger.js";
import { handleOneUpdate, type UpdateObserver } from "../bot/handle-one-update.js";
import { send, type Route } from "./http-server.js";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Updates are small JSON; anything larger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;

export interface WebhookOptions<C extends Context> {
  bot: Bot<C>;
  logger: Logger;
  path: string;
  secret: string;
  concurrency: number;
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
