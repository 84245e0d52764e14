import { afterEach, describe, expect, it } from "vitest";

import { type LimitedBotApi, type LimitedBotApiOptions, startLimitedBotApi } from "../bench/limited-bot-api.js";

interface ApiReply {
  status: number;
  body: {
    ok: boolean;
    result?: unknown;
    error_code?: number;
    description?: string;
    parameters?: { retry_after?: number };
  };
}

let api: LimitedBotApi | undefined;

afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(options: LimitedBotApiOptions = {}): Promise<LimitedBotApi> {
  api = await startLimitedBotApi(options);
  return api;
}

async function call(method: string, params: Record<string, unknown> = {}): Promise<ApiReply> {
  if (!api) throw new Error("server not started");
  const res = await fetch(`${api.url}/bot123:TEST/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  return { status: res.status, body: (await res.json()) as ApiReply["body"] };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function statuses(replies: ApiReply[]): number[] {
  return replies.map((r) => r.status).sort((a, b) => a - b);
}

function expectConsistent(server: LimitedBotApi): void {
  const s = server.stats();
  expect(s.requests).toBe(s.delivered + s.http429 + s.http403 + s.http5xx);
  expect(s.delivered).toBe(s.deliveredChats + s.duplicates);
}

describe("limited Bot API stand-in", () => {
  it("answers 429 with retry_after over the global limit and delivers after waiting", async () => {
    // 5 deliveries per second over all chats.
    const server = await start({ globalPerSecond: 5, privatePerSecond: 100 });
    const first = await Promise.all(Array.from({ length: 8 }, (_, i) => call("sendMessage", { chat_id: 1000 + i, text: "hi" })));
    expect(statuses(first)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const rejected = first.filter((r) => r.status === 429);
    for (const r of rejected) {
      expect(r.body).toMatchObject({ ok: false, error_code: 429 });
      expect(r.body.description).toMatch(/^Too Many Requests: retry after \d+$/);
      const retryAfter = r.body.parameters?.retry_after;
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
    }
    expect(server.stats()).toMatchObject({ requests: 8, delivered: 5, http429: 3, deliveredChats: 5 });
    expect(server.stats().maxObservedGlobalRate).toBe(5);

    const retryAfter = rejected[0]?.body.parameters?.retry_after ?? 1;
    expect(retryAfter).toBe(1);
    await sleep(retryAfter * 1000);
    const lost = [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007].filter((id) => server.deliveredCount(id) === 0);
    expect(lost).toHaveLength(3);
    const retried = await Promise.all(lost.map((id) => call("sendMessage", { chat_id: id, text: "hi" })));
    expect(statuses(retried)).toEqual([200, 200, 200]);
    expect(server.stats()).toMatchObject({ delivered: 8, deliveredChats: 8, duplicates: 0, http429: 3 });
    expect(server.duplicatedChats()).toEqual([]);
    expectConsistent(server);
  });

  it("limits each private chat to a burst within its window", async () => {
    // 3 deliveries per chat in any 600 ms (1/s average, burst 3, scaled by 5).
    const server = await start({ privatePerSecond: 1, privateBurst: 3, limitScale: 5 });
    const burst = await Promise.all([1, 2, 3, 4].map(() => call("sendMessage", { chat_id: 42, text: "x" })));
    expect(statuses(burst)).toEqual([200, 200, 200, 429]);
    // Another private chat is not affected.
    expect((await call("sendMessage", { chat_id: 43, text: "x" })).status).toBe(200);

    const ids = burst.filter((r) => r.status === 200).map((r) => (r.body.result as { message_id: number }).message_id);
    expect(ids.sort()).toEqual([1, 2, 3]);
    const delivered = burst.find((r) => r.status === 200)?.body.result as { chat: { id: number; type: string } };
    expect(delivered.chat).toMatchObject({ id: 42, type: "private" });

    await sleep(650);
    const later = await call("sendMessage", { chat_id: 42, text: "x" });
    expect(later.status).toBe(200);
    expect((later.body.result as { message_id: number }).message_id).toBe(4);
    expect(server.deliveredCount(42)).toBe(4);
    expectConsistent(server);
  });

  it("limits groups per minute (scaled)", async () => {
    // 3 per minute, scaled by 120: 3 deliveries per group in any 500 ms.
    const server = await start({ groupPerMinute: 3, limitScale: 120 });
    const group = -1001234;
    const burst = await Promise.all([1, 2, 3, 4].map(() => call("sendMessage", { chat_id: group, text: "x" })));
    expect(statuses(burst)).toEqual([200, 200, 200, 429]);
    const delivered = burst.find((r) => r.status === 200)?.body.result as { chat: { id: number; type: string } };
    expect(delivered.chat).toMatchObject({ id: group, type: "supergroup" });
    expect(burst.find((r) => r.status === 429)?.body.parameters?.retry_after).toBe(1);

    await sleep(550);
    expect((await call("sendMessage", { chat_id: group, text: "x" })).status).toBe(200);
    expect(server.deliveredCount(group)).toBe(4);
    expectConsistent(server);
  });

  it("answers 403 for blocked chats, every time, without delivering", async () => {
    const server = await start({ blockedChatIds: [7] });
    for (let i = 0; i < 2; i++) {
      const reply = await call("sendMessage", { chat_id: 7, text: "x" });
      expect(reply.status).toBe(403);
      expect(reply.body).toEqual({ ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
    }
    expect((await call("sendPhoto", { chat_id: 7, photo: "file-id" })).status).toBe(403);
    expect(server.deliveredCount(7)).toBe(0);
    expect(server.stats()).toMatchObject({ requests: 3, http403: 3, delivered: 0, deliveredChats: 0 });
    expectConsistent(server);
  });

  it("answers 502 on a flaky chat's first attempt, then delivers", async () => {
    const server = await start({ flakyChatIds: [8] });
    const first = await call("sendMessage", { chat_id: 8, text: "x" });
    expect(first.status).toBe(502);
    expect(first.body).toMatchObject({ ok: false, error_code: 502 });
    expect(server.deliveredCount(8)).toBe(0);
    const second = await call("sendMessage", { chat_id: 8, text: "x" });
    expect(second.status).toBe(200);
    expect((second.body.result as { message_id: number }).message_id).toBe(1);
    expect(server.deliveredCount(8)).toBe(1);
    expect(server.stats()).toMatchObject({ requests: 2, http5xx: 1, delivered: 1, duplicates: 0 });
    expectConsistent(server);
  });

  it("counts duplicates per chat", async () => {
    const server = await start();
    await call("sendMessage", { chat_id: 5, text: "a" });
    await call("sendMessage", { chat_id: 6, text: "a" });
    await call("copyMessage", { chat_id: 5, from_chat_id: -100, message_id: 1 });
    await call("sendDocument", { chat_id: -200, document: "file-id" });
    expect(server.duplicatedChats()).toEqual([5]);
    expect(server.deliveredCount(5)).toBe(2);
    expect(server.stats()).toMatchObject({ delivered: 4, deliveredChats: 3, duplicates: 1 });
    expectConsistent(server);
  });

  it("keeps stats consistent and does not count other methods", async () => {
    const server = await start({ globalPerSecond: 3, blockedChatIds: [11], flakyChatIds: [12] });
    const me = await call("getMe");
    expect(me.body).toMatchObject({ ok: true, result: { is_bot: true } });
    expect((await call("deleteWebhook")).body).toEqual({ ok: true, result: true });
    expect((await call("setMyCommands", { commands: [] })).body).toEqual({ ok: true, result: true });
    const edit = await call("editMessageText", { chat_id: 10, message_id: 1, text: "edited" });
    expect(edit.body).toMatchObject({ ok: true, result: { message_id: 1, text: "edited" } });

    await call("sendMessage", { chat_id: 11, text: "x" }); // 403
    await call("sendMessage", { chat_id: 12, text: "x" }); // 502
    await call("sendMessage", { chat_id: 12, text: "x" }); // 200
    await call("sendMessage", { chat_id: 10, text: "x" }); // 200
    await call("sendPhoto", { chat_id: 13, photo: "file-id" }); // 200
    await call("sendMessage", { chat_id: 14, text: "x" }); // 429 (global 3/s)
    const bad = await call("sendMessage", { text: "no chat" });
    expect(bad.status).toBe(400);

    expect(server.stats()).toEqual({
      requests: 6,
      delivered: 3,
      http429: 1,
      http403: 1,
      http5xx: 1,
      duplicates: 0,
      deliveredChats: 3,
      maxObservedGlobalRate: 3,
      badRequests: 1,
      firstDeliveryAt: expect.any(Number),
      lastDeliveryAt: expect.any(Number),
    });
    expect(server.stats().lastDeliveryAt).toBeGreaterThanOrEqual(server.stats().firstDeliveryAt);
    expectConsistent(server);
  });

  it("reads chat_id from multipart/form-data bodies", async () => {
    const server = await start();
    const form = new FormData();
    form.append("chat_id", "-100777");
    form.append("caption", "laporan");
    form.append("document", new Blob(["hello"]), "laporan.txt");
    const res = await fetch(`${server.url}/bot123:TEST/sendDocument`, { method: "POST", body: form });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; result: { chat: { id: number }; caption: string } };
    expect(body.result).toMatchObject({ chat: { id: -100777 }, caption: "laporan" });
    expect(server.deliveredCount(-100777)).toBe(1);
  });

  it("answers getUpdates with [] after the timeout (max 1 s) and closes promptly", async () => {
    const server = await start();
    const t0 = Date.now();
    const reply = await call("getUpdates", { timeout: 0.2 });
    expect(reply.body).toEqual({ ok: true, result: [] });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(150);

    const pending = fetch(`${server.url}/bot123:TEST/getUpdates`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ timeout: 30 }),
    }).then(
      (res) => res.status,
      () => "error",
    );
    await sleep(50);
    const t1 = Date.now();
    await server.close();
    await pending;
    expect(Date.now() - t1).toBeLessThan(500);
  });
});
