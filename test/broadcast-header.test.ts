import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliveredParts, headerText, withHeader } from "../src/broadcast/broadcast-header.js";
import { voiceOf } from "../src/broadcast/broadcast-conversation.js";
import { approvedMember, createHarness, type Harness } from "./support/bot-harness.js";

const t = (key: string, vars?: Record<string, string | number>) => `${key}${vars ? JSON.stringify(vars) : ""}`;

describe("the header of a broadcast", () => {
  it("names the voice: official for mandatory ones, the secretariat for admins, the pokja for coordinators", () => {
    const pokja = [
      { id: 1, name: "Kebijakan" },
      { id: 2, name: "Infrastruktur" },
    ];
    const budi = { name: "Budi Santoso", isAdmin: false };
    expect(voiceOf({ name: "Admin", isAdmin: true }, { kind: "all" }, true, pokja)).toEqual({ kind: "official" });
    expect(voiceOf({ name: "Admin", isAdmin: true }, { kind: "pokja", pokjaIds: [1], members: true, groups: false }, false, pokja)).toEqual({
      kind: "secretariat",
      senderName: "Admin",
    });
    expect(voiceOf(budi, { kind: "pokja", pokjaIds: [1], members: true, groups: true }, false, pokja)).toEqual({ kind: "pokja", pokja: "Kebijakan", senderName: "Budi Santoso" });
    expect(headerText(t, { kind: "pokja", pokja: "Kebijakan", senderName: "Budi" })).toBe('bc-header-pokja{"pokja":"Kebijakan","name":"Budi"}');
  });

  it("goes before the text in bold and moves the sender's formatting after it (UTF-16 offsets)", () => {
    const header = "📌 Pengumuman";
    const framed = withHeader({ kind: "text", text: "Rapat besok.", entities: [{ type: "italic", offset: 0, length: 5 }] }, header);
    expect(framed).toEqual({
      kind: "text",
      text: "📌 Pengumuman\n\nRapat besok.",
      entities: [
        { type: "bold", offset: 0, length: 13 },
        { type: "italic", offset: 15, length: 5 },
      ],
    });
    // A file without a caption gets the header alone as its caption.
    expect(withHeader({ kind: "photo", fileId: "F" }, header)).toMatchObject({ caption: header, captionEntities: [{ type: "bold", offset: 0, length: 13 }] });
  });

  it("counts toward the caption and text limits: a caption pushed over 1024 follows the file as a text", () => {
    const caption = "x".repeat(1000);
    const parts = deliveredParts({ kind: "photo", fileId: "F", caption }, "📣 Siaran Sekretariat Forum Kominfo · Admin");
    expect(parts.map((p) => p.kind)).toEqual(["photo", "text"]);
    expect(parts[0]).not.toHaveProperty("caption");
    expect(parts[1]).toMatchObject({ text: `📣 Siaran Sekretariat Forum Kominfo · Admin\n\n${caption}` });
    // 4096 characters of text fit alone, but not with the header.
    expect(deliveredParts({ kind: "text", text: "y".repeat(4096) }, "📌 Pengumuman")).toHaveLength(2);
    expect(deliveredParts({ kind: "text", text: "y".repeat(4000) }, "📌 Pengumuman")).toHaveLength(1);
  });
});

describe("broadcast previews and reports", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await approvedMember(h, 2001, "Budi Santoso");
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("previews a long caption as recipients get it: the file, then the text with the header", async () => {
    await h.run("as 1001", "/siaran");
    const caption = `Dokumentasi rakor. ${"Rincian kegiatan. ".repeat(55)}`.trim();
    expect(caption.length).toBeLessThanOrEqual(1024);
    await h.created.bot.handleUpdate(h.standIn.userSendsPhoto({ id: 1001, first_name: "Admin" }, undefined, caption));
    await h.run("press Semua anggota forum");
    const summary = await h.say("press Siaran biasa");
    expect(summary).toContain("penerima menerimanya dalam 2 pesan");
    const previewed = h.standIn.messagesIn(1001).slice(-4);
    expect(previewed[0]?.type).toBe("photo");
    expect(previewed[1]?.text.startsWith("📣 Siaran Sekretariat Forum Kominfo · Admin\n\nDokumentasi rakor.")).toBe(true);
    await h.run("press Kirim sekarang");
    const received = h.standIn.messagesIn(2001);
    expect(received.map((m) => m.type)).toEqual(["photo", "text"]);
    expect(received[1]?.buttons.flat().map((b) => b.text)).toEqual(["↩️ Balas ke pengirim"]);
  });

  it("reports messages possibly sent twice only when there are some", async () => {
    const { broadcasts } = h.created.services;
    const created = await broadcasts.create({
      sender: { memberId: null, telegramId: 1001n },
      senderChatId: 1001n,
      audience: { kind: "all" },
      audienceLabel: "Semua anggota",
      payload: { kind: "text", text: "Undangan rakor." },
      mandatory: false,
      scheduledAt: null,
    });
    const progress = await h.created.bot.api.sendMessage(1001, "📨 Terkirim 0 dari 1");
    await broadcasts.setProgressMessage(created.broadcast.id, progress.message_id);
    // As after a crash mid-send: the row was requeued and marked in doubt.
    await h.db.delivery.updateMany({ where: { broadcastId: created.broadcast.id, chatId: 2001n }, data: { inDoubt: true } });
    await h.created.dispatcher.drain();
    const report = h.standIn.messagesIn(1001).find((m) => m.messageId === progress.message_id)!;
    expect(report.text).toBe("✅ Siaran selesai: terkirim 1 dari 1 · gagal 0 · diblokir 0\nPesan yang mungkin terkirim dua kali karena gangguan: 1");
  });
});
