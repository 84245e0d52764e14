// Start-up and shutdown: migrations, seed data, the bot, long polling or a webhook, the HTTP server
// (health, metrics), graceful stop.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ApiClientOptions } from "grammy";
import cron from "node-cron";
import type { UserFromGetMe } from "grammy/types";
import type { AppConfig } from "./config/config.js";
import { openDatabase, type Database } from "./db/client.js";
import { parseDatabaseUrl } from "./db/database-url.js";
import { applyPendingMigrations, defaultMigrationPaths } from "./db/schema-engine.js";
import { seedReferenceData } from "./db/seed.js";
import { createBot, type CreatedBot } from "./bot/create-bot.js";
import { createScheduledJobs } from "./bot/scheduled-jobs.js";
import { InstanceLockError, lockSqliteInstance, type InstanceLock } from "./db/instance-lock.js";
import { PollingFailedError, startLongPolling, UPDATE_CONCURRENCY } from "./bot/long-polling.js";
import { createBotMetrics } from "./server/bot-metrics.js";
import { healthRoute, metricsRoute } from "./server/health.js";
import { startHttpServer, type HttpServer, type Route } from "./server/http-server.js";
import { createWebhook, type Webhook } from "./server/webhook.js";
import { createWebApi, webApiServicesOf } from "./webapp/api.js";
import { webAppPageRoutes } from "./webapp/page-routes.js";
import type { Clock } from "./shared/clock.js";
import type { Logger } from "./shared/logger.js";
import type { OffThread } from "./shared/off-thread.js";

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
  /** Updates handled at once, across chats (default UPDATE_CONCURRENCY); one chat's stay in order. */
  updateConcurrency?: number;
  /** Worker threads for long work; the app makes (and closes) its own when absent. */
  offThread?: OffThread;
}

/**
 * stop() gives up waiting after 10 s: during a Bot API outage the final getUpdates (which confirms the
 * last update) and in-flight sends can hang for minutes (grammY's own request timeout is 500 s).
 */
export const STOP_TIMEOUT_MS = 10_000;
/** Back-off after 409 Conflict: 1 s, 2 s, 4 s, ... capped at 60 s, until polling works again. */
export const POLLING_RETRY_BASE_MS = 1_000;
export const POLLING_RETRY_MAX_MS = 60_000;
export { InstanceLockError, PollingFailedError, UPDATE_CONCURRENCY };

export interface App {
  db: Database;
  created: CreatedBot;
  /**
   * Settles when long polling ends: resolves after stop(), rejects with a PollingFailedError when
   * polling died of an error that retrying cannot fix (401 and other 4xx; 409, 429, 5xx and network
   * errors are retried). The caller must
   * then exit non-zero so a supervisor restarts the process: never up and deaf.
   */
  polling: Promise<void>;
  /** The HTTP server (webhook, /healthz, /metrics, the Mini App) when one runs: its port (WEB_PORT=0 picks a free one). */
  http: { port: number } | undefined;
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
  updateConcurrency = UPDATE_CONCURRENCY,
  offThread,
}: AppOptions): Promise<App> {
  // One bot process per SQLite file (src/db/instance-lock.ts), checked before anything touches it:
  // a second one stops here with a clear message. Several instances share PostgreSQL instead.
  let instanceLock: InstanceLock | undefined;
  try {
    instanceLock = lockSqliteInstance(parseDatabaseUrl(config.databaseUrl, PROJECT_ROOT));
  } catch (error) {
    // The message says it all (which file, what to do): no stack trace for the operator.
    if (error instanceof InstanceLockError) logger.fatal({ lockFile: error.lockFile }, error.message);
    throw error;
  }
  try {
    return await startWithDatabase({ config, clock, logger, client, botInfo, stopTimeoutMs, pollingRetryBaseMs, updateConcurrency, offThread }, instanceLock);
  } catch (error) {
    instanceLock?.release();
    throw error;
  }
}

async function startWithDatabase(
  { config, clock, logger, client, botInfo, stopTimeoutMs, pollingRetryBaseMs, updateConcurrency, offThread }: Required<Omit<AppOptions, "client" | "botInfo" | "offThread">> &
    Pick<AppOptions, "client" | "botInfo" | "offThread">,
  instanceLock: InstanceLock | undefined,
): Promise<App> {
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
    broadcastsPerDay: config.broadcastsPerDay,
    settings: {
      deliveryRetentionDays: config.delivery.retentionDays,
      taskDigestTime: config.taskDigestTime,
      rejectedRetentionDays: config.rejectedRetentionDays,
    },
    client: { ...(config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}), ...client },
    botInfo,
    offThread,
    webAppUrl: config.webAppUrl,
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
  // logged and tried again at its next time; it never stops the bot. With several processes on one
  // database, one of them runs each scheduled time (src/bot/scheduled-jobs.ts).
  const jobRuns = createScheduledJobs({ db, clock, logger, instanceId: created.instanceId });
  const scheduled = created.jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          await jobRuns.runDue(job);
        } catch (error) {
          logger.error({ err: error, job: job.name }, "scheduled job failed");
        }
      },
      { timezone: job.timezone ?? config.defaultTimezone, noOverlap: true, name: job.name },
    ),
  );

  const allowedUpdates = ["message", "edited_message", "callback_query", "my_chat_member", "chat_member", "chat_join_request", "inline_query"];
  const metrics = createBotMetrics(db, dispatcher.stats, created.apiStats);
  const routes: Route[] = [healthRoute(db, dispatcher), metricsRoute(() => metrics.registry.render())];
  // The Mini App on the same server, whenever it runs: its API (/api/..., docs/webapp-api.md) with the
  // bot's own services and permissions, and its page (/app/, built into dist/webapp by `npm run build`).
  const webApi = createWebApi({
    botToken: config.botToken,
    clock,
    logger,
    db,
    ...webApiServicesOf(created),
    defaultTimezone: config.defaultTimezone,
    // 120 requests a minute per Telegram user, 60 at once (src/webapp/request-limit.ts).
    requestLimit: {},
  });
  routes.push(...webApi.routes, ...webAppPageRoutes({ dir: path.join(PROJECT_ROOT, "dist", "webapp") }));
  let webhook: Webhook | undefined;
  if (config.mode === "webhook" && config.webhook) {
    webhook = createWebhook({
      bot,
      logger,
      path: new URL(config.webhook.url).pathname,
      secret: config.webhook.secret,
      concurrency: updateConcurrency,
      onHandled: metrics.updateHandled,
      onRejected: metrics.webhookRejected,
    });
    routes.push(webhook.route);
  }
  let server: HttpServer | undefined;
  if (config.http) server = await startHttpServer({ ...config.http, routes, logger });

  let polling: Promise<void>;
  let stopUpdates: () => Promise<void>;
  if (webhook && config.webhook) {
    const hook = webhook;
    // The server listens first, so Telegram's first POST finds it.
    try {
      await bot.api.setWebhook(config.webhook.url, {
        secret_token: config.webhook.secret,
        allowed_updates: allowedUpdates as never,
        drop_pending_updates: false,
        max_connections: 40,
      });
    } catch (error) {
      await server?.close();
      throw error;
    }
    logger.info({ username: bot.botInfo.username }, "webhook set; receiving updates over HTTP");
    let endPolling: () => void = () => undefined;
    polling = new Promise<void>((resolve) => (endPolling = resolve));
    // The webhook stays set on stop: Telegram keeps the updates until an instance answers again.
    stopUpdates = async () => {
      await server?.close();
      await hook.drain();
      endPolling();
    };
  } else {
    // Updates of different chats are handled at once, one chat's in order (see long-polling.ts).
    const longPolling = startLongPolling({
      bot,
      logger,
      token: config.botToken,
      allowedUpdates,
      retryBaseMs: pollingRetryBaseMs,
      retryMaxMs: POLLING_RETRY_MAX_MS,
      concurrency: updateConcurrency,
      onHandled: metrics.updateHandled,
    });
    polling = longPolling.done;
    // Start-up resolves once polling begins, or fails with it (e.g. 401 on deleteWebhook).
    try {
      await Promise.race([longPolling.started, polling]);
    } catch (error) {
      await server?.close();
      throw error;
    }
    stopUpdates = async () => {
      await server?.close();
      await longPolling.stop();
    };
  }

  let stopping: Promise<void> | undefined;
  return {
    db,
    created,
    polling,
    http: server ? { port: server.port } : undefined,
    stop() {
      stopping ??= (async () => {
        const steps = (async () => {
          await stopUpdates();
          for (const task of scheduled) await task.stop();
          await dispatcher.stop();
          // A pool handed in belongs to the caller.
          if (!offThread) await created.services.offThread.close();
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
          // Also when stopping gave up: this process is done with the file.
          instanceLock?.release();
        }
      })();
      return stopping;
    },
  };
}
