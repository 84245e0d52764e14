// Regressions from the review of the meetings (series, minutes) and recommendations work.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sameMonthlyPosition } from "../src/meetings/recurrence.js";
import type { NewRecommendation } from "../src/recommendations/recommendation-service.js";
import { approvedMember, createHarness, kebijakanPokja, pressForged, recommendationDraft, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };

describe("review fixes", () => {
  let h: Harness;
  let ids: { budi: number; siti: number; andi: number };
  beforeEach(async () => {
    h = await createHarness({ start: new Date("2026-12-20T02:00:00Z") });
    const { budi, siti, andi } = await kebijakanPokja(h);
    ids = { budi: budi.id, siti: siti.id, andi: andi.id };
  });
  afterEach(async () => {
    await h.dispose();
  });

  const draft = (over: Partial<NewRecommendation> = {}) => recommendationDraft(ids.siti, { timezone: "Asia/Jakarta", ...over });

  it("survives a double tap on the calendar and ignores a forged impossible day", async () => {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan", "Agenda rapat pokja");
    await h.run("press Pilih di kalender");
    const calendar = h.standIn.lastMessageWithKeyboard(2001)!;
    const day = calendar.buttons.flat().find((b) => b.text === "28")!;
    // The same button twice: the second edit changes nothing and must not end the flow.
    const budi = { id: 2001, first_name: "Budi" };
    await pressForged(h, budi, day.callbackData!, calendar.messageId);
    await pressForged(h, budi, day.callbackData!, calendar.messageId);
    await pressForged(h, budi, day.callbackData!.replace(/\d{4}-\d{2}-\d{2}/, "2027-02-31"), calendar.messageId);
    expect(await h.say("press 09.00")).toContain("Rapat dimulai Senin, 28 Desember 2026 pukul 09.00 WIB. Sudah benar?");
  });

  it("stores a meeting in the zone its time was written in", async () => {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan", "Agenda rapat pokja");
    await h.run("28/12/2026 10.00 WITA", "press Benar", "press Sekali saja", "press 2 jam", "Makassar", "press Lanjut", "press Jadwalkan");
    const meeting = await h.db.meeting.findFirstOrThrow();
    expect(meeting.timezone).toBe("Asia/Makassar");
    expect(meeting.startsAt.toISOString()).toBe("2026-12-28T02:00:00.000Z");
  });

  it("refuses to cancel a meeting for a coordinator replaced mid-flow, and to change one that has started", async () => {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan", "Agenda rapat pokja");
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula", "press Lanjut", "press Jadwalkan");
    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Batalkan rapat");
    // Budi stops coordinating Kebijakan (he coordinates another pokja, so keeps the role).
    await h.created.services.pokja.assignCoordinator(admin, 2, ids.budi);
    await h.created.services.pokja.removeCoordinator(admin, 1, ids.budi);
    expect(await h.say("Rapat ditunda sampai pemberitahuan")).toContain("hanya dapat dijadwalkan oleh koordinator");
    expect((await h.db.meeting.findFirstOrThrow()).status).toBe("scheduled");
    await h.created.services.pokja.assignCoordinator(admin, 1, ids.budi);
    h.clock.set(new Date("2026-12-28T02:30:00Z"));
    await pressForged(h, { id: 2001, first_name: "Budi" }, "mt:x:1");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("sudah berlangsung");
    // A flow opened before the start and finished after it changes nothing.
    await h.run("clock 2026-12-27T12:00:00Z"); // the day-before reminders go out first
    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Ubah jadwal");
    h.clock.set(new Date("2026-12-28T02:05:00Z"));
    await h.run("29/12/2026 09.00");
    const check = h.standIn.messagesIn(2001).findLast((m) => m.text.includes("Sudah benar?"))!;
    await pressForged(h, { id: 2001, first_name: "Budi" }, check.buttons[0]![0]!.callbackData!, check.messageId);
    expect(h.standIn.messagesIn(2001).at(-1)!.text).toContain("Rapat ini telah dibatalkan");
    expect((await h.db.meeting.findFirstOrThrow()).startsAt.toISOString()).toBe("2026-12-28T02:00:00.000Z");
  });

  it("shows a long list of answers in parts, and survives double taps on settings and attendance", async () => {
    for (let i = 0; i < 80; i++) {
      const m = await approvedMember(h, 3000 + i, `Peserta Rapat Dengan Nama Cukup Panjang ${i}`);
      await h.created.services.pokja.join({ ...m, status: "approved" }, 1);
    }
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan", "Agenda rapat pokja");
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula", "press Lanjut", "press Jadwalkan");
    const before = h.standIn.messagesIn(2001).length;
    await h.run("/rapat", "press 1", "press Daftar jawaban");
    const answers = h.standIn.messagesIn(2001).slice(before).filter((m) => m.text.includes("Peserta Rapat") || m.text.startsWith("Jawaban undangan"));
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(answers.every((m) => m.text.length <= 4096)).toBe(true);
    await h.run("/pengaturan");
    const settings = h.standIn.lastMessageWithKeyboard(2001)!;
    const mute = settings.buttons[0]![0]!.callbackData!;
    await pressForged(h, { id: 2001, first_name: "Budi" }, mute, settings.messageId);
    await pressForged(h, { id: 2001, first_name: "Budi" }, mute, settings.messageId);
    expect(h.standIn.messagesIn(2001).some((m) => m.text.includes("terjadi kesalahan"))).toBe(false);
  });

  it("keeps a monthly series on its day of the month when moving the following meetings", () => {
    const tz = "Asia/Jakarta" as const;
    const jan30 = new Date("2027-01-30T02:00:00Z");
    const jan31 = new Date("2027-01-31T02:00:00Z");
    expect(sameMonthlyPosition(jan30, jan31, new Date("2027-02-28T02:00:00Z"), tz).toISOString()).toBe("2027-02-28T02:00:00.000Z");
    expect(sameMonthlyPosition(jan30, jan31, new Date("2027-03-30T02:00:00Z"), tz).toISOString()).toBe("2027-03-31T02:00:00.000Z");
    expect(sameMonthlyPosition(jan30, jan31, new Date("2027-04-30T02:00:00Z"), tz).toISOString()).toBe("2027-04-30T02:00:00.000Z");
    // A later time on an earlier day.
    expect(sameMonthlyPosition(jan30, new Date("2027-01-29T06:00:00Z"), new Date("2027-03-30T02:00:00Z"), tz).toISOString()).toBe("2027-03-29T06:00:00.000Z");
  });

  it("always tells the submitter, who cannot unfollow her own; followers who left the pokja are not told", async () => {
    const { recommendations } = h.created.services;
    await recommendations.submit(draft());
    await recommendations.support(1, ids.andi);
    await h.db.recommendationFollower.deleteMany({ where: { memberId: ids.siti } });
    await h.db.pokjaMembership.updateMany({ where: { memberId: ids.andi }, data: { status: "left" } });
    expect((await recommendations.audience(1, ids.budi)).map((m) => m.id)).toEqual([ids.siti]);
    await h.run("as 2002 Siti", "/usulan_saya", "press #1");
    expect(h.standIn.lastMessageWithKeyboard(2002)!.buttons.flat().map((b) => b.text)).not.toContain("🔕 Berhenti mengikuti");
  });

  it("shows a long revision request and draft in parts, and ignores a forged field", async () => {
    const { recommendations } = h.created.services;
    const long = (word: string) => `${word} `.repeat(200).slice(0, 990);
    await recommendations.submit(draft({ problem: long("masalah"), solution: long("solusi"), benefit: long("manfaat") }));
    const budi = { memberId: ids.budi, name: "Budi Santoso" };
    await recommendations.transition(1, "ditinjau", null, budi, 0);
    await recommendations.transition(1, "perlu_revisi", "alasan ".repeat(140).trim(), budi, 1);
    await pressForged(h, { id: 2002, first_name: "Siti" }, "rv:1:2");
    const parts = h.standIn.messagesIn(2002).filter((m) => m.text.includes("Revisi usulan #1") || m.text.includes("manfaat manfaat"));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.every((m) => m.text.length <= 4096)).toBe(true);
    const revise = h.standIn.lastMessageWithKeyboard(2002)!;
    const edit = revise.buttons.flat().find((b) => b.text === "✏️ Manfaat")!.callbackData!;
    await pressForged(h, { id: 2002, first_name: "Siti" }, edit.replace(/:benefit$/, ":constructor"), revise.messageId);
    await h.run("as 2002 Siti", "press Ajukan ulang");
    expect((await h.db.recommendation.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("diajukan");
  });

  it("takes a recommendation off the meeting's agenda when 'Dibahas' is undone, and writes ids without separators", async () => {
    const { recommendations } = h.created.services;
    await h.db.recommendation.create({
      data: { id: 2026, pokjaId: 1, submitterId: ids.siti, category: "data", title: "Usulan bernomor besar", problem: "p", solution: "s", benefit: "b", submittedAt: new Date(), updatedAt: new Date() },
    });
    const meeting = await h.db.meeting.create({
      data: { pokjaId: 1, title: "Rapat Pokja", agenda: "Usulan", startsAt: new Date("2026-12-28T02:00:00Z"), endsAt: new Date("2026-12-28T04:00:00Z"), timezone: "Asia/Jakarta", createdByName: "Budi", createdAt: new Date() },
    });
    const budi = { memberId: ids.budi, name: "Budi Santoso" };
    await recommendations.transition(2026, "ditinjau", null, budi, 0);
    expect((await recommendations.scheduleInMeeting(2026, meeting.id, budi, 1)).ok).toBe(true);
    await h.run("clock +1m"); // the pokja is invited to the new meeting first
    await h.run("as 2001 Budi", "/tinjau", "press #2026", "press Batalkan langkah terakhir");
    const undone = await h.db.recommendation.findUniqueOrThrow({ where: { id: 2026 } });
    expect(undone.status).toBe("ditinjau");
    expect(undone.meetingId).toBeNull();
    expect(h.standIn.messagesIn(2002).findLast((m) => m.text.startsWith("📋"))!.text).toContain("Langkah terakhir dibatalkan; status kembali menjadi Ditinjau.");
    await h.run("as 2001 Budi", "/tinjau");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.text).toContain("#2026 · Usulan bernomor besar");
    await h.run("press #2026", "press Terima", "press Tanpa catatan");
    expect(h.standIn.messagesIn(2002).at(-1)!.text).toContain("📋 Usulan #2026: Usulan bernomor besar");
  });
});
