// The only place that reads process.env. `npm start`.
import "dotenv/config";
import { GrammyError, HttpError } from "grammy";
import { ConfigError, loadConfig } from "./config/config.js";
import { createLogger } from "./shared/logger.js";
import { systemClock } from "./shared/clock.js";
import { InstanceLockError, PollingFailedError, STOP_TIMEOUT_MS, startApp } from "./app.js";

let config;
try {
  config = loadConfig(process.env, { httpByDefault: true });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error("Konfigurasi belum lengkap:");
    for (const problem of error.problems) console.error(`- ${problem}`);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);

try {
  const app = await startApp({ config, clock: systemClock, logger });
  let exiting = false;
  const shutdown = (signal: string, code: number) => {
    if (exiting) return;
    exiting = true;
    logger.info({ signal }, "stopping");
    // app.stop() gives up after STOP_TIMEOUT_MS (10 s); this is a last guard a little later.
    setTimeout(() => process.exit(code || 1), STOP_TIMEOUT_MS + 5_000).unref();
    app.stop().then(
      () => process.exit(code),
      (error: unknown) => {
        logger.error({ err: error }, "error while stopping");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT", 0));
  process.once("SIGTERM", () => shutdown("SIGTERM", 0));
  // Polling that died for good (401 token revoked, ...) must not leave the process up and deaf:
  // exit non-zero so the supervisor restarts it. startApp has already logged why.
  app.polling.catch((error: unknown) => {
    if (error instanceof PollingFailedError && error.errorCode === 401) {
      console.error("BOT_TOKEN ditolak oleh Telegram (401 Unauthorized). Periksa kembali token dari @BotFather.");
    }
    shutdown("polling failed", 1);
  });
} catch (error) {
  const unauthorized = error instanceof PollingFailedError ? error.errorCode === 401 : error instanceof GrammyError && error.error_code === 401;
  if (unauthorized) {
    console.error("BOT_TOKEN ditolak oleh Telegram (401 Unauthorized). Periksa kembali token dari @BotFather.");
  } else if (error instanceof PollingFailedError) {
    // startApp has logged why.
  } else if (error instanceof InstanceLockError) {
    // Already logged once, without a stack: another bot process uses this SQLite file.
  } else if (error instanceof HttpError) {
    console.error(`Tidak dapat menghubungi server Bot API: ${error.message.replace(config.botToken, "<token>")}`);
  } else {
    logger.fatal({ err: error }, "start-up failed");
  }
  process.exit(1);
}
