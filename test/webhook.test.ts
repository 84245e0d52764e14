// Webhook mode (issue 14): the real app in-process on a random port, a temp SQLite database and the
// Bot API stand-in. The test plays Telegram: it POSTs the stand-in's updates to the webhook.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { systemClock } from "../src/shared/clock.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";
import { collectingLogger } from "./support/log-collector.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
const SECRET = "test-secret-0123456789abcdef";
const HOOK_URL = "https://bot.example.go.id/telegram/hook";

let temp: TempDatabase;
let standIn: BotApiStandIn;
let app: App | undefined;

beforeEach(async () => {
  // SQLite on both runs: the /healthz test takes the database away by deleting its file (a PostgreSQL
  // client reconnects by itself). Webhook mode on PostgreSQL: test/multi-instance.test.ts.
  temp = await createTempDatabase({ provider: "sqlite" });
  await temp.db.$disconnect();
  standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
  app = await startApp({
    config: loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: temp.url, BOT_MODE: "webhook", WEBHOOK_URL: HOOK_URL, WEBHOOK_SECRET: SECRET, PORT: "0" }),
    clock: systemClock,
    logger: collectingLogger("info"),
    client: { fetch: createInProcessFetch(standIn) as never, apiRoot: "http://bot-api.invalid" },
    botInfo: standIn.botUser,
  });
});

afterEach(async () => {
  await app?.stop();
  app = undefined;
  standIn.close();
  await temp.cleanup();
});

const base = () => `http://127.0.0.1:${app?.http?.port}`;
const post = (body: unknown, secret?: string) =>
  fetch(`${base()}/telegram/hook`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }) },
    body: JSON.stringify(body),
  });

/** Reads one sample's value from Prometheus text, or undefined. */
function sample(text: string, line: string): number | undefined {
  const found = text.split("\n").find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe("webhook mode", () => {
  it("sets the webhook with the secret and the update kinds polling asks for, keeping pending updates", () => {
    const calls = standIn.calls("setWebhook");
    expect(calls).toHaveLength(1);
    const params = calls[0]!.params as Record<string, unknown>;
    expect(params.url).toBe(HOOK_URL);
    expect(params.secret_token).toBe(SECRET);
    expect(params.drop_pending_updates).toBe(false);
    expect(JSON.stringify(params.allowed_updates)).toContain("callback_query");
    expect(standIn.calls("getUpdates")).toHaveLength(0);
  });

  it("handles an update with the right secret (200, the bot answers) and refuses others with 401", async () => {
    const user = { id: 4101, first_name: "Sari", language_code: "id" };
    const answered = standIn.nextBotMessage({ chatId: user.id, predicate: (m) => m.text.includes("belum terdaftar") }, { timeoutMs: 30_000 });
    const update = standIn.userSendsText(user, "/start");
    expect((await post(update, SECRET)).status).toBe(200);
    await answered;

    const stranger = { id: 4102, first_name: "Palsu", language_code: "id" };
    const forged = standIn.userSendsText(stranger, "/start");
    expect((await post(forged)).status).toBe(401);
    expect((await post(forged, "wrong-secret-0123456789abcdef")).status).toBe(401);
    // A later genuine update of Sari is answered; the forged ones never were.
    const again = standIn.nextBotMessage({ chatId: user.id, predicate: (m) => m.text.includes("belum terdaftar") }, { timeoutMs: 30_000 });
    expect((await post(standIn.userSendsText(user, "/start"), SECRET)).status).toBe(200);
    await again;
    expect(standIn.messagesIn(stranger.id)).toHaveLength(0);
    expect((await post({ nothing: true }, SECRET)).status).toBe(400);
  }, 60_000);

  it("/metrics counts handled updates, their latency and rejected requests in Prometheus text", async () => {
    const before = await (await fetch(`${base()}/metrics`)).text();
    expect(sample(before, 'forum_bot_updates_handled_total{kind="message",result="ok"}')).toBeUndefined();
    expect(sample(before, "forum_bot_update_handling_seconds_count")).toBe(0);

    const user = { id: 4201, first_name: "Dewi", language_code: "id" };
    const answered = standIn.nextBotMessage({ chatId: user.id }, { timeoutMs: 30_000 });
    await post(standIn.userSendsText(user, "/start"), SECRET);
    await answered;
    await post(standIn.userSendsText(user, "/start"));
    // The handler's finally (which counts) runs after its last reply; wait for the count, not a time.
    let text = "";
    for (let i = 0; i < 500; i++) {
      const response = await fetch(`${base()}/metrics`);
      expect(response.headers.get("content-type")).toContain("text/plain; version=0.0.4");
      text = await response.text();
      if (sample(text, "forum_bot_update_handling_seconds_count") === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(sample(text, 'forum_bot_updates_handled_total{kind="message",result="ok"}')).toBe(1);
    expect(sample(text, 'forum_bot_update_handling_seconds_bucket{le="+Inf"}')).toBe(1);
    expect(sample(text, "forum_bot_update_handling_seconds_sum")).toBeGreaterThan(0);
    expect(sample(text, "forum_bot_webhook_rejected_total")).toBe(1);
    expect(sample(text, "forum_bot_outbox_queued")).toBe(0);
    expect(sample(text, 'forum_bot_deliveries_total{outcome="sent"}')).toBe(0);
    expect(sample(text, 'forum_bot_telegram_429_total{source="dispatcher"}')).toBe(0);
    expect(sample(text, 'forum_bot_telegram_429_total{source="handlers"}')).toBe(0);
    // Valid exposition: every sample belongs to a family declared by HELP and TYPE; buckets cumulative.
    const declared = new Set(text.split("\n").filter((l) => l.startsWith("# TYPE ")).map((l) => l.split(" ")[2]));
    for (const line of text.trim().split("\n").filter((l) => !l.startsWith("#"))) {
      expect(line).toMatch(/^[a-z_0-9]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? -?[0-9.e+-]+$|^[a-z_0-9]+\{le="\+Inf"\} \d+$/);
      const name = line.split(/[{ ]/)[0]!.replace(/_(bucket|sum|count)$/, "");
      expect(declared.has(name) || declared.has(line.split(/[{ ]/)[0]!)).toBe(true);
    }
    const buckets = text.split("\n").filter((l) => l.startsWith("forum_bot_update_handling_seconds_bucket")).map((l) => Number(l.split(" ")[1]));
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
  }, 60_000);

  it("/healthz answers 200 with the database and dispatcher up, 503 once the database is closed", async () => {
    const ok = await fetch(`${base()}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "ok", database: "ok", dispatcher: "alive" });
    await app?.db.$disconnect();
    await temp.cleanup();
    const down = await fetch(`${base()}/healthz`);
    const body = (await down.json()) as Record<string, unknown>;
    expect(down.status).toBe(503);
    expect(body).toMatchObject({ status: "error", database: "error" });
    await app?.created.dispatcher.stop();
    expect(await (await fetch(`${base()}/healthz`)).json()).toMatchObject({ dispatcher: "stalled" });
  }, 30_000);
});
