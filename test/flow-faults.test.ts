// Flows under Telegram's trouble and under changes of rights (issue 13): a handler waits on the Bot
// API only briefly and within a budget, a message Telegram does not take goes through the outbox, a
// half-finished flow keeps its answers, and a flow whose person changed role or status ends with a
// clear Indonesian message instead of "Bad replay".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../src/shared/logger.js";
import { ManualClock } from "../src/shared/clock.js";
import { Api, HttpError } from "grammy";
import { DEFAULT_API_PATIENCE, DEFERRED_MESSAGE_ID, newBudget, patientCalls, type ApiPatience } from "../src/bot/messenger.js";
import { approvedMember, createHarness, kebijakanPokja, type Harness } from "./support/bot-harness.js";

const ADMIN = { memberId: null, telegramId: 1001n };

describe("a failing Bot API inside a flow", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  const queuedFor = (chatId: number) => h.db.delivery.findMany({ where: { chatId: BigInt(chatId), state: "queued" } });

  it("keeps the registration's name when the next question fails with 500s, and completes it later", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju");
    const outage = h.standIn.injectFault({ method: "sendMessage", chatId: 2001, times: 5, fault: { type: "error", errorCode: 500 } });
    await h.run("Budi Santoso, S.Kom.");
    // Two tries in the handler, one by the dispatcher right after; the question waits in the outbox.
    expect(outage.hits).toBe(3);
    const queued = await queuedFor(2001);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.payload).toContain("2/5");
    expect(await h.db.conversationState.count()).toBe(1);
    // Nobody was told of an error: the flow goes on.
    expect(h.standIn.calls("sendMessage").some((c) => String(c.params.text).includes("terjadi kesalahan"))).toBe(false);

    // Telegram recovers; the dispatcher's back-off brings the question.
    await h.run("clock +1m", "clock +1m", "clock +1m");
    expect(outage.hits).toBe(5);
    expect(h.standIn.lastMessage(2001)?.text).toContain("2/5");

    await h.run(
      "surabaya",
      "press Dinas Komunikasi dan Informatika Kota Surabaya",
      "Kepala Bidang Aplikasi Informatika",
      "19850312 201001 1 003",
      "contact",
    );
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain("Nama: Budi Santoso, S.Kom.");
    expect(await h.say("press Kirim pendaftaran")).toContain("menunggu persetujuan sekretariat");
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    expect(budi).toMatchObject({ fullName: "Budi Santoso, S.Kom.", status: "pending" });
  });

  it("takes the answer when the member replies before the late question arrives", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju");
    h.standIn.injectFault({ method: "sendMessage", chatId: 2001, times: 3, fault: { type: "error", errorCode: 502 } });
    await h.run("Budi Santoso");
    expect(await h.say("surabaya")).toContain("Ditemukan 1 instansi");
  });

  it("does not hold up the next person: their /start is answered at the first try", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju");
    const outage = h.standIn.injectFault({ method: "sendMessage", chatId: 2001, fault: { type: "error", errorCode: 500 } });
    await h.run("Budi Santoso");
    const before = h.standIn.calls("sendMessage").length;
    expect(await h.say("as 2002 Siti", "/start")).toContain("[bot -> 2002]");
    expect(h.standIn.calls("sendMessage").slice(before).map((c) => c.params.chat_id)).toEqual([2002]);
    // Budi's question is still waiting in the outbox, not in a handler.
    expect(await queuedFor(2001)).toHaveLength(1);
    outage.remove();
  });

  it("keeps a flow going when the answer to a button and the removal of its buttons fail", async () => {
    await h.run("as 2001 Budi", "/daftar");
    const outage = h.standIn.injectFault({ method: ["editMessageReplyMarkup", "answerCallbackQuery"], fault: { type: "error", errorCode: 500 } });
    const out = await h.say("press Saya setuju");
    expect(outage.hits).toBe(4);
    expect(out).toContain("1/5");
    expect(out).not.toContain("terjadi kesalahan");
    expect(await h.db.conversationState.count()).toBe(1);
    outage.remove();
  });

  it("sends the new text of a pressed message later when its edit fails", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju", "budi santoso");
    const offer = h.standIn.lastMessageWithKeyboard(2001)!;
    expect(offer.text).toContain("Budi Santoso");
    const outage = h.standIn.injectFault({ method: "editMessageText", chatId: 2001, fault: { type: "error", errorCode: 500 } });
    const out = await h.say("press 1");
    expect(outage.hits).toBe(2);
    // The dispatcher sends the chosen name as a message of its own; the flow asks its next question.
    expect(out).toContain("Budi Santoso");
    expect(out).toContain("2/5");
    expect(await h.db.conversationState.count()).toBe(1);
    outage.remove();
  });
});

describe("patience in a handler", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  /** A clock that moves only by the pauses and the time each call is said to take. */
  function patienceFor(callMs: number) {
    let now = 0;
    const pauses: number[] = [];
    const patience: ApiPatience = {
      requestTimeoutMs: 8_000,
      updateBudgetMs: 12_000,
      maxRetryAfterSeconds: 3,
      retryPauseMs: 500,
      pause: async (ms) => {
        pauses.push(ms);
        now += ms;
      },
      monotonicMs: () => now,
    };
    const tick = () => (now += callMs);
    return { patience, pauses, tick, work: (ms: number) => (now += ms), elapsed: () => now };
  }

  function transformer(p: ReturnType<typeof patienceFor>, withOutbox = true, onTooManyRequests?: () => void) {
    const budget = newBudget(p.patience);
    return patientCalls({
      onTooManyRequests,
      patience: p.patience,
      budget: () => budget,
      logger: createLogger("silent"),
      clock: new ManualClock(new Date("2026-12-01T00:00:00Z")),
      outbox: withOutbox ? h.created.services.outbox : undefined,
      updateId: 77,
    });
  }

  const failing = (p: ReturnType<typeof patienceFor>, response: object) => {
    const calls: string[] = [];
    const prev = async (method: string) => {
      calls.push(method);
      p.tick();
      return response;
    };
    return { calls, prev: prev as never };
  };

  it("retries a 5xx once after half a second, then hands the message to the outbox", async () => {
    const p = patienceFor(100);
    const api = failing(p, { ok: false, error_code: 500, description: "Internal Server Error" });
    const result = await transformer(p)(api.prev, "sendMessage", { chat_id: 2001, text: "<b>Pertanyaan</b>", parse_mode: "HTML" } as never);
    expect(api.calls).toEqual(["sendMessage", "sendMessage"]);
    expect(p.pauses).toEqual([500]);
    expect(result).toMatchObject({ ok: true, result: { message_id: DEFERRED_MESSAGE_ID, chat: { id: 2001 } } });
    const rows = await h.db.delivery.findMany({ where: { chatId: 2001n } });
    expect(rows.map((r) => JSON.parse(r.payload))).toEqual([{ kind: "text", text: "<b>Pertanyaan</b>", parseMode: "HTML" }]);
  });

  it("waits out a short 429 once, but never a long one in the handler", async () => {
    const short = patienceFor(10);
    const api = failing(short, { ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 2 } });
    let counted = 0;
    await transformer(short, true, () => counted++)(api.prev, "sendMessage", { chat_id: 2001, text: "a" } as never);
    expect(short.pauses).toEqual([2000]);
    // Both answers were 429s: /metrics counts them under source="handlers".
    expect(counted).toBe(2);

    const long = patienceFor(10);
    const slow = failing(long, { ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 40 } });
    const result = await transformer(long)(slow.prev, "sendMessage", { chat_id: 2001, text: "b" } as never);
    expect(long.pauses).toEqual([]);
    expect(slow.calls).toHaveLength(1);
    expect(result.ok).toBe(true);
  });

  it("bounds one update's waiting: calls after the budget fail at once without a request", async () => {
    // Each call takes 7 s before failing: the first two use up the 12 s budget.
    const p = patienceFor(7_000);
    const api = failing(p, { ok: false, error_code: 502, description: "Bad Gateway" });
    const t = transformer(p, false);
    await expect(t(api.prev, "getChatMember", { chat_id: -100, user_id: 1 } as never)).resolves.toMatchObject({ ok: false, error_code: 502 });
    await expect(t(api.prev, "getChatMember", { chat_id: -100, user_id: 2 } as never)).rejects.toThrow(/no time left/);
    expect(api.calls).toHaveLength(2);
    expect(p.elapsed()).toBeLessThanOrEqual(p.patience.updateBudgetMs + 7_000);
  });

  it("counts only the time spent waiting on the API, not the handler's own work", async () => {
    const p = patienceFor(10);
    const api = failing(p, { ok: true, result: true });
    const t = transformer(p, false);
    await t(api.prev, "getChatMember", { chat_id: -100, user_id: 1 } as never);
    p.work(60_000); // a long export being built
    await expect(t(api.prev, "getChatMember", { chat_id: -100, user_id: 2 } as never)).resolves.toEqual({ ok: true, result: true });
    expect(api.calls).toHaveLength(2);
  });

  it("gives up a request Telegram never answers (timeout), retries once, and sends the message later", async () => {
    const signals: AbortSignal[] = [];
    // An outage where the connection stays open: only the caller's abort ends the wait.
    const hanging = (_url: unknown, init?: { signal?: AbortSignal }) =>
      new Promise<Response>((_, reject) => {
        signals.push(init!.signal!);
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      });
    const api = new Api("1:test", { fetch: hanging as unknown as typeof fetch });
    const patience: ApiPatience = { ...DEFAULT_API_PATIENCE, requestTimeoutMs: 30, retryPauseMs: 1, updateBudgetMs: 1_000 };
    const budget = newBudget(patience);
    api.config.use(patientCalls({ patience, budget: () => budget, logger: createLogger("silent"), clock: h.clock, outbox: h.created.services.outbox, updateId: 5 }));
    const sent = await api.sendMessage(2001, "Pertanyaan berikutnya");
    expect(sent.message_id).toBe(DEFERRED_MESSAGE_ID);
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
    await expect(api.getChatMember(-100, 1)).rejects.toBeInstanceOf(HttpError);
    expect(await h.db.delivery.count({ where: { chatId: 2001n, dedupeKey: { startsWith: "reply:5:2001:" } } })).toBe(1);
  });

  it("gives up cosmetic calls and leaves other errors as they are", async () => {
    const p = patienceFor(10);
    const api = failing(p, { ok: false, error_code: 503, description: "Service Unavailable" });
    expect(await transformer(p)(api.prev, "answerCallbackQuery", { callback_query_id: "1" } as never)).toEqual({ ok: true, result: true });
    const bad = failing(p, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
    expect(await transformer(p)(bad.prev, "sendMessage", { chat_id: 2001, text: "x" } as never)).toMatchObject({ ok: false, error_code: 400 });
    expect(bad.calls).toHaveLength(1);
  });

  it("treats edits of a message still in the outbox as a new message after it, or as done", async () => {
    const p = patienceFor(10);
    const sent: { method: string; payload: unknown }[] = [];
    const prev = (async (method: string, payload: unknown) => {
      sent.push({ method, payload });
      return { ok: true, result: { message_id: 5 } };
    }) as never;
    const t = transformer(p);
    await t(prev, "editMessageText", { chat_id: 2001, message_id: DEFERRED_MESSAGE_ID, text: "Baru" } as never);
    expect(await t(prev, "editMessageReplyMarkup", { chat_id: 2001, message_id: DEFERRED_MESSAGE_ID } as never)).toEqual({ ok: true, result: true });
    expect(sent).toEqual([{ method: "sendMessage", payload: { chat_id: 2001, text: "Baru" } }]);
  });
});

describe("a change of rights while a flow is open", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ start: new Date("2026-12-20T02:00:00Z") });
  });
  afterEach(async () => {
    await h.dispose();
  });

  const errors = () => h.standIn.calls("sendMessage").filter((c) => String(c.params.text).includes("terjadi kesalahan"));

  it("ends a coordinator's meeting flow cleanly when they are suspended meanwhile", async () => {
    const { budi } = await kebijakanPokja(h);
    await h.run("as 2001 Budi", "/rapat_baru");
    await h.created.services.members.suspend(budi.id, ADMIN, "Mutasi jabatan");
    const out = await h.say("press Pokja Kebijakan");
    expect(out).toContain("Keanggotaan Bapak/Ibu ditangguhkan oleh sekretariat sejak proses ini dimulai");
    expect(errors()).toEqual([]);
    expect(await h.db.conversationState.count()).toBe(0);
    expect(await h.db.meeting.count()).toBe(0);
  });

  it("ends a broadcast flow when the coordinator is no longer one, naming both roles and the command", async () => {
    const { budi } = await kebijakanPokja(h);
    await h.run("as 2001 Budi", "/siaran");
    await h.created.services.pokja.removeCoordinator(ADMIN, 1, budi.id);
    const out = await h.say("Rapat koordinasi besok.");
    expect(out).toContain("Peran Bapak/Ibu berubah dari Koordinator pokja menjadi Anggota");
    expect(out).toContain("silakan mulai lagi dengan /siaran");
    expect(errors()).toEqual([]);
    expect(await h.db.conversationState.count()).toBe(0);
    // The next command is handled as usual, with the new rights.
    expect(await h.say("/siaran")).toContain("koordinator");
  });

  it("ends a profile edit when an admin promotes the member meanwhile", async () => {
    const siti = await approvedMember(h, 2002, "Siti Rahayu", "73.71");
    await h.run("as 2002 Siti", "/profil", "press Ubah nama");
    await h.created.services.members.setRole(siti.id, "admin", ADMIN);
    const out = await h.say("Siti Rahayu Putri");
    expect(out).toContain("Peran Bapak/Ibu berubah dari Anggota menjadi Admin sekretariat");
    expect((await h.db.member.findUniqueOrThrow({ where: { id: siti.id } })).fullName).toBe("Siti Rahayu");
    expect(errors()).toEqual([]);
  });

  it("lets a flow go on when only the member's own details changed", async () => {
    await kebijakanPokja(h);
    await h.run("as 2001 Budi", "/siaran");
    await h.db.member.update({ where: { telegramId: 2001n }, data: { position: "Sekretaris Dinas" } });
    expect(await h.say("Rapat koordinasi besok.")).toContain("Kepada siapa siaran ini dikirim?");
  });
});
