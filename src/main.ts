// The only place that reads process.env. `npm start`.
import "dotenv/config";
import { GrammyError, HttpError } from "grammy";
import { ConfigError, loadConfig } from "./config/config.js";
import { createLogger } from "./shared/logger.js";
import { systemClock } from "./shared/clock.js";
import { startApp } from "./app.js";

let config;
try {
  config = loadConfig(process.env);
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
  const shutdown = (signal: string) => {
    logger.info({ signal }, "stopping");
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "error while stopping");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
} catch (error) {
  if (error instanceof GrammyError && error.error_code === 401) {
    console.error("BOT_TOKEN ditolak oleh Telegram (401 Unauthorized). Periksa kembali token dari @BotFather.");
  } else if (error instanceof HttpError) {
    console.error(`Tidak dapat menghubungi server Bot API: ${error.message.replace(config.botToken, "<token>")}`);
  } else {
    logger.fatal({ err: error }, "start-up failed");
  }
  process.exit(1);
}
