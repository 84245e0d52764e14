import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createMeetingService } from "../src/meetings/meeting-service.js";
import { occurrenceStarts, sameMonthlyPosition } from "../src/meetings/recurrence.js";
import { approvedMember, createHarness, kebijakanPokja, pressForged, useKebijakanPokja, type Harness } from "./support/bot-harness.js";

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe("recurrence", () => {
  it("repeats weekly on the same weekday and time, up to and including the end day", () => {
    const first = new Date("2026-12-28T02:00:00Z"); // Monday 09.00 WIB
    const result = occurrenceStarts(first, "weekly", new Date("2027-01-25T00:00:00+07:00"), "Asia/Jakarta");
    expect(result.ok && iso(result.starts)).toEqual([
      "2026-12-28T02:00:00.000Z",
      "2027-01-04T02:00:00.000Z",
      "2027-01-11T02:00:00.000Z",
      "2027-01-18T02:00:00.000Z",
      "2027-01-25T02:00:00.000Z",
    ]);
  });

  it("repeats monthly on the same day, on the last day of shorter months, and back after", () => {
    const first = new Date("2027-01-31T01:00:00Z"); // 31 January 2027, 09.00 WITA
    const result = occurrenceStarts(first, "monthly", new Date("2027-05-31T00:00:00+08:00"), "Asia/Makassar");
    expect(result.ok && iso(result.starts)).toEqual([
      "2027-01-31T01:00:00.000Z",
      "2027-02-28T01:00:00.000Z",
      "2027-03-31T01:00:00.000Z",
      "2027-04-30T01:00:00.000Z",
      "2027-05-31T01:00:00.000Z",
    ]);
  });

  it("reads days in the meeting's zone (00.30 WIT is the previous day in UTC)", () => {
    const first = new Date("2027-03-01T15:30:00Z"); // Tuesday 2 March 2027, 00.30 WIT
    const result = occurrenceStarts(first, "weekly", new Date("2027-03-16T00:00:00+09:00"), "Asia/Jayapura");
    expect(result.ok && iso(result.starts)).toEqual(["2027-03-01T15:30:00.000Z", "2027-03-08T15:30:00.000Z", "2027-03-15T15:30:00.000Z"]);
  });

  it("refuses an end before the first meeting or more than a year away, and stops at 53", () => {
    const first = new Date("2026-12-28T02:00:00Z");
    expect(occurrenceStarts(first, "weekly", new Date("2026-12-28T00:00:00+07:00"), "Asia/Jakarta")).toEqual({ ok: false, reason: "before_first" });
    expect(occurrenceStarts(first, "monthly", new Date("2027-12-29T00:00:00+07:00"), "Asia/Jakarta")).toEqual({ ok: false, reason: "too_far" });
    const year = occurrenceStarts(first, "weekly", new Date("2027-12-28T00:00:00+07:00"), "Asia/Jakarta");
    expect(year.ok && year.starts.length).toBe(53);
  });
});

describe("recurring meetings, the calendar picker, minutes and action items", () => {
  let h: Harness;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "fk-minutes-"));
    h = await createHarness({ start: new Date("2026-12-20T02:00:00Z") }); // Sunday 09.00 WIB
    await kebijakanPokja(h);
  });
  afterEach(async () => {
    await h.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A weekly meeting, Mondays 09.00 WIB from 28 December to 25 January, picked on the calendar. */
  async function createWeekly() {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Mingguan Pokja Kebijakan", "Pembahasan rancangan kebijakan SPBE");
    const calendar = await h.say("press Pilih di kalender");
    expect(calendar).toContain("Silakan pilih tanggal rapat");
    const month = h.standIn.lastMessageWithKeyboard(2001)!;
    expect(month.buttons[0]!.map((b) => b.text)).toEqual([" ", "Desember 2026", "›"]);
    expect(month.buttons[1]!.map((b) => b.text)).toEqual(["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]);
    expect(month.buttons.flat().filter((b) => b.text === "·")).toHaveLength(19); // 1–19 December are past
    const day = await h.say('press "28"');
    expect(day).toContain("Tanggal 28 Desember 2026. Pukul berapa rapat dimulai (WIB)?");
    expect(await h.say("press 09.00")).toContain("Rapat dimulai Senin, 28 Desember 2026 pukul 09.00 WIB. Sudah benar?");
    await h.run("press Benar", "press Setiap minggu");
    expect(await h.say("28/12/2026")).toContain("Tanggal akhir harus sesudah tanggal rapat pertama");
    expect(await h.say("31/12/2027")).toContain("paling lama satu tahun");
    expect(await h.say("25 Januari 2027")).toContain("Rapat akan diadakan setiap minggu, 5 kali; pertemuan terakhir Senin, 25 Januari 2027 pukul 09.00 WIB.");
    await h.run("press 2 jam", "Ruang Rapat Lt. 3, https://zoom.us/j/123456", "press Lanjut");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.text).toContain("Berulang: setiap minggu, 5 kali (terakhir Senin, 25 Januari 2027 pukul 09.00 WIB)");
    return h.say("press Jadwalkan");
  }

  it("schedules a weekly series from the calendar picker: one invitation listing every date, one calendar file, reminders for each", async () => {
    const out = await createWeekly();
    expect(out).toContain("Rapat rutin telah dijadwalkan dan undangan dikirim kepada 3 anggota.");
    const occurrences = await h.db.meeting.findMany({ orderBy: { startsAt: "asc" } });
    expect(occurrences.map((m) => m.seriesIndex)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(occurrences.map((m) => m.seriesId)).size).toBe(1);
    expect(await h.db.meetingReminder.count()).toBe(5 * 3 * 2);
    // Siti (WITA) gets one invitation, in her zone, with every date.
    const invitations = h.standIn.messagesIn(2002).filter((m) => m.text.includes("Undangan Rapat Pokja Kebijakan"));
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.text).toContain("🔁 Rapat rutin setiap minggu, 5 kali:");
    expect(invitations[0]!.text).toContain("• Senin, 25 Januari 2027 pukul 10.00 WITA");
    expect(invitations[0]!.text).toContain("Jawaban di bawah ini untuk pertemuan pertama.");
    // The calendar file holds five events with their own UIDs, read by an independent parser.
    const file = h.standIn.messagesIn(2002).find((m) => m.type === "document")!;
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(h.standIn.getStoredFile(file.fileId!)!.bytes!).toString("utf8")));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent("vtimezone")!);
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(occurrences.map((m) => m.startsAt.toISOString()));
    expect(new Set(events.map((e) => e.uid)).size).toBe(5);
    // The second week's 1-day reminder reaches Budi once, with the RSVP buttons he has not used.
    await h.run("clock 2027-01-03T02:00:05Z", "clock +1m");
    const reminders = h.standIn.messagesIn(2001).filter((m) => m.text.startsWith("⏰") && m.text.includes("4 Januari 2027"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.buttons.flat().map((b) => b.text)).toEqual(["Akan hadir", "Tidak hadir", "Diwakilkan"]);
  });

  it("moves one occurrence alone, or it and the later ones; cancels the rest of a series", async () => {
    await createWeekly();
    const [, second, third] = await h.db.meeting.findMany({ orderBy: { startsAt: "asc" } });
    // Only the second meeting moves to Tuesday.
    await h.run("/rapat", "press 2", "press Ubah atau batalkan rapat", "press Ubah jadwal");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.buttons.flat().map((b) => b.text)).toEqual(["Hanya pertemuan ini", "Pertemuan ini dan seterusnya (4 pertemuan)"]);
    await h.run("press Hanya pertemuan ini");
    // 5 January 2027 is Isra Mikraj (the library's reckoning until the 2027 decree is recorded).
    expect(await h.say("05/01/2027 13.00", "press Benar")).toContain("5 Januari 2027 adalah Isra Mikraj Nabi Muhammad SAW. Tetap jadwalkan?");
    const moved = await h.say("press Ya, tetap jadwalkan");
    expect(moved).toContain("[bot -> 2002] 🕘 Jadwal rapat diubah (sebelumnya Senin, 4 Januari 2027 pukul 10.00 WITA).");
    expect((await h.db.meeting.findUniqueOrThrow({ where: { id: third!.id } })).startsAt.toISOString()).toBe("2027-01-11T02:00:00.000Z");
    expect((await h.db.meeting.findUniqueOrThrow({ where: { id: second!.id } })).startsAt.toISOString()).toBe("2027-01-05T06:00:00.000Z");
    // From the third on, every meeting moves an hour later: one notice, not three.
    const before = h.standIn.messagesIn(2003).length;
    await h.run("/rapat", "press 3", "press Ubah atau batalkan rapat", "press Ubah jadwal", "press Pertemuan ini dan seterusnya");
    const series = await h.say("11/01/2027 10.00", "press Benar");
    expect(series).toContain("🕘 Jadwal rapat rutin diubah: 3 pertemuan, mulai pertemuan yang semula Senin, 11 Januari 2027 pukul 09.00 WIB.");
    const later = await h.db.meeting.findMany({ where: { startsAt: { gte: new Date("2027-01-10T00:00:00Z") } }, orderBy: { startsAt: "asc" } });
    expect(iso(later.map((m) => m.startsAt))).toEqual(["2027-01-11T03:00:00.000Z", "2027-01-18T03:00:00.000Z", "2027-01-25T03:00:00.000Z"]);
    const andi = h.standIn.messagesIn(2003).slice(before);
    expect(andi.filter((m) => m.text.includes("Jadwal rapat rutin diubah"))).toHaveLength(1);
    const ics = andi.find((m) => m.type === "document")!;
    expect(Buffer.from(h.standIn.getStoredFile(ics.fileId!)!.bytes!).toString("utf8").match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const pending = await h.db.meetingReminder.findMany({ where: { state: "pending", meetingId: later[0]!.id, offsetMinutes: 60 } });
    expect(pending.map((r) => r.dueAt.toISOString())).toEqual(Array(3).fill("2027-01-11T02:00:00.000Z"));
    // Cancelling the fourth and later: two meetings, their reminders stop; earlier ones stay.
    await h.run("/rapat", "press 4", "press Ubah atau batalkan rapat", "press Batalkan rapat", "press Pertemuan ini dan seterusnya");
    const cancelled = await h.say("Diganti rapat pleno bulanan");
    expect(cancelled).toContain("[bot -> 2002] ❌ Rapat Pokja Kebijakan dibatalkan: 2 pertemuan");
    expect(await h.db.meeting.count({ where: { status: "cancelled" } })).toBe(2);
    expect(await h.db.meetingReminder.count({ where: { state: "pending", meeting: { status: "cancelled" } } })).toBe(0);
    expect(await h.db.meetingReminder.count({ where: { state: "pending" } })).toBe(3 * 3 * 2);
  });

  it("shares minutes with action items; owners are reminded the day before and on the day until they mark it done", async () => {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan Desember", "Evaluasi kebijakan internal SPBE");
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula", "press Lanjut", "press Jadwalkan");
    // Not before the meeting has started.
    await h.run("/rapat", "press 1");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.buttons.flat().map((b) => b.text)).not.toContain("📝 Notulen dan tindak lanjut");
    await pressForged(h, { id: 2001, first_name: "Budi" }, "mt:nt:1");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("setelah rapat dimulai");
    // A member who does not coordinate cannot write them.
    await pressForged(h, { id: 2002, first_name: "Siti" }, "mt:nt:1");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("hanya dapat dijadwalkan oleh koordinator");

    await h.run("as 2001 Budi", "clock 2026-12-28T04:30:00Z", "/rapat_lalu", "press 1", "press Notulen dan tindak lanjut");
    // A sticker and a too-short text are refused; the flow goes on.
    await h.created.bot.handleUpdate(
      h.standIn.enqueueUpdate({
        message: { message_id: 9001, date: 1798430000, chat: { id: 2001, type: "private", first_name: "Budi" }, from: { id: 2001, is_bot: false, first_name: "Budi" }, sticker: { file_id: "stk", file_unique_id: "stk", type: "regular", width: 512, height: 512, is_animated: false, is_video: false } },
      }),
    );
    expect(h.standIn.lastMessage(2001)?.text).toContain("Mohon unggah notulen sebagai dokumen, atau tuliskan teksnya.");
    await h.created.bot.handleUpdate(
      h.standIn.enqueueUpdate({
        message: { message_id: 9002, date: 1798430001, chat: { id: 2001, type: "private", first_name: "Budi" }, from: { id: 2001, is_bot: false, first_name: "Budi" }, photo: [{ file_id: "foto", file_unique_id: "foto", width: 800, height: 600 }] },
      }),
    );
    expect(h.standIn.lastMessage(2001)?.text).toContain("bukan foto");
    const pdf = path.join(dir, "notulen-rapat.pdf");
    writeFileSync(pdf, "%PDF-1.4 notulen");
    expect(await h.say("oke")).toContain("harus 10 sampai 3.500 karakter");
    expect(await h.say(`file ${pdf}`)).toContain("Apakah ada tindak lanjut");
    await h.run("press Tambah tindak lanjut", "Menyusun draf surat edaran SPBE");
    expect(await h.say("zzz")).toContain("Tidak ada peserta undangan rapat bernama itu");
    expect(await h.say("siti")).toContain("Silakan pilih penanggung jawab");
    await h.run("press Siti Rahayu");
    expect(await h.say("kemarin")).toContain("sudah lewat");
    await h.run("8 Januari 2027", "press Tambah tindak lanjut", "Mengundang narasumber BSSN", "Pak Joko (BSSN)", 'press Catat "Pak Joko (BSSN)" saja', "Jumat, 15 Januari 2027");
    const preview = await h.say("press Lanjut ▶️");
    expect(preview).toContain("Pratinjau notulen: Rapat Pokja Kebijakan Desember");
    expect(preview).toContain("Dokumen: notulen-rapat.pdf");
    expect(preview).toContain("1. Menyusun draf surat edaran SPBE — Siti Rahayu, tenggat 8 Januari 2027");
    expect(preview).toContain("2. Mengundang narasumber BSSN — Pak Joko (BSSN), tenggat 15 Januari 2027");
    const shared = await h.say("press Bagikan notulen");
    expect(shared).toContain("Notulen telah dibagikan kepada 3 undangan, dengan 2 tindak lanjut.");
    // Every invitee gets the minutes and the document; Siti also gets her action item.
    const andi = h.standIn.messagesIn(2003);
    expect(andi.some((m) => m.text.startsWith("📝 Notulen: Rapat Pokja Kebijakan Desember"))).toBe(true);
    expect(andi.some((m) => m.type === "document" && m.text === "Notulen: Rapat Pokja Kebijakan Desember")).toBe(true);
    const assigned = h.standIn.messagesIn(2002).find((m) => m.text.startsWith("📌"))!;
    expect(assigned.text).toContain("Menyusun draf surat edaran SPBE\nTenggat: 8 Januari 2027");
    // Only the owner (or a coordinator) marks it done.
    const item = await h.db.meetingActionItem.findFirstOrThrow({ where: { ownerName: "Siti Rahayu" } });
    await pressForged(h, { id: 2003, first_name: "Andi" }, `mt:ai:${item.id}`);
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("bukan tanggung jawab Bapak/Ibu");
    // Reminders: 7 January 09.00 WIB (the day before), 8 January 09.00 WIB (the day).
    await h.run("clock 2027-01-07T02:00:05Z");
    const reminders = () => h.standIn.messagesIn(2002).filter((m) => m.text.startsWith("⏰ "));
    expect(reminders().map((m) => m.text.split("\n")[0])).toEqual(["⏰ Pengingat tindak lanjut, tenggat besok (8 Januari 2027):"]);
    await h.run("clock +1m");
    expect(reminders()).toHaveLength(1);
    await h.run("as 2002 Siti", "press Tandai selesai");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("Tindak lanjut ditandai selesai");
    await h.run("clock 2027-01-08T02:00:05Z");
    expect(reminders()).toHaveLength(1); // done: the on-the-day reminder is dropped
    expect(await h.db.actionItemReminder.findFirst({ where: { kind: "due" }, select: { state: true, reason: true } })).toEqual({ state: "dropped", reason: "done" });
    // Someone not invited cannot open them, even with a forged button.
    await approvedMember(h, 2009, "Tamu Lain");
    await pressForged(h, { id: 2009, first_name: "Tamu" }, "mt:nv:1");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toBe("Rapat tidak ditemukan.");
    // /rapat_lalu shows that there are minutes; the card opens them.
    const past = await h.say("as 2003 Andi", "/rapat_lalu");
    expect(past).toContain("hadir 0 dari 3 · notulen ✓");
    const minutes = await h.say("press 1", "press Lihat notulen");
    expect(minutes).toContain("1. Menyusun draf surat edaran SPBE — Siti Rahayu, tenggat 8 Januari 2027 ✅");
    expect(minutes).toContain("[dokumen] notulen-rapat.pdf");
  });

  it("sends only the nearer reminder when two fall due together (the bot was down a day)", async () => {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan Desember", "Evaluasi kebijakan internal SPBE");
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula", "press Lanjut", "press Jadwalkan");
    // Down from the 26th until 08.30 on the day: both reminders are due; only "1 jam" goes out.
    h.clock.set(new Date("2026-12-28T01:30:00Z"));
    expect(await h.created.services.reminderTick.run()).toBe(3);
    await h.run("clock +1m");
    const reminders = h.standIn.messagesIn(2002).filter((m) => m.text.startsWith("⏰"));
    expect(reminders.map((m) => m.text.split("\n")[0])).toEqual(["⏰ Pengingat rapat, 1 jam sebelumnya:"]);
    expect(await h.db.meetingReminder.count({ where: { state: "dropped", reason: "superseded" } })).toBe(3);
  });

  it("hands each action-item reminder once with two processes", async () => {
    const meeting = await h.db.meeting.create({
      data: { pokjaId: 1, title: "Rapat", agenda: "Agenda", startsAt: new Date("2026-12-21T02:00:00Z"), endsAt: new Date("2026-12-21T04:00:00Z"), timezone: "Asia/Jakarta", createdByName: "Budi", createdAt: new Date() },
    });
    const siti = await h.db.member.findFirstOrThrow({ where: { fullName: "Siti Rahayu" } });
    await h.db.meetingInvite.create({ data: { meetingId: meeting.id, memberId: siti.id } });
    await h.created.services.meetings.shareMinutes(meeting.id, {
      text: "Notulen singkat rapat.",
      fileId: null,
      fileName: null,
      byName: "Budi",
      actionItems: [{ description: "Menyusun draf", ownerId: siti.id, ownerName: siti.fullName, dueAt: new Date("2026-12-24T02:00:00Z") }],
    });
    const second = await openDatabase(parseDatabaseUrl(h.databaseUrl));
    try {
      h.clock.set(new Date("2026-12-23T02:00:05Z"));
      const other = createMeetingService({ db: second, clock: h.clock });
      const [a, b] = await Promise.all([h.created.services.meetings.claimDueActionReminders(), other.claimDueActionReminders()]);
      expect([...a, ...b].map((r) => r.kind)).toEqual(["before"]);
    } finally {
      await second.$disconnect();
    }
  });

  it("sends a reminder whose claimer died before queueing it, once, after the claim times out", async () => {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan Desember", "Evaluasi kebijakan internal SPBE");
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula", "press Lanjut", "press Jadwalkan");
    const { meetings, reminderTick, outbox } = h.created.services;
    h.clock.set(new Date("2026-12-27T02:00:05Z"));
    // A process claims the day-before reminders and dies before they reach the outbox...
    const lost = await meetings.claimDueReminders();
    expect(lost).toHaveLength(3);
    // ...and another queued one of them and died before marking it handed.
    await outbox.send(lost[0]!.member.telegramId, { kind: "text", text: "sudah antre" }, `meeting-reminder:${lost[0]!.id}`);
    expect(await reminderTick.run()).toBe(0); // still within the claim's time
    h.clock.set(new Date("2026-12-27T02:03:00Z"));
    expect(await reminderTick.run()).toBe(3);
    expect(await h.db.delivery.count({ where: { dedupeKey: { startsWith: "meeting-reminder:" } } })).toBe(3);
    expect(await h.db.meetingReminder.count({ where: { state: "handed" } })).toBe(3);
    expect(await reminderTick.run()).toBe(0);
    // A meeting cancelled while its reminders were being prepared: the claim cannot hand them over.
    h.clock.set(new Date("2026-12-28T01:00:05Z"));
    const prepared = await meetings.claimDueReminders();
    expect(prepared).toHaveLength(3);
    await meetings.cancel(prepared[0]!.meeting.id, "Dibatalkan mendadak");
    expect(await meetings.handOver(prepared.map((r) => ({ reminder: r, request: { chatId: r.member.telegramId, payload: { kind: "text", text: "⏰" }, dedupeKey: `meeting-reminder:${r.id}` } })))).toBe(0);
  });

  it("invites members who join the pokja later (one invitation per series), and stops reminding those who left", async () => {
    await createWeekly();
    const dewi = await approvedMember(h, 2004, "Dewi Lestari");
    await h.created.services.pokja.join({ ...dewi, status: "approved" }, 1);
    // Dewi opens /rapat: the series is there at once, and one invitation lists its dates.
    const listed = await h.say("as 2004 Dewi", "/rapat");
    expect(listed).toContain("5. Rapat Mingguan Pokja Kebijakan");
    const invitations = h.standIn.messagesIn(2004).filter((m) => m.text.includes("Undangan Rapat Pokja Kebijakan"));
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.text).toContain("Rapat rutin setiap minggu, 5 kali:");
    expect(await h.db.meetingReminder.count({ where: { memberId: dewi.id } })).toBe(10);
    // Andi leaves the pokja: the next sync stops his reminders; Dewi's and Siti's come.
    const andi = await h.db.member.findFirstOrThrow({ where: { telegramId: 2003n }, include: { agency: true } });
    await h.created.services.pokja.leave(andi, 1);
    await h.run("clock 2026-12-27T02:00:05Z", "clock +1m");
    const reminded = (chat: number) => h.standIn.messagesIn(chat).filter((m) => m.text.startsWith("⏰")).length;
    expect([reminded(2002), reminded(2003), reminded(2004)]).toEqual([1, 0, 1]);
    expect(await h.db.meetingReminder.count({ where: { memberId: andi.id, state: "cancelled", reason: "left" } })).toBe(10);
    // The sync runs again without inviting anyone twice.
    await h.run("clock +10m");
    expect(h.standIn.messagesIn(2004).filter((m) => m.text.includes("Undangan Rapat Pokja Kebijakan"))).toHaveLength(1);
  });

  it("changes the place or link of one meeting, or of it and the following ones", async () => {
    await createWeekly();
    await h.run("/rapat", "press 4", "press Ubah atau batalkan rapat", "press Ubah tempat atau tautan", "press Pertemuan ini dan seterusnya");
    expect(await h.say("zoom: https://exa mple")).toContain("Tautan rapat daring tidak valid");
    const changed = await h.say("Aula Diskominfo, https://meet.google.com/abc-defg-hij");
    expect(changed).toContain("Rapat diperbarui; 3 undangan diberi tahu.");
    expect(changed).toContain("[bot -> 2002] 📝 Rincian rapat rutin diperbarui untuk 2 pertemuan");
    expect(changed).toContain("Tautan: https://meet.google.com/abc-defg-hij");
    const all = await h.db.meeting.findMany({ orderBy: { startsAt: "asc" } });
    expect(all.map((m) => m.onlineUrl)).toEqual([...Array(3).fill("https://zoom.us/j/123456"), ...Array(2).fill("https://meet.google.com/abc-defg-hij")]);
    // Reminders of the changed meetings were planned again, once each.
    expect(await h.db.meetingReminder.count({ where: { meetingId: all[4]!.id, state: "pending" } })).toBe(6);
    const reminders = h.standIn.messagesIn(2002).filter((m) => m.text.startsWith("⏰"));
    await h.run("clock 2027-01-17T02:00:05Z", "clock +1m");
    const dayBefore = h.standIn.messagesIn(2002).filter((m) => m.text.startsWith("⏰")).slice(reminders.length);
    expect(dayBefore).toHaveLength(1);
    expect(dayBefore[0]!.text).toContain("Tautan: https://meet.google.com/abc-defg-hij");
  });

  it("corrects the agenda of one meeting; invitees get the updated invitation and calendar file", async () => {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan Desember", "Evaluasi kebijakan internal SPBE");
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula", "press Lanjut", "press Jadwalkan");
    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Ubah judul atau agenda", "press Agenda");
    expect(await h.say("oke")).toContain("Agenda harus 5 sampai");
    const out = await h.say("1. Evaluasi kebijakan internal SPBE\\n2. Rencana kerja 2027");
    expect(out).toContain("[bot -> 2003] 📝 Rincian rapat diperbarui.");
    expect(out).toContain("2. Rencana kerja 2027");
    const meeting = await h.db.meeting.findFirstOrThrow();
    expect(meeting.sequence).toBe(1);
    const ics = h.standIn.messagesIn(2003).filter((m) => m.type === "document").at(-1)!;
    expect(Buffer.from(h.standIn.getStoredFile(ics.fileId!)!.bytes!).toString("utf8")).toContain("SEQUENCE:1");
    expect(await h.db.meetingReminder.count({ where: { state: "pending", sequence: 1 } })).toBe(6);
  });
});

// Found in review: double taps, zones as written, rights re-checked at the moment of change, long lists.
describe("meeting changes under pressure", () => {
  const admin = { memberId: null, telegramId: 1001n };
  let h: Harness;
  let ids: { budi: number; siti: number; andi: number };
  const cast = useKebijakanPokja();
  beforeEach(() => {
    ({ h, ids } = cast);
  });

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
});
