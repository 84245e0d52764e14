// Long polling with PORT set (issue 14): the same HTTP server serves /healthz and /metrics, and
// updates handled through the runner are counted; without PORT no server runs.
import { afterEach, describe, expect, it } from "vitest";
import { startApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { systemClock } from "../src/shared/clock.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";
import { collectingLogger } from "./support/log-collector.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

let temp: TempDatabase | undefined;
let standIn: BotApiStandIn | undefined;
let app: App | undefined;

async function start(env: Record<string, string>) {
  temp = await createTempDatabase();
  await temp.db.$disconnect();
  standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
  app = await startApp({
    config: loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: temp.url, ...env }),
    clock: systemClock,
    logger: collectingLogger("info"),
    client: { fetch: createInProcessFetch(standIn) as never, apiRoot: "http://bot-api.invalid" },
    botInfo: standIn.botUser,
  });
  await standIn.waitForPoller({ timeoutMs: 10_000 });
  return { app, standIn };
}

afterEach(async () => {
  await app?.stop();
  app = undefined;
  standIn?.close();
  await temp?.cleanup();
});

const value = (text: string, line: string) => {
  const found = text.split("\n").find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
};

describe("health and metrics in polling mode", () => {
  it("runs no HTTP server without PORT", async () => {
    const { app } = await start({});
    expect(app.http).toBeUndefined();
  }, 30_000);

  it("serves /healthz and counts updates handled by long polling in /metrics", async () => {
    const { app, standIn } = await start({ PORT: "0" });
    const base = `http://127.0.0.1:${app.http?.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ database: "ok", dispatcher: "alive" });

    const user = { id: 4301, first_name: "Yanti", language_code: "id" };
    const answered = standIn.nextBotMessage({ chatId: user.id }, { timeoutMs: 30_000 });
    standIn.userSendsText(user, "/start");
    await answered;
    let text = "";
    for (let i = 0; i < 500; i++) {
      text = await (await fetch(`${base}/metrics`)).text();
      if (value(text, "forum_bot_update_handling_seconds_count") === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(value(text, 'forum_bot_updates_handled_total{kind="message",result="ok"}')).toBe(1);
    expect(value(text, 'forum_bot_update_handling_seconds_bucket{le="+Inf"}')).toBe(1);
    expect(text).toContain("# TYPE forum_bot_update_handling_seconds histogram");
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    // No webhook route in polling mode.
    expect((await fetch(`${base}/`, { method: "POST", body: "{}" })).status).toBe(404);
  }, 30_000);
});
