import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvedMember, createHarness, pressForged, type Harness } from "./support/bot-harness.js";
import { acceptButton, directoryButton, memberCoordinationButton, modeButton, POKJA_BUTTONS } from "../src/pokja/pokja-buttons.js";

const GROUP = -1001234567890;
const admin = { memberId: null, telegramId: 1001n };

describe("pokja service", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  const pokjaBySlug = (slug: string) => h.db.pokja.findUniqueOrThrow({ where: { slug } });

  it("joins open pokja at once and moderated ones by request, decided once", async () => {
    const { pokja } = h.created.services;
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    const kebijakan = await pokjaBySlug("kebijakan");
    const data = await pokjaBySlug("data-informasi");
    await pokja.update(admin, data.id, { isOpen: false });

    expect(await pokja.join(budi, kebijakan.id)).toMatchObject({ ok: true, status: "active" });
    expect(await pokja.join(budi, kebijakan.id)).toEqual({ ok: false, reason: "already_member" });
    expect(await pokja.join(budi, data.id)).toMatchObject({ ok: true, status: "requested" });
    expect(await pokja.join(budi, data.id)).toEqual({ ok: false, reason: "already_requested" });

    const overview = await pokja.list(budi.id);
    expect(overview.map((p) => [p.slug, p.myStatus, p.memberCount, p.requestCount])).toEqual([
      ["kebijakan", "active", 1, 0],
      ["infrastruktur-aplikasi", null, 0, 0],
      ["data-informasi", "requested", 0, 1],
    ]);
    expect(await pokja.decide(admin, data.id, budi.id, true)).toMatchObject({ ok: true, accepted: true });
    expect(await pokja.decide(admin, data.id, budi.id, false)).toEqual({ ok: false, reason: "not_pending" });
    expect(await pokja.leave(budi, kebijakan.id)).toEqual({ ok: true });
    expect(await pokja.leave(budi, kebijakan.id)).toEqual({ ok: false, reason: "not_member" });
    const actions = (await h.db.auditLog.findMany({ where: { pokjaId: { not: null } }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["pokja.updated", "pokja.joined", "pokja.join_requested", "pokja.join_accepted", "pokja.left"]);

    const pending = await h.db.member.create({
      data: { ...(({ id: _id, agency: _a, createdAt: _c, updatedAt: _u, ...rest }) => rest)(budi), telegramId: 2999n, status: "pending" },
      include: { agency: true },
    });
    expect(await pokja.join(pending, kebijakan.id)).toEqual({ ok: false, reason: "not_approved" });
  });

  it("keeps the coordinator role in step with the appointments", async () => {
    const { pokja } = h.created.services;
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    const [kebijakan, infra] = [await pokjaBySlug("kebijakan"), await pokjaBySlug("infrastruktur-aplikasi")];
    const role = async () => (await h.db.member.findUniqueOrThrow({ where: { id: budi.id } })).role;

    await pokja.assignCoordinator(admin, kebijakan.id, budi.id);
    await pokja.assignCoordinator(admin, infra.id, budi.id);
    expect(await role()).toBe("coordinator");
    // A coordinator is a member of the pokja they coordinate.
    expect((await pokja.list(budi.id)).filter((p) => p.myStatus === "active").map((p) => p.slug)).toEqual([
      "kebijakan",
      "infrastruktur-aplikasi",
    ]);
    await pokja.removeCoordinator(admin, kebijakan.id, budi.id);
    expect(await role()).toBe("coordinator");
    await pokja.leave(budi, infra.id); // leaving ends the last appointment too
    expect(await role()).toBe("member");
    expect(await pokja.coordinators(infra.id)).toEqual([]);
  });

  it("pages the directory 20 at a time and groups it by province", async () => {
    const { pokja } = h.created.services;
    const kebijakan = await pokjaBySlug("kebijakan");
    const agencies = ["35.78", "73.71", "31.71", "KOMINFO-LAIP", "91.71"];
    for (let i = 0; i < 25; i++) {
      const m = await approvedMember(h, 3000 + i, `Anggota ${String.fromCharCode(65 + i)}`, agencies[i % agencies.length]);
      await pokja.join(m, kebijakan.id);
    }
    const first = await pokja.directoryPage(kebijakan.id, 0, false);
    expect(first).toMatchObject({ total: 25, page: 0, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]?.fullName).toBe("Anggota A");
    const second = await pokja.directoryPage(kebijakan.id, 1, false);
    expect(second.items.map((e) => e.fullName)).toEqual(["Anggota U", "Anggota V", "Anggota W", "Anggota X", "Anggota Y"]);
    const byProvince = await pokja.directoryPage(kebijakan.id, 0, true);
    const provinces = byProvince.items.map((e) => e.provinceName ?? "");
    expect(provinces).toEqual([...provinces].sort((a, b) => a.localeCompare(b, "id")));
  });

  it("links a group to one pokja, follows a supergroup upgrade, and unlinks", async () => {
    const { pokja } = h.created.services;
    const kebijakan = await pokjaBySlug("kebijakan");
    const infra = await pokjaBySlug("infrastruktur-aplikasi");
    expect(await pokja.linkGroup(admin, kebijakan.id, -4001n, "Grup Kebijakan")).toMatchObject({ ok: true });
    expect(await pokja.linkGroup(admin, infra.id, -4001n, "Grup Kebijakan")).toEqual({
      ok: false,
      reason: "already_linked",
      pokjaName: "Kebijakan",
    });
    await pokja.migrateGroup(-4001n, -1004001n);
    expect(await pokja.groupByChat(-4001n)).toBeNull();
    expect((await pokja.groupByChat(-1004001n))?.pokjaId).toBe(kebijakan.id);
    expect((await pokja.unlinkGroup(null, -1004001n, "bot_removed"))?.title).toBe("Grup Kebijakan");
    expect(await pokja.groupsOf(kebijakan.id)).toEqual([]);
  });
});

describe("pokja in the bot", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("lists pokja, joins two and leaves one with confirmation", async () => {
    await approvedMember(h, 2001, "Budi Santoso");
    const list = await h.say("as 2001 Budi", "/pokja");
    expect(list).toContain("Kebijakan · terbuka · 0 anggota");
    await h.run("press Gabung");
    const second = await h.say("press Gabung");
    expect(second).toContain("Bapak/Ibu kini menjadi anggota Pokja Infrastruktur dan Aplikasi.");
    expect(second).toContain("Infrastruktur dan Aplikasi · terbuka · 1 anggota");
    expect(await h.say("press Keluar")).toContain("Apakah Bapak/Ibu yakin ingin keluar dari Pokja Kebijakan?");
    expect(await h.say("press Ya, keluar")).toContain("Bapak/Ibu telah keluar dari Pokja Kebijakan.");
    const memberships = await h.db.pokjaMembership.findMany({ include: { pokja: true } });
    expect(memberships.map((m) => m.pokja.slug)).toEqual(["infrastruktur-aplikasi"]);
  });

  it("sends requests for a moderated pokja to its coordinators, and re-checks them at every press", async () => {
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    await approvedMember(h, 2002, "Siti Rahayu", "73.71");
    const { pokja } = h.created.services;
    const data = await h.db.pokja.findUniqueOrThrow({ where: { slug: "data-informasi" } });
    await pokja.update(admin, data.id, { isOpen: false });
    await pokja.assignCoordinator(admin, data.id, budi.id);

    const asked = await h.say("as 2002 Siti", "/pokja", "press Ajukan bergabung");
    expect(asked).toContain("Permintaan bergabung dengan Pokja Data dan Informasi telah dikirim kepada koordinator.");
    expect(asked).toContain("[bot -> 2001] 📨 Permintaan bergabung Pokja Data dan Informasi");
    const request = h.standIn.lastMessageWithKeyboard(2001)!;
    const acceptData = request.buttons[0]![0]!.callbackData!;

    // The coordinator is removed; the old button no longer works for them. While they coordinate
    // another pokja, the handler refuses (not this pokja); once they coordinate none, the gate does.
    const kebijakan = await h.db.pokja.findUniqueOrThrow({ where: { slug: "kebijakan" } });
    await pokja.assignCoordinator(admin, kebijakan.id, budi.id);
    await pokja.removeCoordinator(admin, data.id, budi.id);
    const refused = await h.say("as 2001 Budi", "press Terima");
    expect(refused).toContain("hanya untuk koordinator pokja tersebut dan admin sekretariat");
    await pokja.removeCoordinator(admin, kebijakan.id, budi.id);
    expect(await h.say("press Terima")).toContain("fitur ini hanya untuk koordinator pokja dan admin sekretariat");
    const sitiRequest = () => h.db.pokjaMembership.findFirstOrThrow({ where: { pokjaId: data.id, member: { telegramId: 2002n } } });
    expect((await sitiRequest()).status).toBe("requested");

    // Reappointed, they accept; the member is told; a second press is answered as handled.
    await pokja.assignCoordinator(admin, data.id, budi.id);
    const accepted = await h.say(`press Terima`);
    expect(accepted).toContain("[bot -> 2002] Permintaan Bapak/Ibu Siti Rahayu untuk bergabung dengan Pokja Data dan Informasi telah diterima.");
    await h.created.bot.handleUpdate(
      h.standIn.enqueueUpdate({
        callback_query: {
          id: "second-press",
          from: { id: 2001, is_bot: false, first_name: "Budi" },
          chat_instance: "x",
          message: request.message,
          data: acceptData,
        },
      }),
    );
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("sudah diproses");
    expect((await sitiRequest()).status).toBe("active");
  });

  it("answers stale buttons of a retired pokja and refuses forged admin actions", async () => {
    await approvedMember(h, 2001, "Budi Santoso");
    await h.run("as 2001 Budi", "/pokja");
    const kebijakan = await h.db.pokja.findUniqueOrThrow({ where: { slug: "kebijakan" } });
    await h.created.services.pokja.retire(admin, kebijakan.id);
    expect(await h.say("press 2")).toContain("Pokja ini sudah dinonaktifkan.");
    const refused = await pressForged(h, { id: 2001, first_name: "Budi" }, "pk:retireok:2");
    expect(refused?.text).toContain("hanya untuk admin");
    expect((await h.db.pokja.findUniqueOrThrow({ where: { id: 2 } })).retiredAt).toBeNull();
  });

  it("unlinks a retired pokja's groups, so they can be linked to another pokja", async () => {
    const kebijakan = await h.db.pokja.findUniqueOrThrow({ where: { slug: "kebijakan" } });
    await h.created.services.pokja.linkGroup(admin, kebijakan.id, BigInt(GROUP), "Grup Kebijakan");
    await h.created.services.pokja.retire(admin, kebijakan.id);
    expect(await h.db.pokjaGroup.count()).toBe(0);
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "pokja.retired" } });
    expect(audit.details).toContain("Grup Kebijakan");
  });

  it("reads its buttons through codecs: forged data does not unpack, and staff kinds are checked per pokja", async () => {
    expect(acceptButton.unpack(acceptButton.pack({ pokjaId: 3, memberId: 12 }))).toEqual({ pokjaId: 3, memberId: 12 });
    expect(memberCoordinationButton.pack({ memberId: 7 })).toBe("pk:cmember:7");
    for (const forged of ["pk:acc:1:99999999999999999999", "pk:acc:1", "pk:mode:1:x", "pk:dir:1:-1:n", "pk:dir:1:0:q"]) {
      expect(POKJA_BUTTONS.some((codec) => codec.unpack(forged) !== null), forged).toBe(false);
    }
    expect(modeButton.unpack("pk:mode:4:o")).toEqual({ pokjaId: 4, mode: "o" });

    const budi = await approvedMember(h, 2001, "Budi Santoso");
    await approvedMember(h, 2002, "Siti Rahayu", "73.71");
    const { pokja } = h.created.services;
    const [kebijakan, data] = [
      await h.db.pokja.findUniqueOrThrow({ where: { slug: "kebijakan" } }),
      await h.db.pokja.findUniqueOrThrow({ where: { slug: "data-informasi" } }),
    ];
    await pokja.assignCoordinator(admin, kebijakan.id, budi.id);
    // A coordinator, but not of this pokja: its directory and CSV stay closed.
    const other = await pressForged(h, { id: 2001, first_name: "Budi" }, directoryButton.pack({ pokjaId: data.id, page: 0, order: "n" }));
    expect(other?.text).toContain("hanya untuk koordinator pokja tersebut");
    // A member who coordinates nothing is refused by the gate; forged numbers are answered as stale.
    expect((await pressForged(h, { id: 2002, first_name: "Siti" }, `pk:csv:${kebijakan.id}`))?.text).toContain("hanya untuk koordinator pokja");
    expect(await pressForged(h, { id: 2002, first_name: "Siti" }, "pk:acc:1:99999999999999999999")).toBeDefined();
    expect(await h.say("as 2002 Siti", "/undangan")).toContain("tautan undangan grup pokja hanya dapat dibuat oleh koordinator pokja dan admin sekretariat");
  });

  it("lets admins create, rename and moderate a pokja and appoint coordinators from a member's card", async () => {
    await approvedMember(h, 2001, "Budi Santoso");
    await h.run("as 1001", "/pokja", "press Tambah pokja", "Keamanan Informasi");
    await h.run("Persandian, keamanan informasi, dan tanggap insiden siber di pemerintah daerah.");
    expect(await h.say("press dengan persetujuan koordinator")).toContain("Pokja Keamanan Informasi telah dibuat.");
    const created = await h.db.pokja.findUniqueOrThrow({ where: { slug: "keamanan-informasi" } });
    expect(created.isOpen).toBe(false);
    await h.run("press Keamanan Informasi", "press Ubah nama");
    expect(await h.say("Kebijakan")).toContain("Sudah ada pokja aktif bernama Kebijakan");
    await h.run("/admin", "press Cari anggota", "budi", "press Budi Santoso", "press Koordinator pokja");
    expect(await h.say("press Keamanan Informasi")).toContain("✅ Keamanan Informasi");
    expect((await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } })).role).toBe("coordinator");
    expect(h.standIn.messagesIn(2001).at(-1)?.text).toContain("kini menjadi koordinator Pokja Keamanan Informasi");
  });

  it("shows the directory to coordinators and only counts to members; CSV for Excel", async () => {
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    const siti = await approvedMember(h, 2002, "Siti Rahayu", "73.71");
    const { pokja } = h.created.services;
    const kebijakan = await h.db.pokja.findUniqueOrThrow({ where: { slug: "kebijakan" } });
    await h.db.member.update({ where: { id: siti.id }, data: { nip: "199001152015032001", phone: "+6281300000000" } });
    await pokja.join(siti, kebijakan.id);
    await pokja.assignCoordinator(admin, kebijakan.id, budi.id);

    const asMember = await h.say("as 2002 Siti", "/anggota");
    expect(asMember).toContain("Pokja Kebijakan: 2 anggota");
    expect(asMember).not.toContain("Budi Santoso");

    const asCoordinator = await h.say("as 2001 Budi", "/anggota");
    expect(asCoordinator).toContain("2. Siti Rahayu — Pranata Komputer, Dinas Komunikasi dan Informatika Kota Makassar");
    expect(asCoordinator).not.toContain("199001152015032001");
    await h.run("press Unduh CSV");
    const document = h.standIn.messagesIn(2001).at(-1)!;
    const bytes = h.standIn.getStoredFile(document.fileId!)!.bytes!;
    const csv = Buffer.from(bytes).toString("utf8");
    // Coordinators get name, jabatan and instansi (as the consent statement says), not usernames.
    expect(csv.startsWith("\uFEFFNo,Nama,Jabatan,Instansi,Provinsi,Koordinator,Tanggal Bergabung\r\n")).toBe(true);
    expect(csv).toContain("2,Siti Rahayu,Pranata Komputer,Dinas Komunikasi dan Informatika Kota Makassar,Sulawesi Selatan,Tidak,30 November 2026\r\n");
    expect(csv).not.toContain("siti,");
    expect(csv).not.toContain("199001152015032001");

    await h.run("as 1001", "/anggota", "press Kebijakan", "press Unduh CSV");
    const adminCsv = Buffer.from(h.standIn.getStoredFile(h.standIn.messagesIn(1001).at(-1)!.fileId!)!.bytes!).toString("utf8");
    expect(adminCsv).toContain(",Username Telegram,Koordinator,Tanggal Bergabung,NIP,Telepon\r\n");
    expect(adminCsv).toContain("199001152015032001,+6281300000000");
  });
});

describe("pokja groups", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    const kebijakan = await h.db.pokja.findUniqueOrThrow({ where: { slug: "kebijakan" } });
    await h.created.services.pokja.assignCoordinator(admin, kebijakan.id, budi.id);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("introduces itself, links on /hubungkan by a coordinator who is a group admin, and keeps quiet otherwise", async () => {
    const added = await h.say("as 2001 Budi", `in group ${GROUP} Pokja Kebijakan`);
    expect(added).toContain("Terima kasih telah menambahkan Forum Kominfo Bot ke grup ini.");
    expect(await h.say("selamat pagi semua")).not.toContain("[bot");
    expect(await h.say("/perintahlain")).not.toContain("[bot");
    await h.run("/hubungkan");
    expect(await h.say("press Kebijakan")).toContain("✅ Budi Santoso menghubungkan grup ini dengan Pokja Kebijakan.");
    expect(await h.say("/hubungkan")).toContain("sudah terhubung dengan Pokja Kebijakan");
    const group = await h.db.pokjaGroup.findUniqueOrThrow({ where: { chatId: BigInt(GROUP) } });
    expect(group.title).toBe("Pokja Kebijakan");
  });

  it("refuses /hubungkan from a non-admin of the group and from a group admin who does not coordinate", async () => {
    const siti = await approvedMember(h, 2002, "Siti Rahayu");
    await h.run("as 2001 Budi", `in group ${GROUP} Pokja Kebijakan`);
    expect(await h.say("as 2002 Siti", `in group ${GROUP}`, "/hubungkan")).toContain("hanya admin sekretariat atau koordinator pokja");
    expect(await h.say("group admin", "/hubungkan")).toContain("hanya admin sekretariat atau koordinator pokja");
    // A forged link button from Siti (a group admin) is refused too: by the gate while she
    // coordinates nothing, by the handler once she coordinates another pokja.
    await h.run("as 2001 Budi", `in group ${GROUP}`, "/hubungkan");
    expect(await h.say("as 2002 Siti", `in group ${GROUP}`, "press Kebijakan")).toContain("fitur ini hanya untuk koordinator pokja dan admin sekretariat");
    const infra = await h.db.pokja.findUniqueOrThrow({ where: { slug: "infrastruktur-aplikasi" } });
    await h.created.services.pokja.assignCoordinator(admin, infra.id, siti.id);
    expect(await h.say("press Kebijakan")).toContain("hanya admin sekretariat atau koordinator pokja tersebut");
    expect(await h.db.pokjaGroup.count()).toBe(0);
  });

  it("approves join requests from the pokja's members, declines others and tells them why", async () => {
    const siti = await approvedMember(h, 2002, "Siti Rahayu");
    await approvedMember(h, 2003, "Andi Wijaya");
    await h.created.services.pokja.join(siti, 1);
    await h.run("as 2001 Budi", `in group ${GROUP} Pokja Kebijakan`, "/hubungkan", "press Kebijakan");

    expect(await h.say("as 2002 Siti", `join request ${GROUP}`)).toContain("-- permintaan disetujui");
    const andi = await h.say("as 2003 Andi", `join request ${GROUP}`);
    expect(andi).toContain("-- permintaan ditolak");
    expect(andi).toContain("[bot -> 2003] Permintaan Bapak/Ibu bergabung dengan grup Pokja Kebijakan belum dapat disetujui karena grup ini khusus anggota Pokja Kebijakan.");
    const stranger = await h.say("as 3003 Tamu", `join request ${GROUP}`);
    expect(stranger).toContain("Silakan mendaftar dengan /daftar");
    expect(h.standIn.joinRequestDecisions.map((d) => [d.userId, d.decision])).toEqual([
      [2002, "approved"],
      [2003, "declined"],
      [3003, "declined"],
    ]);
  });

  it("gives coordinators an invite link, and says so when the bot lacks the rights", async () => {
    await h.run("as 2001 Budi", `in group ${GROUP} Pokja Kebijakan`, "/hubungkan", "press Kebijakan");
    const invite = await h.say("/undangan");
    expect(invite).toMatch(/Tautan undangan grup Pokja Kebijakan \(Pokja Kebijakan\):\n\s+https:\/\/t\.me\/\+/);
    expect(h.standIn.inviteLinks.at(-1)).toMatchObject({ chatId: GROUP, creates_join_request: true });
    h.standIn.setChatMemberStatus(GROUP, h.standIn.botUser.id, "member");
    expect(await h.say("/undangan")).toContain("belum menjadi admin dengan hak");
    expect(await h.say("in private", "/undangan", "press Kebijakan")).toContain("belum menjadi admin dengan hak");
  });

  it("unlinks on /putuskan by the pokja's coordinator only", async () => {
    await approvedMember(h, 2002, "Siti Rahayu");
    await h.run("as 2001 Budi", `in group ${GROUP} Pokja Kebijakan`, "/hubungkan", "press Kebijakan");
    expect(await h.say("as 2002 Siti", `in group ${GROUP}`, "/putuskan")).toContain("hanya admin sekretariat atau koordinator pokja tersebut");
    expect(await h.say("group admin", "/putuskan")).toContain("hanya admin sekretariat atau koordinator pokja tersebut");
    expect(await h.say("as 2001 Budi", `in group ${GROUP}`, "/putuskan")).toContain("Putuskan grup ini dari Pokja Kebijakan?");
    expect(await h.say("press Ya, putuskan")).toContain("Grup ini tidak lagi terhubung dengan Pokja Kebijakan.");
    expect(await h.say("/putuskan")).toContain("Grup ini belum terhubung dengan pokja mana pun.");
    expect(await h.db.pokjaGroup.count()).toBe(0);
  });

  it("follows the group when it becomes a supergroup, and unlinks when the bot is removed", async () => {
    await h.run("as 2001 Budi", "in group -4001 Pokja Kebijakan", "/hubungkan", "press Kebijakan");
    await h.run("upgrade -1004001");
    expect((await h.db.pokjaGroup.findFirstOrThrow()).chatId).toBe(-1004001n);
    const removed = await h.say("bot removed");
    expect(removed).toContain("[bot -> 2001] Bot dikeluarkan dari grup Pokja Kebijakan, sehingga grup itu tidak lagi terhubung dengan Pokja Kebijakan.");
    expect(await h.db.pokjaGroup.count()).toBe(0);
    const audit = (await h.db.auditLog.findMany({ where: { action: { startsWith: "pokja.group" } }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(audit).toEqual(["pokja.group_linked", "pokja.group_migrated", "pokja.group_unlinked"]);
  });
});
