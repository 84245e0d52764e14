import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUDI_UNTIL_SUMMARY, createHarness, type Harness } from "./support/bot-harness.js";

describe("registration conversation", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  const budi = () => h.db.member.findUnique({ where: { telegramId: 2001n }, include: { agency: true } });

  it("registers step by step, stores a pending member and tells every admin", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY);
    const summary = h.standIn.lastMessageWithKeyboard(2001);
    expect(summary?.text).toContain("Nama: Budi Santoso, S.Kom.");
    expect(summary?.text).toContain("NIP: 198503122010011003");
    expect(summary?.text).toContain("Telepon: +628120002001");
    const out = await h.say("press Kirim pendaftaran");
    expect(out).toContain("menunggu persetujuan sekretariat");
    const member = await budi();
    expect(member).toMatchObject({
      fullName: "Budi Santoso, S.Kom.",
      position: "Kepala Bidang Aplikasi Informatika",
      nip: "198503122010011003",
      phone: "+628120002001",
      status: "pending",
      role: "member",
      timezone: "Asia/Jakarta",
      consentVersion: expect.any(String),
    });
    expect(member?.agency.code).toBe("35.78");
    const toAdmin = h.standIn.lastMessageWithKeyboard(1001);
    expect(toAdmin?.text).toContain("Pendaftaran baru menunggu persetujuan");
    expect(toAdmin?.buttons.flat().map((b) => b.callbackData)).toEqual([`adm:approve:${member?.id}`, `adm:reject:${member?.id}`]);
    // No conversation state is left behind once the flow has ended.
    expect(await h.db.conversationState.count()).toBe(0);
  });

  it("re-asks with a helpful message on bad input at every step", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju");
    // Name: sticker, too short, digits, too long, a command mid-flow.
    await h.created.bot.handleUpdate(h.standIn.userSendsSticker(h.user));
    expect(h.standIn.lastMessage(2001)?.text).toBe("Mohon jawab dengan pesan teks.");
    expect(await h.say("Bu")).toContain("Nama terlalu pendek");
    expect(await h.say("Budi 123")).toContain("Nama hanya boleh berisi huruf");
    expect(await h.say("B".repeat(101))).toContain("Nama terlalu panjang");
    expect(await h.say("/profil")).toContain("Bapak/Ibu sedang mengisi formulir");
    expect(await h.say("Budi Santoso")).toContain("2/5");
    // Agency: too short, nothing found, too long, then a forged agency button.
    expect(await h.say("ab")).toContain("paling sedikit 3 huruf");
    expect(await h.say("kota atlantis")).toContain("Tidak ada instansi yang cocok");
    expect(await h.say("x".repeat(61))).toContain("terlalu panjang");
    expect(await h.say("jawa timur")).toContain("Ditemukan 39 instansi");
    const list = h.standIn.lastMessageWithKeyboard(2001)!;
    expect(list.buttons.flat().map((b) => b.text)).toContain("Berikutnya ▶️");
    await h.run("press Berikutnya");
    expect(h.standIn.botMessage(2001, list.messageId)?.buttons.flat().some((b) => b.text.includes("Hal. 2/5"))).toBe(true);
    expect(await h.say("press Kota Surabaya")).toContain("Instansi: Dinas Komunikasi dan Informatika Kota Surabaya");
  });

  it("rejects a forged agency id and stale buttons from an earlier run", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju", "Budi Santoso", "surabaya");
    const list = h.standIn.lastMessageWithKeyboard(2001)!;
    const data = list.buttons[0]![0]!.callbackData!;
    const [prefix, nonce] = data.split(":");
    const forge = (payload: string, id: string) =>
      h.standIn.enqueueUpdate({
        callback_query: {
          id,
          from: { id: 2001, is_bot: false, first_name: "Budi" },
          chat_instance: "x",
          message: list.message,
          data: payload,
        },
      });
    await h.created.bot.handleUpdate(forge(`${prefix}:${nonce}:agency:999999`, "f1"));
    expect(h.standIn.lastMessage(2001)?.text).toBe("Instansi tersebut tidak ditemukan. Silakan cari kembali.");
    await h.created.bot.handleUpdate(forge(`${prefix}:zzzzz:agency:1`, "f2"));
    expect(h.standIn.answeredCallbacks.at(-1)).toMatchObject({ id: "f2", text: expect.stringContaining("tidak berlaku") });
    // An action that does not belong to this step is stale, too.
    await h.created.bot.handleUpdate(forge(`${prefix}:${nonce}:submit:`, "f3"));
    expect(h.standIn.answeredCallbacks.at(-1)).toMatchObject({ id: "f3", text: expect.stringContaining("tidak berlaku") });
    expect(await budi()).toBeNull();
    // The flow is still waiting for the agency.
    expect(await h.say("press 1")).toContain("Instansi: Dinas Komunikasi dan Informatika Kota Surabaya");
  });

  it("validates NIP and phone, and accepts skipping both", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju", "Budi Santoso", "surabaya", "press 1", "Staf");
    expect(await h.say("12345")).toContain("NIP terdiri atas 18 angka");
    expect(await h.say("1985031220100110AB")).toContain("NIP hanya berisi angka");
    expect(await h.say("198513122010011003")).toContain("tanggal lahir");
    expect(await h.say("198503122010013003")).toContain("jenis kelamin");
    const skipNip = await h.say("press Lewati");
    expect(skipNip).toContain("5/5");
    expect(skipNip).toContain("keyboard: {📱 Bagikan nomor telepon saya} / {Lewati}");
    expect(await h.say("081234")).toContain('Mohon gunakan tombol "Bagikan nomor telepon saya"');
    // Someone else's contact card is refused.
    const other = h.standIn.enqueueUpdate({
      message: {
        message_id: 900,
        date: 0,
        chat: { id: 2001, type: "private", first_name: "Budi" },
        from: { id: 2001, is_bot: false, first_name: "Budi" },
        contact: { phone_number: "+628999", first_name: "Orang Lain", user_id: 4242 },
      },
    });
    await h.created.bot.handleUpdate(other);
    expect(h.standIn.lastMessage(2001)?.text).toContain("bukan kontak orang lain");
    expect(await h.say("Lewati")).toContain("nomor telepon tidak diisi");
    expect(h.standIn.lastMessage(2001)?.text).toContain("Mohon periksa kembali data pendaftaran");
    await h.run("press Kirim");
    expect(await budi()).toMatchObject({ nip: null, phone: null, position: "Staf", status: "pending" });
  });

  it("edits fields from the summary before submitting", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY);
    expect(await h.say("press Ubah jabatan")).toContain("3/5");
    const summary = await h.say("Kepala Dinas");
    expect(summary).toContain("Jabatan: Kepala Dinas");
    await h.run("press Ubah instansi", "jawa timur", "press 1");
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain(
      "Instansi: Dinas Komunikasi dan Informatika Provinsi Jawa Timur",
    );
    await h.run("press Kirim");
    const member = await budi();
    expect(member?.position).toBe("Kepala Dinas");
    expect(member?.agency.code).toBe("35");
  });

  it("stores nothing when consent is refused, and /batal leaves at any step", async () => {
    // Consent comes first: refusing it ends the flow before anything is typed or kept.
    await h.run("as 2001 Budi", "/daftar");
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain("Persetujuan pemrosesan data pribadi");
    expect(await h.say("press Tidak setuju")).toContain("data Bapak/Ibu tidak disimpan");
    expect(await budi()).toBeNull();
    expect(await h.db.conversationState.count()).toBe(0);

    await h.run("/daftar", "press Saya setuju", "Budi Santoso");
    expect(await h.say("/batal")).toContain("proses dibatalkan");
    expect(await h.say("surabaya")).toContain("belum terdaftar");
    expect(await h.say("/batal")).toContain("Tidak ada proses yang sedang berjalan");
    expect(await h.db.conversationState.count()).toBe(0);
  });

  it("does not let a registered member register twice", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim");
    expect(await h.say("/daftar")).toContain("menunggu persetujuan");
    expect(await h.db.member.count({ where: { telegramId: 2001n } })).toBe(1);
  });
});
