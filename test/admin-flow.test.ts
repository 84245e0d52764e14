import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUDI_UNTIL_SUMMARY, createHarness, pressForged, type Harness } from "./support/bot-harness.js";

describe("approval, roles and access", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness();
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim");
  });
  afterEach(async () => {
    await h.dispose();
  });

  const budi = () => h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });

  it("approves from the notification: the member is told, the audit log says who", async () => {
    const out = await h.say("as 1001", "press Setujui");
    expect(out).toContain("[bot -> 2001] Selamat, Bapak/Ibu Budi Santoso, S.Kom.! Pendaftaran Bapak/Ibu sebagai anggota Forum Kominfo telah disetujui.");
    expect(out).toContain("disetujui oleh Admin");
    expect((await budi()).status).toBe("approved");
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "registration.approved" } });
    expect(audit.actorTelegramId).toBe(1001n);
    // The member can now use member features: /start shows the approved greeting.
    expect(await h.say("as 2001", "/start")).toContain("Status: anggota aktif (Anggota)");
  });

  it("asks an admin for a reason before rejecting, and the applicant may register again", async () => {
    expect(await h.say("as 1001", "press Tolak")).toContain("Tuliskan alasan penolakan pendaftaran");
    expect(await h.say("oke")).toContain("Alasan harus terdiri atas 5 sampai 500 karakter");
    const out = await h.say("NIP tidak sesuai dengan data kepegawaian");
    expect(out).toContain("[bot -> 2001] Bapak/Ibu Budi Santoso, S.Kom., mohon maaf, pendaftaran Bapak/Ibu belum dapat disetujui.");
    expect(out).toContain("Alasan: NIP tidak sesuai dengan data kepegawaian");
    expect(await budi()).toMatchObject({ status: "rejected", rejectionReason: "NIP tidak sesuai dengan data kepegawaian" });
    // The applicant sees why and may register again.
    expect(await h.say("as 2001", "/start")).toContain("tidak disetujui");
    await h.run("press Daftar ulang", "press Saya setuju", "Budi Santoso", "surabaya", "press 1", "Staf", "press Lewati", "Lewati", "press Kirim");
    expect(await budi()).toMatchObject({ status: "pending", rejectionReason: null, nip: null });
  });

  it("answers the second of two admins who press for the same registration", async () => {
    await h.run("as 1002 Sekretariat Dua");
    await h.db.member.create({
      data: {
        telegramId: 1002n,
        fullName: "Sekretariat Dua",
        agencyId: (await h.db.agency.findUniqueOrThrow({ where: { code: "KOMINFO-LAIP" } })).id,
        position: "Analis",
        status: "approved",
        role: "admin",
        consentAt: new Date(),
        consentVersion: "test",
        registeredAt: new Date(),
      },
    });
    const id = (await budi()).id;
    await h.run("as 1001", "press Setujui");
    const second = await pressForged(h, { id: 1002, first_name: "Sekretariat Dua" }, `adm:approve:${id}`);
    expect(second?.text).toContain("sudah diproses sebelumnya (status: aktif, oleh Admin)");
    expect(await h.db.auditLog.count({ where: { action: "registration.approved" } })).toBe(1);
  });

  it("checks the role on the server for every forged or stale admin button", async () => {
    const id = (await budi()).id;
    // Budi (pending) and a stranger forge approval buttons.
    for (const userId of [2001, 3003]) {
      expect(await pressForged(h, { id: userId, first_name: "Peretas" }, `adm:approve:${id}`)).toMatchObject({ show_alert: true });
    }
    expect((await budi()).status).toBe("pending");
    // An approved member who is not an admin.
    await h.run("as 1001", "press Setujui");
    expect((await pressForged(h, { id: 2001, first_name: "Budi" }, `adm:role:${id}:admin`))?.text).toContain("hanya untuk admin");
    expect((await budi()).role).toBe("member");
    // Unknown callback data gets a clear "stale" answer.
    expect((await pressForged(h, { id: 1001, first_name: "Admin" }, "whatever:1"))?.text).toContain("tidak berlaku");
    // A member no longer admin cannot use an old admin button.
    expect(await h.say("as 2001", "/admin")).toContain("hanya untuk admin");
  });

  it("limits unregistered and pending users to the public commands", async () => {
    expect(await h.say("as 2001", "/admin")).toContain("masih menunggu persetujuan");
    expect(await h.say("as 3003 Tamu", "/admin")).toContain("belum terdaftar");
    expect(await h.say("halo")).toContain("belum terdaftar");
    expect(await h.say("/bantuan")).not.toContain("/admin");
    expect(await h.say("/profil")).toContain("belum terdaftar");
    expect(await h.say("as 1001", "/bantuan")).toContain("/admin — Menu sekretariat (admin)");
    expect(await h.say("/perintahaneh")).toContain("perintah tersebut tidak dikenal");
  });

  it("lists pending registrations, finds members, changes roles, suspends and reinstates", async () => {
    const menu = await h.say("as 1001", "/admin");
    expect(menu).toContain("Menunggu persetujuan: 1");
    const pending = await h.say("press Pendaftaran menunggu");
    expect(pending).toContain("1. Budi Santoso, S.Kom.");
    expect(pending).toContain("Kepala Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika Kota Surabaya");
    const afterApprove = await h.say("press 1. ✅ Setujui");
    expect(afterApprove).toContain("Tidak ada pendaftaran yang menunggu persetujuan.");

    await h.run("/admin", "press Cari anggota");
    const results = await h.say("surabaya");
    expect(results).toContain("Ditemukan 1 anggota");
    const card = await h.say("press Budi Santoso");
    expect(card).toContain("NIP: 198503122010011003"); // the secretariat sees personal data
    // Coordinators are appointed per pokja, from the member's card.
    await h.run("press Koordinator pokja");
    const promoted = await h.say("press Kebijakan");
    expect(promoted).toContain("[bot -> 2001] Bapak/Ibu Budi Santoso, S.Kom., Bapak/Ibu kini menjadi koordinator Pokja Kebijakan.");
    expect(promoted).toContain("✅ Kebijakan");
    expect((await budi()).role).toBe("coordinator");
    await h.run("/admin", "press Cari anggota", "budi", "press Budi Santoso");

    expect(await h.say("press Tangguhkan")).toContain("Tuliskan alasan penangguhan");
    const suspended = await h.say("Sudah tidak bertugas di Diskominfo");
    expect(suspended).toContain("[bot -> 2001]");
    expect(suspended).toContain("ditangguhkan");
    expect(await h.say("as 2001", "/start")).toContain("sedang ditangguhkan");
    await h.run("as 1001", "/admin", "press Cari anggota", "budi", "press Budi Santoso");
    expect(await h.say("press Pulihkan")).toContain("dipulihkan");
    expect((await budi()).status).toBe("approved");
    const actions = (await h.db.auditLog.findMany({ where: { targetMemberId: (await budi()).id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "registration.submitted",
      "registration.approved",
      "pokja.coordinator_assigned",
      "member.suspended",
      "member.reinstated",
    ]);
    // The admin commands menu in Telegram is scoped to admins' chats.
    expect(h.standIn.calls("setMyCommands").length + h.standIn.calls("deleteMyCommands").length).toBeGreaterThan(0);
  });
});
