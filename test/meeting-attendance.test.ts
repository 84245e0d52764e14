// Answers and attendance as officials use them: "akan hadir" is an answer, "hadir" is attendance;
// a member who sent a deputy is not asked to tap "Saya hadir", the list names the deputy and the
// coordinator marks them present; open lists refresh as members tap; reminding those who have not
// answered is confirmed first and never reminds the sender.
import { beforeEach, describe, expect, it } from "vitest";
import { approvedMember, useKebijakanPokja, type Harness } from "./support/bot-harness.js";

describe("meeting answers, deputies and attendance", () => {
  let h: Harness;
  const cast = useKebijakanPokja(); // Sunday 09.00 WIB
  beforeEach(() => {
    h = cast.h;
  });

  async function createMeeting() {
    await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat Pokja Kebijakan Desember");
    await h.run("Evaluasi kebijakan internal SPBE", "28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam");
    await h.run("Ruang Rapat Lt. 3", "press Lanjut", "press Jadwalkan");
  }

  it("asks before reminding everyone who has not answered, with the count, and never reminds the sender", async () => {
    const dewi = await approvedMember(h, 2005, "Dewi Lestari");
    await h.created.services.pokja.join({ ...dewi, status: "approved" }, 1);
    await createMeeting();
    await h.run("as 2002 Siti", "press Akan hadir");
    const asked = await h.say("as 2001 Budi", "/rapat", "press 1", "press Ingatkan yang belum menjawab");
    // Andi and Dewi have not answered; Budi (the sender) has not either, but is not counted.
    expect(asked).toContain("Kirim pengingat kepada 2 anggota yang belum menjawab undangan Rapat Pokja Kebijakan Desember?");
    expect(asked).not.toContain("Mohon konfirmasi kehadiran");
    expect(await h.say("press Jangan kirim")).toContain("Pengingat tidak dikirim.");
    expect(h.standIn.messagesIn(2003).some((m) => m.text.startsWith("Mohon konfirmasi kehadiran"))).toBe(false);
    await h.run("/rapat", "press 1", "press Ingatkan yang belum menjawab");
    const sent = await h.say("press Ya, kirim ke 2 anggota");
    expect(sent).toContain("[bot -> 2003] Mohon konfirmasi kehadiran Bapak/Ibu untuk Rapat Pokja Kebijakan Desember");
    expect(sent).toContain("[bot -> 2005] Mohon konfirmasi kehadiran");
    expect(sent).not.toContain("[bot -> 2001] Mohon konfirmasi");
    expect(sent).not.toContain("[bot -> 2002] Mohon konfirmasi");
    expect(sent).toContain("Pengingat dikirim kepada 2 anggota yang belum menjawab.");
  });

  it("names the deputy on the attendance list, does not ask the member to tap, lets the coordinator mark the deputy, and refreshes the list", async () => {
    await createMeeting();
    expect(await h.say("as 2002 Siti", "press Akan hadir")).toContain("Tercatat: Akan hadir");
    await h.run("as 2003 Andi", "press Diwakilkan", "Rina Marlina, Kepala Seksi Aplikasi");
    const card = await h.say("as 2001 Budi", "/rapat", "press 1");
    expect(card).toContain("Akan hadir 1 · diwakilkan 1 · tidak hadir 0 · belum menjawab 1");
    const opened = await h.say("clock 2026-12-28T02:00:10Z", "press Buka daftar hadir");
    expect(opened).toContain("[bot -> 2002] 📋 Daftar hadir telah dibuka:");
    expect(opened).not.toContain("[bot -> 2003] 📋 Daftar hadir telah dibuka:"); // sent a deputy: not asked
    const listOf = () => h.standIn.messagesIn(2001).filter((m) => m.text.startsWith("Daftar hadir:")).at(-1)!;
    expect(listOf().text).toContain("Hadir 0 dari 3 undangan");
    expect(listOf().text).toContain("Diwakilkan:\n• Andi Wijaya diwakili oleh Rina Marlina, Kepala Seksi Aplikasi");
    // The button label is cut by grapheme at 60 characters; the list above has the whole line.
    expect(listOf().buttons.flat().map((b) => b.text)).toContain("▫️ Andi Wijaya · diwakili oleh Rina Marlina, Kepala Seksi Ap…");
    // Siti taps "Saya hadir": the coordinator's list changes without a new press.
    await h.created.bot.handleUpdate(h.standIn.userPressesButtonLabeled({ id: 2002, first_name: "Siti" }, 2002, "✅ Saya hadir"));
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("Kehadiran Bapak/Ibu tercatat");
    expect(listOf().text).toContain("Hadir 1 dari 3 undangan");
    expect(listOf().buttons.flat().map((b) => b.text)).toContain("✅ Siti Rahayu");
    // Andi's own tap (from an old message) is not taken for himself: his deputy is marked by the coordinator.
    expect(await h.created.services.meetings.markPresent(1, (await h.db.member.findUniqueOrThrow({ where: { telegramId: 2003n } })).id)).toBe("deputy");
    await h.created.bot.handleUpdate(
      h.standIn.userPressesButtonLabeled({ id: 2001, first_name: "Budi" }, 2001, "▫️ Andi Wijaya · diwakili oleh Rina Marlina, Kepala Seksi Ap…"),
    );
    expect(listOf().text).toContain("Hadir 2 dari 3 undangan");
    expect(listOf().text).toContain("• Andi Wijaya diwakili oleh Rina Marlina, Kepala Seksi Aplikasi ✅");
  });
});
