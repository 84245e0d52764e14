// /data_saya and /hapus_akun (UU 27/2022 PDP), through the real bot against the Bot API stand-in.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ERASED_NAME } from "../src/privacy/privacy-service.js";
import { approvedMember, BUDI_UNTIL_SUMMARY, createHarness, pressForged, recommendationDraft, type Harness } from "./support/bot-harness.js";

const NIP = "198503122010011003";
const PHONE = "+628120002001";
const admin = { memberId: null, telegramId: 1001n };

/** The text of a document the bot sent, as the stand-in stored it. */
function documentText(h: Harness, fileId: string): string {
  return Buffer.from(h.standIn.getStoredFile(fileId)!.bytes!).toString("utf8");
}

/** Budi registers through the flow (NIP and phone), is approved, joins Pokja Kebijakan and submits a recommendation that Andi supports. */
async function budiWithRecords(h: Harness) {
  await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "as 1001", "press Setujui");
  const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n }, include: { agency: true } });
  const andi = await approvedMember(h, 2003, "Andi Wijaya");
  const { pokja, recommendations } = h.created.services;
  await pokja.join(budi, 1);
  await pokja.join(andi, 1);
  const submitted = await recommendations.submit(recommendationDraft(budi.id, { submitterName: budi.fullName, timezone: "Asia/Jakarta" }));
  if (!submitted.ok) throw new Error("fixture: recommendation not submitted");
  expect(await recommendations.support(1, andi.id)).toBe("ok");
  return { budi, andi };
}

describe("/data_saya", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("sends everything stored as JSON and a readable summary in the member's language", async () => {
    const { budi } = await budiWithRecords(h);
    const out = await h.say("as 2001 Budi", "/data_saya");
    expect(out).toContain("Data pribadi Bapak/Ibu di Forum Kominfo Bot");
    const files = h.standIn.messagesIn(2001).filter((m) => m.type === "document");
    expect(files.map((f) => f.fileName)).toEqual(["data-saya-2026-11-30.json", "data-saya-2026-11-30.txt"]);

    const data = JSON.parse(documentText(h, files[0]!.fileId!)) as Record<string, unknown> & { member: Record<string, unknown> };
    expect(data.member).toMatchObject({ id: budi.id, telegramId: "2001", nip: NIP, phone: PHONE, fullName: "Budi Santoso, S.Kom.", status: "approved" });
    expect(data.pokjaMemberships).toEqual([expect.objectContaining({ pokja: "Kebijakan", status: "active" })]);
    expect(data.recommendationsSubmitted).toEqual([expect.objectContaining({ id: 1, title: "Integrasi data kependudukan antar daerah", supportCount: 1 })]);
    expect((data.auditEntries as { action: string }[]).map((a) => a.action)).toEqual(
      expect.arrayContaining(["registration.submitted", "registration.approved", "pokja.joined"]),
    );
    // Other people's personal data stays out: the reviewer is "forum", Andi is nowhere.
    const json = JSON.stringify(data);
    expect(json).not.toContain("Andi");
    expect(json).not.toContain("2003");

    const exported = await h.db.auditLog.findFirstOrThrow({ where: { action: "member.data_exported" } });
    expect(exported).toMatchObject({ actorId: budi.id, targetMemberId: budi.id, details: "{}" });

    const summary = documentText(h, files[1]!.fileId!);
    expect(summary).toContain("RINGKASAN DATA PRIBADI");
    expect(summary).toContain(`NIP/NI PPPK: ${NIP}`);
    expect(summary).toContain(`Telepon: ${PHONE}`);
    expect(summary).toContain("Pokja: Kebijakan");
    expect(summary).toContain("Usulan yang diajukan: 1");

    // In English for a member who chose it.
    await h.db.member.update({ where: { id: budi.id }, data: { language: "en" } });
    await h.run("/data_saya");
    const english = h.standIn.messagesIn(2001).filter((m) => m.type === "document").at(-1)!;
    expect(documentText(h, english.fileId!)).toContain("SUMMARY OF YOUR PERSONAL DATA");
  });

  it("tells someone unregistered that nothing is stored, and sends no file", async () => {
    expect(await h.say("as 3001 Tamu", "/data_saya")).toContain("Tidak ada data pribadi Bapak/Ibu yang tersimpan");
    expect(h.standIn.messagesIn(3001).filter((m) => m.type === "document")).toEqual([]);
  });

  it("serves a pending applicant too", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "/data_saya");
    const json = h.standIn.messagesIn(2001).find((m) => m.type === "document" && m.fileName?.endsWith(".json"))!;
    expect(JSON.parse(documentText(h, json.fileId!))).toMatchObject({ member: { status: "pending", nip: NIP } });
  });
});

describe("/hapus_akun", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("asks twice, and Batal at either step erases nothing; old and forged buttons are stale", async () => {
    await budiWithRecords(h);
    const before = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    const explain = await h.say("as 2001 Budi", "/hapus_akun");
    expect(explain).toContain("Yang dihapus:");
    expect(explain).toContain("Yang tetap disimpan");
    const continueData = h.standIn.lastMessageWithKeyboard(2001)!.buttons.flat().find((b) => b.text === "Lanjutkan")!.callbackData!;
    // The data can be downloaded first, without leaving the question.
    await h.run("press Unduh data saya dahulu");
    const documents = h.standIn.messagesIn(2001).filter((m) => m.type === "document");
    expect(documents.map((m) => m.fileName)).toEqual(["data-saya-2026-11-30.json", "data-saya-2026-11-30.txt"]);
    // The open flow is named, without its replayed messages.
    const data = JSON.parse(documentText(h, documents[0]!.fileId!)) as { unfinishedFlows: { flows: string[] }[] };
    expect(data.unfinishedFlows.map((f) => f.flows)).toEqual([["privacyErase"]]);
    expect(await h.say("press Batal")).toContain("penghapusan dibatalkan");

    await h.run("/hapus_akun");
    expect(await h.say("press Lanjutkan")).toContain("Konfirmasi terakhir");
    const second = h.standIn.lastMessageWithKeyboard(2001)!;
    const eraseData = second.buttons.flat().find((b) => b.text.includes("Ya, hapus data saya"))!.callbackData!;
    expect(await h.say("press Batal")).toContain("penghapusan dibatalkan");

    // The buttons of those two runs, pressed again, and a made-up one: nothing happens.
    for (const data of [continueData, eraseData, "pve:zzzzz:erase:"]) {
      const answer = await pressForged(h, { id: 2001, first_name: "Budi" }, data, second.messageId);
      expect(answer?.text, data).toContain("sudah tidak berlaku");
    }
    expect(await h.db.member.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);
    expect(await h.db.auditLog.count({ where: { action: "member.erased" } })).toBe(0);
  });

  it("erases the personal data, keeps the forum's records as 'Anggota terhapus', and lets the person register again", async () => {
    const { budi } = await budiWithRecords(h);
    await h.run("as 2001 Budi", "/hapus_akun", "press Lanjutkan");
    const done = await h.say("press Ya, hapus data saya");
    expect(done).toContain("Data pribadi Bapak/Ibu telah dihapus");

    const erased = await h.db.member.findUniqueOrThrow({ where: { id: budi.id } });
    expect(erased).toMatchObject({
      status: "erased",
      fullName: ERASED_NAME,
      telegramId: BigInt(-budi.id),
      telegramUsername: null,
      nip: null,
      phone: null,
      position: "",
      searchText: "",
      role: "member",
    });
    expect(erased.erasedAt).toEqual(h.clock.now());
    expect(await h.db.member.findUnique({ where: { telegramId: 2001n } })).toBeNull();
    expect(await h.db.pokjaMembership.count({ where: { memberId: budi.id } })).toBe(0);
    expect(await h.db.recommendationFollower.count({ where: { memberId: budi.id } })).toBe(0);
    expect(await h.db.conversationState.count({ where: { key: { endsWith: ":2001" } } })).toBe(0);

    // No copy of the NIP, phone or Telegram id anywhere in the audit log or the outbox.
    const audit = await h.db.auditLog.findMany();
    const auditText = JSON.stringify(audit, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    for (const secret of [NIP, PHONE, "Budi Santoso"]) expect(auditText).not.toContain(secret);
    expect(audit.filter((a) => a.actorTelegramId === 2001n)).toEqual([]);
    const entry = audit.find((a) => a.action === "member.erased")!;
    expect(entry).toMatchObject({ targetMemberId: budi.id, actorId: budi.id, actorTelegramId: BigInt(-budi.id) });
    expect(JSON.parse(entry.details)).toEqual({ reason: "request", previousStatus: "approved" });
    const deliveries = await h.db.delivery.findMany();
    expect(deliveries.filter((d) => d.chatId === 2001n || d.payload.includes(NIP) || d.payload.includes(PHONE))).toEqual([]);

    // The recommendation stays, with its support, under "Anggota terhapus".
    const card = await h.say("as 2003 Andi", "/usulan", "press #1");
    expect(card).toContain("Diajukan oleh Anggota terhapus");
    expect(card).toContain("👍 1 dukungan");
    expect(card).not.toContain("Budi");
    const event = await h.db.recommendationEvent.findFirstOrThrow({ where: { recommendationId: 1, kind: "submitted" } });
    expect(event.actorName).toBe(ERASED_NAME);

    // Unknown to the bot now: nothing stored, and a new registration is possible.
    expect(await h.say("as 2001 Budi", "/data_saya")).toContain("Tidak ada data pribadi Bapak/Ibu yang tersimpan");
    await h.run(...BUDI_UNTIL_SUMMARY);
    expect(await h.say("press Kirim")).toContain("pendaftaran Bapak/Ibu telah kami terima");
    const again = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    expect(again.id).not.toBe(budi.id);
    expect(again.status).toBe("pending");
  });

  it("takes the person out of every linked pokja group before the erasure, and names the groups they must leave themselves", async () => {
    const { budi } = await budiWithRecords(h);
    const link = async (chatId: number, title: string, pokjaId: number, botStatus: "administrator" | "member") => {
      h.standIn.registerChat({ id: chatId, type: "supergroup", title });
      h.standIn.setChatMemberStatus(chatId, h.standIn.botUser.id, botStatus);
      const linked = await h.created.services.pokja.linkGroup(admin, pokjaId, BigInt(chatId), title);
      if (!linked.ok) throw new Error("fixture: group not linked");
    };
    // Removed from A; the bot is no admin of B; Budi owns C; he is not in D.
    await link(-1006660000001, "Grup Kebijakan", 1, "administrator");
    await link(-1006660000002, "Diskusi <Kebijakan>", 1, "member");
    await link(-1006660000003, "Grup Infrastruktur", 2, "administrator");
    await link(-1006660000004, "Grup Data", 3, "administrator");
    h.standIn.setChatMemberStatus(-1006660000003, 2001, "creator");
    h.standIn.setChatMemberStatus(-1006660000004, 2001, "left");

    expect(await h.say("as 2001 Budi", "/hapus_akun")).toContain("Bot juga mengeluarkan Bapak/Ibu dari grup Telegram pokja yang terhubung dengan forum.");
    await h.run("press Lanjutkan");
    const done = await h.say("press Ya, hapus data saya");
    expect(done).toContain("Data pribadi Bapak/Ibu telah dihapus");
    expect(done).toContain("Bapak/Ibu juga telah dikeluarkan dari grup Telegram pokja Grup Kebijakan.");
    expect(done).toContain("Bot tidak dapat mengeluarkan Bapak/Ibu dari grup Telegram pokja Diskusi <Kebijakan>. Bila Bapak/Ibu tidak ingin lagi");
    expect(done).toContain("Bapak/Ibu adalah pemilik grup Telegram pokja Grup Infrastruktur, sehingga bot tidak dapat mengeluarkan Bapak/Ibu.");
    expect(done).not.toContain("Grup Data");
    expect(h.standIn.lastMessage(2001)!.rawText).toContain("<b>Diskusi &lt;Kebijakan&gt;</b>");

    // Telegram's side: out of A (and free to be invited again), still in B, still owner of C.
    const statusIn = async (chatId: number) => (await h.created.bot.api.getChatMember(chatId, 2001)).status;
    expect(await statusIn(-1006660000001)).toBe("left");
    expect(await statusIn(-1006660000002)).toBe("member");
    expect(await statusIn(-1006660000003)).toBe("creator");
    // Asked under his real Telegram id, before the erasure replaced it.
    expect(h.standIn.calls("banChatMember").map((c) => [c.params.chat_id, c.params.user_id])).toEqual([[-1006660000001, 2001], [-1006660000002, 2001]]);
    expect((await h.db.member.findUniqueOrThrow({ where: { id: budi.id } })).status).toBe("erased");

    // Audited per group, like a suspension, and without personal data: the actor is the record's marker id.
    const audit = await h.db.auditLog.findMany({ where: { action: "pokja.group_member_removed" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.pokjaId, a.targetMemberId, a.actorId, a.actorTelegramId, JSON.parse(a.details)])).toEqual([
      [1, budi.id, budi.id, BigInt(-budi.id), { chatId: "-1006660000001", title: "Grup Kebijakan", outcome: "removed", reason: "erased" }],
      [1, budi.id, budi.id, BigInt(-budi.id), { chatId: "-1006660000002", title: "Diskusi <Kebijakan>", outcome: "no_rights", reason: "erased" }],
      [2, budi.id, budi.id, BigInt(-budi.id), { chatId: "-1006660000003", title: "Grup Infrastruktur", outcome: "owner", reason: "erased" }],
      [3, budi.id, budi.id, BigInt(-budi.id), { chatId: "-1006660000004", title: "Grup Data", outcome: "not_member", reason: "erased" }],
    ]);
    const erasedAt = (await h.db.auditLog.findFirstOrThrow({ where: { action: "member.erased" } })).id;
    expect(audit.every((a) => a.id < erasedAt)).toBe(true);
    for (const a of audit) for (const secret of ["Budi", "2001", NIP, PHONE]) expect(a.details).not.toContain(secret);
  });

  it("erases a pending applicant, whose admin notice is then not sent with the data", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim");
    const applicant = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    // A notice to an admin still waiting in the outbox (due later, as after a 429 pause).
    const later = new Date(h.clock.now().getTime() + 3_600_000);
    await h.created.services.outbox.enqueue([{ chatId: 1002, payload: { kind: "text", text: `Pendaftar baru, NIP ${NIP}` }, dedupeKey: "test:notice", notBefore: later }]);
    await h.run("/hapus_akun", "press Lanjutkan", "press Ya, hapus data saya");
    expect((await h.db.member.findUniqueOrThrow({ where: { id: applicant.id } })).status).toBe("erased");
    const notice = await h.db.delivery.findUniqueOrThrow({ where: { dedupeKey: "test:notice" } });
    expect(notice.state).toBe("skipped");
    expect(notice.payload).not.toContain(NIP);
  });

  it("tells an admin who presses Setujui on the erased applicant's old card that the data is gone, and search no longer lists them", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "/hapus_akun", "press Lanjutkan", "press Ya, hapus data saya");
    expect(await h.say("as 1001 Admin", "press Setujui")).toContain("Data anggota tidak ditemukan; mungkin sudah dihapus");
    const erased = await h.db.member.findFirstOrThrow({ where: { status: "erased" } });
    expect(erased.status).toBe("erased");
    const found = await h.created.services.members.search("", 0, 50);
    expect(found.items.map((m) => m.id)).not.toContain(erased.id);
  });

  it("refuses an admin named in ADMIN_TELEGRAM_IDS, explaining why, and unregistered people", async () => {
    const out = await h.say("as 1001 Admin", "/hapus_akun");
    expect(out).toContain("tercatat sebagai admin sekretariat dalam konfigurasi bot");
    expect(await h.db.member.findUniqueOrThrow({ where: { telegramId: 1001n } })).toMatchObject({ status: "approved" });
    expect(await h.say("as 3001 Tamu", "/hapus_akun")).toContain("tidak ada yang perlu dihapus");
  });
});

describe("retention of rejected applicants", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("erases a rejected applicant after 90 days, not before, once even when the job runs twice at once", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim");
    const applicant = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    await h.created.services.members.reject(applicant.id, admin, "Mohon gunakan akun dinas.");
    const member = await approvedMember(h, 2003, "Andi Wijaya");
    const job = h.created.jobs.find((j) => j.name === "erase-rejected-applicants")!;

    h.clock.advance(89 * 86_400_000);
    await job.run();
    expect(await h.db.member.findUniqueOrThrow({ where: { id: applicant.id } })).toMatchObject({ status: "rejected", nip: NIP });

    h.clock.advance(2 * 86_400_000);
    await Promise.all([job.run(), job.run()]);
    const erased = await h.db.member.findUniqueOrThrow({ where: { id: applicant.id } });
    expect(erased).toMatchObject({ status: "erased", nip: null, phone: null, fullName: ERASED_NAME, rejectionReason: null });
    expect(await h.db.auditLog.findMany({ where: { action: "member.erased" }, select: { targetMemberId: true, actorId: true, details: true } })).toEqual([
      { targetMemberId: applicant.id, actorId: null, details: JSON.stringify({ reason: "retention", previousStatus: "rejected" }) },
    ]);
    // Approved members are not touched by the retention.
    expect((await h.db.member.findUniqueOrThrow({ where: { id: member.id } })).status).toBe("approved");
    // The person may apply again.
    await h.run(...BUDI_UNTIL_SUMMARY);
    expect(await h.say("press Kirim")).toContain("pendaftaran Bapak/Ibu telah kami terima");
  });

  it("leaves an applicant who applied again after the rejection", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim");
    const applicant = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    await h.created.services.members.reject(applicant.id, admin, null);
    h.clock.advance(30 * 86_400_000);
    await h.run("/daftar", "press Saya setuju", "Budi Santoso", "surabaya", "press Dinas Komunikasi dan Informatika Kota Surabaya", "Kepala Bidang", NIP, "contact", "press Kirim");
    expect((await h.db.member.findUniqueOrThrow({ where: { id: applicant.id } })).status).toBe("pending");
    h.clock.advance(100 * 86_400_000);
    await h.created.jobs.find((j) => j.name === "erase-rejected-applicants")!.run();
    expect((await h.db.member.findUniqueOrThrow({ where: { id: applicant.id } })).status).toBe("pending");
  });
});
