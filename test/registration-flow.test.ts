import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUDI_UNTIL_SUMMARY, createHarness, type Harness } from "./support/bot-harness.js";
import { suggestedNameCase } from "../src/members/name-case.js";
import { isSkipWord } from "../src/members/member-steps.js";

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

  it("skips the NIP when Lewati, '-' or 'tidak ada' is typed, like the phone step", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju", "Budi Santoso", "surabaya", "press 1", "Staf");
    const typed = await h.say("Lewati");
    expect(typed).toContain("NIP tidak diisi");
    expect(typed).toContain("5/5");
    // The Lewati button of the question is taken away: it no longer applies.
    expect(typed).toContain('(tombol dihapus pada pesan "4/5');
    await h.run("Lewati");
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain("NIP: (tidak diisi)");
    for (const word of ["-", "tidak ada", "Skip", "lewati."]) {
      await h.run("press Ubah NIP");
      const skipped = await h.say(word);
      expect(skipped).toContain("NIP tidak diisi");
      expect(skipped).toContain("Mohon periksa kembali data pendaftaran");
    }
    await h.run("press Kirim");
    expect(await budi()).toMatchObject({ nip: null, phone: null, status: "pending" });
  });

  it("accepts an NI PPPK (code 21 where the TMT month would be) and calls it so", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju", "Budi Santoso", "surabaya", "press 1", "Pranata Komputer Ahli Pertama");
    const answer = await h.say("19900101 202221 2 015");
    expect(answer).not.toContain("tidak valid");
    expect(answer).toContain("5/5");
    await h.run("Lewati");
    const summary = h.standIn.lastMessageWithKeyboard(2001)?.text;
    expect(summary).toContain("NI PPPK: 199001012022212015");
    expect(summary).not.toContain("NIP:");
    await h.run("press Kirim");
    expect(await budi()).toMatchObject({ nip: "199001012022212015" });
    // The secretariat sees it labelled too.
    expect(h.standIn.lastMessageWithKeyboard(1001)?.text).toContain("NI PPPK: 199001012022212015");
  });

  it("offers a name typed in one case in proper case, titles and particles included, or keeps it as typed", async () => {
    await h.run("as 2001 Budi", "/daftar", "press Saya setuju");
    const offer = await h.say("yohanes wenda, s.kom., m.t.");
    expect(offer).toContain("Nama Bapak/Ibu akan kami catat sebagai:\n  Yohanes Wenda, S.Kom., M.T.\n");
    expect(offer).toContain("[1] ✅ Yohanes Wenda, S.Kom., M.T.");
    expect(offer).toContain("[2] Tetap: yohanes wenda, s.kom., m.t.");
    // Typed again instead: the new name gets its own offer, the old buttons go.
    const again = await h.say("MUHAMMAD BIN SALIM");
    expect(again).toContain("(tombol dihapus pada pesan");
    expect(again).toContain("[1] ✅ Muhammad bin Salim");
    const chosen = await h.say("press ✅ Muhammad bin Salim");
    expect(chosen).toContain("Nama: Muhammad bin Salim");
    expect(chosen).toContain("2/5");
    await h.run("surabaya", "press 1", "Staf", "Lewati", "Lewati");
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain("Nama: Muhammad bin Salim");

    // From the summary, the member keeps the name as typed.
    await h.run("press Ubah nama", "yohanes wenda");
    expect(await h.say("press Tetap")).toContain("Nama: yohanes wenda");
    await h.run("press Kirim");
    expect(await budi()).toMatchObject({ fullName: "yohanes wenda" });
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

describe("proper case of names", () => {
  it.each([
    ["yohanes wenda", "Yohanes Wenda"],
    ["YOHANES WENDA", "Yohanes Wenda"],
    ["budi santoso, s.kom., m.t.", "Budi Santoso, S.Kom., M.T."],
    ["dr. ir. siti rahayu, m.kom.", "Dr. Ir. Siti Rahayu, M.Kom."],
    ["ABDUL RAHMAN, S.E., M.M.", "Abdul Rahman, S.E., M.M."],
    ["ahmad fauzi, st", "Ahmad Fauzi, S.T."],
    ["muhammad bin salim", "Muhammad bin Salim"],
    ["NUR AISYAH BINTI HASAN", "Nur Aisyah binti Hasan"],
    ["maria van der berg", "Maria van der Berg"],
    ["h. ahmad ma'ruf", "H. Ahmad Ma'ruf"],
    ["siti-nur haliza (siti)", "Siti-Nur Haliza (Siti)"],
    ["i gusti ngurah rai, ph.d.", "I Gusti Ngurah Rai, Ph.D."],
  ])("offers %j as %j", (typed, proper) => {
    expect(suggestedNameCase(typed)).toBe(proper);
  });

  it("leaves names already in mixed case alone (titles do not count)", () => {
    expect(suggestedNameCase("Budi Santoso, S.Kom.")).toBeNull();
    expect(suggestedNameCase("Budi Santoso, s.kom.")).toBeNull();
    expect(suggestedNameCase("Maria van der Berg")).toBeNull();
    // Lower-case name with a title in proper case: the name is offered in proper case.
    expect(suggestedNameCase("budi santoso, S.Kom.")).toBe("Budi Santoso, S.Kom.");
  });
});

describe("skip words of optional questions", () => {
  it.each(["Lewati", "lewati", "-", "tidak ada", "Tidak  ada", "skip", "Lewati."])("%j skips", (word) => {
    expect(isSkipWord(word, "Lewati")).toBe(true);
  });
  it.each(["198503122010011003", "ada", "lewat sini"])("%j does not", (word) => {
    expect(isSkipWord(word, "Lewati")).toBe(false);
  });
});
