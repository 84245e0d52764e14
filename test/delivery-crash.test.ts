// A dispatcher process killed (SIGKILL) with every request slot busy: how many rows are in doubt,
// and another dispatcher takes its rows back after the lease (not ten minutes) and delivers them.
// The bound from the code: each of `parallelBatches` (2) batches sends at most min(concurrency,
// batchSize) rows at once, and only rows whose request is out are "sending".
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDispatcher } from "../src/delivery/dispatcher.js";
import { createOutbox } from "../src/delivery/outbox.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LEASE = 60_000;

/** A Bot API that records every delivery request and, while `holding`, never answers it. */
async function startHoldingApi() {
  const requests: number[] = [];
  const held: ServerResponse[] = [];
  const state = { holding: true };
  const answer = (res: ServerResponse, result: unknown) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true, result }));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const method = req.url?.split("/").at(-1) ?? "";
      if (method !== "sendMessage") return answer(res, true);
      const chatId = Number((JSON.parse(body) as { chat_id: number }).chat_id);
      requests.push(chatId);
      if (state.holding) return held.push(res);
      answer(res, { message_id: requests.length, date: 0, chat: { id: chatId, type: "private", first_name: "P" }, text: "" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe("a dispatcher killed mid-flight", () => {
  let temp: TempDatabase;
  let api: Awaited<ReturnType<typeof startHoldingApi>>;

  beforeEach(async () => {
    temp = await createTempDatabase();
    api = await startHoldingApi();
  });
  afterEach(async () => {
    await api.close();
    await temp.cleanup();
  });

  it.each([
    { concurrency: 8, batchSize: 50, inDoubt: 16 }, // the defaults: 2 × 8
    { concurrency: 8, batchSize: 3, inDoubt: 6 }, // a batch smaller than the concurrency: 2 × 3
  ])("leaves parallelBatches × min(concurrency, batchSize) in doubt: $inDoubt with concurrency $concurrency, batches of $batchSize", async ({ concurrency, batchSize, inDoubt }) => {
    const { db } = temp;
    const outbox = createOutbox({ db, clock: new ManualClock() });
    const chats = Array.from({ length: 100 }, (_, i) => 900_000 + i);
    await outbox.enqueue(chats.map((chatId) => ({ chatId, payload: { kind: "text" as const, text: "Siaran" }, dedupeKey: `k:${chatId}` })));

    const worker = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(root, "bench", "dispatcher-worker.ts"),
        ...["--db", temp.url, "--api-root", api.url, "--concurrency", String(concurrency)],
        ...["--batch-size", String(batchSize), "--lease-ms", String(LEASE)],
      ],
      { cwd: root, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    worker.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => worker.on("exit", (code, signal) => resolve(signal ?? code)));
    try {
      // Every slot busy: the worker is waiting for answers that do not come.
      expect(await until(() => api.requests.length >= inDoubt, 90_000), stderr).toBe(true);
      await new Promise((r) => setTimeout(r, 500)); // time for a request beyond the bound, were there one
      expect(api.requests.length).toBe(inDoubt);
      expect(await db.delivery.count({ where: { state: "sending" } })).toBe(inDoubt);
    } finally {
      worker.kill("SIGKILL");
    }
    expect(await exited).toBe("SIGKILL");

    const clock = new ManualClock(); // real time, moved on by hand below
    const heir = createDispatcher({
      db,
      outbox: createOutbox({ db, clock }),
      api: new Api("123456:test", { apiRoot: api.url }),
      clock,
      logger: createLogger("silent"),
      limits: { globalPerSecond: 10_000 },
      leaseMs: LEASE,
    });
    const left = await db.delivery.count({ where: { state: { in: ["claimed", "sending"] } } });
    expect(left).toBe(2 * batchSize);
    expect(await outbox.recoverStale(LEASE)).toBe(0); // within the lease the claims may still be alive
    clock.advance(LEASE + 1000);
    const heirOutbox = createOutbox({ db, clock });
    expect(await heirOutbox.recoverStale(LEASE)).toBe(left); // after the lease: all of them, at once
    expect(await heirOutbox.counts()).toMatchObject({ inDoubt });

    api.state.holding = false;
    await heir.drain();
    expect(await heirOutbox.counts()).toMatchObject({ sent: 100, queued: 0, sending: 0, inDoubt });
    // Only the in-doubt rows were asked for twice; every chat got its message.
    const asked = new Map<number, number>();
    for (const chatId of api.requests) asked.set(chatId, (asked.get(chatId) ?? 0) + 1);
    const twice = [...asked].filter(([, n]) => n === 2).map(([chatId]) => BigInt(chatId));
    const doubted = (await db.delivery.findMany({ where: { inDoubt: true }, select: { chatId: true } })).map((r) => r.chatId);
    expect(twice.sort()).toEqual(doubted.sort());
    expect(chats.filter((c) => !asked.has(c))).toEqual([]);
    expect([...asked.values()].every((n) => n <= 2)).toBe(true);
  }, 180_000); // a worker process starts (tsx compiles the dispatcher) on a busy machine
});
