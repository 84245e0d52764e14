import { z } from "zod";

export const DEFAULT_DATABASE_URL = "file:./data/forum-kominfo.db";
import { isSupportedTimezone, SUPPORTED_TIMEZONES, WIB, type SupportedTimezone } from "../shared/time-zones.js";

export { SUPPORTED_TIMEZONES, type SupportedTimezone };

export interface AppConfig {
  botToken: string;
  databaseUrl: string;
  adminTelegramIds: bigint[];
  telegramApiRoot: string | undefined;
  defaultTimezone: SupportedTimezone;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** "HH:MM" in DEFAULT_TIMEZONE: when coordinators get the digest of overdue and due tasks. */
  taskDigestTime: string;
  /** How many recommendations (usulan) a member may submit per day. */
  recommendationsPerDay: number;
  /** How many broadcasts a pokja coordinator may create per day (admins are not counted). */
  broadcastsPerDay: number;
  /** Days after a rejection before the applicant's personal data is erased. */
  rejectedRetentionDays: number;
  delivery: {
    globalPerSecond: number;
    privatePerSecond: number;
    groupPerMinute: number;
    concurrency: number;
    retentionDays: number;
    /** Seconds after which a claimed delivery of a silent process is taken back (default 60). */
    leaseSeconds: number;
  };
  /**
   * "polling" (default): getUpdates. "webhook": Telegram POSTs updates to webhookUrl (the HTTP
   * server must run then).
   */
  mode: "polling" | "webhook";
  webhook: { url: string; secret: string } | undefined;
  /**
   * The one HTTP server: the webhook, /healthz, /metrics and the Mini App (the page at /app/, its API
   * under /api/). On WEB_PORT, default 8080 (see LoadConfigOptions.httpByDefault); undefined: none
   * (WEB_PORT=off, polling only). Port 0: any free port.
   */
  http: { port: number; host: string } | undefined;
  /** WEB_APP_URL: the public https address of the Mini App's page (…/app/), for BotFather and the menu button. */
  webAppUrl: string | undefined;
}

/** The HTTP server listens here when neither WEB_PORT nor PORT is set (behind a reverse proxy that terminates HTTPS). */
export const DEFAULT_HTTP_PORT = 8080;
/** WEB_PORT=off: no HTTP server (polling only; not possible with a webhook). */
export const WEB_PORT_OFF = "off";
/** Loopback by default: /metrics and /healthz are for the proxy and the supervisor, not the internet. */
export const DEFAULT_HTTP_HOST = "127.0.0.1";

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()));

const environmentSchema = z.object({
  BOT_TOKEN: optionalString,
  DATABASE_URL: optionalString,
  ADMIN_TELEGRAM_IDS: optionalString,
  TELEGRAM_API_ROOT: optionalString,
  DEFAULT_TIMEZONE: optionalString,
  LOG_LEVEL: optionalString,
  RATE_LIMIT_GLOBAL_PER_SECOND: optionalString,
  RATE_LIMIT_PRIVATE_PER_SECOND: optionalString,
  RATE_LIMIT_GROUP_PER_MINUTE: optionalString,
  DELIVERY_CONCURRENCY: optionalString,
  DELIVERY_RETENTION_DAYS: optionalString,
  DELIVERY_LEASE_SECONDS: optionalString,
  TASK_DIGEST_TIME: optionalString,
  RECOMMENDATIONS_PER_DAY: optionalString,
  BROADCASTS_PER_DAY: optionalString,
  REJECTED_RETENTION_DAYS: optionalString,
  BOT_MODE: optionalString,
  WEBHOOK_URL: optionalString,
  WEBHOOK_SECRET: optionalString,
  WEB_PORT: optionalString,
  PORT: optionalString,
  HTTP_HOST: optionalString,
  WEB_APP_URL: optionalString,
});

const TOKEN_PATTERN = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export interface LoadConfigOptions {
  /** The sandbox runs without a real token. */
  requireToken?: boolean;
  /**
   * Serve the HTTP server (the Mini App) on DEFAULT_HTTP_PORT when neither WEB_PORT nor PORT is set,
   * in polling mode too. src/main.ts asks for it; other callers (tests, tools) build configurations
   * from a few variables and must not take port 8080 by accident, so for them the server runs in
   * polling mode only when WEB_PORT (or PORT) says so. Webhook mode always serves.
   */
  httpByDefault?: boolean;
}

/**
 * Validates the environment. Every problem is collected so the operator fixes them in one go;
 * messages never contain the token itself.
 */
export function loadConfig(env: Record<string, string | undefined>, options: LoadConfigOptions = {}): AppConfig {
  const requireToken = options.requireToken ?? true;
  const raw = environmentSchema.parse(env);
  const problems: string[] = [];

  if (!raw.BOT_TOKEN) {
    if (requireToken) {
      problems.push(
        "BOT_TOKEN belum diisi. Buat bot di Telegram melalui @BotFather (perintah /newbot), lalu jalankan: BOT_TOKEN=<token> npm start (atau tulis BOT_TOKEN di berkas .env). Untuk mencoba bot tanpa token: npm run sandbox",
      );
    }
  } else if (!TOKEN_PATTERN.test(raw.BOT_TOKEN)) {
    problems.push("BOT_TOKEN tidak berbentuk token bot Telegram (contoh bentuk: 123456789:AA...); salin ulang dari @BotFather.");
  }

  const databaseUrl = raw.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (!/^(file:|postgres(ql)?:\/\/)/i.test(databaseUrl)) {
    problems.push('DATABASE_URL harus diawali "file:" (SQLite) atau "postgresql://" (PostgreSQL).');
  }

  const adminTelegramIds: bigint[] = [];
  for (const part of (raw.ADMIN_TELEGRAM_IDS ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    if (/^\d{1,15}$/.test(part)) adminTelegramIds.push(BigInt(part));
    else problems.push(`ADMIN_TELEGRAM_IDS: "${part}" bukan ID pengguna Telegram (angka). Pisahkan beberapa ID dengan koma.`);
  }

  let telegramApiRoot: string | undefined;
  if (raw.TELEGRAM_API_ROOT) {
    try {
      const url = new URL(raw.TELEGRAM_API_ROOT);
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("protocol");
      telegramApiRoot = raw.TELEGRAM_API_ROOT.replace(/\/+$/, "");
    } catch {
      problems.push("TELEGRAM_API_ROOT harus berupa URL http(s), misalnya http://localhost:8081");
    }
  }

  const timezone = raw.DEFAULT_TIMEZONE ?? WIB;
  if (!isSupportedTimezone(timezone)) {
    problems.push(`DEFAULT_TIMEZONE harus salah satu dari ${SUPPORTED_TIMEZONES.join(", ")} (WIB, WITA, WIT).`);
  }

  const logLevel = (raw.LOG_LEVEL ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL harus salah satu dari ${LOG_LEVELS.join(", ")}.`);
  }

  const positive = (name: keyof typeof raw, fallback: number, max: number) => {
    const value = raw[name];
    if (value === undefined) return fallback;
    const parsed = Number(value.replace(",", "."));
    if (!Number.isFinite(parsed) || parsed <= 0 || parsed > max) {
      problems.push(`${name} harus berupa angka lebih dari 0 dan paling besar ${max} (bawaan: ${fallback}).`);
      return fallback;
    }
    return parsed;
  };
  const delivery = {
    globalPerSecond: positive("RATE_LIMIT_GLOBAL_PER_SECOND", 30, 1000),
    privatePerSecond: positive("RATE_LIMIT_PRIVATE_PER_SECOND", 1, 100),
    groupPerMinute: positive("RATE_LIMIT_GROUP_PER_MINUTE", 20, 10_000),
    concurrency: Math.round(positive("DELIVERY_CONCURRENCY", 8, 64)),
    retentionDays: positive("DELIVERY_RETENTION_DAYS", 30, 3650),
    leaseSeconds: positive("DELIVERY_LEASE_SECONDS", 60, 3600),
  };
  // The dispatcher refreshes claims every third of the lease and bounds requests to half of it.
  if (delivery.leaseSeconds < 1) {
    problems.push("DELIVERY_LEASE_SECONDS harus paling sedikit 1 (detik); bawaan: 60.");
    delivery.leaseSeconds = 60;
  }

  const taskDigestTime = (raw.TASK_DIGEST_TIME ?? "07:00").replace(".", ":");
  if (!/^([01]?\d|2[0-3]):[0-5]\d$/.test(taskDigestTime)) {
    problems.push("TASK_DIGEST_TIME harus berupa jam, misalnya 07:00.");
  }

  const recommendationsPerDay = Math.round(positive("RECOMMENDATIONS_PER_DAY", 5, 100));
  const broadcastsPerDay = Math.round(positive("BROADCASTS_PER_DAY", 5, 100));
  const rejectedRetentionDays = Math.round(positive("REJECTED_RETENTION_DAYS", 90, 3650));

  const mode = (raw.BOT_MODE ?? "polling").toLowerCase();
  if (mode !== "polling" && mode !== "webhook") problems.push('BOT_MODE harus "polling" (bawaan) atau "webhook".');
  let webhook: AppConfig["webhook"];
  if (mode === "webhook") {
    let url = "";
    try {
      if (!raw.WEBHOOK_URL) throw new Error("missing");
      const parsed = new URL(raw.WEBHOOK_URL);
      if (parsed.protocol !== "https:") throw new Error("protocol");
      url = parsed.toString();
    } catch {
      problems.push("WEBHOOK_URL harus berupa alamat https:// publik tempat Telegram mengirim pembaruan, misalnya https://bot.contoh.go.id/telegram (wajib bila BOT_MODE=webhook).");
    }
    // Telegram allows 1-256 of A-Z a-z 0-9 _ -; a short one could be guessed.
    const secret = raw.WEBHOOK_SECRET ?? "";
    if (!/^[A-Za-z0-9_-]{16,256}$/.test(secret)) {
      problems.push("WEBHOOK_SECRET harus 16–256 karakter huruf, angka, _ atau - (wajib bila BOT_MODE=webhook), misalnya hasil: openssl rand -hex 32");
    }
    webhook = { url, secret };
  }
  // One HTTP server, one port: WEB_PORT; PORT is its older name, still read. Set to different
  // numbers they would ask for two servers, which there are not. WEB_PORT=off: none.
  let http: AppConfig["http"];
  const portName = raw.WEB_PORT !== undefined ? "WEB_PORT" : "PORT";
  const portValue = raw.WEB_PORT ?? raw.PORT;
  const off = portValue?.toLowerCase() === WEB_PORT_OFF;
  if (raw.WEB_PORT !== undefined && raw.PORT !== undefined && raw.WEB_PORT.toLowerCase() !== raw.PORT.toLowerCase() && Number(raw.WEB_PORT) !== Number(raw.PORT)) {
    problems.push("WEB_PORT dan PORT berisi nomor yang berbeda; keduanya untuk server HTTP yang sama. Isi WEB_PORT saja (PORT adalah nama lamanya).");
  }
  if (off && mode === "webhook") {
    problems.push(`${portName}=off tidak dapat dipakai bersama BOT_MODE=webhook: Telegram mengirim pembaruan ke server HTTP bot.`);
  }
  if (!off && (portValue !== undefined || mode === "webhook" || options.httpByDefault)) {
    const port = portValue === undefined ? DEFAULT_HTTP_PORT : Number(portValue);
    if (!/^\d+$/.test(portValue ?? "0") || !Number.isInteger(port) || port < 0 || port > 65_535) {
      problems.push(`${portName} harus berupa nomor port 0–65535 (bawaan: ${DEFAULT_HTTP_PORT}) atau "off" untuk mematikan server HTTP.`);
    }
    http = { port, host: raw.HTTP_HOST ?? DEFAULT_HTTP_HOST };
  }

  let webAppUrl: string | undefined;
  if (raw.WEB_APP_URL) {
    try {
      const url = new URL(raw.WEB_APP_URL);
      if (url.protocol !== "https:" || url.username || url.password) throw new Error("not https");
      webAppUrl = url.toString();
    } catch {
      problems.push("WEB_APP_URL harus berupa alamat https:// publik halaman Mini App, misalnya https://bot.contoh.go.id/app/ (Telegram hanya membuka Mini App lewat https).");
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);

  return {
    botToken: raw.BOT_TOKEN ?? "",
    databaseUrl,
    adminTelegramIds,
    telegramApiRoot,
    defaultTimezone: timezone as SupportedTimezone,
    logLevel: logLevel as AppConfig["logLevel"],
    taskDigestTime,
    recommendationsPerDay,
    broadcastsPerDay,
    rejectedRetentionDays,
    delivery,
    mode: mode as AppConfig["mode"],
    webhook,
    http,
    webAppUrl,
  };
}
