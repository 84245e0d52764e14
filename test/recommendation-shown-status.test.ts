import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { shownStatus } from "../src/recommendations/recommendation-views.js";
import { createHarness, kebijakanPokja, recommendationDraft, type Harness } from "./support/bot-harness.js";

const JAYAPURA = "Asia/Jayapura";
/** Thursday 10 December 2026, 09.00 WIB = 11.00 WIT; the organiser is in Jakarta. */
const MEETING = { title: "Rapat Pokja Kebijakan Desember", startsAt: new Date("2026-12-10T02:00:00Z"), endsAt: new Date("2026-12-10T04:00:00Z") };

describe("'Dijadwalkan dibahas' until the meeting starts", () => {
  it("is derived from the status and the meeting's start", () => {
    const before = new Date("2026-12-10T01:59:00Z");
    const after = new Date("2026-12-10T02:00:00Z");
    expect(shownStatus({ status: "dibahas", meeting: { startsAt: MEETING.startsAt } }, before)).toBe("dijadwalkan_dibahas");
    expect(shownStatus({ status: "dibahas", meeting: { startsAt: MEETING.startsAt } }, after)).toBe("dibahas");
    // Marked "Dibahas" without a meeting: it is being discussed.
    expect(shownStatus({ status: "dibahas", meeting: null }, before)).toBe("dibahas");
    expect(shownStatus({ status: "diterima", meeting: { startsAt: MEETING.startsAt } }, before)).toBe("diterima");
  });
});

describe("recommendation and broadcast notices in the reader's zone", () => {
  let h: Harness;
  let cast: Awaited<ReturnType<typeof kebijakanPokja>>;
  beforeEach(async () => {
    h = await createHarness({ start: new Date("2026-12-01T02:00:00Z") });
    cast = await kebijakanPokja(h);
    // Everyone concerned lives in Papua.
    await h.db.member.updateMany({ where: { telegramId: { in: [2001n, 2002n, 2003n] } }, data: { timezone: JAYAPURA } });
    await h.db.meeting.create({ data: { pokjaId: 1, agenda: "Usulan", timezone: "Asia/Jakarta", createdByName: "Budi", createdAt: new Date(), ...MEETING } });
    await h.run("clock +1m"); // the pokja is invited to the meeting first
  });
  afterEach(async () => {
    await h.dispose();
  });

  /** Every text the bot sent to these chats (edits as they ended). */
  const seenBy = (...chats: number[]) => chats.flatMap((c) => h.standIn.messagesIn(c).map((m) => m.text)).join("\n---\n");

  it("shows a preview without 'Diajukan', then 'Dijadwalkan dibahas' on cards, lists and notices until the meeting starts", async () => {
    await h.run("as 2002 Siti", "/usul", "press Data", "Integrasi data kependudukan antar daerah");
    await h.run("Data kependudukan di tiap daerah belum saling terhubung.", "Membangun layanan berbagi pakai data kependudukan.", "Layanan publik lebih cepat dan tanpa pendataan ganda.");
    await h.run("press Lewati", "press Tanpa lampiran");
    const preview = h.standIn.lastMessageWithKeyboard(2002)!.text;
    expect(preview).toContain("Pratinjau usulan");
    expect(preview).toContain("Pokja Kebijakan · Data");
    expect(preview).not.toContain("Diajukan");
    await h.run("press Ajukan usulan");
    expect(await h.db.recommendation.count()).toBe(1);

    await h.run("as 2001 Budi", "/tinjau", "press #1", "press Mulai tinjau", "press Tanpa catatan");
    await h.run("/tinjau", "press #1", "press Bahas dalam rapat", "press Rapat Pokja Kebijakan Desember");
    const notice = h.standIn.messagesIn(2002).filter((m) => m.text.startsWith("📋 Usulan #1")).at(-1)!.text;
    expect(notice).toContain("Status: Ditinjau → Dijadwalkan dibahas");
    // The meeting's time in Siti's zone, though the organiser wrote it in WIB.
    expect(notice).toContain("Catatan: dijadwalkan dibahas dalam Rapat Pokja Kebijakan Desember (Kamis, 10 Desember 2026 pukul 11.00 WIT)");

    expect(await h.say("as 2002 Siti", "/usulan_saya")).toContain("Dijadwalkan dibahas · 👍 0");
    const card = await h.say("press #1");
    expect(card).toContain("Pokja Kebijakan · Data · Dijadwalkan dibahas");
    expect(card).toContain("Dijadwalkan dibahas dalam Rapat Pokja Kebijakan Desember (Kamis, 10 Desember 2026 pukul 11.00 WIT)");
    expect(card).toContain("Ditinjau → Dijadwalkan dibahas (Budi Santoso)");
    expect(await h.say("as 2001 Budi", "/tinjau")).toContain("Pokja Kebijakan · Dijadwalkan dibahas");

    // The meeting has begun: now it is "Dibahas".
    h.clock.set(new Date("2026-12-10T02:05:00Z"));
    expect(await h.say("as 2002 Siti", "/usulan_saya")).toContain("Dibahas · 👍 0");
    const during = await h.say("press #1");
    expect(during).toContain("Pokja Kebijakan · Data · Dibahas");
    expect(during).not.toContain("Dijadwalkan");
  });

  it("renders every recommendation and broadcast notice kind for members in WIT without 'WIB'", async () => {
    const { recommendations } = h.created.services;
    // A new recommendation (the coordinator's notice), then each step with its notices.
    await h.run("as 2002 Siti", "/usul", "press Data", "Integrasi data kependudukan antar daerah");
    await h.run("Data kependudukan di tiap daerah belum saling terhubung.", "Membangun layanan berbagi pakai data kependudukan.", "Layanan publik lebih cepat dan tanpa pendataan ganda.");
    await h.run("press Lewati", "press Tanpa lampiran", "press Ajukan usulan");
    await h.run("as 2003 Andi", "/usulan", "press #1", "press Ikuti");
    await h.run("as 2001 Budi", "/tinjau", "press #1", "press Mulai tinjau", "Mohon dilengkapi data pendukung.");
    await h.run("/tinjau", "press #1", "press Bahas dalam rapat", "press Rapat Pokja Kebijakan Desember");
    await h.run("/tinjau", "press #1", "press Batalkan langkah terakhir");
    await h.run("/tinjau", "press #1", "press Minta revisi", "Mohon tambahkan perkiraan biaya.");
    await h.run("as 2002 Siti", "press Perbaiki dan ajukan ulang", "press Ajukan ulang");
    await recommendations.submit(recommendationDraft(cast.andi.id, { submitterName: "Andi Wijaya", title: "Pelatihan keamanan siber bagi ASN", timezone: JAYAPURA }));
    // A broadcast of the pokja, scheduled in Budi's zone, its replies and answers, and its report.
    await h.run("as 2001 Budi", "/siaran", "Rapat persiapan besok.", "press Anggota Pokja Kebijakan", "press Atur waktu kirim", "besok 09.00");
    expect(await h.say("press Jadwalkan")).toContain("Siaran dijadwalkan pada Rabu, 2 Desember 2026 pukul 09.00 WIT");
    await h.run("clock 2026-12-02T00:00:00Z");
    await h.run("as 2002 Siti", "press Balas ke pengirim", "Siap, Pak.", "as 2001 Budi", "press Jawab melalui bot", "Terima kasih.", "/siaran_laporan");

    const kinds = seenBy(2001, 2002, 2003);
    for (const expected of [
      "Usulan baru", // to the coordinator
      "Status: Diajukan → Ditinjau",
      "Status: Ditinjau → Dijadwalkan dibahas",
      "Langkah terakhir dibatalkan",
      "Status: Ditinjau → Perlu revisi",
      "diajukan ulang",
      "📣 Siaran Pokja Kebijakan · Budi Santoso (koordinator)",
      "Balasan atas siaran Bapak/Ibu",
      "Jawaban dari Budi Santoso",
      "Siaran selesai",
      "Siaran terakhir",
    ]) {
      expect(kinds).toContain(expected);
    }
    expect(kinds).toContain("pukul 11.00 WIT");
    // No time in WIB; the only mention is the list of zones one may type ("tambahkan WIB/WITA/WIT").
    expect(kinds.replaceAll("WIB/WITA/WIT", "")).not.toContain("WIB");
  });
});
