// The dispatcher drains the outbox: it claims due rows atomically (so processes sharing a database
// never send one row twice), sends within Telegram's limits, and records every outcome.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { GrammyError, HttpError, type Api } from "grammy";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { DeliveryPayload } from "./delivery-types.js";
import type { Outbox } from "./outbox.js";
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimits } from "./rate-limiter.js";

export interface DispatcherOptions {
  db: Database;
  outbox: Outbox;
  /** An Api without auto-retry: the dispatcher handles 429 and retries itself. */
  api: Api;
  clock: Clock;
  logger: Logger;
  limits?: Partial<RateLimits>;
  /** Messages in flight at once; also the most that can be in doubt after a crash. */
  concurrency?: number;
  batchSize?: number;
  /** A claim older than this is taken to belong to a dead dispatcher. */
  leaseMs?: number;
  /** Network errors and 5xx are retried this many times in all, then the row fails. */
  maxAttempts?: number;
  /** How often an idle dispatcher looks for due rows (e.g. scheduled broadcasts). */
  idlePollMs?: number;
  /** Batches handled at once: while one records its outcomes, the next is already sending. */
  parallelBatches?: number;
  /** Called after each batch with the broadcasts it touched (progress messages). */
  afterBatch?: (broadcastIds: Set<number>) => Promise<void>;
}

type Outcome =
  | { id: number; result: "sent" }
  | { id: number; result: "failed" | "skipped"; error: string }
  | { id: number; result: "retry"; error: string; delayMs: number; countsAsAttempt: boolean }
  | { id: number; result: "deferred"; delayMs: number }
  | { id: number; result: "released" };

interface ClaimedRow {
  id: number;
  chatId: bigint;
  payload: string;
  attempts: number;
  broadcastId: number | null;
}

export interface DispatcherStats {
  sent: number;
  failed: number;
  skipped: number;
  retried: number;
  http429: number;
}

/** Exponential backoff with ±20 % jitter: 0.5 s, 1 s, 2 s, 4 s ... up to a minute. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + random() * 0.4));
}

async function sendPayload(api: Api, chatId: number, payload: DeliveryPayload) {
  const markup = payload.replyMarkup ? { reply_markup: payload.replyMarkup } : {};
  if (payload.kind === "text") {
    return api.sendMessage(chatId, payload.text, {
      ...(payload.parseMode ? { parse_mode: payload.parseMode } : { entities: payload.entities }),
      ...markup,
    });
  }
  const caption = {
    caption: payload.caption,
    ...(payload.parseMode ? { parse_mode: payload.parseMode } : { caption_entities: payload.captionEntities }),
    ...markup,
  };
  return payload.kind === "photo"
    ? api.sendPhoto(chatId, payload.fileId, caption)
    : api.sendDocument(chatId, payload.fileId, caption);
}

export function createDispatcher(options: DispatcherOptions) {
  const { db, outbox, api, clock, logger } = options;
  const concurrency = options.concurrency ?? 8;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const idlePollMs = options.idlePollMs ?? 1000;
  const parallelBatches = options.parallelBatches ?? 2;
  const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS, ...options.limits });
  const stats: DispatcherStats = { sent: 0, failed: 0, skipped: 0, retried: 0, http429: 0 };

  /** Telegram's 429 is a global signal: everyone waits until this (performance.now()). */
  let pausedUntil = 0;
  let running = false;
  let loop: Promise<void> | undefined;
  const sleepers = new Set<() => void>();
  const unsubscribe = outbox.onEnqueued(() => wakeAll());
  function wakeAll() {
    for (const wake of sleepers) wake();
    sleepers.clear();
  }
  /** Waits for the next poll, or until something is enqueued in this process. */
  function idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, idlePollMs);
      sleepers.add(wake);
    });
  }

  async function claim(): Promise<ClaimedRow[]> {
    // Another dispatcher may take the same candidates first; then we look again.
    for (let tries = 0; tries < 10; tries++) {
      const now = clock.now();
      const candidates = await db.delivery.findMany({
        where: { state: "queued", notBefore: { lte: now } },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true },
      });
      if (candidates.length === 0) return [];
      const claimToken = randomUUID();
      // The state condition makes the claim atomic: a row another process took meanwhile is skipped.
      const claimed = await db.delivery.updateMany({
        where: { id: { in: candidates.map((c) => c.id) }, state: "queued" },
        data: { state: "claimed", claimToken, claimedAt: now },
      });
      if (claimed.count === 0) continue;
      return db.delivery.findMany({
        where: { claimToken, state: "claimed" },
        orderBy: { id: "asc" },
        select: { id: true, chatId: true, payload: true, attempts: true, broadcastId: true },
      });
    }
    return [];
  }

  async function sendOne(row: ClaimedRow, unreachable: Set<bigint>): Promise<Outcome> {
    if (unreachable.has(row.chatId)) return { id: row.id, result: "skipped", error: "unreachable" };
    const chatId = Number(row.chatId);
    // A group's 20-a-minute pace must not hold up everyone else: come back later. A private chat's
    // pace (a second or so) is simply waited for.
    const chatWait = limiter.chatWait(chatId);
    if (chatWait > 5000) return { id: row.id, result: "deferred", delayMs: chatWait };
    for (;;) {
      const pause = pausedUntil - performance.now();
      if (pause > 0) await sleep(pause);
      const wait = limiter.reserve(chatId);
      if (wait > 0) await sleep(wait);
      for (let w = limiter.acquire(); w > 0; w = limiter.acquire()) await sleep(w);
      if (pausedUntil <= performance.now()) break;
    }
    // Only rows in "sending" can have reached Telegram unrecorded: after a crash, those (at most
    // `concurrency`) are the ones in doubt; claimed rows that were still waiting are not.
    const marked = await db.delivery.updateMany({ where: { id: row.id, state: "claimed" }, data: { state: "sending", claimedAt: clock.now() } });
    // Stopped (a broadcast's stop button) or taken back while we waited: not ours to send.
    if (marked.count === 0) return { id: row.id, result: "released" };
    try {
      await sendPayload(api, chatId, JSON.parse(row.payload) as DeliveryPayload);
      return { id: row.id, result: "sent" };
    } catch (error) {
      return classify(row, error, unreachable);
    }
  }

  async function classify(row: ClaimedRow, error: unknown, unreachable: Set<bigint>): Promise<Outcome> {
    if (error instanceof GrammyError) {
      const reason = `${error.error_code} ${error.description}`;
      if (error.error_code === 429) {
        stats.http429 += 1;
        const seconds = error.parameters.retry_after ?? 1;
        pausedUntil = Math.max(pausedUntil, performance.now() + seconds * 1000);
        logger.warn({ retryAfter: seconds }, "Telegram asked to slow down (429); pausing all deliveries");
        return { id: row.id, result: "retry", error: reason, delayMs: 0, countsAsAttempt: false };
      }
      if (error.error_code === 403) {
        unreachable.add(row.chatId);
        await outbox.markUnreachable(row.chatId, error.description);
        return { id: row.id, result: "skipped", error: reason };
      }
      if (error.error_code >= 500) return retryOrFail(row, reason);
      if (error.parameters.migrate_to_chat_id) {
        return { id: row.id, result: "failed", error: `${reason} (migrated to ${error.parameters.migrate_to_chat_id})` };
      }
      return { id: row.id, result: "failed", error: reason };
    }
    const reason = error instanceof HttpError ? `network: ${String(error.error)}` : String(error);
    return retryOrFail(row, reason);
  }

  function retryOrFail(row: ClaimedRow, reason: string): Outcome {
    const attempt = row.attempts + 1;
    if (attempt >= maxAttempts) return { id: row.id, result: "failed", error: `${reason} (after ${attempt} attempts)` };
    return { id: row.id, result: "retry", error: reason, delayMs: backoffMs(attempt), countsAsAttempt: true };
  }

  /** Records one outcome as soon as it is known, so a crash leaves as little as possible in doubt. */
  async function record(o: Outcome) {
    if (o.result === "released") return;
    const now = clock.now();
    const data =
      o.result === "sent"
        ? { state: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null }
        : o.result === "retry"
          ? {
              state: "queued",
              notBefore: new Date(now.getTime() + o.delayMs),
              attempts: { increment: o.countsAsAttempt ? 1 : 0 },
              lastError: o.error,
            }
          : o.result === "deferred"
            ? { state: "queued", notBefore: new Date(now.getTime() + o.delayMs) }
            : { state: o.result, attempts: { increment: 1 }, lastError: o.error };
    // Only the row as this dispatcher holds it: a row stopped meanwhile stays stopped.
    await db.delivery.updateMany({ where: { id: o.id, state: { in: ["claimed", "sending"] } }, data: { ...data, claimToken: null } });
    if (o.result === "sent") stats.sent += 1;
    else if (o.result === "failed") stats.failed += 1;
    else if (o.result === "skipped") stats.skipped += 1;
    else if (o.result === "retry") stats.retried += 1;
  }

  /** Claims one batch and sends it; returns how many rows it handled. */
  async function runOnce(): Promise<number> {
    const claimed = await claim();
    if (claimed.length === 0) return 0;
    const unreachable = new Set(
      (
        await db.unreachableChat.findMany({
          where: { chatId: { in: [...new Set(claimed.map((r) => r.chatId))] } },
          select: { chatId: true },
        })
      ).map((u) => u.chatId),
    );
    // Rows for one chat go out in order, one after another; different chats in parallel.
    const byChat = new Map<bigint, ClaimedRow[]>();
    for (const row of claimed) byChat.set(row.chatId, [...(byChat.get(row.chatId) ?? []), row]);
    const queues = [...byChat.values()];
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queues.length) }, async () => {
        for (let queue = queues.shift(); queue; queue = queues.shift()) {
          let deferRest = false;
          for (const row of queue) {
            // Later parts of a split message wait for the earlier ones.
            const outcome: Outcome = deferRest ? { id: row.id, result: "deferred", delayMs: 1000 } : await sendOne(row, unreachable);
            if (outcome.result === "retry" || outcome.result === "deferred") deferRest = true;
            await record(outcome);
          }
        }
      }),
    );
    const broadcasts = new Set(claimed.map((r) => r.broadcastId).filter((id): id is number => id !== null));
    if (options.afterBatch) {
      try {
        await options.afterBatch(broadcasts);
      } catch (error) {
        logger.warn({ err: error }, "after-batch hook failed");
      }
    }
    return claimed.length;
  }

  return {
    stats,

    /** Sends everything that is due now, then returns (tests, the sandbox). */
    async drain(): Promise<number> {
      let total = 0;
      for (let n = await runOnce(); n > 0; n = await runOnce()) total += n;
      return total;
    },

    runOnce,

    /** Recovers rows a dead dispatcher left behind, then drains continuously until stopped. */
    async start(): Promise<void> {
      if (running) return;
      running = true;
      const recovered = await outbox.recoverStale(leaseMs);
      if (recovered > 0) logger.warn({ recovered }, "deliveries left in flight by a stopped dispatcher were requeued (in doubt)");
      let lastRecovery = performance.now();
      const worker = async () => {
        while (running) {
          let handled = 0;
          try {
            handled = await runOnce();
            if (performance.now() - lastRecovery > leaseMs / 2) {
              lastRecovery = performance.now();
              await outbox.recoverStale(leaseMs);
            }
          } catch (error) {
            logger.error({ err: error }, "dispatcher batch failed");
            await sleep(1000);
          }
          if (handled === 0 && running) await idle();
        }
      };
      loop = Promise.all(Array.from({ length: parallelBatches }, worker)).then(() => undefined);
    },

    /** Finishes the batch in hand, then stops. */
    async stop(): Promise<void> {
      running = false;
      wakeAll();
      await loop;
      unsubscribe();
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
