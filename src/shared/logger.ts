import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      // The token is part of API URLs in some error messages; never let it reach the log.
      redact: { paths: ["token", "botToken", "config.botToken", "*.botToken"], censor: "[disembunyikan]" },
    },
    destination,
  );
}
