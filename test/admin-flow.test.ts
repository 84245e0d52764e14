import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUDI_UNTIL_SUMMARY, createHarness, pressForged, type Harness } from "./support/bot-harness.js";
import { registerMember } from "./support/register-member.js";
import { ADMIN_BUTTONS, queryOfToken, queryToken } from "../src/admin/admin-buttons.js";
import { APPROVE_NAME_MAX, cutGraphemes } from "../src/admin/admin-views.js";

/** A second admin (1002), written straight into the database. */
async function secondAdmin(h: Harness) {
  return h.db.member.create({
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
}

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
    expect(out).toContain("[bot -> 2001] Mohon maaf, pendaftaran Bapak/Ibu Budi Santoso, S.Kom. belum dapat disetujui.");
    expect(out).toContain("Alasan: NIP tidak sesuai dengan data kepegawaian");
    expect(await budi()).toMatchObject({ status: "rejected", rejectionReason: "NIP tidak sesuai dengan data kepegawaian" });
    // The applicant sees why and may register again.
    expect(await h.say("as 2001", "/start")).toContain("tidak disetujui");
    await h.run("press Daftar ulang", "press Saya setuju", "Budi Santoso", "surabaya", "press 1", "Staf", "press Lewati", "Lewati", "press Kirim");
    expect(await budi()).toMatchObject({ status: "pending", rejectionReason: null, nip: null });
  });

  it("tells a rejected applicant why in a button's pop-up as plain text within Telegram's 200 characters", async () => {
    const reason = `Data <b>tidak</b> lengkap & "tidak sesuai" ${"x".repeat(480)}`;
    await h.created.services.members.reject((await budi()).id, { memberId: null, telegramId: 1001n }, reason);
    const before = h.standIn.answeredCallbacks.length;
    await pressForged(h, { id: 2001, first_name: "Budi" }, "tk:c:1");
    const answers = h.standIn.answeredCallbacks.slice(before);
    expect(answers).toHaveLength(1);
    expect(answers[0]!.show_alert).toBe(true);
    expect(answers[0]!.text!.length).toBeLessThanOrEqual(200);
    expect(answers[0]!.text).toContain('Alasan: Data <b>tidak</b> lengkap & "tidak sesuai" xxx');
    expect(answers[0]!.text).not.toContain("&lt;");
    expect(answers[0]!.text!.endsWith("…")).toBe(true);
  });

  it("asks for confirmation before rejecting without a reason", async () => {
    const prompt = await h.say("as 1001", "press Tolak");
    expect(prompt).toContain("[1] Tolak tanpa alasan");
    const confirm = await h.say("press Tolak tanpa alasan");
    expect(confirm).toContain("Tolak pendaftaran Budi Santoso, S.Kom. tanpa alasan? Penolakan tidak dapat dibatalkan");
    // Nothing is decided before the confirmation.
    expect((await budi()).status).toBe("pending");
    // Changing one's mind: the question again, and a reason typed then is used as usual.
    expect(await h.say("press Tulis alasan")).toContain("Tuliskan alasan penolakan pendaftaran");
    await h.run("press Tolak tanpa alasan");
    const done = await h.say("press Ya, tolak tanpa alasan");
    expect(done).toContain("Pendaftaran Budi Santoso, S.Kom. ditolak tanpa alasan.");
    expect(done).toContain("[bot -> 2001] Mohon maaf, pendaftaran Bapak/Ibu Budi Santoso, S.Kom. belum dapat disetujui.");
    expect(done).not.toContain("Alasan:");
    expect(await budi()).toMatchObject({ status: "rejected", rejectionReason: null });
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "registration.rejected" } });
    expect(audit.actorTelegramId).toBe(1001n);
  });

  it("labels the pending list's approve buttons with the name and the applicant's id, so a renumbered list cannot approve someone else", async () => {
    const { members } = h.created.services;
    const longName = "Raden Mas Bagus Hadiningrat Wicaksono Putro, S.Kom.";
    const raden = await registerMember(h.db, members, { telegramId: 2005n, fullName: longName });
    const budiId = (await budi()).id;
    await h.run("as 1001", "/admin", "press Pendaftaran menunggu");
    const list = h.standIn.lastMessageWithKeyboard(1001)!;
    const approveButtons = list.buttons.flat().filter((b) => b.callbackData?.startsWith("adm:approvelist:"));
    expect(approveButtons.map((b) => b.callbackData)).toEqual([`adm:approvelist:${budiId}:0`, `adm:approvelist:${raden.id}:0`]);
    expect(approveButtons[0]!.text).toBe("1. ✅ Setujui Budi Santoso, S.Kom.");
    // A long name is cut to fit, with "…".
    expect(approveButtons[1]!.text).toBe(`2. ✅ Setujui ${cutGraphemes(longName, APPROVE_NAME_MAX)}`);
    expect(approveButtons[1]!.text).toContain("…");

    // Budi is rejected elsewhere; the old list's first button still means Budi, never Raden.
    await members.reject(budiId, { memberId: null, telegramId: 1002n }, "Data tidak lengkap");
    const stale = await h.say("press 1. ✅ Setujui");
    expect(stale).toContain("sudah diproses sebelumnya");
    expect((await h.db.member.findUniqueOrThrow({ where: { id: raden.id } })).status).toBe("pending");
    expect((await budi()).status).toBe("rejected");
    // Raden's own button approves Raden.
    await h.run("press 2. ✅ Setujui");
    expect((await h.db.member.findUniqueOrThrow({ where: { id: raden.id } })).status).toBe("approved");
  });

  it("answers the second of two admins who press for the same registration", async () => {
    await h.run("as 1002 Sekretariat Dua");
    await secondAdmin(h);
    const id = (await budi()).id;
    await h.run("as 1001", "press Setujui");
    const second = await pressForged(h, { id: 1002, first_name: "Sekretariat Dua" }, `adm:approve:${id}`);
    expect(second?.text).toContain("sudah diproses sebelumnya oleh Admin (status: aktif)");
    expect(await h.db.auditLog.count({ where: { action: "registration.approved" } })).toBe(1);
  });

  it("checks the admin's role again when the reason is typed, not only when the button was pressed", async () => {
    const dua = await secondAdmin(h);
    await h.run("as 1001", "press Setujui");
    await pressForged(h, { id: 1002, first_name: "Sekretariat Dua" }, `adm:suspend:${(await budi()).id}`);
    await h.db.member.update({ where: { id: dua.id }, data: { role: "member" } });
    // Refused, in words: by the check at the moment of the change, or, once flows end on a role
    // change (issue 13, src/bot/flows.ts), by the flow ending with what changed.
    expect(await h.say("as 1002 Sekretariat Dua", "Tidak lagi bertugas")).toMatch(
      /hanya untuk admin|Peran Bapak\/Ibu berubah dari Admin sekretariat menjadi Anggota sejak proses ini dimulai/,
    );
    expect((await budi()).status).toBe("approved");
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
    // Members are led to the main menu, where an admin also finds the secretariat's screens.
    expect(await h.say("as 1001", "/bantuan")).toContain("Buka menu utama");
    expect(await h.say("/menu")).toContain("🏛️ Sekretariat");
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
    expect(promoted).toContain("[bot -> 2001] Bapak/Ibu Budi Santoso, S.Kom. kini menjadi koordinator Pokja Kebijakan.");
    expect(promoted).toContain("✅ Kebijakan");
    expect((await budi()).role).toBe("coordinator");
    await h.run("/admin", "press Cari anggota", "budi", "press Budi Santoso");

    expect(await h.say("press Tangguhkan")).toContain("Tuliskan alasan penangguhan");
    const suspended = await h.say("Sudah tidak bertugas di Diskominfo");
    expect(suspended).toContain("[bot -> 2001]");
    expect(suspended).toContain("ditangguhkan");
    // Coordinating ends with the suspension; the pokja's requests now go to the admins.
    expect(suspended).toContain("Tugas koordinator Kebijakan berakhir bersama penangguhan ini.");
    expect(suspended).toContain("Pokja berikut kini tidak memiliki koordinator: Kebijakan.");
    expect(await h.say("as 2001", "/start")).toContain("sedang ditangguhkan");
    await h.run("as 1001", "/admin", "press Cari anggota", "budi", "press Budi Santoso");
    const reinstated = await h.say("press Pulihkan");
    expect(reinstated).toContain("dipulihkan");
    expect(reinstated).toContain("Tugas koordinator yang berakhir saat penangguhan (Kebijakan) tidak ikut dipulihkan");
    expect(await budi()).toMatchObject({ status: "approved", role: "member" });
    const actions = (await h.db.auditLog.findMany({ where: { targetMemberId: (await budi()).id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "registration.submitted",
      "registration.approved",
      "pokja.coordinator_assigned",
      "member.suspended",
      "pokja.coordinator_removed",
      "member.reinstated",
    ]);
    // The admin commands menu in Telegram is scoped to admins' chats.
    expect(h.standIn.calls("setMyCommands").length + h.standIn.calls("deleteMyCommands").length).toBeGreaterThan(0);
  });
});

describe("an admin named in ADMIN_TELEGRAM_IDS who never registered", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("is a complete member from the first message: real answers to /start, /rapat, /profil and /usul", async () => {
    const start = await h.say("as 1001 Rina Wulandari", "/start");
    expect(start).toContain("Selamat datang kembali, Bapak/Ibu Rina Wulandari!");
    expect(start).toContain("Status: anggota aktif (Admin sekretariat)");
    expect(start).toContain("Profil Bapak/Ibu dibuat otomatis"); // and may be corrected in /profil
    // The main menu with the admin's own tools.
    expect(start).toContain("[7] 📝 Tinjau usulan  [8] 🗓️ Jadwalkan rapat");
    expect(start).toContain("[9] 📣 Siaran  [10] 🏛️ Sekretariat");
    expect(await h.say("/rapat")).toContain("Tidak ada rapat yang akan datang");
    // Sent from a group to the private chat for a private-only command, they are told how to go on.
    expect(await h.say("/start rapat")).toContain("Silakan lanjutkan dengan mengetik /rapat di sini.");
    const profile = await h.say("/profil");
    expect(profile).toContain("Instansi: Sekretariat Forum Kominfo");
    expect(profile).toContain("Ubah nama");
    expect(await h.say("/usul")).toContain("Usulan ini untuk pokja mana?");
    await h.run("/batal");
    // Correcting the record made from the Telegram name.
    await h.run("/profil", "press Ubah jabatan");
    expect(await h.say("Kepala Sekretariat Forum")).toContain("Profil Bapak/Ibu telah diperbarui");

    const member = await h.db.member.findUniqueOrThrow({ where: { telegramId: 1001n }, include: { agency: true } });
    expect(member).toMatchObject({ fullName: "Rina Wulandari", status: "approved", role: "admin", position: "Kepala Sekretariat Forum" });
    expect(member.agency.code).toBe("FORUM-SEKRETARIAT");
    const audit = await h.db.auditLog.findMany({ where: { targetMemberId: member.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["registration.auto_approved_admin", "member.profile_updated"]);
    expect(await h.db.member.count()).toBe(1);
  });
});

describe("admin buttons", () => {
  it("carry a search query as its search words, within the size of callback data", () => {
    const data = ADMIN_BUTTONS.searchPage.pack({ page: 2, query: queryToken("Dinas Kominfo: Kota Bandung!") });
    expect(data).toBe("adm:find:2:dinas_kominfo_kota_bandung");
    expect(queryOfToken(ADMIN_BUTTONS.searchPage.unpack(data)!.query)).toBe("dinas kominfo kota bandung");
    expect(queryOfToken(queryToken("1985 0312.2010"))).toBe("1985 0312 2010"); // a NIP is still searched as one
    expect(Buffer.byteLength(ADMIN_BUTTONS.searchPage.pack({ page: 999, query: queryToken("Sekretariat ".repeat(10)) }))).toBeLessThanOrEqual(64);
    expect(queryToken("!!")).toBe("_");
  });

  it("refuse forged data: roles an admin does not set directly, ids that are not ids", () => {
    expect(ADMIN_BUTTONS.role.unpack("adm:role:5:coordinator")).toBeNull();
    expect(ADMIN_BUTTONS.approve.unpack("adm:approve:0")).toBeNull();
    expect(ADMIN_BUTTONS.approve.unpack("adm:approve:99999999999999999999")).toBeNull();
    // Beyond PostgreSQL's integer: no row can have it.
    expect(ADMIN_BUTTONS.approve.unpack("adm:approve:2147483648")).toBeNull();
    expect(ADMIN_BUTTONS.approve.unpack("adm:approve:2147483647")).not.toBeNull();
  });
});

describe("approve button labels", () => {
  it("cut names by grapheme, never inside a letter and its accent", () => {
    const accented = "e\u0301".repeat(40);
    const cut = cutGraphemes(accented, 28);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).toBe(`${"e\u0301".repeat(27)}…`);
    expect(cutGraphemes("Budi Santoso", 28)).toBe("Budi Santoso");
  });
});
