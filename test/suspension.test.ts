// Suspension ends coordinator duties (join requests then go to the admins) and takes the member out
// of the pokja's linked Telegram groups; leaving a pokja does the same when its coordinators chose
// so. The real bot against the Bot API stand-in, which records every ban and unban and answers as
// Telegram does: a ban needs the bot to be a group admin, and leaves the member "kicked" until the
// unban makes them "left" (out, yet free to be invited again).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvedMember, createHarness, kebijakanPokja, pressForged, type Harness } from "./support/bot-harness.js";
import { removeOnLeaveButton } from "../src/pokja/pokja-buttons.js";

const admin = { memberId: null, telegramId: 1001n };
const GROUP_A = -1001111111111;
const GROUP_B = -1002222222222;
const GROUP_C = -1003333333333;

/** A supergroup linked to the pokja, with the bot as its admin. */
async function linkedGroup(h: Harness, chatId: number, title: string, pokjaId: number) {
  h.standIn.registerChat({ id: chatId, type: "supergroup", title });
  h.standIn.setChatMemberStatus(chatId, h.standIn.botUser.id, "administrator");
  const linked = await h.created.services.pokja.linkGroup(admin, pokjaId, BigInt(chatId), title);
  if (!linked.ok) throw new Error("could not link");
}

/**
 * Bans and unbans the bot asked for, in order: "ban <chat> <user>", "unban <chat> <user> only_if_banned",
 * with " refused" where Telegram (the stand-in) said no.
 */
function bansAndUnbans(h: Harness) {
  return h.standIn
    .calls()
    .filter((c) => c.method === "banChatMember" || c.method === "unbanChatMember")
    .map((c) => {
      const p = c.params as { chat_id: number; user_id: number; only_if_banned?: boolean };
      const verb = c.method === "banChatMember" ? "ban" : "unban";
      return `${verb} ${p.chat_id} ${p.user_id}${p.only_if_banned ? " only_if_banned" : ""}${c.response?.ok === false ? " refused" : ""}`;
    });
}

/** The user's status in the group, as Telegram (the stand-in) now has it. */
async function statusIn(h: Harness, chatId: number, userId: number): Promise<string> {
  return (await h.created.bot.api.getChatMember(chatId, userId)).status;
}

const SUSPEND_BUDI = ["as 1001", "/admin", "press Cari anggota", "budi", "press Budi Santoso", "press Tangguhkan", "Sudah tidak bertugas di Diskominfo"];

describe("suspending a coordinator", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("ends their duties: requests, waiting and new, go to the admins; they get nothing and are listed nowhere", async () => {
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    await approvedMember(h, 2002, "Siti Rahayu", "73.71");
    await approvedMember(h, 2003, "Andi Wijaya");
    const { pokja } = h.created.services;
    const data = await h.db.pokja.findUniqueOrThrow({ where: { slug: "data-informasi" } });
    await pokja.update(admin, data.id, { isOpen: false });
    await pokja.assignCoordinator(admin, data.id, budi.id);
    expect(await h.say("as 2002 Siti", "/pokja", "press Ajukan bergabung")).toContain("[bot -> 2001] 📨 Permintaan bergabung Pokja Data dan Informasi");

    const suspended = await h.say(...SUSPEND_BUDI);
    expect(suspended).toContain("Keanggotaan Budi Santoso ditangguhkan.");
    expect(suspended).toContain("Tugas koordinator Data dan Informasi berakhir bersama penangguhan ini.");
    expect(suspended).toContain("Pokja berikut kini tidak memiliki koordinator: Data dan Informasi.");
    // Siti's waiting request reaches the admins now.
    expect(suspended).toMatch(/\[bot -> 1001\] 📨 Permintaan bergabung Pokja Data dan Informasi\n\s*\n\s*Siti Rahayu/);

    const asked = await h.say("as 2003 Andi", "/pokja", "press Ajukan bergabung");
    expect(asked).toContain("[bot -> 1001] 📨 Permintaan bergabung Pokja Data dan Informasi");
    expect(asked).not.toContain("[bot -> 2001]");
    expect(h.standIn.messagesIn(2001).filter((m) => m.text.includes("Permintaan bergabung"))).toHaveLength(1);
    // The admins decide it from the notice.
    expect(await h.say("as 1001", "press Terima")).toContain("Permintaan Bapak/Ibu Andi Wijaya untuk bergabung dengan Pokja Data dan Informasi telah diterima.");

    // Listed nowhere; the role follows the appointments; each ended appointment is audited with its pokja.
    expect(await pokja.coordinators(data.id)).toEqual([]);
    expect(await h.db.pokjaCoordinator.count({ where: { memberId: budi.id } })).toBe(0);
    expect((await h.db.member.findUniqueOrThrow({ where: { id: budi.id } })).role).toBe("member");
    const ended = await h.db.auditLog.findFirstOrThrow({ where: { action: "pokja.coordinator_removed", targetMemberId: budi.id } });
    expect(ended).toMatchObject({ pokjaId: data.id, actorTelegramId: 1001n });
    expect(JSON.parse(ended.details)).toEqual({ reason: "suspended" });
    expect(await h.say("as 1001", "/pokja", "press ℹ️ Data dan Informasi")).toContain("Koordinator: belum ada");

    // Reinstated as a member: the duties stay ended, and the admin is told so.
    const reinstated = await h.say("/admin", "press Cari anggota", "budi", "press Budi Santoso", "press Pulihkan");
    expect(reinstated).toContain("Tugas koordinator yang berakhir saat penangguhan (Data dan Informasi) tidak ikut dipulihkan");
    expect(await h.db.member.findUniqueOrThrow({ where: { id: budi.id } })).toMatchObject({ status: "approved", role: "member" });
    expect(await pokja.coordinators(data.id)).toEqual([]);
  });

  it("does not route requests to, or list, a suspended coordinator whose appointment an older record kept", async () => {
    const { budi } = await kebijakanPokja(h);
    await approvedMember(h, 2004, "Dewi Lestari");
    await h.created.services.pokja.update(admin, 1, { isOpen: false });
    // Suspended before suspensions ended appointments: the row is still there.
    await h.db.member.update({ where: { id: budi.id }, data: { status: "suspended", suspensionReason: "uji" } });
    expect(await h.db.pokjaCoordinator.count({ where: { memberId: budi.id } })).toBe(1);

    const asked = await h.say("as 2004 Dewi", "/pokja", "press Ajukan bergabung");
    expect(asked).toContain("[bot -> 1001] 📨 Permintaan bergabung Pokja Kebijakan");
    expect(asked).not.toContain("[bot -> 2001]");
    expect(await h.say("as 1001", "/pokja", "press ℹ️ Kebijakan")).toContain("Koordinator: belum ada");
    // Reinstating ends the leftover appointment rather than quietly giving it back.
    await h.created.services.members.reinstate(budi.id, admin);
    expect(await h.db.pokjaCoordinator.count({ where: { memberId: budi.id } })).toBe(0);
  });
});

describe("suspension and the linked Telegram groups", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    await h.created.services.pokja.join(budi, 1);
    await linkedGroup(h, GROUP_A, "Grup Kebijakan", 1);
    await linkedGroup(h, GROUP_B, "Diskusi Kebijakan", 1);
    await linkedGroup(h, GROUP_C, "Grup Infrastruktur", 2);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("removes the member from each linked group (ban, then unban so they may be invited again), audited per group", async () => {
    h.standIn.setChatMemberStatus(GROUP_C, 2001, "left");
    const suspended = await h.say(...SUSPEND_BUDI);
    expect(bansAndUnbans(h)).toEqual([
      `ban ${GROUP_A} 2001`,
      `unban ${GROUP_A} 2001 only_if_banned`,
      `ban ${GROUP_B} 2001`,
      `unban ${GROUP_B} 2001 only_if_banned`,
    ]);
    expect(suspended).toContain("Budi Santoso telah dikeluarkan dari grup Telegram Grup Kebijakan, Diskusi Kebijakan.");
    const audit = await h.db.auditLog.findMany({ where: { action: "pokja.group_member_removed" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.pokjaId, a.actorTelegramId, JSON.parse(a.details)])).toEqual([
      [1, 1001n, { chatId: String(GROUP_A), title: "Grup Kebijakan", outcome: "removed", reason: "suspended" }],
      [1, 1001n, { chatId: String(GROUP_B), title: "Diskusi Kebijakan", outcome: "removed", reason: "suspended" }],
      [2, 1001n, { chatId: String(GROUP_C), title: "Grup Infrastruktur", outcome: "not_member", reason: "suspended" }],
    ]);
    for (const a of audit) expect(a.details).not.toMatch(/Budi|2001/);
    // Out of both groups, yet not banned: an invitation brings them back.
    expect(await statusIn(h, GROUP_A, 2001)).toBe("left");
    expect(await statusIn(h, GROUP_B, 2001)).toBe("left");
    expect(await statusIn(h, GROUP_C, 2001)).toBe("left");
  });

  it("tells the admin where the bot lacks the right to remove, and suspends all the same", async () => {
    h.standIn.setChatMemberStatus(GROUP_B, h.standIn.botUser.id, "member");
    const suspended = await h.say(...SUSPEND_BUDI);
    expect(suspended).toContain("Keanggotaan Budi Santoso ditangguhkan.");
    expect(suspended).toContain(
      'Bot tidak dapat mengeluarkan Budi Santoso dari grup Diskusi Kebijakan karena bot belum menjadi admin grup dengan hak "Blokir pengguna".',
    );
    // Where it could, it did; where it could not, nothing more was tried.
    expect(bansAndUnbans(h)).toEqual([
      `ban ${GROUP_A} 2001`,
      `unban ${GROUP_A} 2001 only_if_banned`,
      `ban ${GROUP_B} 2001 refused`,
      `ban ${GROUP_C} 2001`,
      `unban ${GROUP_C} 2001 only_if_banned`,
    ]);
    expect(await statusIn(h, GROUP_A, 2001)).toBe("left");
    expect(await statusIn(h, GROUP_B, 2001)).toBe("member");
    expect(await statusIn(h, GROUP_C, 2001)).toBe("left");
    expect((await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } })).status).toBe("suspended");
    const refused = await h.db.auditLog.findFirstOrThrow({ where: { action: "pokja.group_member_removed", details: { contains: String(GROUP_B) } } });
    expect(JSON.parse(refused.details)).toMatchObject({ outcome: "no_rights" });
  });
});

describe("leaving a pokja and its linked groups", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await kebijakanPokja(h); // Budi coordinates Kebijakan; Siti and Andi are members
    await linkedGroup(h, GROUP_A, "Grup Kebijakan", 1);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("keeps the leaver in the group by default; removes them once the coordinator chose so", async () => {
    expect(await h.say("as 2002 Siti", "/pokja", "press Keluar", "press Ya, keluar")).toContain("Bapak/Ibu telah keluar dari Pokja Kebijakan.");
    expect(bansAndUnbans(h)).toEqual([]);

    const page = await h.say("as 2001 Budi", "/pokja", "press ℹ️ Kebijakan");
    expect(page).toContain("Anggota yang keluar dari pokja: tetap berada di grup Telegram pokja");
    const set = await h.say("press Keluarkan dari grup saat keluar pokja");
    expect(set).toContain("Anggota yang keluar dari pokja kini juga dikeluarkan dari grup Telegram pokja.");
    expect(set).toContain("Anggota yang keluar dari pokja: juga dikeluarkan dari grup Telegram pokja");
    expect((await h.db.pokja.findUniqueOrThrow({ where: { id: 1 } })).removeOnLeave).toBe(true);
    const setting = await h.db.auditLog.findFirstOrThrow({ where: { action: "pokja.updated", pokjaId: 1 }, orderBy: { id: "desc" } });
    expect(JSON.parse(setting.details)).toEqual({ removeOnLeave: { from: false, to: true } });

    const left = await h.say("as 2003 Andi", "/pokja", "press Keluar", "press Ya, keluar");
    expect(left).toContain("Bapak/Ibu telah keluar dari Pokja Kebijakan dan dari grup Telegram pokja tersebut.");
    expect(bansAndUnbans(h)).toEqual([`ban ${GROUP_A} 2003`, `unban ${GROUP_A} 2003 only_if_banned`]);
    expect(await statusIn(h, GROUP_A, 2003)).toBe("left");
    expect(await statusIn(h, GROUP_A, 2002)).toBe("member");
    const removal = await h.db.auditLog.findFirstOrThrow({ where: { action: "pokja.group_member_removed" } });
    expect(removal.actorTelegramId).toBe(2003n);
    expect(JSON.parse(removal.details)).toEqual({ chatId: String(GROUP_A), title: "Grup Kebijakan", outcome: "removed", reason: "left" });

    // Only those who manage the pokja change the choice.
    const siti = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2002n } });
    await h.created.services.pokja.assignCoordinator(admin, 2, siti.id);
    const forged = await pressForged(h, { id: 2002, first_name: "Siti" }, removeOnLeaveButton.pack({ pokjaId: 1, remove: "0" }));
    expect(forged?.text).toContain("hanya untuk koordinator pokja tersebut");
    expect((await h.db.pokja.findUniqueOrThrow({ where: { id: 1 } })).removeOnLeave).toBe(true);
  });

  it("tells the coordinator when the bot could not remove the leaver, and the leaver simply leaves", async () => {
    await h.created.services.pokja.update(admin, 1, { removeOnLeave: true });
    h.standIn.setChatMemberStatus(GROUP_A, h.standIn.botUser.id, "member");
    const left = await h.say("as 2002 Siti", "/pokja", "press Keluar", "press Ya, keluar");
    expect(left).toContain("Bapak/Ibu telah keluar dari Pokja Kebijakan.");
    expect(left).toContain("[bot -> 2001] Siti Rahayu telah keluar dari Pokja Kebijakan.");
    expect(left).toContain('Bot tidak dapat mengeluarkan Siti Rahayu dari grup Grup Kebijakan karena bot belum menjadi admin grup dengan hak "Blokir pengguna".');
    expect(await h.db.pokjaMembership.count({ where: { member: { telegramId: 2002n } } })).toBe(0);
    expect(bansAndUnbans(h)).toEqual([`ban ${GROUP_A} 2002 refused`]);
    expect(await statusIn(h, GROUP_A, 2002)).toBe("member");
  });
});
