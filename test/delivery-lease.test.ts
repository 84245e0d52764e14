// Claims that stay alive while a request is out, requests bounded below the lease, and what a
// finished delivery keeps (issue 13: duplicates when Telegram is slow; retention under UU 27/2022).
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createDispatcher } from "../src/delivery/dispatcher.js";
import { createOutbox, type Outbox } from "../src/delivery/outbox.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";

const logger = createLogger("silent");
const LEASE = 60_000;

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/**
 * The stand-in behind a fetch whose delivery requests may be held: `hold(n)` decides, for the n-th
 * delivery request, whether Telegram delivers at once and then keeps the answer until `release`.
 */
function slowApi(standIn: BotApiStandIn, hold: (n: number) => boolean) {
  const inner = createInProcessFetch(standIn);
  const answer = gate();
  const first = gate();
  let n = 0;
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.split("/").at(-1)?.startsWith("send")) return inner(input, init);
    n += 1;
    const response = await inner(input, init); // Telegram has delivered it ...
    if (hold(n)) {
      first.open();
      await answer.opened; // ... but its answer is late
    }
    return response;
  };
  return {
    api: new Api("1:test", { fetch: fetch as unknown as typeof globalThis.fetch }),
    requestOut: first.opened,
    release: answer.open,
  };
}

/** Waits (real time, at most `ms`) until `check` holds; says whether it did. */
async function until(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return check();
}

describe("claims while a request is out", () => {
  let temp: TempDatabase;
  let db: Database;
  let other: Database;
  let outbox: Outbox;
  let clock: ManualClock;
  let standIn: BotApiStandIn;
  const releases: (() => void)[] = [];

  beforeEach(async () => {
    temp = await createTempDatabase();
    db = temp.db;
    other = await openDatabase(parseDatabaseUrl(temp.url));
    clock = new ManualClock(new Date("2026-11-30T02:00:00Z"));
    outbox = createOutbox({ db, clock });
    standIn = new BotApiStandIn({ now: () => clock.now() });
  });
  afterEach(async () => {
    for (const release of releases) release();
    await other.$disconnect();
    await temp.cleanup();
  });

  const text = (t: string) => ({ kind: "text" as const, text: t });
  const sentTo = (chatId: number) => standIn.messagesIn(chatId).map((m) => m.text);

  it("keeps the claim of a request Telegram is slow to answer: no other dispatcher sends it again", async () => {
    const slow = slowApi(standIn, (n) => n === 1);
    releases.push(slow.release);
    const first = createDispatcher({ db, outbox, api: slow.api, clock, logger, leaseMs: LEASE, heartbeatMs: 20 });
    const otherOutbox = createOutbox({ db: other, clock });
    const second = createDispatcher({
      db: other,
      outbox: otherOutbox,
      api: new Api("1:test", { fetch: createInProcessFetch(standIn) as unknown as typeof globalThis.fetch }),
      clock,
      logger,
      leaseMs: LEASE,
    });
    await outbox.enqueue([{ chatId: 3001, payload: text("Undangan rapat"), dedupeKey: "slow" }]);
    const draining = first.drain();
    await slow.requestOut;
    // Telegram takes three leases to answer; the claim is refreshed all along.
    for (let lease = 0; lease < 3; lease++) {
      clock.advance(LEASE + 1000);
      const at = clock.now().getTime();
      await until(async () => (await db.delivery.findFirstOrThrow()).claimedAt?.getTime() === at);
      expect(await otherOutbox.recoverStale(LEASE)).toBe(0);
      expect(await second.drain()).toBe(0);
    }
    slow.release();
    expect(await draining).toBe(1);
    expect(sentTo(3001)).toEqual(["Undangan rapat"]);
    expect(await db.delivery.findFirstOrThrow()).toMatchObject({ state: "sent", inDoubt: false, attempts: 1 });
  });

  it("abandons a request after the bound below the lease; the row is in doubt and retried", async () => {
    const slow = slowApi(standIn, (n) => n === 1);
    releases.push(slow.release);
    const dispatcher = createDispatcher({ db, outbox, api: slow.api, clock, logger, leaseMs: LEASE, requestTimeoutMs: 200 });
    await outbox.enqueue([{ chatId: 3002, payload: text("Notulen"), dedupeKey: "late" }]);
    expect(await dispatcher.drain()).toBe(1); // does not wait for the answer
    const row = await db.delivery.findFirstOrThrow();
    expect(row).toMatchObject({ state: "queued", inDoubt: true, attempts: 1, claimToken: null, lastError: expect.stringContaining("in doubt") });
    expect(row.payload).toContain("Notulen"); // still needed for the retry
    expect(await outbox.recoverStale(LEASE)).toBe(0);
    clock.advance(2000);
    expect(await dispatcher.drain()).toBe(1);
    // Telegram had delivered the first one: the second copy is the duplicate the reports count as in doubt.
    expect(sentTo(3002)).toEqual(["Notulen", "Notulen"]);
    expect(await outbox.counts()).toMatchObject({ sent: 1, inDoubt: 1 });
  });

  it("stops within one request's bound: rows not yet sent go back to the queue, untouched", async () => {
    const slow = slowApi(standIn, () => true); // Telegram delivers, then never answers
    releases.push(slow.release);
    const chats = [3201, 3202, 3203, 3204, 3205];
    await outbox.enqueue(chats.map((chatId) => ({ chatId, payload: text("Pengumuman"), dedupeKey: `stop:${chatId}` })));
    const dispatcher = createDispatcher({ db, outbox, api: slow.api, clock, logger, leaseMs: LEASE, requestTimeoutMs: 300, concurrency: 1 });
    await dispatcher.start();
    await slow.requestOut;
    await dispatcher.stop();
    expect(chats.map((c) => sentTo(c).length)).toEqual([1, 0, 0, 0, 0]);
    const rows = await db.delivery.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.state, r.attempts, r.inDoubt, r.claimToken])).toEqual([
      ["queued", 1, true, null], // out when the stop came: in doubt
      ...chats.slice(1).map(() => ["queued", 0, false, null]),
    ]);
  });

  it("refuses a request bound or heartbeat that is not below the lease", () => {
    const api = new Api("1:test");
    expect(() => createDispatcher({ db, outbox, api, clock, logger, leaseMs: 1000, requestTimeoutMs: 1000 })).toThrow(/below leaseMs/);
    expect(() => createDispatcher({ db, outbox, api, clock, logger, leaseMs: 1000, heartbeatMs: 1500 })).toThrow(/below leaseMs/);
  });

  it("takes back a dead dispatcher's rows after the lease, claimed and sending alike, and delivers them", async () => {
    const slow = slowApi(standIn, () => true);
    releases.push(slow.release);
    const chats = [3101, 3102, 3103, 3104];
    await outbox.enqueue(chats.map((chatId) => ({ chatId, payload: text("Siaran"), dedupeKey: `dead:${chatId}` })));
    // This one sends one row and hangs with the other three claimed; then it "dies": its heartbeat
    // no longer runs (it is never drained to the end) and nothing of it is released.
    const dying = createDispatcher({ db, outbox, api: slow.api, clock, logger, leaseMs: LEASE, heartbeatMs: 50_000, concurrency: 1 });
    const dyingBatch = dying.runOnce();
    await slow.requestOut;
    expect(await outbox.counts()).toMatchObject({ sending: 4 });
    const otherOutbox = createOutbox({ db: other, clock });
    const heir = createDispatcher({
      db: other,
      outbox: otherOutbox,
      api: new Api("1:test", { fetch: createInProcessFetch(standIn) as unknown as typeof globalThis.fetch }),
      clock,
      logger,
      leaseMs: LEASE,
    });
    clock.advance(LEASE - 1000);
    expect(await otherOutbox.recoverStale(LEASE)).toBe(0);
    clock.advance(2000);
    expect(await otherOutbox.recoverStale(LEASE)).toBe(4); // after the lease, not ten minutes
    expect(await heir.drain()).toBe(4);
    expect(chats.map((c) => sentTo(c).length)).toEqual([2, 1, 1, 1]); // the first was out: in doubt
    expect(await outbox.counts()).toMatchObject({ sent: 4, inDoubt: 1, queued: 0, sending: 0 });
    // Were it only stalled, not dead: when its answer comes, it finds its claim gone and sends nothing more.
    slow.release();
    await dyingBatch;
    expect(chats.map((c) => sentTo(c).length)).toEqual([2, 1, 1, 1]);
    expect(await outbox.counts()).toMatchObject({ sent: 4, inDoubt: 1 });
  });
});

describe("what finished deliveries keep", () => {
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

  const api = () => new Api("1:test", { fetch: createInProcessFetch(standIn) as unknown as typeof globalThis.fetch });
  const card = (nip: string) => ({ kind: "text" as const, text: `Pendaftar baru: Budi, NIP ${nip}, HP 081234567890` });
  const rows = () => db.delivery.findMany({ orderBy: { id: "asc" } });

  it("blanks the payload once a row is sent, failed or skipped, and keeps what the reports count", async () => {
    standIn.blockChat(4003);
    await outbox.enqueue([
      { chatId: 4001, payload: card("198001012006041001"), dedupeKey: "sent" },
      { chatId: 4002, payload: { kind: "text", text: "<b>NIP 198001012006041002", parseMode: "HTML" }, dedupeKey: "failed" },
      { chatId: 4003, payload: card("198001012006041003"), dedupeKey: "skipped" },
      { chatId: 4004, payload: card("198001012006041004"), dedupeKey: "later", notBefore: new Date("2026-12-01T02:00:00Z") },
    ]);
    await createDispatcher({ db, outbox, api: api(), clock, logger }).drain();
    expect(standIn.messagesIn(4001)[0]?.text).toContain("198001012006041001");
    const [sent, failed, skipped, later] = await rows();
    expect(sent).toMatchObject({ state: "sent", payload: "", attempts: 1, sentAt: clock.now() });
    expect(failed).toMatchObject({ state: "failed", payload: "", lastError: expect.stringContaining("400") });
    expect(skipped).toMatchObject({ state: "skipped", payload: "", lastError: expect.stringContaining("403") });
    expect(later).toMatchObject({ state: "queued", payload: expect.stringContaining("198001012006041004") });
    expect(await outbox.counts()).toMatchObject({ sent: 1, failed: 1, skipped: 1, queued: 1 });
    const all = JSON.stringify(await rows(), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    expect(all.match(/1980010120060410\d\d/g)).toEqual(["198001012006041004"]);
  });

  it("prunes failed and skipped rows like sent ones, after the retention counted from when they finished", async () => {
    standIn.blockChat(4103);
    await outbox.enqueue([
      { chatId: 4101, payload: card("1"), dedupeKey: "old-sent" },
      { chatId: 4102, payload: { kind: "text", text: "<i>rusak", parseMode: "HTML" }, dedupeKey: "old-failed" },
      { chatId: 4103, payload: card("3"), dedupeKey: "old-skipped" },
      // Scheduled far ahead: a queued row is never pruned, however old.
      { chatId: 4104, payload: card("4"), dedupeKey: "queued", notBefore: new Date("2027-06-01T00:00:00Z") },
    ]);
    const dispatcher = createDispatcher({ db, outbox, api: api(), clock, logger });
    await dispatcher.drain();
    clock.advance(20 * 86_400_000);
    await outbox.enqueue([
      { chatId: 4105, payload: card("5"), dedupeKey: "new-sent" },
      { chatId: 4103, payload: card("6"), dedupeKey: "new-skipped" },
    ]);
    await dispatcher.drain();
    clock.advance(11 * 86_400_000); // the first three finished 31 days ago, the last two 11
    expect(await outbox.prune(30)).toBe(3);
    expect((await rows()).map((r) => [r.dedupeKey, r.state])).toEqual([
      ["queued", "queued"],
      ["new-sent", "sent"],
      ["new-skipped", "skipped"],
    ]);
  });

  it("pruning also blanks payloads of rows finished outside the dispatcher (a stopped broadcast)", async () => {
    await outbox.enqueue([
      { chatId: 4201, payload: card("7"), dedupeKey: "stopped" },
      { chatId: 4202, payload: card("8"), dedupeKey: "waiting" },
    ]);
    // What the broadcast's stop does to rows not yet sent.
    await db.delivery.updateMany({ where: { dedupeKey: "stopped" }, data: { state: "skipped", lastError: "stopped" } });
    expect(await outbox.prune(30)).toBe(0);
    const [stopped, waiting] = await rows();
    expect(stopped).toMatchObject({ state: "skipped", lastError: "stopped", payload: "" });
    expect(waiting!.payload).toContain("Pendaftar baru");
  });
});
