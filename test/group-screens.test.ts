// A pokja's Telegram group: /rapat, /tugas, /start, /menu and /bantuan answer with what is fit for
// the group (times in WIB, WITA and WIT side by side); personal commands get a button to the
// private chat; a group that is not linked is told how to link it; /putuskan asks first.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALL_COMMANDS } from "../src/bot/features.js";
import { isOverdue } from "../src/spbe-tasks/task-service.js";
import { approvedMember, createHarness, kebijakanPokja, type Harness } from "./support/bot-harness.js";

const LINKED = -1001234567890;
const UNLINKED = -1009876543210;
const HOW_TO_LINK = "Grup ini belum terhubung dengan pokja mana pun";

describe("a linked pokja group", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness(); // Monday 30 November 2026, 09.00 WIB
    // Budi (WIB) coordinates Pokja Kebijakan; Siti is in WITA, Andi in WIT.
    const { andi } = await kebijakanPokja(h);
    await h.db.member.update({ where: { id: andi.id }, data: { timezone: "Asia/Jayapura" } });
    await h.run("as 2001 Budi", `in group ${LINKED} Pokja Kebijakan`, "/hubungkan", "press Kebijakan");
  });
  afterEach(async () => {
    await h.dispose();
  });

  async function meeting(over: { pokjaId?: number; title: string; startsAt: string; place?: string | null; onlineUrl?: string | null }) {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    const created = await h.created.services.meetings.create({
      pokjaId: over.pokjaId ?? 1,
      title: over.title,
      agenda: "Agenda",
      startsAt: new Date(over.startsAt),
      durationMinutes: 60,
      timezone: "Asia/Jakarta",
      place: over.place ?? null,
      onlineUrl: over.onlineUrl ?? null,
      reminderOffsets: [60],
      createdById: budi.id,
      createdByName: "Budi Santoso",
    });
    return created.meeting;
  }

  /** The bot's last message in the group. */
  const lastInGroup = () => h.standIn.lastMessage(LINKED)!;

  it("lists the pokja's coming meetings with times in WIB, WITA and WIT, and keeps online links for invitees", async () => {
    expect(await h.say("as 2002 Siti", `in group ${LINKED}`, "/rapat")).toContain("Belum ada rapat Pokja Kebijakan yang dijadwalkan.");

    await meeting({ title: "Rapat Pleno Kebijakan", startsAt: "2026-12-14T02:00:00Z", place: "Ruang Rapat Lt. 3" });
    await meeting({ title: "Rapat Koordinasi Desember", startsAt: "2026-12-07T02:00:00Z", place: null, onlineUrl: "https://zoom.us/j/rahasia" });
    const cancelled = await meeting({ title: "Rapat yang dibatalkan", startsAt: "2026-12-08T02:00:00Z" });
    await h.db.meeting.update({ where: { id: cancelled.id }, data: { status: "cancelled" } });
    await meeting({ pokjaId: 2, title: "Rapat pokja lain", startsAt: "2026-12-09T02:00:00Z" });
    await meeting({ title: "Rapat yang sudah lewat", startsAt: "2026-11-30T00:00:00Z" });

    // Siti (WITA) asks; everyone reads all three zones.
    await h.run("/rapat");
    const list = lastInGroup();
    expect(list.text).toBe(
      [
        "Rapat Pokja Kebijakan yang akan datang",
        "",
        "1. Rapat Koordinasi Desember",
        "🕘 Senin, 7 Desember 2026 pukul 09.00 WIB / 10.00 WITA / 11.00 WIT",
        "🔗 Daring: tautan rapat dikirim kepada anggota yang diundang melalui percakapan pribadi.",
        "",
        "2. Rapat Pleno Kebijakan",
        "🕘 Senin, 14 Desember 2026 pukul 09.00 WIB / 10.00 WITA / 11.00 WIT",
        "📍 Ruang Rapat Lt. 3",
        "",
        "Jawaban kehadiran, agenda lengkap, dan berkas kalender tersedia di percakapan pribadi dengan bot.",
      ].join("\n"),
    );
    expect(list.rawText).not.toContain("zoom.us");
    // No RSVP buttons in the group: one button, to the private chat, going on with /rapat there.
    expect(list.buttons.flat()).toEqual([{ text: "💬 Buka percakapan pribadi", url: `https://t.me/${h.standIn.botUser.username}?start=rapat` }]);

    // Andi (WIT) and someone who is not registered at all see the same list.
    await h.run("as 2003 Andi", `in group ${LINKED}`, "/rapat");
    expect(lastInGroup().text).toBe(list.text);
    await h.run("as 3005 Tamu", `in group ${LINKED}`, "/rapat");
    expect(lastInGroup().text).toBe(list.text);
  });

  it("shows the pokja's task summary and chart, counted from its own tasks only", async () => {
    const now = new Date("2026-11-30T02:00:00Z");
    const own = await h.db.spbeTask.findMany({ where: { pokjaId: 1 } });
    expect(own.length).toBeGreaterThan(0);
    expect(await h.db.spbeTask.count({ where: { NOT: { pokjaId: 1 } } })).toBeGreaterThan(0);
    const count = (status: string) => own.filter((t) => t.status === status).length;
    const average = Math.round(own.reduce((n, t) => n + t.progress, 0) / own.length);
    const overdue = own.filter((t) => isOverdue(t, now)).length;

    const out = await h.say("as 2003 Andi", `in group ${LINKED}`, "/tugas");
    expect(out).toContain(`[bot -> ${LINKED} Pokja Kebijakan] [foto] tugas-spbe-pokja.png`);
    const summary = lastInGroup();
    expect(summary.text).toContain("Tugas SPBE Pokja Kebijakan (per 30 November 2026)");
    expect(summary.text).toContain(`Jumlah tugas: ${own.length}`);
    expect(summary.text).toContain(
      `Belum dimulai ${count("belum_dimulai")} · berjalan ${count("berjalan")} · selesai ${count("selesai")} · ditunda ${count("ditunda")}`,
    );
    expect(summary.text).toContain(`Terlambat: ${overdue} · rata-rata progres ${average}`);
    expect(summary.buttons.flat()).toEqual([{ text: "💬 Buka percakapan pribadi", url: `https://t.me/${h.standIn.botUser.username}?start=tugas` }]);
    // The chart is a real PNG.
    const photo = h.standIn.messagesIn(LINKED).find((m) => m.type === "photo")!;
    const bytes = h.standIn.getStoredFile(photo.fileId!)!.bytes!;
    expect(Buffer.from(bytes.slice(1, 4)).toString("ascii")).toBe("PNG");
  });

  it("says so when the pokja has no tasks, without a chart", async () => {
    await h.db.spbeTask.updateMany({ where: { pokjaId: 1 }, data: { pokjaId: null } });
    expect(await h.say("as 2002 Siti", `in group ${LINKED}`, "/tugas")).toContain("Belum ada tugas SPBE yang ditangani Pokja Kebijakan.");
    expect(h.standIn.messagesIn(LINKED).some((m) => m.type === "photo")).toBe(false);
  });

  it("says what works in the group on /start, /menu and /bantuan, not the private-only answer", async () => {
    for (const command of ["/start", "/menu"]) {
      await h.run("as 2002 Siti", `in group ${LINKED}`, command);
      const help = lastInGroup();
      expect(help.text).toContain("Forum Kominfo Bot di grup Pokja Kebijakan");
      expect(help.text).toContain("/rapat — rapat Pokja Kebijakan yang akan datang (waktu dalam WIB, WITA, dan WIT)");
      expect(help.text).not.toContain("digunakan dalam percakapan pribadi");
      expect(help.buttons.flat()[0]?.url).toBe(`https://t.me/${h.standIn.botUser.username}?start=menu`);
    }
    // Someone not registered gets the same, not their registration status.
    await h.run("as 3005 Tamu", `in group ${LINKED}`, "/start");
    expect(lastInGroup().text).toContain("Forum Kominfo Bot di grup Pokja Kebijakan");
    const bantuan = await h.say("/bantuan");
    expect(bantuan).toContain("/rapat");
    expect(bantuan).toContain("/tugas");
  });

  it("answers every personal command with a button that opens the private chat", async () => {
    // /batal is the bot's own, answered before the gate (nothing to cancel in a group).
    const personal = ALL_COMMANDS.filter((c) => !c.chats.includes("group") && !ALL_COMMANDS.some((d) => d.command === c.command && d.chats.includes("group")));
    const names = personal.map((c) => c.command).filter((c) => c !== "batal");
    expect(names).toEqual(expect.arrayContaining(["profil", "usul", "pokja", "rapat_baru"]));
    for (const name of names) {
      await h.run("as 2002 Siti", `in group ${LINKED}`, `/${name}`);
      const answer = lastInGroup();
      expect(answer.text, name).toBe(`Perintah /${name} digunakan dalam percakapan pribadi dengan bot. Silakan tekan tombol di bawah ini.`);
      expect(answer.buttons.flat()[0]?.url, name).toBe(`https://t.me/${h.standIn.botUser.username}?start=${name}`);
    }
    // The same from someone who is not registered, and in a group that is not linked.
    await h.run("as 3005 Tamu", `in group ${UNLINKED} Grup Lain`, "/profil");
    expect(h.standIn.lastMessage(UNLINKED)!.buttons.flat()[0]?.url).toBe(`https://t.me/${h.standIn.botUser.username}?start=profil`);
  });

  it("asks before /putuskan unlinks: cancel keeps the link, confirm unlinks, others cannot press", async () => {
    await approvedMember(h, 2009, "Rina Admin Grup");
    const ask = await h.say("as 2001 Budi", `in group ${LINKED}`, "/putuskan");
    expect(ask).toContain("Putuskan grup ini dari Pokja Kebijakan?");
    expect(lastInGroup().buttons.flat().map((b) => b.text)).toEqual(["Ya, putuskan", "Batal"]);
    expect(await h.db.pokjaGroup.count()).toBe(1);

    expect(await h.say("press Batal")).toContain("Grup ini tetap terhubung dengan Pokja Kebijakan.");
    expect(await h.db.pokjaGroup.count()).toBe(1);

    await h.run("/putuskan");
    // A member who is a group admin but coordinates nothing cannot confirm it for Budi.
    await h.run("as 2009 Rina", `in group ${LINKED}`, "group admin");
    expect(await h.say("press Ya, putuskan")).toContain("hanya untuk koordinator pokja dan admin sekretariat");
    expect(await h.db.pokjaGroup.count()).toBe(1);

    expect(await h.say("as 2001 Budi", `in group ${LINKED}`, "press Ya, putuskan")).toContain("Grup ini tidak lagi terhubung dengan Pokja Kebijakan.");
    expect(await h.db.pokjaGroup.count()).toBe(0);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "pokja.group_unlinked" } });
    expect(JSON.parse(audit.details)).toMatchObject({ reason: "command" });
    expect(await h.say("/rapat")).toContain(HOW_TO_LINK);
  });

  it("does not act on an old question once the group was relinked to another pokja", async () => {
    const infra = await h.db.pokja.findUniqueOrThrow({ where: { slug: "infrastruktur-aplikasi" } });
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    await h.created.services.pokja.assignCoordinator({ memberId: null, telegramId: 1001n }, infra.id, budi.id);
    await h.run("as 2001 Budi", `in group ${LINKED}`, "/putuskan");
    const question = lastInGroup();
    // Meanwhile the group is unlinked and linked to another pokja.
    await h.created.services.pokja.unlinkGroup(null, BigInt(LINKED), "command");
    await h.created.services.pokja.linkGroup({ memberId: budi.id, telegramId: 2001n }, infra.id, BigInt(LINKED), "Pokja Kebijakan");
    const confirm = question.buttons.flat().find((b) => b.text === "Ya, putuskan")!;
    await h.created.bot.handleUpdate(
      h.standIn.userPressesButton({ id: 2001, is_bot: false, first_name: "Budi" }, LINKED, question.messageId, confirm.callbackData!),
    );
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("Pertanyaan ini sudah tidak berlaku");
    expect((await h.db.pokjaGroup.findFirstOrThrow()).pokjaId).toBe(infra.id);
  });
});

describe("a group that is not linked", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await kebijakanPokja(h);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("says how to link it on each group command, to members and strangers alike", async () => {
    await h.run("as 2002 Siti", `in group ${UNLINKED} Paguyuban Kominfo`);
    for (const command of ["/rapat", "/tugas", "/start", "/menu"]) {
      await h.run(command);
      const answer = h.standIn.lastMessage(UNLINKED)!;
      expect(answer.text, command).toContain(`${HOW_TO_LINK}, sehingga bot belum dapat menampilkan rapat dan tugas pokja di sini.`);
      expect(answer.text, command).toContain("admin grup yang juga koordinator pokja atau admin sekretariat mengetik /hubungkan di grup ini");
    }
    await h.run("as 3005 Tamu", `in group ${UNLINKED}`, "/rapat");
    expect(h.standIn.lastMessage(UNLINKED)!.text).toContain(HOW_TO_LINK);
    // Nothing was sent as a photo: no chart for a group without a pokja.
    expect(h.standIn.messagesIn(UNLINKED).some((m) => m.type === "photo")).toBe(false);
  });

  it("/putuskan there says it is not linked, and asks nothing", async () => {
    await h.run("as 2001 Budi", `in group ${UNLINKED} Paguyuban Kominfo`, "/putuskan");
    const answer = h.standIn.lastMessage(UNLINKED)!;
    expect(answer.text).toBe("Grup ini belum terhubung dengan pokja mana pun.");
    expect(answer.buttons).toEqual([]);
  });
});
