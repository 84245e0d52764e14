// Long polling with grammY's runner: updates of different chats are handled at once (up to a bound),
// one chat's in order (sequentialize-key.ts, installed in create-bot.ts). getUpdates is called here,
// not by the runner's own fetcher, which would retry 401 (token revoked) for 15 hours: up and deaf.
import { createConcurrentSink, createRunner, createSource, type UpdateSupplier } from "@grammyjs/runner";
import { GrammyError, HttpError, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../shared/logger.js";
import { handleOneUpdate, type UpdateObserver } from "./handle-one-update.js";

/**
 * Updates handled at once. Handlers mostly wait on the Bot API and SQLite (one connection, so the
 * database work is serialised anyway); a bound keeps memory and the outbox's backlog in check on a
 * 2-core machine while a slow chat does not hold up the others.
 */
export const UPDATE_CONCURRENCY = 100;
/** Waits after a network error or a 5xx from getUpdates (grammY's own polling waits 3 s as well). */
const NETWORK_RETRY_MS = 3_000;

/** Long polling ended for a reason retrying cannot fix (e.g. 401: the token was revoked). */
export class PollingFailedError extends Error {
  constructor(
    message: string,
    readonly errorCode: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PollingFailedError";
  }
}

export interface LongPollingOptions<C extends Context> {
  bot: Bot<C>;
  logger: Logger;
  token: string;
  allowedUpdates: readonly string[];
  /** First wait after a 409 Conflict; doubles up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  concurrency?: number;
  /** Called after each update with seconds taken (including its chat's queue) and whether it failed: metrics. */
  onHandled?: UpdateObserver;
}

export interface LongPolling {
  /** Resolves once the first getUpdates is about to run; rejects when polling could not begin. */
  started: Promise<void>;
  /** Settles when polling ends: resolves after stop(), rejects with a PollingFailedError. */
  done: Promise<void>;
  /** Updates being handled (or waiting for their chat's turn) now. */
  inFlight(): number;
  /** Stops fetching, waits for the handlers in flight, confirms the last update to Telegram. */
  stop(): Promise<void>;
}

/** The runner's and grammY's AbortSignal (the abort-controller shim) and Node's, as used here. */
interface Signal {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

export function startLongPolling<C extends Context>(options: LongPollingOptions<C>): LongPolling {
  const { bot, logger, token, retryBaseMs, retryMaxMs } = options;
  const concurrency = options.concurrency ?? UPDATE_CONCURRENCY;
  const redact = (text: string) => text.split(token).join("<token>");
  const stopper = new AbortController();
  let offset = 0;
  let conflicts = 0;
  let failed = false;

  const pause = (ms: number, signal: Signal) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        stopper.signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
      stopper.signal.addEventListener("abort", done, { once: true });
    });

  // 409: another instance polls the same token (a short overlap during a redeploy): back off and poll
  // again. 429, 5xx and network errors: wait and retry. Any other error (401: the token was revoked)
  // ends polling for good. Never log an error's text unredacted: URLs carry the token.
  async function afterFailure(error: unknown, signal: Signal): Promise<void> {
    if (error instanceof GrammyError && error.error_code === 409) {
      const waitMs = Math.min(retryBaseMs * 2 ** conflicts, retryMaxMs);
      conflicts += 1;
      logger.warn(
        { errorCode: 409, retryInMs: waitMs, attempt: conflicts },
        "another instance is polling this bot token (409 Conflict); polling again after a pause",
      );
      return pause(waitMs, signal);
    }
    if (error instanceof HttpError || (error instanceof GrammyError && (error.error_code === 429 || error.error_code >= 500))) {
      const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
      const waitMs = retryAfter !== undefined ? retryAfter * 1000 : NETWORK_RETRY_MS;
      const errorCode = error instanceof GrammyError ? error.error_code : undefined;
      logger.warn({ errorCode, kind: errorCode ? "telegram" : "network", retryInMs: waitMs }, "getUpdates failed; polling again after a pause");
      return pause(waitMs, signal);
    }
    const errorCode = error instanceof GrammyError ? error.error_code : undefined;
    const reason =
      errorCode === 401
        ? "Telegram rejected the bot token (401 Unauthorized): it was revoked or changed; set a new BOT_TOKEN from @BotFather"
        : `long polling failed: ${redact(error instanceof Error ? error.message : String(error))}`;
    logger.fatal({ errorCode }, reason);
    failed = true;
    throw new PollingFailedError(reason, errorCode, { cause: error });
  }

  /** `call` until it works, stop() is called (rethrows), or afterFailure gives up (throws). */
  async function persist<T>(call: (signal: never) => Promise<T>, signal: Signal): Promise<T> {
    for (;;) {
      try {
        return await call(signal as never);
      } catch (error) {
        if (signal.aborted || stopper.signal.aborted) throw error;
        await afterFailure(error, signal);
        if (signal.aborted || stopper.signal.aborted) throw error;
      }
    }
  }

  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, signal) {
      const updates = await persist(
        (s) => bot.api.getUpdates({ offset, limit: Math.max(1, Math.min(batchSize, 100)), timeout: 30, allowed_updates: options.allowedUpdates as never }, s),
        signal,
      );
      if (conflicts > 0) logger.info({ afterConflicts: conflicts }, "bot is polling for updates again");
      conflicts = 0;
      const last = updates.at(-1);
      if (last) offset = last.update_id + 1;
      return updates;
    },
  };

  // Handlers in flight, for stop() to wait on. Errors go to bot.catch as with bot.start().
  const handling = new Set<Promise<void>>();
  const sink = createConcurrentSink<Update>(
    {
      consume(update) {
        const task = handleOneUpdate(bot, logger, update, options.onHandled);
        handling.add(task);
        return task.finally(() => handling.delete(task));
      },
    },
    async () => undefined,
    { concurrency },
  );
  const runner = createRunner(createSource(supplier), sink);

  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = (async () => {
    // Telegram refuses getUpdates while a webhook is set: remove it first, as bot.start() does.
    await persist((signal) => bot.api.deleteWebhook({}, signal), stopper.signal);
    if (stopper.signal.aborted) return;
    logger.info({ username: bot.botInfo.username, concurrency }, "bot is polling for updates");
    markStarted();
    runner.start();
    await runner.task();
  })();
  done.catch(() => undefined);

  let stopping: Promise<void> | undefined;
  return {
    started,
    done,
    inFlight: () => handling.size,
    stop() {
      stopping ??= (async () => {
        stopper.abort();
        const stopped = runner.isRunning() ? runner.stop() : undefined;
        await done.catch(() => undefined);
        await stopped;
        await Promise.all([...handling]);
        // Tells Telegram the last batch was handled, or it comes again at the next start (as
        // bot.stop() does; during an outage this hangs, and app.stop() gives up after its bound).
        if (!failed) {
          await bot.api.getUpdates({ offset, limit: 1, timeout: 0 }).catch((error: unknown) => {
            logger.warn({ errorCode: error instanceof GrammyError ? error.error_code : undefined }, "could not confirm the last updates to Telegram");
          });
        }
      })();
      return stopping;
    },
  };
}
