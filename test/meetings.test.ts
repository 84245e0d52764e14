import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createMeetingService } from "../src/meetings/meeting-service.js";
import { splitPlaceAndLink } from "../src/meetings/meeting-conversations.js";
import { approvedMember, pressForged, useKebijakanPokja, type Harness } from "./support/bot-harness.js";
import { oneOffMeeting } from "./support/meeting-input.js";


describe("meetings", () => {
  let h: Harness;
  const cast = useKebijakanPokja(); // Sunday 09.00 WIB
  beforeEach(() => {
    h = cast.h;
  });

  const scheduleMeeting = (pokjaId: number, title: string, startsAt: Date) => h.created.services.meetings.create(oneOffMeeting(pokjaId, title, startsAt));

  async function createMeeting() {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan Desember");
    await h.run("1. Evaluasi kebijakan internal SPBE\\n2. Rencana 2027", "28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam");
    await h.run("Ruang Rapat Lt. 3, https://meet.google.com/abc-defg-hij", "press Lanjut");
    return h.say("press Jadwalkan");
  }

  it("announces a meeting with RSVP buttons and a calendar file, each member in their own zone", async () => {
    const out = await createMeeting();
    expect(out).toContain("Rapat telah dijadwalkan dan undangan dikirim kepada 3 anggota.");
    expect(out).toContain("[bot -> 2002] 📅 Undangan Rapat Pokja Kebijakan");
    const siti = h.standIn.messagesIn(2002).find((m) => m.text.includes("Undangan"))!;
    expect(siti.text).toContain("Waktu: Senin, 28 Desember 2026 pukul 10.00 WITA (120 menit)");
    expect(siti.text).toContain("Tautan: https://meet.google.com/abc-defg-hij");
    expect(siti.text).toContain("1. Evaluasi kebijakan internal SPBE\n2. Rencana 2027");
    expect(siti.buttons.flat().map((b) => b.text)).toEqual(["Akan hadir", "Tidak hadir", "Diwakilkan"]);
    // The calendar file, read by an independent parser.
    const ics = h.standIn.messagesIn(2002).find((m) => m.type === "document")!;
    const text = Buffer.from(h.standIn.getStoredFile(ics.fileId!)!.bytes!).toString("utf8");
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vtimezone = calendar.getFirstSubcomponent("vtimezone");
    if (vtimezone) ICAL.TimezoneService.register(vtimezone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-28T02:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-28T04:00:00.000Z");
    expect(event.summary).toBe("Rapat Pokja Kebijakan Desember");
    expect(calendar.getFirstSubcomponent("vevent")!.getAllSubcomponents("valarm")).toHaveLength(2);
  });

  it("invites a member who joined later to every coming meeting at their /rapat, once, with reminders and the calendar file", async () => {
    await createMeeting();
    const pokjaId = (await h.db.meeting.findFirstOrThrow()).pokjaId!;
    const { pokja } = h.created.services;
    for (const day of [29, 30]) await scheduleMeeting(pokjaId, `Rapat Lanjutan ${day} Desember`, new Date(`2026-12-${day}T02:00:00Z`));
    const dewi = await approvedMember(h, 2009, "Dewi Lestari");
    // Before joining: nothing to invite her to; joining changes that at her next /rapat.
    await h.run("as 2009 Dewi", "/rapat");
    expect(h.standIn.messagesIn(2009).filter((m) => m.text.includes("Undangan"))).toHaveLength(0);
    await pokja.join({ ...dewi, status: "approved" }, pokjaId);
    await h.run("as 2009 Dewi", "/rapat");
    const invitations = () => h.standIn.messagesIn(2009).filter((m) => m.text.includes("Undangan"));
    expect(invitations()).toHaveLength(3);
    // The first meeting's calendar file (the others have none yet), and two reminders per meeting.
    expect(h.standIn.messagesIn(2009).filter((m) => m.type === "document")).toHaveLength(1);
    expect(await h.db.meetingReminder.count({ where: { memberId: dewi.id, state: "pending" } })).toBe(6);
    expect(await h.db.meetingInvite.count({ where: { memberId: dewi.id } })).toBe(3);
    // Nothing twice.
    await h.run("/rapat");
    expect(invitations()).toHaveLength(3);
    expect(await h.db.meetingReminder.count({ where: { memberId: dewi.id } })).toBe(6);
  });

  it("records RSVPs, asks for the deputy's name, and shows the coordinator who answered what", async () => {
    await createMeeting();
    expect(await h.say("as 2002 Siti", "press Akan hadir")).toContain("Tercatat: Akan hadir");
    await h.run("as 2003 Andi", "press Diwakilkan");
    expect(await h.say("Rina, Kepala Seksi Aplikasi")).toContain("diwakili oleh Rina, Kepala Seksi Aplikasi");
    const card = await h.say("as 2001 Budi", "/rapat", "press 1");
    expect(card).toContain("Akan hadir 1 · diwakilkan 1 · tidak hadir 0 · belum menjawab 1");
    const answers = await h.say("press Daftar jawaban");
    expect(answers).toContain("• Andi Wijaya — Dinas Komunikasi dan Informatika Kota Surabaya → Rina, Kepala Seksi Aplikasi");
    // Only the sender (Budi) has not answered: the sender is never reminded, so there is no one.
    const asked = await h.say("press Ingatkan yang belum menjawab");
    expect(asked).toContain("Semua undangan sudah menjawab; tidak ada yang perlu diingatkan.");
    expect(asked).not.toContain("Mohon konfirmasi kehadiran");
    // A member who is not invited cannot answer, nor see the list.
    await approvedMember(h, 2004, "Tamu Lain");
    const forged = h.standIn.enqueueUpdate({
      callback_query: { id: "rsvp-forged", from: { id: 2004, is_bot: false, first_name: "Tamu" }, chat_instance: "x", data: "mt:r:1:h" },
    });
    await h.created.bot.handleUpdate(forged);
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("tidak termasuk undangan");
  });

  it("invites a newcomer to many meetings in parts, once each, even when the tick's sync runs at the same moment", async () => {
    await createMeeting();
    const pokjaId = (await h.db.meeting.findFirstOrThrow()).pokjaId!;
    const { pokja, meetingAnnouncer } = h.created.services;
    // 60 more meetings at 2 reminders each: 180 rows, more than one transaction's part.
    for (let day = 0; day < 60; day += 1) await scheduleMeeting(pokjaId, `Rapat Rutin ${day + 1}`, new Date(h.clock.now().getTime() + (day + 1) * 7 * 3_600_000));
    const dewi = await approvedMember(h, 2009, "Dewi Lestari");
    await pokja.join({ ...dewi, status: "approved" }, pokjaId);
    await Promise.all([meetingAnnouncer.inviteNewcomers(dewi.id), meetingAnnouncer.inviteNewcomers(), meetingAnnouncer.inviteNewcomers(dewi.id)]);
    const coming = await h.db.meeting.count({ where: { status: "scheduled", startsAt: { gt: h.clock.now() } } });
    expect(coming).toBeGreaterThan(60);
    expect(await h.db.meetingInvite.count({ where: { memberId: dewi.id } })).toBe(coming);
    // Her reminders: each offset of each meeting whose time has not passed, once.
    const now = h.clock.now().getTime();
    const due = (await h.db.meeting.findMany({ where: { status: "scheduled", startsAt: { gt: h.clock.now() } } })).flatMap((m) =>
      (JSON.parse(m.reminderOffsets) as number[]).filter((offset) => m.startsAt.getTime() - offset * 60_000 > now),
    );
    expect(due.length).toBeGreaterThan(100);
    expect(await h.db.meetingReminder.count({ where: { memberId: dewi.id, state: "pending" } })).toBe(due.length);
    const notices = await h.db.delivery.count({ where: { chatId: 2009n, dedupeKey: { contains: ":invite:text:" } } });
    expect(notices).toBe(coming);
  });

  it("sends each reminder once, on time, not to those who declined or muted", async () => {
    await createMeeting();
    await h.run("as 2003 Andi", "press Tidak hadir");
    await h.run("as 2002 Siti", "/pengaturan");
    await h.run("clock 2026-12-27T01:59:30Z");
    expect(h.standIn.messagesIn(2001).filter((m) => m.text.startsWith("⏰"))).toHaveLength(0);
    // 30 s later the 1-day reminder is due; the tick hands it over at once.
    await h.run("clock 2026-12-27T02:00:05Z");
    const reminders = (chat: number) => h.standIn.messagesIn(chat).filter((m) => m.text.startsWith("⏰"));
    expect(reminders(2001).map((m) => m.text.split("\n")[0])).toEqual(["⏰ Pengingat rapat, 1 hari sebelumnya:"]);
    expect(reminders(2002)).toHaveLength(1);
    expect(reminders(2003)).toHaveLength(0); // declined
    expect(Math.max(...h.created.services.reminderTick.delays)).toBeLessThanOrEqual(30_000);
    await h.run("clock +1m");
    expect(reminders(2001)).toHaveLength(1); // not twice
    await h.run("clock 2026-12-28T01:00:00Z", "clock +2h");
    expect(reminders(2001).map((m) => m.text.split("\n")[0])).toEqual(["⏰ Pengingat rapat, 1 hari sebelumnya:", "⏰ Pengingat rapat, 1 jam sebelumnya:"]);
    const states = await h.db.meetingReminder.groupBy({ by: ["state", "reason"], _count: { _all: true } });
    expect(states.find((s) => s.reason === "declined")?._count._all).toBe(2);
  });

  it("hands a reminder once with two processes, keeps it across a restart, and drops it once the meeting started", async () => {
    await createMeeting();
    const second = await openDatabase(parseDatabaseUrl(h.databaseUrl));
    try {
      h.clock.set(new Date("2026-12-27T02:00:10Z"));
      const other = createMeetingService({ db: second, clock: h.clock });
      const [a, b] = await Promise.all([h.created.services.meetings.claimDueReminders(), other.claimDueReminders()]);
      expect(a.length + b.length).toBe(3); // one 1-day reminder per invitee, claimed once
      expect(new Set([...a, ...b].map((r) => r.id)).size).toBe(3);
      // Queued, as the tick does.
      await h.created.services.meetings.handOver([...a, ...b].map((r) => ({ reminder: r, request: { chatId: r.member.telegramId, payload: { kind: "text", text: "⏰" }, dedupeKey: `meeting-reminder:${r.id}` } })));
      // Missed while "down": the 1-hour reminder is due at 08.00 WIB; the bot comes back at 10.00,
      // after the start: dropped, not sent late.
      h.clock.set(new Date("2026-12-28T03:00:00Z"));
      expect(await other.claimDueReminders()).toEqual([]);
      expect(await h.db.meetingReminder.count({ where: { state: "dropped", reason: "started" } })).toBe(3);
    } finally {
      await second.$disconnect();
    }
  });

  it("refuses meetings from non-coordinators, past or impossible dates and bad links", async () => {
    expect(await h.say("as 2002 Siti", "/rapat_baru")).toContain("hanya dapat dijadwalkan oleh koordinator");
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat uji coba", "Agenda uji coba");
    expect(await h.say("31/02/2027 09.00")).toContain("tidak ada di kalender");
    expect(await h.say("01/01/2026 09.00")).toContain("sudah lewat");
    expect(await h.say("rapat minggu depan")).toContain("tidak dikenali");
    await h.run("besok 14.00");
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toBe("Rapat dimulai Senin, 21 Desember 2026 pukul 14.00 WIB. Sudah benar?");
    await h.run("press Benar", "press Sekali saja", "press 1 jam");
    expect(await h.say("Zoom: https://exa mple")).toContain("Tautan rapat daring tidak valid");
  });

  it("reads place and link from one answer", () => {
    expect(splitPlaceAndLink("Ruang Rapat Lt. 3, https://zoom.us/j/123456")).toEqual({ place: "Ruang Rapat Lt. 3", url: "https://zoom.us/j/123456", invalidUrl: false });
    expect(splitPlaceAndLink("meet.google.com/abc-defg-hij")).toEqual({ place: null, url: "https://meet.google.com/abc-defg-hij", invalidUrl: false });
    expect(splitPlaceAndLink("Aula Diskominfo Jatim")).toEqual({ place: "Aula Diskominfo Jatim", url: null, invalidUrl: false });
  });

  it("reschedules and cancels: everyone is told, reminders follow, none after a cancellation", async () => {
    await createMeeting();
    await h.run("as 2001 Budi", "/rapat", "press 1", "press Ubah atau batalkan rapat", "press Ubah jadwal");
    const moved = await h.say("29/12/2026 13.00", "press Benar");
    expect(moved).toContain("[bot -> 2002] 🕘 Jadwal rapat diubah (sebelumnya Senin, 28 Desember 2026 pukul 10.00 WITA).");
    expect(moved).toContain("Waktu: Selasa, 29 Desember 2026 pukul 14.00 WITA (120 menit)");
    expect(await h.db.meetingReminder.count({ where: { state: "cancelled", reason: "replanned" } })).toBe(6);
    const pending = await h.db.meetingReminder.findMany({ where: { state: "pending" }, orderBy: { dueAt: "asc" } });
    expect(pending[0]?.dueAt.toISOString()).toBe("2026-12-28T06:00:00.000Z"); // 1 day before 13.00 WIB
    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Batalkan rapat");
    const cancelled = await h.say("Bertepatan dengan rapat nasional");
    expect(cancelled).toContain("[bot -> 2003] ❌ Rapat Pokja Kebijakan dibatalkan");
    expect(cancelled).toContain("Alasan: Bertepatan dengan rapat nasional");
    const ics = h.standIn.messagesIn(2002).filter((m) => m.type === "document").at(-1)!;
    const text = Buffer.from(h.standIn.getStoredFile(ics.fileId!)!.bytes!).toString("utf8");
    expect(text).toContain("METHOD:CANCEL");
    expect(text).toContain("SEQUENCE:2");
    await h.run("clock 2026-12-29T06:00:00Z");
    expect(h.standIn.messagesIn(2001).filter((m) => m.text.startsWith("⏰"))).toHaveLength(0);
    expect(await h.say("as 2002 Siti", "/rapat")).toContain("Tidak ada rapat yang akan datang");
  });

  it("offers the attendance list at the start, members mark themselves present, the coordinator corrects and exports", async () => {
    await createMeeting();
    await h.run("as 2003 Andi", "press Tidak hadir");
    const started = await h.say("as 2001 Budi", "clock 2026-12-28T02:00:10Z");
    expect(started).toContain("[bot -> 2001] 📋 Rapat Pokja Kebijakan Desember telah dimulai.");
    expect(await h.say("clock +1m")).not.toContain("telah dimulai"); // offered once
    const opened = await h.say("press Buka daftar hadir");
    expect(opened).toContain("[bot -> 2002] 📋 Daftar hadir telah dibuka: Rapat Pokja Kebijakan Desember.");
    expect(opened).not.toContain("[bot -> 2003]"); // declined
    expect(opened).toContain("Hadir 0 dari 3 undangan");
    await h.run("as 2002 Siti");
    await h.created.bot.handleUpdate(h.standIn.userPressesButtonLabeled({ id: 2002, first_name: "Siti" }, 2002, "✅ Saya hadir"));
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("Kehadiran Bapak/Ibu tercatat");
    // Andi came after all: the coordinator corrects the list.
    await h.created.bot.handleUpdate(h.standIn.userPressesButtonLabeled({ id: 2001, first_name: "Budi" }, 2001, "▫️ Andi Wijaya"));
    const list = h.standIn.messagesIn(2001).filter((m) => m.text.startsWith("Daftar hadir:")).at(-1)!;
    expect(list.text).toContain("Hadir 2 dari 3 undangan");
    expect(list.buttons.flat().map((b) => b.text)).toContain("✅ Andi Wijaya");
    await h.created.bot.handleUpdate(h.standIn.userPressesButtonLabeled({ id: 2001, first_name: "Budi" }, 2001, "📥 Unduh daftar hadir (CSV)"));
    await h.run("as 2001 Budi");
    const csv = Buffer.from(h.standIn.getStoredFile(h.standIn.lastMessage(2001)!.fileId!)!.bytes!).toString("utf8");
    expect(csv).toContain("Siti Rahayu,Dinas Komunikasi dan Informatika Kota Makassar,Belum menjawab,,Ya,");
    expect(csv).toContain("Budi Santoso,Dinas Komunikasi dan Informatika Kota Surabaya,Belum menjawab,,Tidak,");
    expect(csv).toContain("Andi Wijaya,Dinas Komunikasi dan Informatika Kota Surabaya,Tidak hadir,,Ya,");
    const past = await h.say("clock 2026-12-28T05:00:00Z", "/rapat_lalu");
    expect(past).toContain("Rapat Pokja Kebijakan Desember");
    expect(past).toContain("hadir 2 dari 3");
  });

  it("shows a meeting only to its invitees and those who manage it", async () => {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    await approvedMember(h, 2009, "Rina Outsider"); // approved, but in no pokja
    const meeting = await h.created.services.meetings.create({
      pokjaId: 1,
      title: "Rapat tertutup",
      agenda: "Agenda internal",
      startsAt: new Date("2026-12-28T02:00:00Z"),
      durationMinutes: 60,
      timezone: "Asia/Jakarta",
      place: null,
      onlineUrl: "https://meet.google.com/rahasia",
      reminderOffsets: [60],
      createdById: budi.id,
      createdByName: "Budi",
    });
    await pressForged(h, { id: 2009, first_name: "Rina" }, `mt:c:${meeting.meeting.id}`);
    await h.created.dispatcher.drain();
    expect(h.standIn.lastMessage(2009)?.text).toBe("Rapat tidak ditemukan.");
    expect(h.standIn.messagesIn(2009).some((m) => m.text.includes("rahasia"))).toBe(false);
  });

});
