// Start-up and shutdown: migrations, seed data, the bot, long polling, graceful stop.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { GrammyError, type ApiClientOptions } from "grammy";
import cron from "node-cron";
import type { UserFromGetMe } from "grammy/types";
import type { AppConfig } from "./config/config.js";
import { openDatabase, type Database } from "./db/client.js";
import { parseDatabaseUrl } from "./db/database-url.js";
import { applyPendingMigrations, defaultMigrationPaths } from "./db/schema-engine.js";
import { seedReferenceData } from "./db/seed.js";
import { createBot, type CreatedBot } from "./bot/create-bot.js";
import type { Clock } from "./shared/clock.js";
import type { Logger } from "./shared/logger.js";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const LOCALES_DIR = path.join(PROJECT_ROOT, "locales");

/** Applies pending migrations and the idempotent seed, then opens the database. */
export async function prepareDatabase(databaseUrl: string, logger: Logger): Promise<Database> {
  const target = parseDatabaseUrl(databaseUrl, PROJECT_ROOT);
  const applied = await applyPendingMigrations(target, defaultMigrationPaths(PROJECT_ROOT));
  if (applied.length > 0) logger.info({ applied }, "migrations applied");
  const db = await openDatabase(target);
  const seeded = await seedReferenceData(db);
  if (seeded.pokjaCreated || seeded.agenciesCreated || seeded.agenciesUpdated) logger.info(seeded, "reference data seeded");
  return db;
}

export interface AppOptions {
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  client?: ApiClientOptions;
  botInfo?: UserFromGetMe;
  /** How long stop() waits for a clean shutdown before giving up (default STOP_TIMEOUT_MS). */
  stopTimeoutMs?: number;
  /** First wait after a 409 Conflict from getUpdates; doubles up to POLLING_RETRY_MAX_MS (default 1 s). */
  pollingRetryBaseMs?: number;
}

/**
 * stop() gives up waiting after 10 s: during a Bot API outage the final getUpdates (which confirms the
 * last update) and in-flight sends can hang for minutes (grammY's own request timeout is 500 s).
 */
export const STOP_TIMEOUT_MS = 10_000;
/** Back-off after 409 Conflict: 1 s, 2 s, 4 s, ... capped at 60 s, until polling works again. */
export const POLLING_RETRY_BASE_MS = 1_000;
export const POLLING_RETRY_MAX_MS = 60_000;

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

export interface App {
  db: Database;
  created: CreatedBot;
  /**
   * Settles when long polling ends: resolves after stop(), rejects with a PollingFailedError when
   * polling died of an error that retrying cannot fix (401, or anything but 409). The caller must
   * then exit non-zero so a supervisor restarts the process: never up and deaf.
   */
  polling: Promise<void>;
  /** Stops polling, jobs, delivery and the database; resolves within stopTimeoutMs whatever hangs. */
  stop(): Promise<void>;
}

/** Builds everything and starts long polling; the returned promise resolves once polling runs. */
export async function startApp({
  config,
  clock,
  logger,
  client,
  botInfo,
  stopTimeoutMs = STOP_TIMEOUT_MS,
  pollingRetryBaseMs = POLLING_RETRY_BASE_MS,
}: AppOptions): Promise<App> {
  const db = await prepareDatabase(config.databaseUrl, logger);
  const created = createBot({
    token: config.botToken,
    db,
    clock,
    logger,
    localesDir: LOCALES_DIR,
    configuredAdminIds: config.adminTelegramIds,
    defaultTimezone: config.defaultTimezone,
    recommendationsPerDay: config.recommendationsPerDay,
    settings: {
      deliveryRetentionDays: config.delivery.retentionDays,
      taskDigestTime: config.taskDigestTime,
      rejectedRetentionDays: config.rejectedRetentionDays,
    },
    client: { ...(config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}), ...client },
    botInfo,
    delivery: {
      limits: {
        globalPerSecond: config.delivery.globalPerSecond,
        privatePerSecond: config.delivery.privatePerSecond,
        groupPerMinute: config.delivery.groupPerMinute,
      },
      concurrency: config.delivery.concurrency,
      leaseMs: config.delivery.leaseSeconds * 1000,
    },
  });
  const { bot, services, dispatcher } = created;
  const promoted = await services.members.applyConfiguredAdmins();
  if (promoted > 0) logger.info({ promoted }, "members from ADMIN_TELEGRAM_IDS made admins");

  await bot.init();
  try {
    await services.commandMenus.publish(await services.members.staff());
  } catch (error) {
    logger.warn({ err: error }, "command menus not published");
  }

  await dispatcher.start();
  // node-cron only decides when to look; what is due lives in the database. A failing job is
  // logged and tried again at its next time; it never stops the bot.
  const scheduled = created.jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          await job.run();
        } catch (error) {
          logger.error({ err: error, job: job.name }, "scheduled job failed");
        }
      },
      { timezone: job.timezone ?? config.defaultTimezone, noOverlap: true, name: job.name },
    ),
  );

  // grammY's bot.start() rethrows 401 and 409 from getUpdates (other errors it retries itself).
  // 409 Conflict means another instance polls the same token, e.g. a short overlap during a
  // redeploy: wait and poll again with back-off. Anything else ends polling for good: reject
  // `polling` so main.ts exits non-zero. Never log the error's text unredacted: URLs carry the token.
  let stopRequested = false;
  let wakeUp: (() => void) | undefined;
  let failures = 0;
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === "getUpdates" && result.ok) failures = 0;
    return result;
  });
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });
  const redact = (text: string) => text.split(config.botToken).join("<token>");

  let started = false;
  let markStarted: () => void = () => undefined;
  const pollingStarted = new Promise<void>((resolve) => (markStarted = resolve));
  const polling = (async () => {
    for (;;) {
      try {
        await bot.start({
          allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member", "chat_member", "chat_join_request", "inline_query"],
          onStart: (info) => {
            if (!started) logger.info({ username: info.username }, "bot is polling for updates");
            else logger.info({ username: info.username }, "bot is polling for updates again");
            started = true;
            markStarted();
          },
        });
        if (stopRequested || !started) return;
        // bot.start() returned without stop(): should not happen; poll again rather than idle.
        await pause(pollingRetryBaseMs);
        if (stopRequested) return;
      } catch (error) {
        if (stopRequested) return;
        if (!started) throw error;
        if (error instanceof GrammyError && error.error_code === 409) {
          const waitMs = Math.min(pollingRetryBaseMs * 2 ** failures, POLLING_RETRY_MAX_MS);
          failures += 1;
          logger.warn(
            { errorCode: 409, retryInMs: waitMs, attempt: failures },
            "another instance is polling this bot token (409 Conflict); polling again after a pause",
          );
          await pause(waitMs);
          if (stopRequested) return;
          continue;
        }
        const errorCode = error instanceof GrammyError ? error.error_code : undefined;
        const reason =
          errorCode === 401
            ? "Telegram rejected the bot token (401 Unauthorized): it was revoked or changed; set a new BOT_TOKEN from @BotFather"
            : `long polling failed: ${redact(error instanceof Error ? error.message : String(error))}`;
        logger.fatal({ errorCode }, reason);
        throw new PollingFailedError(reason, errorCode, { cause: error });
      }
    }
  })();
  // The caller listens on app.polling; this only keeps an unobserved rejection from crashing tests.
  polling.catch(() => undefined);

  // Start-up resolves once the first getUpdates is about to run (onStart), or fails with bot.start().
  await Promise.race([pollingStarted, polling]);

  let stopping: Promise<void> | undefined;
  return {
    db,
    created,
    polling,
    stop() {
      stopping ??= (async () => {
        stopRequested = true;
        wakeUp?.();
        const steps = (async () => {
          await bot.stop();
          await polling.catch(() => undefined);
          for (const task of scheduled) await task.stop();
          await dispatcher.stop();
          await db.$disconnect();
        })();
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<"timed out">((resolve) => {
          timer = setTimeout(() => resolve("timed out"), stopTimeoutMs);
        });
        try {
          const outcome = await Promise.race([steps, timedOut]);
          if (outcome === "timed out") {
            steps.catch(() => undefined);
            for (const task of scheduled) void task.stop();
            logger.warn({ waitedMs: stopTimeoutMs }, "shutdown did not finish in time (Bot API not answering?); stopping anyway");
          }
        } finally {
          clearTimeout(timer);
        }
      })();
      return stopping;
    },
  };
}
