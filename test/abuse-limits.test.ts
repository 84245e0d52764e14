// Abuse limits: per-sender limits on updates (one notice, then quiet until the period passes; staff
// tap faster), and per-day limits on coordinators' broadcasts and members' recommendations, counted
// from the database.
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN_BUTTONS } from "../src/admin/admin-buttons.js";
import { createSenderLimits, DEFAULT_ABUSE_LIMITS } from "../src/bot/abuse-limits.js";
import { createBroadcastService } from "../src/broadcast/broadcast-service.js";
import { ManualClock } from "../src/shared/clock.js";
import { approvedMember, createHarness, pressForged, recommendationDraft, type Harness } from "./support/bot-harness.js";

const NOTICE = "mengirim terlalu banyak pesan dalam waktu singkat";
const admin = { memberId: null, telegramId: 1001n };

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

/** The bot's messages to a chat so far. */
const textsIn = (harness: Harness, chatId: number) => harness.standIn.messagesIn(chatId).map((m) => m.text);

describe("the buckets", () => {
  it("allow the burst, then the steady rate; forget idle senders; stay bounded", () => {
    const clock = new ManualClock(new Date("2026-12-01T02:00:00Z"));
    const limits = createSenderLimits(clock, { ...DEFAULT_ABUSE_LIMITS, maxTrackedSenders: 100 });
    let update = 0;
    const verdicts = Array.from({ length: 22 }, () => limits.admit(7, "typed", false, ++update));
    expect(verdicts.slice(0, 20)).toEqual(Array(20).fill("pass"));
    expect(verdicts.slice(20)).toEqual(["notice", "quiet"]);
    // Quiet for the whole minute, however long the buckets take to refill.
    clock.advance(59_000);
    expect(limits.admit(7, "typed", false, ++update)).toBe("quiet");
    expect(limits.admit(7, "taps", false, ++update)).toBe("quiet");
    clock.advance(1_000);
    expect(limits.admit(7, "typed", false, ++update)).toBe("pass");
    // The same update seen twice (a menu button's command) counts once.
    expect(limits.admit(8, "taps", false, 500)).toBe("pass");
    for (let i = 0; i < 100; i++) expect(limits.admit(8, "taps", false, 500)).toBe("pass");

    for (let sender = 1000; sender < 1500; sender++) limits.admit(sender, "typed", false, ++update);
    expect(limits.tracked()).toBeLessThanOrEqual(100);
    // Once everyone's buckets are full again, one update later only its sender is remembered.
    clock.advance(2 * 60_000);
    limits.admit(9, "typed", false, ++update);
    expect(limits.tracked()).toBe(1);
  });

  it("gives staff three times the taps", () => {
    const clock = new ManualClock(new Date("2026-12-01T02:00:00Z"));
    const limits = createSenderLimits(clock, DEFAULT_ABUSE_LIMITS);
    const taps = (sender: number, staff: boolean) => {
      let n = 0;
      while (limits.admit(sender, "taps", staff, 10_000 * sender + n) === "pass") n++;
      return n;
    };
    expect(taps(1, false)).toBe(40);
    expect(taps(2, true)).toBe(120);
  });
});

describe("per-sender limits in the bot", () => {
  it("answers a burst, then one notice, then nothing until the minute has passed", async () => {
    h = await createHarness({ abuseLimits: DEFAULT_ABUSE_LIMITS });
    await approvedMember(h, 2003, "Andi Wijaya");
    await h.run("as 2003 Andi");
    for (let i = 0; i < 20; i++) await h.run("/bantuan");
    const answered = textsIn(h, 2003).length;
    expect(answered).toBeGreaterThanOrEqual(20);
    expect(textsIn(h, 2003).join("\n")).not.toContain(NOTICE);

    const notice = await h.say("/bantuan");
    expect(notice).toContain(NOTICE);
    expect(notice).toContain("Selama 60 detik");
    // Quiet: typed messages and commands get nothing; a press is answered empty, so it stops spinning.
    for (const line of ["/bantuan", "halo", "/profil", "/batal"]) expect(await h.run(line)).toHaveLength(1); // the echo only
    const press = await pressForged(h, { id: 2003, first_name: "Andi" }, "menu:show");
    expect(press).toBeDefined();
    expect(press?.text ?? "").toBe("");
    expect(textsIn(h, 2003).filter((t) => t.includes(NOTICE))).toHaveLength(1);
    expect(textsIn(h, 2003)).toHaveLength(answered + 1);

    await h.run("clock +1m");
    expect(await h.say("/bantuan")).not.toContain(NOTICE);
    expect(textsIn(h, 2003).length).toBeGreaterThan(answered + 1);
  });

  it("tells a fast presser in an alert, once", async () => {
    h = await createHarness({ abuseLimits: DEFAULT_ABUSE_LIMITS });
    await approvedMember(h, 2003, "Andi Wijaya");
    const andi = { id: 2003, first_name: "Andi" };
    const answers = [];
    for (let i = 0; i < 45; i++) answers.push(await pressForged(h, andi, "menu:show"));
    const alerts = answers.filter((a) => a?.text?.includes(NOTICE));
    expect(alerts).toHaveLength(1);
    expect(answers.indexOf(alerts[0])).toBe(40);
    expect(alerts[0]?.show_alert).toBe(true);
    // Every press was answered (the spinner stops), but after the notice with nothing to read.
    expect(answers.every((a) => a !== undefined)).toBe(true);
    expect(answers.slice(41).every((a) => !a?.text)).toBe(true);
  });

  it("answers one inline query too many with a notice button, and the next not at all", async () => {
    h = await createHarness({ abuseLimits: DEFAULT_ABUSE_LIMITS });
    await approvedMember(h, 2003, "Andi Wijaya");
    const harness = h;
    const ask = async (n: number) => {
      await harness.created.bot.handleUpdate(
        harness.standIn.enqueueUpdate({ inline_query: { id: `iq-${n}`, from: { id: 2003, is_bot: false, first_name: "Andi" }, query: `tugas ${n}`, offset: "" } }),
      );
      return harness.standIn.inlineAnswers.find((a) => a.inlineQueryId === `iq-${n}`);
    };
    for (let n = 1; n <= 40; n++) expect((await ask(n))?.params.button).toBeUndefined();
    expect((await ask(41))?.params.button).toMatchObject({ text: "Terlalu banyak permintaan, mohon tunggu sebentar" });
    expect(await ask(42)).toBeUndefined();
  });

  it("lets an admin approve 60 registrations in a row at once", async () => {
    h = await createHarness({ abuseLimits: DEFAULT_ABUSE_LIMITS });
    const agency = await h.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
    const pending: number[] = [];
    for (let i = 0; i < 60; i++) {
      const registered = await h.created.services.members.register({
        telegramId: BigInt(5000 + i), telegramUsername: null, fullName: `Pemohon ${i}`, agencyId: agency.id,
        position: "Staf", nip: null, phone: null, language: "id", timezone: "Asia/Jakarta",
      });
      if (!registered.ok) throw new Error("fixture");
      pending.push(registered.member.id);
    }
    const secretariat = { id: 1001, first_name: "Admin" };
    await h.run("as 1001", "/start"); // first contact: the configured admin's record
    const answers = [];
    for (const memberId of pending) answers.push(await pressForged(h, secretariat, ADMIN_BUTTONS.approve.pack({ memberId })));
    expect(answers.filter((a) => a?.text?.includes(NOTICE))).toEqual([]);
    expect(await h.db.member.count({ where: { id: { in: pending }, status: "approved" } })).toBe(60);
  });

  it("does not count group chatter, and tells a command flooder in private, not in the group", async () => {
    h = await createHarness({ abuseLimits: DEFAULT_ABUSE_LIMITS });
    await approvedMember(h, 2003, "Andi Wijaya");
    await h.run("as 2003 Andi", "/start", "in group -1007001 Grup Diskusi");
    const group = -1007001;
    for (let i = 0; i < 50; i++) await h.run(`obrolan nomor ${i}`);
    expect(await h.say("/bantuan")).toContain("[bot -> -1007001");
    const before = textsIn(h, group).length;
    for (let i = 0; i < 25; i++) await h.run("/bantuan");
    const inGroup = textsIn(h, group);
    // 20 commands in all: /start in private, the first /bantuan above, 18 of these.
    expect(inGroup.length).toBe(before + 18);
    expect(inGroup.join("\n")).not.toContain("terlalu banyak");
    const notices = textsIn(h, 2003).filter((t) => t.includes("terlalu banyak perintah"));
    expect(notices).toHaveLength(1);
  });
});

describe("broadcasts per coordinator per day", () => {
  async function coordinatorWithPokja(harness: Harness) {
    const budi = await approvedMember(harness, 2001, "Budi Santoso");
    const siti = await approvedMember(harness, 2002, "Siti Rahayu", "73.71");
    const { pokja } = harness.created.services;
    await pokja.assignCoordinator(admin, 1, budi.id);
    await pokja.join({ ...siti, status: "approved" }, 1);
    return budi;
  }

  /** A broadcast of Budi's to his pokja, straight through the service. */
  function sendDirect(harness: Harness, budiId: number, text: string) {
    return harness.created.services.broadcasts.create({
      sender: { memberId: budiId, telegramId: 2001n },
      senderChatId: 2001n,
      audience: { kind: "pokja", pokjaIds: [1], members: true, groups: false },
      audienceLabel: "Anggota Pokja Kebijakan",
      payload: { kind: "text", text },
      mandatory: false,
      scheduledAt: null,
    });
  }

  it("refuses a coordinator's sixth broadcast of the day before the message is written, and at the send", async () => {
    h = await createHarness(); // Monday 30 November 2026, 09.00 WIB
    const budi = await coordinatorWithPokja(h);
    for (let i = 1; i <= 4; i++) await sendDirect(h, budi.id, `Siaran ke-${i}`);
    // One scheduled and cancelled before anything went out reached nobody: it does not count.
    const cancelled = await h.created.services.broadcasts.create({
      sender: { memberId: budi.id, telegramId: 2001n }, senderChatId: 2001n,
      audience: { kind: "pokja", pokjaIds: [1], members: true, groups: false }, audienceLabel: "Anggota Pokja Kebijakan",
      payload: { kind: "text", text: "Dibatalkan" }, mandatory: false, scheduledAt: new Date("2026-12-05T02:00:00Z"),
    });
    await h.created.services.broadcasts.stop(cancelled.broadcast.id);
    await h.created.dispatcher.drain();

    // The fifth: the flow runs to the preview; meanwhile another goes out; at the send it is refused.
    await h.run("as 2001 Budi", "/siaran", "Bahan rapat pokja.", "press Anggota Pokja Kebijakan");
    expect(textsIn(h, 2001).join("\n")).toContain("Siaran siap dikirim");
    await sendDirect(h, budi.id, "Siaran ke-5");
    await h.created.dispatcher.drain();
    const broadcasts = await h.db.broadcast.count();
    const deliveries = await h.db.delivery.count();
    const refused = await h.say("press Kirim sekarang");
    expect(refused).toContain("sudah mengirim 5 siaran hari ini");
    expect(refused).toContain("mulai Selasa, 1 Desember 2026 pukul 00.00 WIB");
    expect(await h.db.broadcast.count()).toBe(broadcasts);
    expect(await h.db.delivery.count()).toBe(deliveries);
    expect(textsIn(h, 2002)).not.toContain(expect.stringContaining("Bahan rapat pokja."));

    // A new /siaran is refused at once, before the message is asked for.
    const atOnce = await h.say("/siaran");
    expect(atOnce).toContain("sudah mengirim 5 siaran hari ini");
    expect(atOnce).not.toContain("Kirim pesan yang akan disiarkan");

    // The next day (his zone's midnight) he may send again.
    await h.run("clock 2026-12-01T00:00:00+07:00");
    const again = await h.say("/siaran", "Bahan rapat pokja, hari baru.", "press Anggota Pokja Kebijakan", "press Kirim sekarang");
    expect(again).toContain("Siaran selesai: terkirim 2 dari 2");
  });

  it("does not count the secretariat's broadcasts", async () => {
    h = await createHarness();
    await coordinatorWithPokja(h);
    for (let i = 1; i <= 6; i++) {
      await h.run("as 1001", "/siaran", `Pengumuman sekretariat ke-${i}.`, "press Semua anggota forum", "press Siaran biasa");
      expect(await h.say("press Kirim sekarang")).toContain("Siaran selesai");
    }
    expect(await h.db.broadcast.count()).toBe(6);
  });

  it("counts from the database: another process's service sees the same day", async () => {
    h = await createHarness();
    const budi = await coordinatorWithPokja(h);
    for (let i = 1; i <= 5; i++) await sendDirect(h, budi.id, `Siaran ke-${i}`);
    // A second process on the same database has a service of its own, with nothing in memory.
    const other = createBroadcastService({ db: h.db, clock: h.clock, outbox: h.created.services.outbox });
    expect(await other.quota(2001n, "Asia/Jakarta")).toMatchObject({ used: 5, limit: 5, left: 0 });
    const refused = await other.createWithinLimit(
      { sender: { memberId: budi.id, telegramId: 2001n }, senderChatId: 2001n, audience: { kind: "all" }, audienceLabel: "x", payload: { kind: "text", text: "x" }, mandatory: false, scheduledAt: null },
      "Asia/Jakarta",
    );
    expect(refused).toMatchObject({ ok: false, quota: { left: 0, resetsAt: new Date("2026-11-30T17:00:00Z") } });
    expect(await h.db.broadcast.count()).toBe(5);
  });
});

describe("recommendations per member per day", () => {
  it("counts the member's own submissions of their day, and says when the next day begins", async () => {
    h = await createHarness({ start: new Date("2026-12-01T02:00:00Z") }); // 10.00 WITA
    const siti = await approvedMember(h, 2002, "Siti Rahayu", "73.71");
    const andi = await approvedMember(h, 2003, "Andi Wijaya");
    await h.db.member.update({ where: { id: siti.id }, data: { timezone: "Asia/Makassar" } });
    for (const m of [siti, andi]) await h.created.services.pokja.join({ ...m, status: "approved" }, 1);
    const { recommendations } = h.created.services;
    // Yesterday evening in Makassar (23.30 WITA) does not count today; Andi's do not count for Siti.
    h.clock.set(new Date("2026-11-30T15:30:00Z"));
    await recommendations.submit(recommendationDraft(siti.id, { title: "Usulan kemarin malam" }));
    h.clock.set(new Date("2026-12-01T02:00:00Z"));
    await recommendations.submit(recommendationDraft(andi.id, { title: "Usulan Andi hari ini", submitterName: "Andi Wijaya", timezone: "Asia/Jakarta" }));
    for (let i = 1; i <= 4; i++) await recommendations.submit(recommendationDraft(siti.id, { title: `Usulan Siti nomor ${i}` }));
    expect(await recommendations.quota(siti.id, "Asia/Makassar")).toEqual({ used: 4, limit: 5, left: 1, resetsAt: new Date("2026-12-01T16:00:00Z") });

    // Her fifth, written in /usul, loses the race to one sent meanwhile: refused at the submit, with the time.
    await h.run("as 2002 Siti", "/usul", "press Data", "Integrasi data kependudukan antar daerah");
    await h.run("Data kependudukan di tiap daerah belum saling terhubung.", "Membangun layanan berbagi pakai data kependudukan.", "Layanan publik lebih cepat dan tanpa pendataan ganda.");
    await h.run("press Lewati", "press Tanpa lampiran");
    expect((await recommendations.submit(recommendationDraft(siti.id, { title: "Usulan Siti nomor 5" }))).ok).toBe(true);
    const late = await h.say("press Ajukan usulan");
    expect(late).toContain("sudah mengajukan 5 usulan hari ini");
    expect(late).toContain("Usulan berikutnya dapat diajukan mulai Rabu, 2 Desember 2026 pukul 00.00 WITA");
    expect(await recommendations.submit(recommendationDraft(siti.id, { title: "Usulan Siti nomor 6" }))).toEqual({ ok: false, reason: "limit" });
    expect(await h.db.recommendation.count({ where: { submitterId: siti.id } })).toBe(6); // yesterday's and five today

    // A new /usul is refused at once, saying when.
    expect(await h.say("/usul")).toContain("dapat diajukan mulai Rabu, 2 Desember 2026 pukul 00.00 WITA");
    h.clock.set(new Date("2026-12-01T16:00:00Z"));
    expect(await h.say("/usul")).toContain("Termasuk kategori apa?");
  });
});
