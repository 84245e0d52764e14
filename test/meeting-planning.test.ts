// Meetings as officials plan them: a typed duration, a warning on holidays and weekends, a preview
// where every field can be changed, one calendar file for the organiser, the group's three zones.
import { beforeEach, describe, expect, it } from "vitest";
import { parseDuration } from "../src/meetings/duration.js";
import { dayOff, nextWorkingDay } from "../src/shared/holidays.js";
import { formatAllZones } from "../src/shared/time.js";
import { createHarness, kebijakanPokja, useKebijakanPokja, type Harness } from "./support/bot-harness.js";

const GROUP = -100123;

describe("typed durations and days off (units)", () => {
  it("reads durations as officials type them and refuses the rest", () => {
    expect(parseDuration("90 menit")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("1,5 jam")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("2 jam 30 menit")).toEqual({ ok: true, minutes: 150 });
    expect(parseDuration("1 jam")).toEqual({ ok: true, minutes: 60 });
    expect(parseDuration("45 mnt")).toEqual({ ok: true, minutes: 45 });
    expect(parseDuration("sebentar saja")).toEqual({ ok: false, reason: "format" });
    expect(parseDuration("5 menit")).toEqual({ ok: false, reason: "too_short" });
    expect(parseDuration("13 jam")).toEqual({ ok: false, reason: "too_long" });
    // As officials write it: a dot between hours and minutes, a bare small number next to the "2 jam" button,
    // minutes without their word after the hours, a sentence's full stop.
    expect(parseDuration("1.30 jam")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("2")).toEqual({ ok: true, minutes: 120 });
    expect(parseDuration("90")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("1 jam 30")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("2 jam.")).toEqual({ ok: true, minutes: 120 });
    expect(parseDuration("13")).toEqual({ ok: false, reason: "too_short" });
  });

  it("knows the decreed holidays, cuti bersama and weekends, and the next working day", () => {
    expect(dayOff({ year: 2026, month: 12, day: 25 })).toEqual({ kind: "holiday", name: "Hari Raya Natal" });
    expect(dayOff({ year: 2026, month: 12, day: 24 })).toEqual({ kind: "cuti_bersama", name: "cuti bersama Hari Raya Natal" });
    // The decree, not the library's computed date: Idulfitri 1447 H is 21-22 March 2026.
    expect(dayOff({ year: 2026, month: 3, day: 22 })).toEqual({ kind: "holiday", name: "Idulfitri 1447 Hijriah" });
    expect(dayOff({ year: 2026, month: 12, day: 26 })).toEqual({ kind: "weekend", weekday: "saturday" });
    expect(dayOff({ year: 2026, month: 12, day: 28 })).toBeNull();
    // A year without a recorded decree falls back to the library.
    expect(dayOff({ year: 2027, month: 8, day: 17 })?.kind).toBe("holiday");
    expect(nextWorkingDay({ year: 2026, month: 12, day: 24 })).toEqual({ year: 2026, month: 12, day: 28 });
    expect(nextWorkingDay({ year: 2026, month: 3, day: 18 })).toEqual({ year: 2026, month: 3, day: 25 });
  });

  it("writes a time in the three zones", () => {
    expect(formatAllZones(new Date("2026-12-28T02:00:00Z"), "id")).toBe("Senin, 28 Desember 2026 pukul 09.00 WIB / 10.00 WITA / 11.00 WIT");
  });
});

describe("planning a meeting", () => {
  let h: Harness;
  const cast = useKebijakanPokja(); // Sunday 09.00 WIB
  beforeEach(() => {
    h = cast.h;
  });

  const start = () => h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan Desember", "1. Evaluasi SPBE\\n2. Rencana 2027");

  it("takes a typed duration and answers a bad one clearly", async () => {
    await start();
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja");
    expect(await h.say("sebentar saja")).toContain("Lama rapat tidak dikenali");
    expect(await h.say("5 menit")).toContain("paling singkat 15 menit");
    expect(await h.say("1,5 jam")).toContain("Lama rapat: 1 jam 30 menit.");
    await h.run("Ruang Rapat Lt. 3", "press Lanjut");
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain("Waktu: Senin, 28 Desember 2026 pukul 09.00 WIB (1 jam 30 menit)");
    await h.run("press Jadwalkan");
    const meeting = await h.db.meeting.findFirstOrThrow();
    expect(meeting.endsAt.getTime() - meeting.startsAt.getTime()).toBe(90 * 60_000);
  });

  it("warns on a holiday or a weekend, naming the day, and goes on only when confirmed", async () => {
    await start();
    await h.run("25/12/2026 09.00");
    expect(await h.say("press Benar")).toContain("25 Desember 2026 adalah Hari Raya Natal. Tetap jadwalkan?");
    expect(await h.say("press Pilih tanggal lain")).toContain("Kapan rapat");
    await h.run("26/12/2026 09.00");
    expect(await h.say("press Benar")).toContain("26 Desember 2026 adalah hari Sabtu. Tetap jadwalkan?");
    expect(await h.say("press Ya, tetap jadwalkan")).toContain("Apakah rapat ini diadakan berulang?");
    await h.run("press Sekali saja", "press 1 jam", "Ruang Rapat Lt. 3", "press Lanjut", "press Jadwalkan");
    const meeting = await h.db.meeting.findFirstOrThrow();
    expect(meeting.startsAt.toISOString()).toBe("2026-12-26T02:00:00.000Z");
  });

  it("shows the agenda in the preview and lets each field be changed before scheduling", async () => {
    await start();
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Ruang Rapat Lt. 3", "press Lanjut");
    const preview = h.standIn.lastMessageWithKeyboard(2001)!;
    expect(preview.text).toContain("Agenda:\n1. Evaluasi SPBE\n2. Rencana 2027");
    expect(preview.text).toContain("Pengingat: 1 hari sebelumnya, 1 jam sebelumnya");
    expect(preview.buttons.flat().map((b) => b.text)).toEqual([
      "✏️ Pokja",
      "✏️ Judul",
      "✏️ Agenda",
      "✏️ Tanggal dan jam",
      "✏️ Lama rapat",
      "✏️ Tempat/tautan",
      "✏️ Pengingat",
      "✏️ Pengulangan",
      "📅 Jadwalkan dan umumkan",
      "✖️ Batal",
    ]);
    await h.run("press ✏️ Judul", "Rapat Koordinasi Akhir Tahun");
    await h.run("press ✏️ Agenda", "Evaluasi SPBE 2026");
    await h.run("press ✏️ Tanggal dan jam", "29/12/2026 13.00", "press Benar");
    await h.run("press ✏️ Lama rapat", "45 menit");
    await h.run("press ✏️ Tempat/tautan", "https://meet.google.com/abc-defg-hij");
    await h.run("press ✏️ Pengingat", "press 1 hari", "press Lanjut");
    await h.run("press ✏️ Pengulangan", "press Setiap minggu", "12 Januari 2027");
    const changed = h.standIn.lastMessageWithKeyboard(2001)!.text;
    expect(changed).toContain("Rapat Koordinasi Akhir Tahun");
    expect(changed).toContain("Waktu: Selasa, 29 Desember 2026 pukul 13.00 WIB (45 menit)");
    expect(changed).toContain("Pengingat: 1 jam sebelumnya");
    expect(changed).toContain("Berulang: setiap minggu, 3 kali");
    expect(changed).toContain("Agenda:\nEvaluasi SPBE 2026");
    await h.run("press Jadwalkan");
    const meetings = await h.db.meeting.findMany({ orderBy: { startsAt: "asc" } });
    expect(meetings).toHaveLength(3);
    expect(meetings[0]).toMatchObject({ title: "Rapat Koordinasi Akhir Tahun", agenda: "Evaluasi SPBE 2026", place: null, onlineUrl: "https://meet.google.com/abc-defg-hij", reminderOffsets: "[60]" });
    expect(meetings[0]!.startsAt.toISOString()).toBe("2026-12-29T06:00:00.000Z");
    expect(meetings[0]!.endsAt.toISOString()).toBe("2026-12-29T06:45:00.000Z");
  });

  it("gives the organiser the calendar file once, and the group the time in WIB, WITA and WIT", async () => {
    await h.run("as 2001 Budi", `in group ${GROUP} Pokja Kebijakan`, "/hubungkan", "press Kebijakan", "in private");
    await start();
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Ruang Rapat Lt. 3", "press Lanjut", "press Tidak, hanya ke undangan", "press Jadwalkan");
    expect(h.standIn.messagesIn(2001).filter((m) => m.type === "document")).toHaveLength(1);
    expect(h.standIn.messagesIn(2002).filter((m) => m.type === "document")).toHaveLength(1);
    const group = h.standIn.messagesIn(GROUP).find((m) => m.text.includes("Undangan"))!;
    expect(group.text).toContain("Waktu: Senin, 28 Desember 2026 pukul 09.00 WIB / 10.00 WITA / 11.00 WIT (120 menit)");
    // A change: the organiser again gets one new file, the group the new time in three zones.
    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Ubah jadwal", "28/12/2026 13.00", "press Benar");
    expect(h.standIn.messagesIn(2001).filter((m) => m.type === "document")).toHaveLength(2);
    const moved = h.standIn.messagesIn(GROUP).at(-1)!;
    expect(moved.text).toContain("sebelumnya Senin, 28 Desember 2026 pukul 09.00 WIB / 10.00 WITA / 11.00 WIT");
    expect(moved.text).toContain("13.00 WIB / 14.00 WITA / 15.00 WIT");
  });

  it("moves an action item due on a holiday or weekend to the next working day, and reminds on the working day before", async () => {
    await start();
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula", "press Lanjut", "press Jadwalkan");
    await h.run("clock 2026-12-28T04:30:00Z", "/rapat_lalu", "press 1", "press Notulen dan tindak lanjut");
    await h.run("Rapat menyepakati evaluasi SPBE per triwulan.", "press Tambah tindak lanjut", "Menyusun draf surat edaran SPBE", "siti", "press Siti Rahayu");
    // Saturday 9 January 2027: moved to Monday 11 January.
    expect(await h.say("9 Januari 2027")).toContain("9 Januari 2027 adalah hari Sabtu. Tenggat dipindahkan ke hari kerja berikutnya, yaitu 11 Januari 2027.");
    await h.run("press Lanjut ▶️", "press Bagikan notulen");
    const item = await h.db.meetingActionItem.findFirstOrThrow({ include: { reminders: { orderBy: { dueAt: "asc" } } } });
    expect(item.dueAt.toISOString()).toBe("2027-01-11T02:00:00.000Z"); // 09.00 WIB
    // "The day before" is Friday 8 January, not Sunday.
    expect(item.reminders.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
      ["before", "2027-01-08T02:00:00.000Z"],
      ["due", "2027-01-11T02:00:00.000Z"],
    ]);
    await h.run("clock 2027-01-08T02:00:10Z");
    const reminder = h.standIn.messagesIn(2002).filter((m) => m.text.startsWith("⏰ Pengingat tindak lanjut")).at(-1)!;
    expect(reminder.text).toContain("tenggat pada hari kerja berikutnya (11 Januari 2027)");
  });
});

describe("a series across days off", () => {
  it("names in the preview the later meetings that fall on a holiday or cuti bersama", async () => {
    const h = await createHarness({ start: new Date("2026-03-01T02:00:00Z") });
    try {
      await kebijakanPokja(h);
      await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Mingguan Kebijakan", "Pembahasan rutin");
      await h.run("05/03/2026 09.00", "press Benar", "press Setiap minggu", "26 Maret 2026", "press 1 jam", "Aula", "press Lanjut");
      const preview = h.standIn.messagesIn(2001).findLast((m) => m.text.includes("Perhatian, pertemuan berikut"))?.text ?? "";
      expect(preview).toContain("⚠️ 19 Maret 2026 adalah Hari Suci Nyepi");
      expect(preview).not.toContain("5 Maret 2026 adalah");
    } finally {
      await h.dispose();
    }
  });
});

describe("changing the pokja in the preview", () => {
  it("lets an admin move the draft to another pokja before scheduling, with its own invitees", async () => {
    const h = await createHarness({ start: new Date("2026-12-20T02:00:00Z") });
    try {
      await kebijakanPokja(h);
      await h.run("as 1001", "/rapat_baru", "press Pokja Kebijakan", "Rapat Koordinasi Lintas Pokja", "Pembahasan bersama");
      await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula", "press Lanjut");
      expect(h.standIn.lastMessageWithKeyboard(1001)!.text).toContain("Rapat Pokja Kebijakan: Rapat Koordinasi Lintas Pokja");
      await h.run("press ✏️ Pokja", "press Pokja Data dan Informasi");
      const preview = h.standIn.lastMessageWithKeyboard(1001)!;
      expect(preview.text).toContain("Rapat Pokja Data dan Informasi: Rapat Koordinasi Lintas Pokja");
      expect(preview.text).toContain("Agenda:");
      await h.run("press Jadwalkan");
      const meeting = await h.db.meeting.findFirstOrThrow({ include: { pokja: true } });
      expect(meeting.pokja?.name).toBe("Data dan Informasi");
    } finally {
      await h.dispose();
    }
  });
});
