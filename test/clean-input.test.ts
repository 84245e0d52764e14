import fc from "fast-check";
import type { MessageEntity, Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanUpdate } from "../src/bot/clean-input.js";
import { cleanUserText } from "../src/shared/user-text.js";
import { approvedMember, BUDI_UNTIL_SUMMARY, createHarness, kebijakanPokja, type Harness } from "./support/bot-harness.js";

/** Invisible characters that can spoof text on a card: none may reach the database or a message. */
// eslint-disable-next-line no-control-regex -- these are what the test looks for
const SPOOFING = /[\0-\x08\x0B-\x1F\x7F-\x9F\u00AD\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const FAMILY = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";

function message(text: string, entities: MessageEntity[], extra: Record<string, unknown> = {}): Update {
  return {
    update_id: 1,
    message: {
      message_id: 1,
      date: 0,
      chat: { id: 7, type: "private", first_name: "Budi" },
      from: { id: 7, is_bot: false, first_name: "Budi" },
      text,
      entities,
      ...extra,
    },
  } as Update;
}

const covered = (text: string, e: MessageEntity) => text.slice(e.offset, e.offset + e.length);

describe("cleanUpdate", () => {
  it("cleans the text and moves the entities that follow a removed character", () => {
    const text = "\u202E/rapat\u200B Rapat\u0000 *koordinasi* \u2066Senin\u2069 " + FAMILY + " akhir";
    const entities: MessageEntity[] = [
      { type: "bot_command", offset: 1, length: 7 },
      { type: "bold", offset: text.indexOf("Rapat"), length: "Rapat\u0000 *koordinasi*".length },
      { type: "italic", offset: text.indexOf("\u2066"), length: "\u2066Senin\u2069".length },
      { type: "underline", offset: text.indexOf(FAMILY), length: FAMILY.length },
      { type: "code", offset: text.indexOf("akhir"), length: 5 },
    ];
    const update = cleanUpdate(message(text, entities));
    const m = update.message!;
    expect(m.text).toBe(`/rapat Rapat *koordinasi* Senin ${FAMILY} akhir`);
    expect(m.entities!.map((e) => [e.type, covered(m.text!, e)])).toEqual([
      ["bot_command", "/rapat"],
      ["bold", "Rapat *koordinasi*"],
      ["italic", "Senin"],
      ["underline", FAMILY],
      ["code", "akhir"],
    ]);
    expect(m.entities![0]).toEqual({ type: "bot_command", offset: 0, length: 6 });
  });

  it("drops an entity that covered only invisible characters, and the list when it is empty", () => {
    const update = cleanUpdate(message("Halo \u200B\u202E", [{ type: "bold", offset: 5, length: 2 }]));
    expect(update.message!.text).toBe("Halo ");
    expect(update.message!.entities).toBeUndefined();
  });

  it("cleans captions with their entities, names, file names, contacts, inline queries; keeps ids and callback data", () => {
    const caption = "Notulen\u202E rapat";
    const update = cleanUpdate({
      update_id: 2,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 7, type: "private", first_name: "Bu\u200Bdi" },
        from: { id: 7, is_bot: false, first_name: "Bu\u200Bdi", last_name: "\u202ESantoso", username: "budi" },
        caption,
        caption_entities: [{ type: "bold", offset: 9, length: 5 }],
        document: { file_id: "AbC\u200B-id", file_unique_id: "u1", file_name: "laporan\u202Efdp.exe" },
        contact: { phone_number: "+62812", first_name: "Si\u0000ti" },
      },
    } as unknown as Update);
    const m = update.message!;
    expect(m.caption).toBe("Notulen rapat");
    expect(covered(m.caption!, m.caption_entities![0]!)).toBe("rapat");
    expect([m.from!.first_name, m.from!.last_name, m.chat.first_name]).toEqual(["Budi", "Santoso", "Budi"]);
    expect(m.document!.file_name).toBe("laporanfdp.exe");
    expect(m.document!.file_id).toBe("AbC\u200B-id"); // Telegram's id, passed back as it came
    expect(m.contact!.first_name).toBe("Siti");

    const inline = cleanUpdate({ update_id: 3, inline_query: { id: "q\u200B", from: { id: 7, is_bot: false, first_name: "B" }, query: "48\u200B", offset: "" } } as Update);
    expect(inline.inline_query!.query).toBe("48");
    expect(inline.inline_query!.id).toBe("q\u200B");
    const press = cleanUpdate({
      update_id: 4,
      callback_query: { id: "c", from: { id: 7, is_bot: false, first_name: "B\u202E" }, chat_instance: "x", data: "mt:r:1\u200B:h" },
    } as Update);
    expect(press.callback_query!.data).toBe("mt:r:1\u200B:h");
    expect(press.callback_query!.from.first_name).toBe("B");
  });

  it("for any text made of words, emoji and invisible characters, each entity covers the cleaned text of what it covered", () => {
    // Atoms whose cleaning does not depend on their neighbours, so entity boundaries between atoms
    // have one right answer.
    const atom = fc.constantFrom("Rapat", " ", "\n", "\r\n", "\u0000", "\u202E", "\u200B", "\u2066", "\uFEFF", "\u00AD", "e\u0301", FAMILY, "\u2764\uFE0F", "\u{1F600}", "\uD800", "<b>");
    const input = fc
      .array(atom, { minLength: 1, maxLength: 30 })
      .chain((atoms) =>
        fc.tuple(
          fc.constant(atoms),
          fc.array(fc.tuple(fc.nat(atoms.length), fc.nat(atoms.length)), { maxLength: 5 }),
        ),
      );
    fc.assert(
      fc.property(input, ([atoms, spans]) => {
        const starts = atoms.map((_, i) => atoms.slice(0, i).join("").length);
        starts.push(atoms.join("").length);
        const text = atoms.join("");
        const entities = spans
          .filter(([a, b]) => a !== b) // Telegram sends no empty entities
          .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
          .map(([a, b]) => ({ type: "bold" as const, offset: starts[a]!, length: starts[b]! - starts[a]!, atoms: [a, b] as const }));
        const update = cleanUpdate(message(text, entities.map(({ type, offset, length }) => ({ type, offset, length }))));
        const m = update.message!;
        expect(m.text).toBe(cleanUserText(text));
        const expected = entities
          .map(({ atoms: [a, b] }) => cleanUserText(atoms.slice(a, b).join("")))
          .filter((piece) => piece !== "");
        expect((m.entities ?? []).map((e) => covered(m.text!, e))).toEqual(expected);
        for (const e of m.entities ?? []) expect(e.offset + e.length).toBeLessThanOrEqual(m.text!.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("user text through the bot", () => {
  let h: Harness;
  afterEach(async () => {
    await h.dispose();
  });

  describe("registration", () => {
    beforeEach(async () => {
      h = await createHarness();
    });

    it("stores name and jabatan without bidi, zero-width or control characters, and the admin's card shows them clean", async () => {
      const lines = [...BUDI_UNTIL_SUMMARY];
      lines[0] = "as 2001 Budi\u202E\u200B";
      lines[3] = "Budi\u200B Santoso\u202E, S.Kom.";
      lines[6] = "Kepala\u200B Bidang \u202EAplikasi\u2066 Informatika\u0000";
      await h.run(...lines);
      expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain("Nama: Budi Santoso, S.Kom.");
      await h.run("press Kirim pendaftaran");
      const member = await h.db.member.findUnique({ where: { telegramId: 2001n } });
      expect(member).toMatchObject({ fullName: "Budi Santoso, S.Kom.", position: "Kepala Bidang Aplikasi Informatika", status: "pending" });
      const card = h.standIn.lastMessageWithKeyboard(1001)!;
      expect(card.text).toContain("Pendaftaran baru menunggu persetujuan");
      expect(card.text).toContain("Budi Santoso, S.Kom.");
      expect(card.text).toContain("Kepala Bidang Aplikasi Informatika");
      for (const chat of [1001, 2001]) {
        for (const m of h.standIn.messagesIn(chat)) {
          expect(m.rawText).not.toMatch(SPOOFING);
          expect(m.buttons.flat().map((b) => b.text).join(" ")).not.toMatch(SPOOFING);
        }
      }
    });

    it("a configured admin's record made from a spoofing Telegram name is stored clean", async () => {
      await h.run("as 1001 Ad\u200Bmin \u202ESekretariat\u2069", "/start");
      const admin = await h.db.member.findUnique({ where: { telegramId: 1001n } });
      expect(admin?.fullName).toBe("Admin Sekretariat");
    });

    it("a command with an invisible character before it still works: its entity moved with the text", async () => {
      await approvedMember(h, 2001, "Budi Santoso");
      const update = h.standIn.enqueueUpdate({
        message: {
          message_id: 900,
          date: Math.floor(h.clock.now().getTime() / 1000),
          chat: { id: 2001, type: "private", first_name: "Budi" },
          from: { id: 2001, is_bot: false, first_name: "Budi" },
          text: "\u202E\u200B/profil",
          entities: [{ type: "bot_command", offset: 2, length: 7 }],
        },
      });
      await h.created.bot.handleUpdate(update);
      expect(h.standIn.lastMessage(2001)?.text).toContain("Budi Santoso");
      expect(h.standIn.lastMessage(2001)?.text).not.toContain("/profil");
    });
  });

  describe("button labels", () => {
    beforeEach(async () => {
      h = await createHarness({ start: new Date("2026-12-20T02:00:00Z") });
      await kebijakanPokja(h);
    });

    it("a task title with an emoji where the old 60-unit cut fell is cut between characters on the button", async () => {
      // "9001. " and 53 letters: the family emoji starts at unit 59, where slice(0, 60) halved it.
      const title = `Satu data kependudukan ${"x".repeat(30)}${FAMILY} dan seterusnya`;
      await h.db.spbeTask.create({ data: { number: 9001, title, createdAt: h.clock.now() } });
      expect(`9001. ${title}`.slice(0, 60).endsWith("\uD83D")).toBe(true);
      await h.run("as 2002 Siti", "/usul", "press Data", "Integrasi data kependudukan antar daerah");
      await h.run("Data kependudukan di tiap daerah belum saling terhubung.");
      await h.run("Membangun layanan berbagi pakai data kependudukan antardaerah.", "Layanan publik lebih cepat dan tidak ada pendataan ganda.");
      expect(await h.say("9001")).toContain("Pilih tugas SPBE yang terkait");
      const labels = h.standIn.lastMessageWithKeyboard(2002)!.buttons.flat().map((b) => b.text);
      const label = labels.find((text) => text.startsWith("9001."))!;
      // 60 graphemes at most: 59 of the title's, whole, then "…".
      expect(label).toBe(`9001. Satu data kependudukan ${"x".repeat(30)}…`);
      expect(() => encodeURIComponent(label)).not.toThrow();
    });
  });

  describe("meetings and broadcasts", () => {
    beforeEach(async () => {
      h = await createHarness({ start: new Date("2026-12-20T02:00:00Z") });
      await kebijakanPokja(h);
    });

    it("a meeting's title and agenda are stored and announced clean", async () => {
      await h.run("as 2001 Budi", "/rapat_baru", "press Pokja Kebijakan", "Rapat\u200B Pokja \u202EKebijakan\u2069 Desember");
      await h.run("1. Evaluasi\u0000 kebijakan\u200B SPBE\\n2. Rencana\u2067 2027", "28/12/2026 09.00", "press Benar", "press Sekali saja", "press 2 jam");
      await h.run("Ruang Rapat\u200B Lt. 3, https://meet.google.com/abc-defg-hij", "press Lanjut");
      expect(await h.say("press Jadwalkan")).toContain("Rapat telah dijadwalkan");
      const meeting = await h.db.meeting.findFirstOrThrow();
      expect(meeting.title).toBe("Rapat Pokja Kebijakan Desember");
      expect(meeting.agenda).toBe("1. Evaluasi kebijakan SPBE\n2. Rencana 2027");
      const invitation = h.standIn.messagesIn(2002).find((m) => m.text.includes("Undangan"))!;
      expect(invitation.text).toContain("Rapat Pokja Kebijakan Desember");
      expect(invitation.text).toContain("1. Evaluasi kebijakan SPBE\n2. Rencana 2027");
      const card = await h.say("as 2001 Budi", "/rapat", "press 1");
      expect(card).toContain("Rapat Pokja Kebijakan Desember");
      for (const chat of [2001, 2002, 2003]) {
        for (const m of h.standIn.messagesIn(chat)) expect(m.rawText).not.toMatch(SPOOFING);
      }
    });

    it("a formatted broadcast keeps its bold and italic on the right words after invisible characters are removed", async () => {
      await h.run("as 1001", "/siaran");
      const text = "\u202ERapat\u200B koordinasi SPBE hari \u2066Senin\u2069.";
      await h.created.bot.handleUpdate(
        h.standIn.enqueueUpdate({
          message: {
            message_id: 901,
            date: Math.floor(h.clock.now().getTime() / 1000),
            chat: { id: 1001, type: "private", first_name: "Admin" },
            from: { id: 1001, is_bot: false, first_name: "Admin" },
            text,
            entities: [
              { type: "bold", offset: 1, length: "Rapat\u200B koordinasi".length },
              { type: "italic", offset: text.indexOf("\u2066"), length: "\u2066Senin\u2069".length },
            ],
          },
        }),
      );
      await h.run("press Semua anggota forum", "press Siaran biasa", "press Kirim sekarang");
      await h.created.dispatcher.drain();
      const received = h.standIn.lastMessage(2002)!;
      const body = "Rapat koordinasi SPBE hari Senin.";
      expect(received.text.endsWith(`\n\n${body}`)).toBe(true);
      const start = received.text.length - body.length;
      expect(received.entities.filter((e) => e.type !== "bold" || e.offset > 0)).toEqual([
        { type: "bold", offset: start, length: "Rapat koordinasi".length },
        { type: "italic", offset: start + body.indexOf("Senin"), length: 5 },
      ]);
    });
  });
});
