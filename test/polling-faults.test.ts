// Long polling under Bot API faults: 409 Conflict is retried with back-off, 401 ends the app's
// `polling` promise (main.ts exits non-zero), and stop() returns in bounded time when the API hangs.
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { Update, UserFromGetMe } from "grammy/types";
import { PollingFailedError, startApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { createLogger } from "../src/shared/logger.js";
import { systemClock } from "../src/shared/clock.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
const BOT_INFO: UserFromGetMe = {
  id: 123456789,
  is_bot: true,
  first_name: "Forum Bot",
  username: "forum_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

type GetUpdatesAnswer = { status: number; body: unknown } | "hang";

/**
 * A Bot API stand-in at the fetch level: getUpdates answers come from a script, then `afterScript`
 * (an empty batch after a short wait, or no answer at all); every other method succeeds.
 */
function fakeApi(script: GetUpdatesAnswer[], afterScript: "idle" | "hang") {
  const calls: { method: string; payload: Record<string, unknown> }[] = [];
  let messageId = 0;
  const fetch = async (input: unknown, init?: { body?: unknown; signal?: AbortSignal | null }) => {
    const method = String(input).split("/").pop() ?? "";
    const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    calls.push({ method, payload });
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    if (method === "getUpdates") {
      const answer = script.shift() ?? (afterScript === "hang" ? "hang" : { status: 200, body: { ok: true, result: [] } });
      if (answer === "hang") {
        // An outage: nothing comes back; only an abort (if the caller passed a signal) ends the wait.
        return new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        });
      }
      if (script.length === 0 && afterScript === "idle") await new Promise((resolve) => setTimeout(resolve, 20));
      return json(answer.status, answer.body);
    }
    if (method === "sendMessage") {
      messageId += 1;
      const chatId = Number(payload.chat_id);
      return json(200, {
        ok: true,
        result: { message_id: messageId, date: 1, chat: { id: chatId, type: "private", first_name: "X" }, text: String(payload.text ?? "") },
      });
    }
    return json(200, { ok: true, result: true });
  };
  return { fetch, calls };
}

function startUpdate(updateId: number, userId: number): Update {
  return {
    update_id: updateId,
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Budi" },
      from: { id: userId, is_bot: false, first_name: "Budi", language_code: "id" },
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  };
}

const conflict = { status: 409, body: { ok: false, error_code: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" } };
const unauthorized = { status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } };

let temp: TempDatabase | undefined;
let app: App | undefined;
const logLines: string[] = [];

async function start(script: GetUpdatesAnswer[], options: { stopTimeoutMs?: number; afterScript?: "idle" | "hang" } = {}) {
  temp = await createTempDatabase();
  await temp.db.$disconnect();
  const { afterScript = "idle", ...appOptions } = options;
  const api = fakeApi(script, afterScript);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logLines.push(...chunk.toString().split("\n").filter(Boolean));
      callback();
    },
  });
  const config = loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: temp.url });
  app = await startApp({
    config,
    clock: systemClock,
    logger: createLogger("info", sink),
    client: { fetch: api.fetch as never, apiRoot: "http://bot-api.invalid" },
    botInfo: BOT_INFO,
    pollingRetryBaseMs: 20,
    ...appOptions,
  });
  return { api, app };
}

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await temp?.cleanup();
  temp = undefined;
  logLines.length = 0;
});

describe("long polling under Bot API faults", () => {
  it("retries after 409 Conflict (another instance) and answers updates sent afterwards", async () => {
    const { api } = await start([conflict, conflict, { status: 200, body: { ok: true, result: [startUpdate(1, 5001)] } }]);
    await until(() => api.calls.some((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === 5001));
    const polls = api.calls.filter((c) => c.method === "getUpdates");
    expect(polls.length).toBeGreaterThanOrEqual(3);
    const warnings = logLines.filter((line) => line.includes("409 Conflict"));
    expect(warnings).toHaveLength(2);
    expect(warnings.map((line) => (JSON.parse(line) as { retryInMs: number }).retryInMs)).toEqual([20, 40]);
    let settled = false;
    void app?.polling.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    await app?.stop();
    expect(settled).toBe(true);
    expect(logLines.some((line) => line.includes("shutdown did not finish"))).toBe(false);
  });

  it("waits and polls again after a 5xx from getUpdates (Telegram in trouble), without ending polling", async () => {
    const badGateway = { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } };
    const { api, app } = await start([badGateway, { status: 200, body: { ok: true, result: [startUpdate(1, 5002)] } }]);
    let settled = false;
    void app.polling.then(
      () => (settled = true),
      () => (settled = true),
    );
    await until(() => api.calls.some((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === 5002), 15_000);
    expect(settled).toBe(false);
    expect(logLines.some((line) => line.includes("getUpdates failed; polling again after a pause") && line.includes('"errorCode":502'))).toBe(true);
  }, 30_000);

  it("ends polling with a clear error on 401 (token revoked) instead of idling", async () => {
    const { app } = await start([unauthorized]);
    const error = await app.polling.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PollingFailedError);
    expect((error as PollingFailedError).errorCode).toBe(401);
    expect((error as Error).message).toContain("401");
    const fatal = logLines.filter((line) => line.includes("401 Unauthorized"));
    expect(fatal).toHaveLength(1);
    expect(logLines.join("\n")).not.toContain(TOKEN);
    expect(logLines.join("\n")).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0");
  });

  it("stop() returns within its bound while getUpdates hangs (Bot API outage)", async () => {
    const { app } = await start([], { stopTimeoutMs: 300, afterScript: "hang" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const began = Date.now();
    await app.stop();
    expect(Date.now() - began).toBeLessThan(2_000);
    expect(logLines.some((line) => line.includes("shutdown did not finish in time"))).toBe(true);
  });
});
