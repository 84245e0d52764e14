import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createDispatcher, backoffMs } from "../src/delivery/dispatcher.js";
import { createOutbox, splitPayload, type Outbox } from "../src/delivery/outbox.js";
import { RateLimiter } from "../src/delivery/rate-limiter.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";

const logger = createLogger("silent");

type Fault = (method: string, chatId: number, attempt: number) => Response | "network" | undefined;

/** The stand-in behind a fetch that can answer like Telegram does when things go wrong. */
function faultyApi(standIn: BotApiStandIn, fault: Fault) {
  const inner = createInProcessFetch(standIn);
  const attempts = new Map<number, number>();
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const method = url.split("/").at(-1) ?? "";
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as { chat_id?: number }) : {};
    const chatId = Number(body.chat_id ?? 0);
    const attempt = (attempts.get(chatId) ?? 0) + 1;
    if (method.startsWith("send")) attempts.set(chatId, attempt);
    const injected = fault(method, chatId, attempt);
    if (injected === "network") throw new TypeError("fetch failed: ECONNRESET");
    return injected ?? inner(input, init);
  };
  return new Api("1:test", { fetch: fetch as unknown as typeof globalThis.fetch });
}

const telegramError = (code: number, description: string, parameters?: Record<string, number>) =>
  new Response(JSON.stringify({ ok: false, error_code: code, description, parameters }), { status: code });

describe("outbox and dispatcher", () => {
  let temp: TempDatabase;
  let db: Database;
  let outbox: Outbox;
  let clock: ManualClock;
  let standIn: BotApiStandIn;

  beforeEach(async () => {
    temp = await createTempDatabase();
    db = temp.db;
    clock = new ManualClock(new Date("2026-11-30T02:00:00Z"));
    outbox = createOutbox({ db, clock });
    standIn = new BotApiStandIn({ now: () => clock.now() });
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  const text = (t: string) => ({ kind: "text" as const, text: t });
  const sentTo = (chatId: number) => standIn.messagesIn(chatId).map((m) => m.text);
  const rows = () => db.delivery.findMany({ orderBy: { id: "asc" } });

  it("enqueues many rows in one go, once per dedupe key", async () => {
    const requests = Array.from({ length: 1200 }, (_, i) => ({ chatId: 10_000 + i, payload: text(`Halo ${i}`), dedupeKey: `t:${i}` }));
    expect(await outbox.enqueue(requests)).toEqual({ created: 1200, duplicates: 0 });
    expect(await outbox.enqueue(requests.slice(0, 10))).toEqual({ created: 0, duplicates: 10 });
    expect(await db.delivery.count()).toBe(1200);
  });

  it("sends due rows, leaves scheduled ones for later, and records the outcome", async () => {
    const dispatcher = createDispatcher({ db, outbox, api: faultyApi(standIn, () => undefined), clock, logger });
    await outbox.enqueue([
      { chatId: 501, payload: text("Sekarang"), dedupeKey: "a" },
      { chatId: 502, payload: text("Nanti"), dedupeKey: "b", notBefore: new Date("2026-11-30T03:00:00Z") },
    ]);
    expect(await dispatcher.drain()).toBe(1);
    expect(sentTo(501)).toEqual(["Sekarang"]);
    expect(sentTo(502)).toEqual([]);
    clock.advance(60 * 60_000);
    await dispatcher.drain();
    expect(sentTo(502)).toEqual(["Nanti"]);
    expect((await rows()).map((r) => [r.state, r.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
    ]);
  });

  it("waits retry_after for everyone on 429 and never drops the row", async () => {
    let refused = 0;
    const api = faultyApi(standIn, (method, _chat, attempt) =>
      method === "sendMessage" && attempt === 1 && refused++ === 0 ? telegramError(429, "Too Many Requests: retry after 1", { retry_after: 1 }) : undefined,
    );
    const dispatcher = createDispatcher({ db, outbox, api, clock, logger, concurrency: 1 });
    await outbox.enqueue([601, 602, 603].map((chatId) => ({ chatId, payload: text("Info"), dedupeKey: `r:${chatId}` })));
    const started = performance.now();
    await dispatcher.drain();
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(dispatcher.stats.http429).toBe(1);
    expect((await rows()).every((r) => r.state === "sent")).toBe(true);
    expect([601, 602, 603].map((c) => sentTo(c).length)).toEqual([1, 1, 1]);
  });

  it("marks a chat that answers 403 unreachable and skips it until it writes again", async () => {
    standIn.blockChat(701);
    const dispatcher = createDispatcher({ db, outbox, api: faultyApi(standIn, () => undefined), clock, logger });
    await outbox.enqueue([
      { chatId: 701, payload: text("Pertama"), dedupeKey: "x1" },
      { chatId: 702, payload: text("Lain"), dedupeKey: "x2" },
    ]);
    await dispatcher.drain();
    expect(await db.unreachableChat.findUnique({ where: { chatId: 701n } })).toMatchObject({ reason: expect.stringContaining("blocked") });
    await outbox.enqueue([{ chatId: 701, payload: text("Kedua"), dedupeKey: "x3" }]);
    const callsBefore = standIn.calls("sendMessage").length;
    await dispatcher.drain();
    expect(standIn.calls("sendMessage").length).toBe(callsBefore); // skipped without asking Telegram
    expect((await rows()).map((r) => [r.dedupeKey, r.state])).toEqual([
      ["x1", "skipped"],
      ["x2", "sent"],
      ["x3", "skipped"],
    ]);
    standIn.unblockChat(701);
    await outbox.clearUnreachable(701n);
    await outbox.enqueue([{ chatId: 701, payload: text("Ketiga"), dedupeKey: "x4" }]);
    await dispatcher.drain();
    expect(sentTo(701)).toEqual(["Ketiga"]);
  });

  it("fails a 400 with its reason and carries on", async () => {
    const dispatcher = createDispatcher({ db, outbox, api: faultyApi(standIn, () => undefined), clock, logger });
    await outbox.enqueue([
      { chatId: 801, payload: { kind: "text", text: "<b>rusak", parseMode: "HTML" }, dedupeKey: "bad" },
      { chatId: 802, payload: text("Baik"), dedupeKey: "good" },
    ]);
    await dispatcher.drain();
    const [bad, good] = await rows();
    expect(bad).toMatchObject({ state: "failed", lastError: expect.stringContaining("400") });
    expect(good?.state).toBe("sent");
  });

  it("retries network errors and 5xx with backoff, then fails with the reason", async () => {
    const api = faultyApi(standIn, (method, chatId) => {
      if (!method.startsWith("send")) return undefined;
      if (chatId === 901) return "network";
      if (chatId === 902) return telegramError(502, "Bad Gateway");
      return undefined;
    });
    const dispatcher = createDispatcher({ db, outbox, api, clock, logger, maxAttempts: 3 });
    await outbox.enqueue([901, 902].map((chatId) => ({ chatId, payload: text("Coba"), dedupeKey: `n:${chatId}` })));
    await dispatcher.drain();
    let [network] = await rows();
    expect(network).toMatchObject({ state: "queued", attempts: 1, lastError: expect.stringContaining("network") });
    expect(network!.notBefore.getTime() - clock.now().getTime()).toBeGreaterThanOrEqual(400);
    for (let i = 0; i < 3; i++) {
      clock.advance(120_000);
      await dispatcher.drain();
    }
    [network] = await rows();
    const all = await rows();
    expect(all.map((r) => [r.state, r.attempts])).toEqual([
      ["failed", 3],
      ["failed", 3],
    ]);
    expect(all[0]!.lastError).toContain("after 3 attempts");
    expect(all[1]!.lastError).toContain("502");
  });

  it("never sends a row twice with two dispatchers on one database file", async () => {
    const second = await openDatabase(parseDatabaseUrl(temp.url));
    try {
      const chats = Array.from({ length: 300 }, (_, i) => 20_000 + i);
      await outbox.enqueue(chats.map((chatId) => ({ chatId, payload: text("Sekali saja"), dedupeKey: `c:${chatId}` })));
      const limits = { globalPerSecond: 10_000 };
      const one = createDispatcher({ db, outbox, api: faultyApi(standIn, () => undefined), clock, logger, limits, batchSize: 20 });
      const two = createDispatcher({
        db: second,
        outbox: createOutbox({ db: second, clock }),
        api: faultyApi(standIn, () => undefined),
        clock,
        logger,
        limits,
        batchSize: 20,
      });
      const [a, b] = await Promise.all([one.drain(), two.drain()]);
      expect(a + b).toBe(300);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
      expect(chats.filter((c) => sentTo(c).length !== 1)).toEqual([]);
      expect(await db.delivery.count({ where: { state: "sent" } })).toBe(300);
    } finally {
      await second.$disconnect();
    }
  });

  it("requeues rows a dead dispatcher left behind; only those it was sending are in doubt", async () => {
    await outbox.enqueue([1001, 1002, 1003].map((chatId) => ({ chatId, payload: text("Hampir"), dedupeKey: `d:${chatId}` })));
    await db.delivery.updateMany({ where: { chatId: { in: [1001n, 1002n] } }, data: { state: "sending", claimToken: "dead", claimedAt: clock.now() } });
    await db.delivery.updateMany({ where: { chatId: 1003n }, data: { state: "claimed", claimToken: "dead", claimedAt: clock.now() } });
    const dispatcher = createDispatcher({ db, outbox, api: faultyApi(standIn, () => undefined), clock, logger, leaseMs: 30_000 });
    expect(await outbox.recoverStale(30_000)).toBe(0); // the claims may still be alive
    clock.advance(31_000);
    // A live dispatcher refreshes its claims (even while waiting out a 429): these were not refreshed.
    expect(await outbox.recoverStale(30_000)).toBe(3);
    expect((await rows()).map((r) => [r.state, r.inDoubt])).toEqual([
      ["queued", true],
      ["queued", true],
      ["queued", false],
    ]);
    await dispatcher.drain();
    expect(await outbox.counts()).toMatchObject({ sent: 3, inDoubt: 2 });
  });

  it("drops whitespace beyond the limit: a short text padded past 4,096 goes as one message within it, with its buttons", () => {
    const replyMarkup = { inline_keyboard: [[{ text: "Buka", callback_data: "x" }]] };
    const text = `📣 Siaran\n\n${" ".repeat(4991)}`;
    const parts = splitPayload({ kind: "text", text, entities: [{ type: "bold", offset: 19, length: 27 }], replyMarkup });
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ kind: "text", text: "📣 Siaran", replyMarkup });
  });

  it("splits long texts at paragraph boundaries and sends the parts in order, buttons last", async () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `Paragraf ${i + 1}. ${"isi ".repeat(220)}`.trim());
    const payload = {
      kind: "text" as const,
      text: paragraphs.join("\n\n"),
      replyMarkup: { inline_keyboard: [[{ text: "Buka", callback_data: "x" }]] },
    };
    expect(splitPayload(payload).length).toBeGreaterThan(1);
    const dispatcher = createDispatcher({ db, outbox, api: faultyApi(standIn, () => undefined), clock, logger });
    await outbox.enqueue([{ chatId: 1100, payload, dedupeKey: "long" }]);
    await dispatcher.drain();
    const messages = standIn.messagesIn(1100);
    expect(messages.length).toBe((await rows()).length);
    expect(messages.every((m) => m.text.length <= 4096)).toBe(true);
    expect(messages.map((m) => m.text).join("\n\n")).toBe(payload.text);
    expect(messages.map((m) => m.buttons.length)).toEqual([...messages.slice(1).map(() => 0), 1]);
    expect(messages[1]!.text.startsWith("Paragraf")).toBe(true);
  });

  it("prunes finished rows after the retention, failures too", async () => {
    const dispatcher = createDispatcher({ db, outbox, api: faultyApi(standIn, () => undefined), clock, logger });
    await outbox.enqueue([
      { chatId: 1201, payload: text("Lama"), dedupeKey: "old" },
      { chatId: 1202, payload: { kind: "text", text: "<i>rusak", parseMode: "HTML" }, dedupeKey: "broken" },
    ]);
    await dispatcher.drain();
    clock.advance(29 * 86_400_000);
    expect(await outbox.prune(30)).toBe(0);
    clock.advance(2 * 86_400_000);
    expect(await outbox.prune(30)).toBe(2);
    expect(await rows()).toEqual([]);
  });
});

describe("rate limiter", () => {
  it("paces sends evenly and keeps to the global, private and group windows", () => {
    let now = 0;
    const limiter = new RateLimiter({ globalPerSecond: 30, privatePerSecond: 1, groupPerMinute: 20, privateBurst: 3 }, () => now);
    const waits = Array.from({ length: 4 }, (_, i) => limiter.reserve(100 + i));
    expect(waits.map((w) => Math.round(w))).toEqual([0, 34, 68, 102]); // (1000 + 15 ms guard) / 30
    // The window counts requests that actually went out: 30 in any second.
    now = 10_000;
    const acquired = Array.from({ length: 31 }, () => limiter.acquire());
    expect(acquired.slice(0, 30).every((w) => w === 0)).toBe(true);
    expect(acquired[30]).toBeGreaterThanOrEqual(1000);
    now = 20_000;
    const chat = [1, 2, 3, 4].map(() => limiter.reserve(7));
    expect(chat[3]! - chat[2]!).toBeGreaterThanOrEqual(2900); // a burst of 3, then 1 a second
    now = 40_000;
    const group = Array.from({ length: 21 }, () => limiter.reserve(-100));
    expect(group[20]! - group[0]!).toBeGreaterThanOrEqual(60_000);
    expect(limiter.chatWait(-100)).toBeGreaterThan(50_000);
  });

  it("backs off exponentially with jitter", () => {
    expect(backoffMs(1, () => 0.5)).toBe(500);
    expect(backoffMs(3, () => 0.5)).toBe(2000);
    expect(backoffMs(20, () => 0.5)).toBe(60_000);
    expect(backoffMs(2, () => 0)).toBe(800);
  });
});
