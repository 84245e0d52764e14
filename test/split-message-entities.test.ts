// Splitting a long text with its entities (bold, links, code...) into messages Telegram accepts.
import { describe, expect, it } from "vitest";
import type { MessageEntity } from "grammy/types";
import { TELEGRAM_CAPTION_LIMIT, TELEGRAM_TEXT_LIMIT, splitHtml, splitTextWithEntities } from "../src/delivery/split-message.js";
import { checkEntityPieces, hasNoLoneSurrogate, prose, rng, words } from "./support/split-message-checks.js";

describe("splitTextWithEntities", () => {
  it("exports the Telegram limits", () => {
    expect(TELEGRAM_TEXT_LIMIT).toBe(4096);
    expect(TELEGRAM_CAPTION_LIMIT).toBe(1024);
  });

  it.each([
    { name: "empty text", text: "", entities: undefined },
    { name: "short text", text: "Halo semua", entities: [{ type: "bold", offset: 0, length: 4 }] },
    {
      name: "exactly the limit",
      text: "x".repeat(TELEGRAM_TEXT_LIMIT),
      entities: [{ type: "text_link", offset: 10, length: 100, url: "https://kominfo.go.id" }],
    },
  ] satisfies { name: string; text: string; entities: MessageEntity[] | undefined }[])(
    "returns fitting text unchanged: $name",
    ({ text, entities }) => {
      expect(splitTextWithEntities(text, entities)).toEqual([{ text, entities: entities ?? [] }]);
    },
  );

  it("rejects a limit below 2", () => {
    expect(() => splitTextWithEntities("abc", [], 1)).toThrow(RangeError);
    expect(() => splitHtml("abc", 0)).toThrow(RangeError);
  });

  it("splits 10 paragraphs of ~900 chars between paragraphs", () => {
    const paragraphs = Array.from({ length: 10 }, (_, k) => `Paragraf ${k}. ` + words(178));
    for (const paragraph of paragraphs) expect(paragraph.length).toBeGreaterThan(880);
    const text = paragraphs.join("\n\n");
    const parts = splitTextWithEntities(text, []);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    // 4 paragraphs fit (4 * ~900 + 6), 5 do not.
    expect(parts.map((part) => part.text)).toEqual([
      paragraphs.slice(0, 4).join("\n\n"),
      paragraphs.slice(4, 8).join("\n\n"),
      paragraphs.slice(8).join("\n\n"),
    ]);
    checkEntityPieces(text, [], parts);
  });

  it.each([
    { name: "a paragraph break beats a later line break", text: "one\n\ntwo\nthree four five", parts: ["one", "two\nthree four five"] },
    { name: "a line break beats a later sentence end", text: "alpha beta\ngamma. delta epsilon", parts: ["alpha beta", "gamma. delta epsilon"] },
    { name: "a sentence end beats a later space", text: "Alpha beta! Gamma delta epsilon", parts: ["Alpha beta!", "Gamma delta epsilon"] },
    { name: "a question also ends a sentence", text: "Siapa dia? Gamma delta epsilon", parts: ["Siapa dia?", "Gamma delta epsilon"] },
    { name: "the last space", text: "alpha beta gamma delta", parts: ["alpha beta gamma", "delta"] },
    { name: "a hard cut as last resort", text: "abcdefghijklmnopqrstuvwxyz", parts: ["abcdefghijklmnopqrst", "uvwxyz"] },
    { name: "trailing blanks and all newlines at a break are dropped", text: "alpha  \n\n\nbeta gamma delta eps", parts: ["alpha", "beta gamma delta eps"] },
    { name: "the next line's indentation is kept", text: "line one\n  indented line two", parts: ["line one", "  indented line two"] },
    { name: "a run of spaces is dropped whole", text: "alpha beta gamma    delta epsilon", parts: ["alpha beta gamma", "delta epsilon"] },
    { name: "trailing whitespace never makes a blank part", text: "alpha beta gamma delta" + " ".repeat(30), parts: ["alpha beta gamma", "delta"] },
  ])("cut preference (limit 20): $name", ({ text, parts: expected }) => {
    const parts = splitTextWithEntities(text, [], 20);
    expect(parts.map((part) => part.text)).toEqual(expected);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(20);
    checkEntityPieces(text, [], parts);
  });

  it("moves the cut before a bold entity spanning the natural cut point", () => {
    // Small scale: the last space within 20 chars (16) lies inside "gamma delta".
    const small = "alpha beta gamma delta epsilon";
    const bold: MessageEntity = { type: "bold", offset: 11, length: 11 };
    const smallParts = splitTextWithEntities(small, [bold], 20);
    expect(smallParts).toEqual([
      { text: "alpha beta", entities: [] },
      { text: "gamma delta epsilon", entities: [{ type: "bold", offset: 0, length: 11 }] },
    ]);

    // Full scale: a bold phrase straddles position 4096.
    const head = words(815); // 4074 chars
    const phrase = "tebal sekali ini lho, jangan dipotong";
    const text = `${head} ${phrase} ${words(20)}`;
    const offset = head.length + 1;
    expect(offset).toBeLessThan(TELEGRAM_TEXT_LIMIT);
    expect(offset + phrase.length).toBeGreaterThan(TELEGRAM_TEXT_LIMIT);
    const entities: MessageEntity[] = [{ type: "bold", offset, length: phrase.length }];
    const parts = splitTextWithEntities(text, entities);
    expect(parts.map((part) => part.text)).toEqual([head, `${phrase} ${words(20)}`]);
    expect(parts[1]!.entities).toEqual([{ type: "bold", offset: 0, length: phrase.length }]);
    checkEntityPieces(text, entities, parts);
  });

  it("splits a 6000-char code entity across two parts", () => {
    const text = "x".repeat(6000);
    const parts = splitTextWithEntities(text, [{ type: "code", offset: 0, length: 6000 }]);
    expect(parts).toEqual([
      { text: "x".repeat(4096), entities: [{ type: "code", offset: 0, length: 4096 }] },
      { text: "x".repeat(1904), entities: [{ type: "code", offset: 0, length: 1904 }] },
    ]);
  });

  it("splits a long pre block at a line inside it and keeps its language", () => {
    const lines = Array.from({ length: 400 }, (_, k) => `  const v${String(k).padStart(3, "0")} = ${k};`);
    const code = lines.join("\n");
    expect(code.length).toBeGreaterThan(6000);
    const text = `Contoh:\n\n${code}\n\nSelesai.`;
    const pre: MessageEntity = { type: "pre", offset: 9, length: code.length, language: "ts" };
    const bold: MessageEntity = { type: "bold", offset: 0, length: 7 };
    const parts = splitTextWithEntities(text, [bold, pre]);
    // The cut outside every entity (before the block) wins; the block itself is cut at a line break.
    expect(parts[0]).toEqual({ text: "Contoh:", entities: [{ type: "bold", offset: 0, length: 7 }] });
    expect(parts).toHaveLength(3);
    const pieces = parts.slice(1).map((part) => {
      const [entity] = part.entities;
      expect(entity).toMatchObject({ type: "pre", language: "ts", offset: 0 });
      return part.text.slice(0, entity!.length);
    });
    expect(pieces.join("\n")).toBe(code);
    expect(parts[2]!.text.endsWith(`\n\nSelesai.`)).toBe(true);
    checkEntityPieces(text, [bold, pre], parts);
  });

  it.each([
    { name: "simple emoji", filler: "a", emoji: "😀", limit: TELEGRAM_TEXT_LIMIT },
    { name: "ZWJ family", filler: "", emoji: "👨‍👩‍👧", limit: 100 },
    { name: "flag", filler: "b", emoji: "🇮🇩", limit: 101 },
    { name: "keycap", filler: "", emoji: "1️⃣", limit: 50 },
  ])("never breaks an emoji at the boundary: $name", ({ filler, emoji, limit }) => {
    const text = filler + emoji.repeat(Math.ceil((limit * 1.5) / emoji.length));
    const parts = splitTextWithEntities(text, [{ type: "italic", offset: 0, length: text.length }], limit);
    expect(parts.length).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      expect(part.text.length).toBeLessThanOrEqual(limit);
      const body = index === 0 ? part.text.slice(filler.length) : part.text;
      expect(body.split(emoji).every((rest) => rest === "")).toBe(true);
    }
    expect(parts.map((part) => part.text).join("")).toBe(text);
    checkEntityPieces(text, [{ type: "italic", offset: 0, length: text.length }], parts);
  });

  it("does not split a surrogate pair on a hard cut", () => {
    const text = "a" + "😀".repeat(3000);
    const parts = splitTextWithEntities(text, undefined);
    expect(parts.map((part) => part.text.length)).toEqual([4095, 1906]);
    for (const part of parts) {
      expect(part.text.charCodeAt(part.text.length - 1)).not.toBe(0xd83d);
      expect(hasNoLoneSurrogate(part.text)).toBe(true);
    }
  });

  it("keeps a link's url in the part that holds it", () => {
    const first = words(500, "awal");
    const second = "Lihat juga situs resmi Kominfo untuk detailnya.";
    const text = `${first}\n\n${second}`;
    const linkOffset = first.length + 2 + second.indexOf("situs");
    const link: MessageEntity = { type: "text_link", offset: linkOffset, length: "situs resmi".length, url: "https://kominfo.go.id" };
    const mention: MessageEntity = { type: "text_mention", offset: 0, length: 4, user: { id: 7, is_bot: false, first_name: "Budi" } };
    const parts = splitTextWithEntities(text, [mention, link], 2520);
    expect(parts.map((part) => part.text)).toEqual([first, second]);
    expect(parts[0]!.entities).toEqual([mention]);
    expect(parts[1]!.entities).toEqual([{ ...link, offset: second.indexOf("situs") }]);
    expect(parts[1]!.text.slice(parts[1]!.entities[0]!.offset).startsWith("situs resmi")).toBe(true);
  });

  it("keeps the url on both pieces of a link that has to be split", () => {
    const text = "baca " + words(10, "tautan");
    const link: MessageEntity = { type: "text_link", offset: 5, length: text.length - 5, url: "https://example.org/x" };
    const parts = splitTextWithEntities(text, [link], 30);
    expect(parts.length).toBeGreaterThan(1);
    // The first cut goes before the link (outside every entity).
    expect(parts[0]).toEqual({ text: "baca", entities: [] });
    for (const part of parts.slice(1)) {
      expect(part.entities).toEqual([{ ...link, offset: 0, length: part.text.length }]);
    }
    checkEntityPieces(text, [link], parts);
  });

  it("splits nested entities, avoiding the small inner one", () => {
    const text = "aaaa bbbb cccc dddd eeee ffff";
    const entities: MessageEntity[] = [
      { type: "bold", offset: 0, length: text.length },
      { type: "italic", offset: 10, length: 9 }, // "cccc dddd"
    ];
    const parts = splitTextWithEntities(text, entities, 17);
    expect(parts).toEqual([
      { text: "aaaa bbbb", entities: [{ type: "bold", offset: 0, length: 9 }] },
      {
        text: "cccc dddd eeee",
        entities: [
          { type: "bold", offset: 0, length: 14 },
          { type: "italic", offset: 0, length: 9 },
        ],
      },
      { text: "ffff", entities: [{ type: "bold", offset: 0, length: 4 }] },
    ]);
  });

  it("handles overlapping entities", () => {
    const text = "satu dua tiga empat lima enam tujuh";
    const entities: MessageEntity[] = [
      { type: "bold", offset: 0, length: 19 },
      { type: "underline", offset: 9, length: 20 },
      { type: "custom_emoji", offset: 30, length: 5, custom_emoji_id: "123" },
    ];
    for (const limit of [5, 8, 12, 20, 30]) {
      const parts = splitTextWithEntities(text, entities, limit);
      for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(limit);
      checkEntityPieces(text, entities, parts);
    }
  });

  it("keeps its invariants on random text with random entities", () => {
    const random = rng(42);
    const types = ["bold", "italic", "code", "spoiler", "underline"] as const;
    for (let round = 0; round < 30; round++) {
      const text = prose(100 + Math.floor(random() * 900), random);
      const entities: MessageEntity[] = [];
      for (let k = Math.floor(random() * 8); k > 0; k--) {
        const offset = Math.floor(random() * text.length);
        const length = 1 + Math.floor(random() * Math.min(300, text.length - offset));
        const end = offset + length;
        // Entities cover whole code points, as Telegram's do.
        const safeEnd = end < text.length && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff ? end + 1 : end;
        const safeOffset = text.charCodeAt(offset) >= 0xdc00 && text.charCodeAt(offset) <= 0xdfff ? offset - 1 : offset;
        if (round % 3 === 0) entities.push({ type: "text_link", offset: safeOffset, length: safeEnd - safeOffset, url: `https://x.test/${k}` });
        else entities.push({ type: types[k % types.length]!, offset: safeOffset, length: safeEnd - safeOffset });
      }
      for (const limit of [16, 64, 250]) {
        const parts = splitTextWithEntities(text, entities, limit);
        for (const part of parts) {
          expect(part.text.length).toBeLessThanOrEqual(limit);
          expect(hasNoLoneSurrogate(part.text)).toBe(true);
        }
        checkEntityPieces(text, entities, parts);
      }
    }
  });
});
