import { afterEach, describe, expect, it } from "vitest";
import { BUDI_UNTIL_SUMMARY, createHarness, pressForged, type Harness } from "./support/bot-harness.js";

const NIP = "198503122010011003";
const PHONE = "+628120002001";

describe("/profil: Lewati erases NIP and phone", () => {
  let h: Harness;
  afterEach(async () => {
    await h.dispose();
  });

  it.each([
    ["nip", "press Ubah NIP", "NIP Bapak/Ibu telah dihapus"],
    ["phone", "press Ubah telepon", "Nomor telepon Bapak/Ibu telah dihapus"],
  ] as const)("erases the stored %s and audits it without values", async (field, button, reply) => {
    h = await createHarness();
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "as 1001", "press Setujui", "as 2001", "/profil", button);
    expect(await h.say(field === "nip" ? "press Lewati" : "Lewati")).toContain(reply);
    const member = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    expect(member[field]).toBeNull();
    expect(member[field === "nip" ? "phone" : "nip"]).toBe(field === "nip" ? PHONE : NIP);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "member.profile_updated" }, orderBy: { id: "desc" } });
    const details = String(audit.details);
    expect(JSON.parse(details)).toMatchObject({ erased: [field], [field]: { from: "***", to: null } });
    expect(details).not.toContain(NIP);
    expect(details).not.toContain(PHONE);
    expect(details).not.toContain("8120002001");
    // Lewati again: nothing left to erase.
    await h.run("/profil", button);
    expect(await h.say(field === "nip" ? "press Lewati" : "Lewati")).toContain("tidak ada yang diubah");
  });
});

describe("/profil while the registration awaits approval", () => {
  let h: Harness;
  afterEach(async () => {
    await h.dispose();
  });

  it("sends the admins the changed application; the old notice approves the applicant as now shown", async () => {
    h = await createHarness();
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim");
    const first = h.standIn.lastMessageWithKeyboard(1001)!;
    expect(first.text).toContain("Pendaftaran baru menunggu persetujuan");
    expect(first.text).toContain("Dinas Komunikasi dan Informatika Kota Surabaya");

    await h.run("/profil", "press Ubah instansi", "jawa timur");
    const list = h.standIn.lastMessageWithKeyboard(2001)!;
    const other = list.buttons.flat().find((b) => b.callbackData && !b.text.includes("Kota Surabaya") && /^(Dinas|Badan)/.test(b.text))!;
    expect(await h.say(`press ${other.text}`)).toContain("Admin sekretariat telah menerima data terbaru");
    await h.run("/profil", "press Ubah nama");
    expect(await h.say("Budi Hartono")).toContain("Admin sekretariat telah menerima data terbaru");

    const member = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n }, include: { agency: true } });
    expect(member.agency.name).toBe(other.text);
    const latest = h.standIn.lastMessageWithKeyboard(1001)!;
    expect(latest.messageId).not.toBe(first.messageId);
    expect(latest.text).toContain("Pendaftar mengubah data pendaftarannya");
    expect(latest.text).toContain("Budi Hartono");
    expect(latest.text).toContain(other.text);
    expect(latest.buttons.flat().map((b) => b.callbackData)).toEqual([`adm:approve:${member.id}`, `adm:reject:${member.id}`]);

    // The admin presses Setujui on the first notice: it now shows the applicant as approved.
    await pressForged(h, { id: 1001, first_name: "Admin" }, `adm:approve:${member.id}`, first.messageId);
    const approved = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n }, include: { agency: true } });
    expect(approved).toMatchObject({ status: "approved", fullName: "Budi Hartono" });
    const old = h.standIn.botMessage(1001, first.messageId)!;
    expect(old.text).toContain("Budi Hartono");
    expect(old.text).toContain(other.text);
    expect(old.text).not.toContain("Budi Santoso");
  });

  it("sends nothing new to admins when an approved member edits", async () => {
    h = await createHarness();
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "as 1001", "press Setujui", "as 2001");
    const before = h.standIn.lastMessageWithKeyboard(1001)?.messageId;
    await h.run("/profil", "press Ubah nama");
    expect(await h.say("Budi Hartono")).toContain("Profil Bapak/Ibu telah diperbarui");
    expect(h.standIn.lastMessageWithKeyboard(1001)?.messageId).toBe(before);
  });
});
