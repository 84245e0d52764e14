import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_DATABASE_URL, loadConfig } from "../src/config/config.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

function problemsOf(env: Record<string, string>, options = {}): string[] {
  try {
    loadConfig(env, options);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("configuration", () => {
  it("has sensible defaults around a token", () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN });
    expect(config).toEqual({
      botToken: TOKEN,
      databaseUrl: DEFAULT_DATABASE_URL,
      adminTelegramIds: [],
      telegramApiRoot: undefined,
      defaultTimezone: "Asia/Jakarta",
      logLevel: "info",
      taskDigestTime: "07:00",
      recommendationsPerDay: 5,
      broadcastsPerDay: 5,
      rejectedRetentionDays: 90,
      delivery: { globalPerSecond: 30, privatePerSecond: 1, groupPerMinute: 20, concurrency: 8, retentionDays: 30, leaseSeconds: 60 },
      mode: "polling",
      webhook: undefined,
      http: undefined,
    });
  });

  it("webhook mode needs an https URL and a strong secret; PORT defaults to 8080 on loopback", () => {
    const secret = "s3cret-0123456789abcdef";
    const config = loadConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.go.id/tg", WEBHOOK_SECRET: secret });
    expect(config.mode).toBe("webhook");
    expect(config.webhook).toEqual({ url: "https://bot.example.go.id/tg", secret });
    expect(config.http).toEqual({ port: 8080, host: "127.0.0.1" });
    expect(loadConfig({ BOT_TOKEN: TOKEN, PORT: "9100", HTTP_HOST: "0.0.0.0" }).http).toEqual({ port: 9100, host: "0.0.0.0" });
    const problems = problemsOf({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "http://bot.example.go.id/tg", WEBHOOK_SECRET: "short", PORT: "70000" });
    expect(problems.some((p) => p.startsWith("WEBHOOK_URL"))).toBe(true);
    expect(problems.some((p) => p.startsWith("WEBHOOK_SECRET"))).toBe(true);
    expect(problems.some((p) => p.startsWith("PORT"))).toBe(true);
    expect(problemsOf({ BOT_TOKEN: TOKEN, BOT_MODE: "hook" })).toEqual(['BOT_MODE harus "polling" (bawaan) atau "webhook".']);
  });

  it("WEB_PORT is the HTTP server's port (the Mini App with the webhook, health and metrics); PORT is its older name", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, WEB_PORT: "8443" }).http).toEqual({ port: 8443, host: "127.0.0.1" });
    expect(loadConfig({ BOT_TOKEN: TOKEN, WEB_PORT: "0" }).http).toEqual({ port: 0, host: "127.0.0.1" });
    // The same number under both names is one server.
    expect(loadConfig({ BOT_TOKEN: TOKEN, WEB_PORT: "9100", PORT: "9100" }).http?.port).toBe(9100);
    const webhook = { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.go.id/tg", WEBHOOK_SECRET: "s3cret-0123456789abcdef" };
    expect(loadConfig({ ...webhook, WEB_PORT: "9200" }).http).toEqual({ port: 9200, host: "127.0.0.1" });
    // A configuration built by a test or a tool from a few variables takes no port unless asked.
    expect(loadConfig({ BOT_TOKEN: TOKEN }).http).toBeUndefined();
    expect(problemsOf({ BOT_TOKEN: TOKEN, WEB_PORT: "9100", PORT: "9200" })).toEqual([
      "WEB_PORT dan PORT berisi nomor yang berbeda; keduanya untuk server HTTP yang sama. Isi WEB_PORT saja (PORT adalah nama lamanya).",
    ]);
    for (const bad of ["70000", "-1", "80a", "8e3"]) {
      expect(problemsOf({ BOT_TOKEN: TOKEN, WEB_PORT: bad })).toEqual(['WEB_PORT harus berupa nomor port 0–65535 (bawaan: 8080) atau "off" untuk mematikan server HTTP.']);
    }
    expect(problemsOf({ BOT_TOKEN: TOKEN, PORT: "http" })).toEqual(['PORT harus berupa nomor port 0–65535 (bawaan: 8080) atau "off" untuk mematikan server HTTP.']);
  });

  it("the bot (src/main.ts: httpByDefault) serves the Mini App on 8080 in polling mode too, unless WEB_PORT=off", () => {
    const main = { httpByDefault: true };
    expect(loadConfig({ BOT_TOKEN: TOKEN }, main).http).toEqual({ port: 8080, host: "127.0.0.1" });
    expect(loadConfig({ BOT_TOKEN: TOKEN, WEB_PORT: "9300" }, main).http).toEqual({ port: 9300, host: "127.0.0.1" });
    for (const off of ["off", "OFF", " off "]) {
      expect(loadConfig({ BOT_TOKEN: TOKEN, WEB_PORT: off }, main).http).toBeUndefined();
      expect(loadConfig({ BOT_TOKEN: TOKEN, PORT: off }, main).http).toBeUndefined();
    }
    // A webhook needs the server.
    const webhook = { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.go.id/tg", WEBHOOK_SECRET: "s3cret-0123456789abcdef" };
    expect(problemsOf({ ...webhook, WEB_PORT: "off" })).toEqual(["WEB_PORT=off tidak dapat dipakai bersama BOT_MODE=webhook: Telegram mengirim pembaruan ke server HTTP bot."]);
    expect(loadConfig(webhook).http).toEqual({ port: 8080, host: "127.0.0.1" });
  });

  it("WEB_APP_URL: the Mini App's public https address, optional", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).webAppUrl).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, WEB_APP_URL: "https://bot.example.go.id/app/" }).webAppUrl).toBe("https://bot.example.go.id/app/");
    for (const bad of ["http://bot.example.go.id/app/", "bot.example.go.id/app", "https://user:pw@bot.example.go.id/app/"]) {
      expect(problemsOf({ BOT_TOKEN: TOKEN, WEB_APP_URL: bad })).toEqual([
        "WEB_APP_URL harus berupa alamat https:// publik halaman Mini App, misalnya https://bot.contoh.go.id/app/ (Telegram hanya membuka Mini App lewat https).",
      ]);
    }
  });

  it("reads every variable", () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      DATABASE_URL: "postgresql://127.0.0.1:5432/test",
      ADMIN_TELEGRAM_IDS: " 1001, 123456789 ",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      DEFAULT_TIMEZONE: "Asia/Makassar",
      LOG_LEVEL: "DEBUG",
    });
    expect(config.adminTelegramIds).toEqual([1001n, 123456789n]);
    expect(config.telegramApiRoot).toBe("http://127.0.0.1:8081");
    expect(config.defaultTimezone).toBe("Asia/Makassar");
    expect(config.logLevel).toBe("debug");
  });

  it("reads the delivery lease (seconds) and refuses one that is not a positive number", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, DELIVERY_LEASE_SECONDS: "2" }).delivery.leaseSeconds).toBe(2);
    expect(loadConfig({ BOT_TOKEN: TOKEN, DELIVERY_LEASE_SECONDS: "1,5" }).delivery.leaseSeconds).toBe(1.5);
    const [problem] = problemsOf({ BOT_TOKEN: TOKEN, DELIVERY_LEASE_SECONDS: "0" });
    expect(problem).toContain("DELIVERY_LEASE_SECONDS harus berupa angka lebih dari 0 dan paling besar 3600 (bawaan: 60)");
    expect(problemsOf({ BOT_TOKEN: TOKEN, DELIVERY_LEASE_SECONDS: "0.5" })).toEqual(["DELIVERY_LEASE_SECONDS harus paling sedikit 1 (detik); bawaan: 60."]);
  });

  it("explains a missing token: where to get one and how to try without", () => {
    const [problem, ...rest] = problemsOf({});
    expect(rest).toEqual([]);
    expect(problem).toContain("BOT_TOKEN belum diisi");
    expect(problem).toContain("@BotFather");
    expect(problem).toContain("npm run sandbox");
    expect(problemsOf({}, { requireToken: false })).toEqual([]);
  });

  it("collects one clear message per problem and never repeats the token", () => {
    const problems = problemsOf({
      BOT_TOKEN: "not-a-token-secret",
      DATABASE_URL: "mysql://x",
      ADMIN_TELEGRAM_IDS: "1001,abc",
      TELEGRAM_API_ROOT: "ftp://x",
      DEFAULT_TIMEZONE: "Europe/Amsterdam",
      LOG_LEVEL: "loud",
      RATE_LIMIT_GLOBAL_PER_SECOND: "lots",
      RECOMMENDATIONS_PER_DAY: "0",
      REJECTED_RETENTION_DAYS: "forever",
    });
    expect(problems).toHaveLength(9);
    expect(problems.find((p) => p.startsWith("REJECTED_RETENTION_DAYS"))).toContain("bawaan: 90");
    expect(problems.find((p) => p.startsWith("RECOMMENDATIONS_PER_DAY"))).toContain("paling besar 100 (bawaan: 5)");
    expect(problems.join("\n")).not.toContain("not-a-token-secret");
    expect(problems.find((p) => p.startsWith("ADMIN_TELEGRAM_IDS"))).toContain('"abc"');
    expect(problems.find((p) => p.startsWith("DEFAULT_TIMEZONE"))).toContain("WIB, WITA, WIT");
  });
});
