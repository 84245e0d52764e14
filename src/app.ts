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
  /** A failing job is logged and tried again at its next time; it never stops the bot. */
  const job = (name: string, run: () => Promise<void>) => async () => {
    try {
      await run();
    } catch (error) {
      logger.error({ err: error, job: name }, "scheduled job failed");
    }
  };
  // node-cron only decides when to look; what is due lives in the database.
  const pruning = cron.schedule(
    "17 3 * * *",
    job("prune", async () => {
      const pruned = await services.outbox.prune(config.delivery.retentionDays);
      if (pruned > 0) logger.info({ pruned }, "old sent deliveries pruned");
      // Flows left half-way for a week are forgotten, with whatever was typed in them.
      const forgotten = await db.conversationState.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - 7 * 86_400_000) } } });
      if (forgotten.count > 0) logger.info({ forgotten: forgotten.count }, "abandoned conversations removed");
    }),
    { timezone: config.defaultTimezone, noOverlap: true, name: "prune-deliveries" },
  );

  const [digestHour, digestMinute] = config.taskDigestTime.split(":").map(Number);
  const digest = cron.schedule(
    `${digestMinute} ${digestHour} * * *`,
    job("daily-digest", async () => {
      const sent = await services.taskDigest.run();
      logger.info({ sent }, "task digests sent");
    }),
    { timezone: config.defaultTimezone, noOverlap: true, name: "daily-task-digest" },
  );

  // Every 15 seconds: due meeting reminders go to the outbox (the rows say what is due).
  const reminders = cron.schedule(
    "*/15 * * * * *",
    job("reminders", async () => {
      const handed = await services.reminderTick.run();
      if (handed > 0) logger.info({ handed }, "meeting reminders handed to the outbox");
    }),
    { noOverlap: true, name: "reminder-tick" },
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
        await pruning.stop();
        await digest.stop();
        await reminders.stop();
        await dispatcher.stop();
        await db.$disconnect();
      })();
      return stopping;
    },
  };
}
