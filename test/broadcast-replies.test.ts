import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPLY_MAX_LENGTH } from "../src/broadcast/broadcast-replies.js";
import { approvedMember, createHarness, kebijakanPokja, pressForged, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };
const POKJA_HEADER = "📣 Siaran Pokja Kebijakan · Budi Santoso (koordinator)";

describe("replies to a broadcast's sender", () => {
  let h: Harness;
  let cast: Awaited<ReturnType<typeof kebijakanPokja>>;
  beforeEach(async () => {
    h = await createHarness();
    cast = await kebijakanPokja(h);
    await h.db.member.update({ where: { id: cast.siti.id }, data: { phone: "081234567890", nip: "198501012010011001" } });
    await h.created.services.pokja.linkGroup(admin, 1, -1005001n, "Grup Kebijakan");
    // Budi broadcasts to the members and the group of his pokja.
    await h.run("as 2001 Budi", "/siaran", "Mohon kirim bahan rapat sebelum Jumat.", "press Anggota dan grup Pokja Kebijakan", "press Kirim sekarang");
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("carries a member's reply to the coordinator, naming them without phone or NIP, and his answer back", async () => {
    expect(h.standIn.lastMessage(2002)?.text).toBe(`${POKJA_HEADER}\n\nMohon kirim bahan rapat sebelum Jumat.`);
    expect(h.standIn.lastMessage(-1005001)?.buttons).toEqual([]);

    const prompt = await h.say("as 2002 Siti", "press Balas ke pengirim");
    expect(prompt).toContain("Silakan ketik balasan Bapak/Ibu untuk Budi Santoso");
    expect(prompt).toContain("nomor telepon dan NIP tidak dibagikan");
    const sent = await h.say("Baik Pak, bahan <b>kami</b> kirim Kamis & Jumat.");
    expect(sent).toContain("Balasan Bapak/Ibu untuk Budi Santoso telah diteruskan.");

    const reply = h.standIn.lastMessage(2001)!;
    expect(reply.text).toContain("Balasan atas siaran Bapak/Ibu");
    expect(reply.text).toContain("Dari: Siti Rahayu, Dinas Komunikasi dan Informatika Kota Makassar");
    expect(reply.text).toContain("Siaran: “Mohon kirim bahan rapat sebelum Jumat.”");
    // Typed markup arrives as the member typed it, not as formatting.
    expect(reply.text).toContain("Baik Pak, bahan <b>kami</b> kirim Kamis & Jumat.");
    expect(reply.text).not.toContain("081234567890");
    expect(reply.text).not.toContain("198501012010011001");
    expect(await h.db.delivery.count({ where: { chatId: 2001n, dedupeKey: { startsWith: "bcreply:1:2002:" } } })).toBe(1);

    expect(await h.say("as 2001 Budi", "press Jawab melalui bot")).toContain("Silakan ketik jawaban untuk Siti Rahayu");
    expect(await h.say("Terima kasih, Bu.")).toContain("Jawaban Bapak/Ibu untuk Siti Rahayu telah diteruskan.");
    const answer = h.standIn.lastMessage(2002)!;
    expect(answer.text).toContain("Jawaban dari Budi Santoso, Dinas Komunikasi dan Informatika Kota Surabaya");
    expect(answer.text).toContain("Terima kasih, Bu.");
    expect(answer.buttons.flat().map((b) => b.text)).toEqual(["↩️ Balas ke pengirim"]);
  });

  it("allows three replies per member and broadcast, text only and up to the limit", async () => {
    await h.run("as 2002 Siti", "press Balas ke pengirim");
    expect(await h.say(`${"a".repeat(REPLY_MAX_LENGTH + 1)}`)).toContain("Mohon persingkat menjadi paling banyak 1.000 karakter");
    await h.created.bot.handleUpdate(h.standIn.userSendsSticker({ id: 2002, first_name: "Siti" }));
    expect(h.standIn.lastMessage(2002)?.text).toBe("Mohon kirim balasan berupa teks, atau tekan Batal.");
    await h.run("Balasan pertama.");
    for (const text of ["Balasan kedua.", "Balasan ketiga."]) {
      const broadcast = h.standIn.messagesIn(2002).find((m) => m.text.startsWith(POKJA_HEADER))!;
      const press = h.standIn.userPressesButton({ id: 2002, first_name: "Siti" }, 2002, broadcast.messageId, "bc:rep:1");
      await h.created.bot.handleUpdate(press);
      await h.run(text);
    }
    expect(h.standIn.messagesIn(2001).filter((m) => m.text.includes("Balasan atas siaran"))).toHaveLength(3);
    const fourth = await pressForged(h, { id: 2002, first_name: "Siti" }, "bc:rep:1");
    expect(fourth?.text).toBe("Bapak/Ibu sudah mengirim 3 balasan untuk siaran ini. Untuk keperluan lain, mohon hubungi sekretariat.");
  });

  it("still reaches a sender who is no longer a coordinator", async () => {
    await h.created.services.pokja.removeCoordinator(admin, 1, cast.budi.id);
    expect((await h.db.member.findUniqueOrThrow({ where: { id: cast.budi.id } })).role).toBe("member");
    await h.run("as 2003 Andi", "press Balas ke pengirim", "Saya sudah tidak di pokja ini?");
    expect(h.standIn.lastMessage(2001)?.text).toContain("Saya sudah tidak di pokja ini?");
    expect(h.standIn.lastMessage(2001)?.text).toContain("Dari: Andi Wijaya");
    // And he can still answer, as the broadcast's sender.
    expect(await h.say("as 2001 Budi", "press Jawab melalui bot", "Betul, sudah pindah.")).toContain("Jawaban Bapak/Ibu untuk Andi Wijaya telah diteruskan.");
  });

  it("refuses replies from those who did not receive it, and answers from anyone but the sender", async () => {
    const outsider = await approvedMember(h, 2009, "Rina Outsider");
    expect((await pressForged(h, { id: 2009, first_name: "Rina" }, "bc:rep:1"))?.text).toBe("Maaf, balasan hanya dapat dikirim oleh penerima siaran ini.");
    await h.run("as 2002 Siti", "press Balas ke pengirim", "Ada pertanyaan.");
    // Andi received the broadcast too, but may not answer Siti's reply in Budi's name.
    const forgedAnswer = await pressForged(h, { id: 2003, first_name: "Andi" }, `bc:ans:1:${cast.siti.id}`);
    expect(forgedAnswer?.text).toBe("Maaf, hanya pengirim siaran yang dapat menjawab balasan ini.");
    // Budi may answer only members who replied.
    expect((await pressForged(h, { id: 2001, first_name: "Budi" }, `bc:ans:1:${outsider.id}`))?.text).toBe("Anggota ini belum membalas siaran tersebut.");
    expect((await pressForged(h, { id: 2002, first_name: "Siti" }, "bc:rep:99"))?.text).toBe("Maaf, siaran ini tidak ditemukan.");
  });
});
