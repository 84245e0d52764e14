// The dispatcher drains the outbox: it claims due rows atomically (so processes sharing a database
// never send one row twice), sends within Telegram's limits, and records every outcome.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { GrammyError, HttpError, type Api } from "grammy";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { ERASED_PAYLOAD, type DeliveryPayload } from "./delivery-types.js";
import type { Outbox } from "./outbox.js";
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimits } from "./rate-limiter.js";
import { bounded, RequestTimeout, sendPayload } from "./send-payload.js";

export interface DispatcherOptions {
  db: Database;
  outbox: Outbox;
  /** An Api without auto-retry: the dispatcher handles 429 and retries itself. */
  api: Api;
  clock: Clock;
  logger: Logger;
  limits?: Partial<RateLimits>;
  /**
   * Messages in flight at once in one batch. With `parallelBatches` batches, a process has at most
   * parallelBatches × min(concurrency, batchSize) requests out: the most that can be in doubt after a crash.
   */
  concurrency?: number;
  batchSize?: number;
  /** A claim not refreshed for this long is taken to belong to a dead dispatcher. */
  leaseMs?: number;
  /** How often a batch in hand refreshes its claim (default: a third of the lease). */
  heartbeatMs?: number;
  /**
   * A Bot API request not answered within this is abandoned and its row is in doubt (default: half
   * the lease; must be below it, so a row is recorded before anyone may take it back).
   */
  requestTimeoutMs?: number;
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
  | { id: number; result: "failed" | "skipped"; error: string; inDoubt?: true }
  | { id: number; result: "retry"; error: string; delayMs: number; countsAsAttempt: boolean; inDoubt?: true }
  | { id: number; result: "deferred"; delayMs: number }
  | { id: number; result: "released" };

interface ClaimedRow {
  claimToken: string;
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
  /** Requests abandoned after requestTimeoutMs (their rows are in doubt). */
  timedOut: number;
  /** Rows taken back from dispatchers that stopped refreshing their claims. */
  recovered: number;
}

/** Exponential backoff with ±20 % jitter: 0.5 s, 1 s, 2 s, 4 s ... up to a minute. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + random() * 0.4));
}

export function createDispatcher(options: DispatcherOptions) {
  const { db, outbox, api, clock, logger } = options;
  const concurrency = options.concurrency ?? 8;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 60_000;
  const heartbeatMs = options.heartbeatMs ?? Math.max(1, Math.floor(leaseMs / 3));
  const requestTimeoutMs = options.requestTimeoutMs ?? Math.floor(leaseMs / 2);
  if (!(requestTimeoutMs > 0 && requestTimeoutMs < leaseMs && heartbeatMs < leaseMs)) {
    throw new RangeError(`delivery: requestTimeoutMs (${requestTimeoutMs}) and heartbeatMs (${heartbeatMs}) must be below leaseMs (${leaseMs})`);
  }
  const maxAttempts = options.maxAttempts ?? 5;
  const idlePollMs = options.idlePollMs ?? 1000;
  const parallelBatches = options.parallelBatches ?? 2;
  const limiter = new RateLimiter({ ...DEFAULT_RATE_LIMITS, ...options.limits });
  const stats: DispatcherStats = { sent: 0, failed: 0, skipped: 0, retried: 0, http429: 0, timedOut: 0, recovered: 0 };

  /** Telegram's 429 is a global signal: everyone waits until this (performance.now()). */
  let pausedUntil = 0;
  let running = false;
  /** performance.now() of the loop's last sign of life (a turn, or an outcome recorded): health checks. */
  let lastActiveAt = performance.now();
  /** Aborted by stop(): waits end, and rows not yet sent go back to the queue. */
  let stopping = new AbortController();
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

  async function claim(): Promise<{ claimToken: string; rows: ClaimedRow[] }> {
    // Another dispatcher may take the same candidates first; then we look again.
    for (let tries = 0; tries < 10; tries++) {
      const now = clock.now();
      const candidates = await db.delivery.findMany({
        where: { state: "queued", notBefore: { lte: now } },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true },
      });
      if (candidates.length === 0) return { claimToken: "", rows: [] };
      const claimToken = randomUUID();
      // The state condition makes the claim atomic: a row another process took meanwhile is skipped.
      const claimed = await db.delivery.updateMany({
        where: { id: { in: candidates.map((c) => c.id) }, state: "queued" },
        data: { state: "claimed", claimToken, claimedAt: now },
      });
      if (claimed.count === 0) continue;
      const rows = await db.delivery.findMany({
        where: { claimToken, state: "claimed" },
        orderBy: { id: "asc" },
        select: { id: true, chatId: true, payload: true, attempts: true, broadcastId: true },
      });
      return { claimToken, rows: rows.map((r) => ({ ...r, claimToken })) };
    }
    return { claimToken: "", rows: [] };
  }

  /**
   * While a batch is in hand (rows waiting their turn, or a request out), its claim is refreshed
   * every heartbeatMs, so only a dispatcher that stopped refreshing (a dead one) loses its rows.
   */
  function keepAlive(claimToken: string): () => Promise<void> {
    let beating: Promise<unknown> = Promise.resolve();
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      beating = db.delivery
        .updateMany({ where: { claimToken, state: { in: ["claimed", "sending"] } }, data: { claimedAt: clock.now() } })
        .catch((error: unknown) => logger.warn({ err: error }, "delivery claim heartbeat failed"))
        .finally(() => (busy = false));
    }, heartbeatMs);
    return async () => {
      clearInterval(timer);
      await beating;
    };
  }

  async function sendOne(row: ClaimedRow, unreachable: Set<bigint>): Promise<Outcome> {
    if (unreachable.has(row.chatId)) return { id: row.id, result: "skipped", error: "unreachable" };
    const chatId = Number(row.chatId);
    // A group's 20-a-minute pace must not hold up everyone else: come back later. A private chat's
    // pace (a second or so) is simply waited for.
    const chatWait = limiter.chatWait(chatId);
    if (chatWait > 5000) return { id: row.id, result: "deferred", delayMs: chatWait };
    const { signal } = stopping;
    try {
      for (;;) {
        const pause = pausedUntil - performance.now();
        if (pause > 0) await sleep(pause, undefined, { signal });
        const wait = limiter.reserve(chatId);
        if (wait > 0) await sleep(wait, undefined, { signal });
        for (let w = limiter.acquire(); w > 0; w = limiter.acquire()) await sleep(w, undefined, { signal });
        if (pausedUntil <= performance.now()) break;
      }
    } catch {
      return { id: row.id, result: "deferred", delayMs: 0 }; // stopping: not sent, back to the queue
    }
    if (signal.aborted) return { id: row.id, result: "deferred", delayMs: 0 };
    // Only rows in "sending" can have reached Telegram unrecorded: after a crash, those (at most
    // `concurrency` per batch) are the ones in doubt; claimed rows that were still waiting are not.
    const marked = await db.delivery.updateMany({
      where: { id: row.id, state: "claimed", claimToken: row.claimToken },
      data: { state: "sending", claimedAt: clock.now() },
    });
    // Stopped (a broadcast's stop button) or taken back while we waited: not ours to send.
    if (marked.count === 0) return { id: row.id, result: "released" };
    if (row.payload === ERASED_PAYLOAD) return { id: row.id, result: "failed", error: "payload erased" };
    try {
      const payload = JSON.parse(row.payload) as DeliveryPayload;
      await bounded(requestTimeoutMs, (signal) => sendPayload(api, chatId, payload, signal));
      return { id: row.id, result: "sent" };
    } catch (error) {
      return classify(row, error, unreachable);
    }
  }

  async function classify(row: ClaimedRow, error: unknown, unreachable: Set<bigint>): Promise<Outcome> {
    // Like a row left "sending" by a crash: retried, and counted as in doubt in the reports.
    if (error instanceof RequestTimeout) {
      stats.timedOut += 1;
      logger.warn({ timeoutMs: requestTimeoutMs }, "Bot API request timed out; the delivery is in doubt and will be retried");
      return retryOrFail(row, error.message, true);
    }
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

  function retryOrFail(row: ClaimedRow, reason: string, inDoubt = false): Outcome {
    const attempt = row.attempts + 1;
    const doubt = inDoubt ? { inDoubt: true as const } : {};
    if (attempt >= maxAttempts) return { id: row.id, result: "failed", error: `${reason} (after ${attempt} attempts)`, ...doubt };
    return { id: row.id, result: "retry", error: reason, delayMs: backoffMs(attempt), countsAsAttempt: true, ...doubt };
  }

  /** Records one outcome as soon as it is known, so a crash leaves as little as possible in doubt. */
  async function record(o: Outcome, claimToken: string) {
    if (o.result === "released") return;
    const now = clock.now();
    // A finished row keeps what the reports count (state, reason, times), not what it said;
    // updatedAt is when it finished (pruning counts the retention from it).
    const finished = { payload: ERASED_PAYLOAD, updatedAt: now };
    const doubt = "inDoubt" in o && o.inDoubt ? { inDoubt: true } : {};
    const data =
      o.result === "sent"
        ? { state: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null, ...finished }
        : o.result === "retry"
          ? {
              state: "queued",
              notBefore: new Date(now.getTime() + o.delayMs),
              attempts: { increment: o.countsAsAttempt ? 1 : 0 },
              lastError: o.error,
              ...doubt,
            }
          : o.result === "deferred"
            ? { state: "queued", notBefore: new Date(now.getTime() + o.delayMs) }
            : { state: o.result, attempts: { increment: 1 }, lastError: o.error, ...doubt, ...finished };
    // Only the row as this dispatcher holds it: a row stopped or taken back meanwhile is left alone.
    await db.delivery.updateMany({
      where: { id: o.id, claimToken, state: { in: ["claimed", "sending"] } },
      data: { ...data, claimToken: null },
    });
    lastActiveAt = performance.now();
    if (o.result === "sent") stats.sent += 1;
    else if (o.result === "failed") stats.failed += 1;
    else if (o.result === "skipped") stats.skipped += 1;
    else if (o.result === "retry") stats.retried += 1;
  }

  /** Claims one batch and sends it; returns how many rows it handled. */
  async function runOnce(): Promise<number> {
    const { claimToken, rows: claimed } = await claim();
    if (claimed.length === 0) return 0;
    const stopHeartbeat = keepAlive(claimToken);
    try {
      await sendBatch(claimToken, claimed);
    } finally {
      await stopHeartbeat();
    }
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

  async function sendBatch(claimToken: string, claimed: ClaimedRow[]): Promise<void> {
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
            const outcome: Outcome = stopping.signal.aborted
              ? { id: row.id, result: "deferred", delayMs: 0 }
              : deferRest
                ? { id: row.id, result: "deferred", delayMs: 1000 }
                : await sendOne(row, unreachable);
            if (outcome.result === "retry" || outcome.result === "deferred") deferRest = true;
            await record(outcome, claimToken);
          }
        }
      }),
    );
  }

  return {
    stats,

    /** Sends everything that is due now, then returns (tests, the sandbox). */
    async drain(): Promise<number> {
      if (!running && stopping.signal.aborted) stopping = new AbortController();
      let total = 0;
      for (let n = await runOnce(); n > 0; n = await runOnce()) total += n;
      return total;
    },

    runOnce,

    /** Whether the loop runs, and milliseconds since it last showed life (for /healthz). */
    liveness(): { running: boolean; idleMs: number } {
      return { running, idleMs: performance.now() - lastActiveAt };
    },

    /** Recovers rows a dead dispatcher left behind, then drains continuously until stopped. */
    async start(): Promise<void> {
      if (running) return;
      running = true;
      stopping = new AbortController();
      const recovered = await outbox.recoverStale(leaseMs);
      stats.recovered += recovered;
      if (recovered > 0) logger.warn({ recovered }, "deliveries left in flight by a stopped dispatcher were requeued (in doubt)");
      let lastRecovery = performance.now();
      const worker = async () => {
        while (running) {
          lastActiveAt = performance.now();
          let handled = 0;
          try {
            handled = await runOnce();
            if (performance.now() - lastRecovery > leaseMs / 2) {
              lastRecovery = performance.now();
              const taken = await outbox.recoverStale(leaseMs);
              stats.recovered += taken;
              if (taken > 0) logger.warn({ recovered: taken }, "deliveries of a dispatcher that stopped refreshing its claim were requeued");
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

    /**
     * Stops within one request's bound: requests already out are answered (or time out) and
     * recorded; rows of the batch not yet sent go back to the queue.
     */
    async stop(): Promise<void> {
      running = false;
      stopping.abort();
      wakeAll();
      await loop;
      unsubscribe();
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
