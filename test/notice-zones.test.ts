// Every notice of members, admin, pokja and SPBE tasks that a member in Papua (WIT) can receive: a
// time in it is in WIT, and none says WIB. National task targets are calendar days: no zone at all.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvedMember, createHarness, type Harness } from "./support/bot-harness.js";

const JAYAPURA = "Asia/Jayapura";
const ADMIN = { memberId: null, telegramId: 1001n };

describe("notices to a reader in WIT", () => {
  let h: Harness;
  beforeEach(async () => {
    // Monday 30 November 2026, 09.00 WIB = 11.00 WIT.
    h = await createHarness();
    // An admin of the secretariat and a coordinator both work from Jayapura.
    const admin = await approvedMember(h, 1002, "Ani Papua");
    const budi = await approvedMember(h, 2001, "Budi Santoso, S.Kom.");
    await h.db.member.updateMany({ where: { id: { in: [admin.id, budi.id] } }, data: { timezone: JAYAPURA } });
    await h.db.member.update({ where: { id: admin.id }, data: { role: "admin" } });
  });
  afterEach(async () => {
    await h.dispose();
  });

  const textsTo = (...chats: number[]) => chats.flatMap((c) => h.standIn.messagesIn(c).map((m) => m.text));

  it("renders registration, review, role, pokja, task update and digest notices without WIB", async () => {
    const { members, notifications, pokja, pokjaNotifications, taskDigest } = h.created.services;
    const agency = await h.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });

    // A registration from Papua reaches the admin with its time in the admin's zone.
    const registered = await members.register({
      telegramId: 2005n,
      telegramUsername: "yohanes",
      fullName: "Yohanes Wenda",
      agencyId: agency.id,
      position: "Pranata Komputer",
      nip: null,
      phone: null,
      language: "id",
      timezone: JAYAPURA,
    });
    if (!registered.ok) throw new Error("registration failed");
    await notifications.registrationSubmitted(registered.member.id);
    await h.created.dispatcher.drain();
    const notice = textsTo(1002).find((t) => t.includes("Pendaftaran baru menunggu persetujuan"))!;
    expect(notice).toContain("Terdaftar: Senin, 30 November 2026 pukul 11.00 WIT");

    // The admin approves from that notice; the note says when, in WIT.
    const approved = await h.say("as 1002 Ani", "press Setujui");
    expect(approved).toContain("pukul 11.00 WIT");
    expect(approved).toContain("[bot -> 2005] Selamat, Bapak/Ibu Yohanes Wenda!");

    // Role, suspension, reinstatement.
    const yohanes = (await members.findById(registered.member.id))!;
    await notifications.roleChanged(yohanes);
    await notifications.suspended({ ...yohanes, suspensionReason: "Data instansi sedang diperiksa." });
    await notifications.reinstated(yohanes);

    // A moderated pokja: the request to its coordinator, the decision, the coordinator's own notice.
    const kebijakan = await h.db.pokja.findUniqueOrThrow({ where: { id: 1 } });
    const budi = (await members.findByTelegramId(2001n))!;
    await pokja.assignCoordinator(ADMIN, 1, budi.id);
    await pokjaNotifications.coordinatorChanged(budi, kebijakan, true);
    await pokjaNotifications.joinRequested(kebijakan, yohanes);
    await pokjaNotifications.requestDecided(yohanes, kebijakan, true);
    await pokja.join({ ...yohanes, status: "approved" }, 1);

    // A task of Budi's pokja, followed by Yohanes, updated by Budi.
    const task = await h.db.spbeTask.findFirstOrThrow({ where: { pokjaId: 1, status: { not: "selesai" } }, orderBy: { number: "asc" } });
    await h.run("as 2005 Yohanes", `/ikuti ${task.number}`);
    await h.run("as 2001 Budi", `/tugas ${task.number}`, "press Perbarui", "press Berjalan", "55", "Draf telah dibahas.", "press Hanya pengikut", "press Simpan");
    expect(textsTo(2005).some((t) => t.includes(`📌 Tugas ${task.number} diperbarui`))).toBe(true);

    // The coordinator's digest: the task's target is a calendar day, not a moment in some zone.
    await h.db.spbeTask.update({ where: { id: task.id }, data: { targetDate: new Date("2026-12-03T00:00:00Z") } });
    expect(await taskDigest.run()).toBe(1);
    await h.created.dispatcher.drain();
    const digest = textsTo(2001).find((t) => t.includes("Tugas pokja yang perlu perhatian"))!;
    expect(digest).toContain("target 3 Desember 2026, 55%");

    const all = textsTo(1002, 2001, 2005);
    for (const phrase of ["Peran Bapak/Ibu Yohanes Wenda", "ditangguhkan", "dipulihkan", "Permintaan bergabung Pokja Kebijakan", "telah diterima", "kini menjadi koordinator"]) {
      expect(all.some((t) => t.includes(phrase)), phrase).toBe(true);
    }
    expect(all.filter((t) => t.includes("WIB"))).toEqual([]);
  });
});
