// Every notice about a meeting reaches an invitee in her own zone: Siti lives in Jayapura (WIT),
// the coordinator writes in WIB. Invitation, series invitation, change, cancellation, reminder,
// minutes, action item and its reminder, attendance request: none of her private copies says WIB.
// The group's reminder (sent because the coordinator chose it) shows all three zones.
import { beforeEach, describe, expect, it } from "vitest";
import { useKebijakanPokja, type Harness } from "./support/bot-harness.js";

const GROUP = -100123;

describe("meeting notices for an invitee in WIT", () => {
  let h: Harness;
  const cast = useKebijakanPokja(); // Sunday 20 December 2026, 09.00 WIB
  beforeEach(async () => {
    h = cast.h;
    await h.db.member.update({ where: { id: cast.ids.siti }, data: { timezone: "Asia/Jayapura" } });
  });

  it("renders every notice kind in WIT and never in WIB", async () => {
    await h.run("as 2001 Budi", `in group ${GROUP} Pokja Kebijakan`, "/hubungkan", "press Kebijakan", "in private");
    // A single meeting, its reminders also to the group.
    await h.run("/rapat_baru", "press Pokja Kebijakan", "Rapat Koordinasi Pokja Kebijakan", "Evaluasi SPBE 2026");
    await h.run("28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam", "Aula, https://meet.google.com/abc-defg-hij", "press Lanjut");
    await h.run("press Ya, kirim juga ke grup", "press Jadwalkan");
    // A weekly series.
    await h.run("/rapat_baru", "press Pokja Kebijakan", "Rapat Mingguan Pokja Kebijakan", "Pembahasan rancangan kebijakan SPBE");
    await h.run("04/01/2027 09.00", "press Benar", "press Setiap minggu", "25 Januari 2027", "press 2 jam", "Aula", "press Lanjut");
    await h.run("press Tidak, hanya ke undangan", "press Jadwalkan");
    // Moved, and one occurrence of the series cancelled.
    await h.run("/rapat", "press 1", "press Ubah atau batalkan rapat", "press Ubah jadwal", "29/12/2026 13.00", "press Benar");
    await h.run("/rapat", "press 2", "press Ubah atau batalkan rapat", "press Batalkan rapat", "press Hanya pertemuan ini", "Narasumber berhalangan hadir");
    // The day-before reminder, to Siti and to the group.
    await h.run("clock 2026-12-28T06:00:05Z", "clock +1m");
    // At the start the list is opened: Siti is asked to mark her presence.
    await h.run("clock 2026-12-29T06:00:05Z", "as 2001 Budi", "press Buka daftar hadir");
    // Minutes with an action item for Siti, then its reminder the day before it is due.
    await h.run("clock 2026-12-29T08:30:00Z", "/rapat_lalu", "press 1", "press Notulen dan tindak lanjut");
    await h.run("Disepakati evaluasi SPBE dilanjutkan pada Januari.", "press Tambah tindak lanjut", "Menyusun draf surat edaran SPBE", "siti", "press Siti Rahayu");
    await h.run("8 Januari 2027", "press Lanjut ▶️", "press Bagikan notulen");
    await h.run("clock 2027-01-07T02:00:05Z", "clock +1m");

    const siti = h.standIn.messagesIn(2002).filter((m) => m.type !== "document");
    const find = (marker: string) => {
      const found = siti.filter((m) => m.text.includes(marker));
      expect(found.length, marker).toBeGreaterThan(0);
      return found;
    };
    const kinds = {
      invitation: find("Undangan Rapat Pokja Kebijakan").filter((m) => m.text.includes("Rapat Koordinasi")),
      series: find("Rapat rutin setiap minggu"),
      change: find("Jadwal rapat diubah"),
      cancellation: find("dibatalkan"),
      reminder: find("⏰ Pengingat rapat"),
      attendance: find("Daftar hadir telah dibuka"),
      minutes: find("📝 Notulen: Rapat Koordinasi Pokja Kebijakan"),
      actionItem: find("📌"),
      actionReminder: find("⏰ Pengingat tindak lanjut"),
    };
    for (const [kind, messages] of Object.entries(kinds)) {
      expect(messages.length, kind).toBeGreaterThan(0);
      for (const m of messages) expect(m.text, kind).not.toContain("WIB");
    }
    expect(kinds.invitation[0]!.text).toContain("Senin, 28 Desember 2026 pukul 11.00 WIT");
    expect(kinds.series[0]!.text).toContain("Senin, 4 Januari 2027 pukul 11.00 WIT");
    expect(kinds.change[0]!.text).toContain("Selasa, 29 Desember 2026 pukul 15.00 WIT");
    expect(kinds.reminder[0]!.text).toContain("pukul 15.00 WIT");
    // Not one private message to her says WIB.
    expect(siti.filter((m) => m.text.includes("WIB")).map((m) => m.text)).toEqual([]);
    // The group's reminder names the three zones side by side.
    const group = h.standIn.messagesIn(GROUP).filter((m) => m.text.startsWith("⏰"));
    expect(group).toHaveLength(1);
    expect(group[0]!.text).toContain("13.00 WIB / 14.00 WITA / 15.00 WIT");
  });
});
