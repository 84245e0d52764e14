import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDispatcher } from "../src/delivery/dispatcher.js";
import { createLogger } from "../src/shared/logger.js";
import { createInProcessFetch } from "../tools/telegram-standin/index.js";
import { approvedMember, createHarness, pressForged, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };
/** An admin's ordinary broadcast (the admin's record carries their Telegram name, "Admin"). */
const HEADER = "📣 Siaran Sekretariat Forum Kominfo · Admin";
const HEADER_BOLD = { type: "bold", offset: 0, length: HEADER.length };

describe("broadcasts", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await approvedMember(h, 2001, "Budi Santoso");
    await approvedMember(h, 2002, "Siti Rahayu", "73.71");
    const andi = await approvedMember(h, 2003, "Andi Wijaya", "91.71");
    await h.db.member.update({ where: { id: andi.id }, data: { broadcastOptOut: true } });
  });
  afterEach(async () => {
    await h.dispose();
  });

  /** The admin sends a formatted text the way Telegram delivers it: text plus entities. */
  async function sendFormatted(userId: number, text: string, bold: string) {
    const update = h.standIn.enqueueUpdate({
      message: {
        message_id: 5000 + Math.floor(Math.random() * 1000),
        date: Math.floor(h.clock.now().getTime() / 1000),
        chat: { id: userId, type: "private", first_name: "Admin" },
        from: { id: userId, is_bot: false, first_name: "Admin" },
        text,
        entities: [{ type: "bold", offset: text.indexOf(bold), length: bold.length }],
      },
    });
    await h.created.bot.handleUpdate(update);
    await h.created.dispatcher.drain();
  }

  it("sends a formatted text to all members with a preview, progress and a report", async () => {
    await h.run("as 1001", "/siaran");
    await sendFormatted(1001, "Rapat koordinasi SPBE hari Senin.", "Rapat koordinasi");
    expect(h.standIn.lastMessage(1001)?.text).toBe("Kepada siapa siaran ini dikirim?");
    await h.run("press Semua anggota forum");
    const summary = await h.say("press Siaran biasa");
    expect(summary).toContain("Pratinjau, persis seperti yang akan dilihat penerima:");
    expect(summary).toContain("Jumlah: 3 anggota · 0 grup"); // Andi declined broadcasts; the admin is a member too
    // The preview carries the header as recipients see it; the sender's bold moves after it.
    const preview = h.standIn.messagesIn(1001).find((m) => m.text === `${HEADER}\n\nRapat koordinasi SPBE hari Senin.`);
    expect(preview?.entities).toEqual([HEADER_BOLD, { type: "bold", offset: HEADER.length + 2, length: 16 }]);

    const sent = await h.say("press Kirim sekarang");
    for (const chatId of [2001, 2002]) {
      const received = h.standIn.lastMessage(chatId);
      expect(received?.text).toBe(`${HEADER}\n\nRapat koordinasi SPBE hari Senin.`);
      expect(received?.entities).toEqual([HEADER_BOLD, { type: "bold", offset: HEADER.length + 2, length: 16 }]);
      expect(received?.buttons.flat().map((b) => b.text)).toEqual(["↩️ Balas ke pengirim"]);
    }
    expect(h.standIn.messagesIn(2003)).toEqual([]);
    // The admin (a member since first contact) gets it too, after the preview, without a button to reply to themselves.
    const own = h.standIn.messagesIn(1001).filter((m) => m.text === `${HEADER}\n\nRapat koordinasi SPBE hari Senin.`);
    expect(own).toHaveLength(2);
    expect(own[1]?.buttons).toEqual([]);
    expect(sent).toContain("Siaran selesai: terkirim 3 dari 3 · gagal 0 · diblokir 0");
    // Nothing was in doubt: the report does not say "0 may have arrived twice".
    expect(sent).not.toContain("mungkin terkirim dua kali");
    const broadcast = await h.db.broadcast.findFirstOrThrow();
    expect(broadcast).toMatchObject({ state: "done", total: 3, mandatory: false });
    expect(await h.db.delivery.count({ where: { broadcastId: broadcast.id, state: "sent" } })).toBe(3);
  });

  it("reaches members who declined broadcasts when it is an official announcement, and counts the blocked", async () => {
    h.standIn.blockChat(2002);
    await h.run("as 1001", "/siaran", "Pengumuman resmi: libur nasional.", "press Semua anggota forum", "press Pengumuman resmi");
    const done = await h.say("press Kirim sekarang");
    expect(done).toContain("Siaran selesai: terkirim 3 dari 4 · gagal 0 · diblokir 1");
    expect(h.standIn.lastMessage(2003)?.text).toBe("📌 Pengumuman Resmi Sekretariat Forum Kominfo\n\nPengumuman resmi: libur nasional.");
    expect(await h.db.unreachableChat.count()).toBe(1);
    await h.run("press Penerima yang tidak terjangkau");
    const csvMessage = h.standIn.lastMessage(1001)!;
    const csv = Buffer.from(h.standIn.getStoredFile(csvMessage.fileId!)!.bytes!).toString("utf8");
    expect(csv).toContain("Siti Rahayu,Dinas Komunikasi dan Informatika Kota Makassar,2002,Tidak terjangkau (memblokir bot)");
    expect(await h.say("/siaran_laporan")).toMatch(/#1 · .* · Semua anggota · terkirim 3\/4 · gagal 0 · diblokir 1 · selesai/);
  });

  it("schedules a broadcast for later and can cancel it before it goes out", async () => {
    await h.run("as 1001", "/siaran", "Pengingat: isi survei SPBE.", "press Semua anggota forum", "press Siaran biasa", "press Atur waktu kirim");
    expect(await h.say("kapan-kapan")).toContain("Format waktu tidak dikenali");
    expect(await h.say("kemarin 09.00")).toContain("sudah lewat");
    expect(await h.say("30/02/2027 09.00")).toContain("tidak ada di kalender");
    expect(await h.say("01/11/2026 09.00")).toContain("sudah lewat");
    const summary = await h.say("besok 09.00");
    expect(summary).toContain("Waktu: Selasa, 1 Desember 2026 pukul 09.00 WIB");
    expect(await h.say("press Jadwalkan")).toContain("Siaran dijadwalkan pada Selasa, 1 Desember 2026 pukul 09.00 WIB untuk 3 penerima.");
    expect(h.standIn.messagesIn(2001)).toEqual([]);
    // Its time comes: the sandbox clock moves and the dispatcher sends.
    const delivered = await h.say("clock 2026-12-01T09:00:00+07:00");
    expect(delivered).toContain(`[bot -> 2001] ${HEADER}`);
    expect(delivered).toContain("Pengingat: isi survei SPBE.");
    expect(delivered).toContain("Siaran selesai: terkirim 3 dari 3");

    await h.run("/siaran", "Yang ini dibatalkan.", "press Semua anggota forum", "press Siaran biasa", "press Atur waktu kirim", "besok 10.00");
    await h.run("press Jadwalkan");
    const stopped = await h.say("press Batalkan siaran");
    expect(stopped).toContain("Siaran dihentikan: terkirim 0 dari 3");
    // The stopped copies' content is erased at once, not at the nightly pruning.
    expect(await h.db.delivery.count({ where: { state: "skipped", lastError: "stopped", payload: { not: "" } } })).toBe(0);
    await h.run("clock +2d");
    expect(h.standIn.messagesIn(2001).map((m) => m.text).join("\n")).not.toContain("Yang ini dibatalkan.");
    expect(await h.db.delivery.count({ where: { state: "skipped", lastError: "stopped" } })).toBe(3); // 2001, 2002 and the admin
  });

  it("stops a scheduled broadcast from its message while another /siaran is open", async () => {
    const admin = { id: 1001, first_name: "Admin" };
    await h.run("as 1001", "/siaran", "Pengingat rakor.", "press Semua anggota forum", "press Siaran biasa", "press Atur waktu kirim", "besok 10.00", "press Jadwalkan");
    const scheduled = h.standIn.lastMessageWithKeyboard(1001)!;
    const stop = scheduled.buttons[0]![0]!.callbackData!;
    expect(stop).toMatch(/^bc:stop:\d+$/);
    await h.run("/siaran");
    // The flow's own buttons are "bcf:…": the stop button is not taken for a stale button of the open flow.
    const press = h.standIn.userPressesButton(admin, 1001, scheduled.messageId, stop);
    await h.created.bot.handleUpdate(press);
    expect(h.standIn.answeredCallbacks.find((a) => a.id === press.callback_query!.id)?.text).toBe("Pengiriman dihentikan.");
    expect(await h.db.broadcast.findFirstOrThrow()).toMatchObject({ state: "stopped" });
    expect(await h.say("Pesan berikutnya.")).toContain("Kepada siapa siaran ini dikirim?");
  });

  it("lets a coordinator address only their own pokja, members and groups", async () => {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    const siti = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2002n }, include: { agency: true } });
    const { pokja } = h.created.services;
    await pokja.assignCoordinator(admin, 1, budi.id);
    await pokja.join(siti, 1);
    await pokja.linkGroup(admin, 1, -1005001n, "Grup Kebijakan");
    await h.run("as 2001 Budi", "/siaran", "Bahan rapat pokja terlampir.");
    const options = h.standIn.lastMessageWithKeyboard(2001)!.buttons.flat().map((b) => b.text);
    expect(options).toEqual(["Anggota Pokja Kebijakan", "Grup Pokja Kebijakan", "Anggota dan grup Pokja Kebijakan", "✖️ Batal"]);
    const summary = await h.say("press Anggota dan grup Pokja Kebijakan");
    expect(summary).toContain("Jumlah: 2 anggota · 1 grup");
    expect(summary).not.toContain("Pengumuman resmi");
    await h.run("press Kirim sekarang");
    // The coordinator speaks as coordinator of the pokja; the group gets the header but no reply button.
    const pokjaHeader = "📣 Siaran Pokja Kebijakan · Budi Santoso (koordinator)";
    expect(h.standIn.lastMessage(-1005001)?.text).toBe(`${pokjaHeader}\n\nBahan rapat pokja terlampir.`);
    expect(h.standIn.lastMessage(-1005001)?.buttons).toEqual([]);
    expect(h.standIn.lastMessage(2002)?.text).toBe(`${pokjaHeader}\n\nBahan rapat pokja terlampir.`);
    expect(h.standIn.lastMessage(2002)?.buttons.flat().map((b) => b.text)).toEqual(["↩️ Balas ke pengirim"]);
    // A member who is not staff cannot start a broadcast, nor press a broadcast's buttons at all.
    expect(await h.say("as 2002 Siti", "/siaran")).toContain("hanya dapat dikirim oleh koordinator pokja dan admin");
    const refused = await pressForged(h, { id: 2002, first_name: "Siti" }, "bc:stop:1");
    expect(refused?.text).toContain("hanya untuk koordinator pokja dan admin");
    // Another coordinator may not stop it or read whom it missed: only its sender and admins.
    await pokja.assignCoordinator(admin, 2, siti.id);
    for (const data of ["bc:stop:1", "bc:csv:1"]) {
      expect((await pressForged(h, { id: 2002, first_name: "Siti" }, data))?.text).toContain("hanya pengirim siaran ini dan admin");
    }
    expect(await h.db.broadcast.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ state: "done", stoppedAt: null });
  });

  it("broadcasts a photo with its caption, and refuses a sticker", async () => {
    await h.run("as 1001", "/siaran");
    await h.created.bot.handleUpdate(h.standIn.userSendsSticker({ id: 1001, first_name: "Admin" }));
    expect(h.standIn.lastMessage(1001)?.text).toContain("Jenis pesan ini belum dapat disiarkan");
    await h.created.bot.handleUpdate(h.standIn.userSendsPhoto({ id: 1001, first_name: "Admin" }, undefined, "Dokumentasi rakor"));
    await h.run("press Semua anggota forum", "press Siaran biasa", "press Kirim sekarang");
    const received = h.standIn.lastMessage(2001)!;
    expect(received.type).toBe("photo");
    expect(received.text).toBe(`${HEADER}\n\nDokumentasi rakor`);
  });

  it("lets members decline ordinary broadcasts in /profil", async () => {
    await h.run("as 2001 Budi", "/profil");
    expect(await h.say("press Siaran: diterima")).toContain("tidak akan menerima siaran biasa");
    expect((await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } })).broadcastOptOut).toBe(true);
    const recipients = await h.created.services.broadcasts.recipients({ kind: "all" }, false);
    expect(recipients.memberChatIds).toEqual([2002n]);
  });

  it("stops a running broadcast: what went out stays sent, the rest is reported as stopped", async () => {
    for (let i = 0; i < 12; i++) await approvedMember(h, 3000 + i, `Anggota ${i}`);
    const { broadcasts, outbox } = h.created.services;
    const created = await broadcasts.create({
      sender: admin,
      senderChatId: 1001n,
      audience: { kind: "all" },
      audienceLabel: "Semua anggota",
      payload: { kind: "text", text: "Undangan rakor." },
      mandatory: false,
      scheduledAt: null,
    });
    expect(created.members).toBe(14); // 15 approved, one declined broadcasts
    const progress = await h.created.bot.api.sendMessage(1001, "📨 Terkirim 0 dari 14", {
      reply_markup: { inline_keyboard: [[{ text: "⏹ Hentikan pengiriman", callback_data: `bc:stop:${created.broadcast.id}` }]] },
    });
    await broadcasts.setProgressMessage(created.broadcast.id, progress.message_id);
    // A dispatcher elsewhere has sent the first five when the sender presses stop.
    const elsewhere = createDispatcher({
      db: h.db,
      outbox,
      api: new Api("0:sandbox", { fetch: createInProcessFetch(h.standIn) as unknown as typeof fetch }),
      clock: h.clock,
      logger: createLogger("silent"),
      batchSize: 5,
    });
    expect(await elsewhere.runOnce()).toBe(5);
    const stopped = await h.say("as 1001", "press Hentikan pengiriman");
    expect(stopped).toContain("Siaran dihentikan: terkirim 5 dari 14 · gagal 0 · diblokir 0 · dihentikan 9");
    expect(await broadcasts.progress(created.broadcast.id)).toMatchObject({ sent: 5, stopped: 9, pending: 0, state: "stopped" });
  });

  it("does not let a coordinator forge the admins' 'all members' audience", async () => {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    await h.created.services.pokja.assignCoordinator(admin, 1, budi.id);
    await h.run("as 2001 Budi", "/siaran", "Pesan untuk semua?");
    const [flowPrefix, nonce] = h.standIn.lastMessageWithKeyboard(2001)!.buttons[0]![0]!.callbackData!.split(":");
    const answer = await pressForged(h, { id: 2001, first_name: "Budi" }, `${flowPrefix}:${nonce}:aud:all`);
    expect(answer?.text).toContain("tidak berlaku");
    expect(await h.db.broadcast.count()).toBe(0);
  });

});
