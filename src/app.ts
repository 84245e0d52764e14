// Start-up and shutdown: migrations, seed data, the bot, long polling, graceful stop.
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
}

export interface App {
  db: Database;
  created: CreatedBot;
  /** Resolves when long polling has stopped. */
  stop(): Promise<void>;
}

/** Builds everything and starts long polling; the returned promise resolves once polling runs. */
export async function startApp({ config, clock, logger, client, botInfo }: AppOptions): Promise<App> {
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
    settings: { deliveryRetentionDays: config.delivery.retentionDays, taskDigestTime: config.taskDigestTime },
    client: { ...(config.telegramApiRoot ? { apiRoot: config.telegramApiRoot } : {}), ...client },
    botInfo,
    delivery: {
      limits: {
        globalPerSecond: config.delivery.globalPerSecond,
        privatePerSecond: config.delivery.privatePerSecond,
        groupPerMinute: config.delivery.groupPerMinute,
      },
      concurrency: config.delivery.concurrency,
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

  let polling: Promise<void> | undefined;
  await new Promise<void>((resolve, reject) => {
    polling = bot
      .start({
        allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member", "chat_member", "chat_join_request", "inline_query"],
        onStart: (info) => {
          logger.info({ username: info.username }, "bot is polling for updates");
          resolve();
        },
      })
      .catch(reject);
  });

  let stopping: Promise<void> | undefined;
  return {
    db,
    created,
    stop() {
      stopping ??= (async () => {
        await bot.stop();
        await polling;
        for (const task of scheduled) await task.stop();
        await dispatcher.stop();
        await db.$disconnect();
      })();
      return stopping;
    },
  };
}
