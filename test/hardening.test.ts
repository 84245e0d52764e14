// Forged buttons, flows opened on top of flows, and hostile input found in review.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvedMember, BUDI_UNTIL_SUMMARY, createHarness, pressForged, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };

describe("hardening", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("does not let a coordinator forge the admins' 'all members' audience of a broadcast", async () => {
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    await approvedMember(h, 2002, "Siti Rahayu");
    await h.created.services.pokja.assignCoordinator(admin, 1, budi.id);
    await h.run("as 2001 Budi", "/siaran", "Pesan untuk semua?");
    const nonce = h.standIn.lastMessageWithKeyboard(2001)!.buttons[0]![0]!.callbackData!.split(":")[1];
    const answer = await pressForged(h, { id: 2001, first_name: "Budi" }, `bc:${nonce}:aud:all`);
    expect(answer?.text).toContain("tidak berlaku");
    expect(await h.db.broadcast.count()).toBe(0);
  });

  it("asks to finish the open flow instead of opening a second one", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "as 1001", "/siaran");
    // A registration notification's Tolak button pressed while the broadcast flow is open.
    const pressTolak = async () => {
      await h.created.bot.handleUpdate(h.standIn.userPressesButtonLabeled({ id: 1001, first_name: "Admin" }, 1001, "❌ Tolak"));
      await h.created.dispatcher.drain();
    };
    await pressTolak();
    expect(h.standIn.lastMessage(1001)?.text).toContain("masih berada dalam proses lain");
    expect(await h.say("/batal")).toContain("proses dibatalkan");
    await pressTolak();
    expect(h.standIn.lastMessage(1001)?.text).toContain("Tuliskan alasan penolakan");
  });

  it("escapes column names from an imported file in the error report", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fk-hard-"));
    try {
      const file = path.join(dir, "jahat.csv");
      writeFileSync(file, "nomor,judul,<catatan>\n1,Judul yang cukup panjang,x\n");
      await h.run("as 1001", "/impor_tugas");
      const out = await h.say(`file ${file}`);
      expect(out).toContain("kolom <catatan>: Kolom tidak dikenal");
      expect(out).not.toContain("Maaf, terjadi kesalahan");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a task's note when an update skips it", async () => {
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    const task = await h.db.spbeTask.findFirstOrThrow({ where: { note: { not: null }, pokjaId: { not: null } } });
    await h.created.services.pokja.assignCoordinator(admin, task.pokjaId!, budi.id);
    await h.run("as 2001 Budi", `/tugas ${task.number}`, "press Perbarui", `press ${task.status === "selesai" ? "• selesai" : "ditunda"}`);
    await h.run("press Tetap", "press Lewati");
    if (h.standIn.lastMessageWithKeyboard(2001)?.text.includes("Siapa yang diberi tahu")) await h.run("press Hanya pengikut");
    await h.run("press Simpan");
    expect((await h.db.spbeTask.findUniqueOrThrow({ where: { id: task.id } })).note).toBe(task.note);
  });

  it("shows a meeting only to its invitees and those who manage it", async () => {
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    await approvedMember(h, 2002, "Siti Rahayu");
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
    await pressForged(h, { id: 2002, first_name: "Siti" }, `mt:c:${meeting.meeting.id}`);
    await h.created.dispatcher.drain();
    expect(h.standIn.lastMessage(2002)?.text).toBe("Rapat tidak ditemukan.");
    expect(h.standIn.messagesIn(2002).some((m) => m.text.includes("rahasia"))).toBe(false);
  });
});
