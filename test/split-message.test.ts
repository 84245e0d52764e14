import { describe, expect, it } from "vitest";
import type { MessageEntity } from "grammy/types";

import {
  TELEGRAM_CAPTION_LIMIT,
  TELEGRAM_TEXT_LIMIT,
  splitHtml,
  splitTextWithEntities,
} from "../src/delivery/split-message.js";

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

const BLANK = /^[ \t\r\n]*$/;

/**
 * Finds where each part lies in the original visible text, asserting that the original is exactly
 * part1 + sep1 + part2 + sep2 + ... with every separator (and any leading/trailing rest) pure whitespace.
 */
function locateParts(original: string, parts: readonly string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const [index, part] of parts.entries()) {
    expect(part.length, `part ${index} is empty`).toBeGreaterThan(0);
    expect(BLANK.test(part), `part ${index} is blank`).toBe(false);
    let start = pos;
    while (!original.startsWith(part, start)) {
      expect(start < original.length && BLANK.test(original[start]!), `part ${index} not found after ${pos}`).toBe(true);
      start++;
    }
    if (index === 0) expect(BLANK.test(original.slice(0, start))).toBe(true);
    starts.push(start);
    pos = start + part.length;
  }
  expect(BLANK.test(original.slice(pos)), "the rest after the last part is not whitespace").toBe(true);
  return starts;
}

/** Checks the pieces of every original entity: right place, right fields, nothing else. */
function checkEntityPieces(
  text: string,
  entities: readonly MessageEntity[],
  parts: readonly { text: string; entities: MessageEntity[] }[],
): void {
  const starts = locateParts(
    text,
    parts.map((part) => part.text),
  );
  parts.forEach((part, index) => {
    const origin = starts[index]!;
    const expected: MessageEntity[] = [];
    for (const entity of entities) {
      const from = Math.max(origin, entity.offset);
      const to = Math.min(origin + part.text.length, entity.offset + entity.length);
      if (to > from) expected.push({ ...entity, offset: from - origin, length: to - from });
    }
    expect(part.entities).toEqual(expected);
    for (const entity of part.entities) {
      expect(entity.offset).toBeGreaterThanOrEqual(0);
      expect(entity.offset + entity.length).toBeLessThanOrEqual(part.text.length);
    }
  });
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot);/gi, (_, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return NAMED[body.toLowerCase()]!;
  });
}

const TAG = /<(\/?)([a-z][a-z0-9-]*)([^>]*)>/gi;

/** Visible text of Telegram HTML. */
function visibleText(html: string): string {
  return decodeEntities(html.replace(TAG, ""));
}

/** Every visible character with the raw opening tags enclosing it; also asserts the tags are balanced. */
function styledUnits(html: string): { char: string; style: string }[] {
  const units: { char: string; style: string }[] = [];
  const stack: { name: string; raw: string }[] = [];
  let last = 0;
  const addText = (raw: string): void => {
    const style = stack.map((tag) => tag.raw).join("");
    for (const char of decodeEntities(raw)) for (const unit of char.split("")) units.push({ char: unit, style });
  };
  for (const match of html.matchAll(TAG)) {
    addText(html.slice(last, match.index));
    last = match.index + match[0].length;
    const name = match[2]!.toLowerCase();
    if (match[1] === "/") {
      const top = stack.pop();
      expect(top?.name, `unbalanced </${name}> in ${html}`).toBe(name);
    } else {
      stack.push({ name, raw: match[0] });
    }
  }
  addText(html.slice(last));
  expect(
    stack.map((tag) => tag.name),
    `unclosed tags in ${html}`,
  ).toEqual([]);
  return units;
}

/** Tiny tag-balance checker. */
function isWellFormed(html: string): boolean {
  const stack: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (match[1] !== "/") stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  // No stray '<' or '>' and no broken &...; outside the tags.
  const text = html.replace(TAG, "");
  if (/[<>]/.test(text)) return false;
  if (/&(?![#a-z0-9]+;)/i.test(text)) return false;
  return stack.length === 0;
}

/** Checks HTML parts: well-formed, within the limit, same visible text and same formatting per character. */
function checkHtmlParts(html: string, parts: readonly string[], limit: number): void {
  for (const part of parts) {
    expect(isWellFormed(part), `not well-formed: ${part}`).toBe(true);
    expect(visibleText(part).length).toBeLessThanOrEqual(limit);
  }
  const original = styledUnits(html);
  const originalText = original.map((unit) => unit.char).join("");
  const partUnits = parts.map(styledUnits);
  const starts = locateParts(
    originalText,
    partUnits.map((units) => units.map((unit) => unit.char).join("")),
  );
  partUnits.forEach((units, index) => {
    const origin = starts[index]!;
    expect(units.map((unit) => unit.style)).toEqual(original.slice(origin, origin + units.length).map((unit) => unit.style));
  });
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["rapat", "SPBE", "koordinasi", "Kominfo", "forum", "data", "layanan", "a", "tata-kelola", "😀", "👨‍👩‍👧"];

function sentence(words: number, random: () => number): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) out.push(WORDS[Math.floor(random() * WORDS.length)]!);
  return out.join(" ") + ".";
}

/** ~`size` characters of words, sentences, lines and paragraphs. */
function prose(size: number, random: () => number): string {
  let text = "";
  while (text.length < size) {
    text += sentence(1 + Math.floor(random() * 12), random);
    const r = random();
    text += r < 0.15 ? "\n\n" : r < 0.3 ? "\n" : r < 0.35 ? "" : " ";
  }
  return text;
}

function hasNoLoneSurrogate(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

function words(count: number, word = "kata"): string {
  return Array.from({ length: count }, () => word).join(" ");
}

// ---------------------------------------------------------------------------------------------------------
// splitTextWithEntities
// ---------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------
// splitHtml
// ---------------------------------------------------------------------------------------------------------

describe("splitHtml", () => {
  it.each([
    "",
    "Halo <b>semua</b> &amp; selamat &lt;datang&gt;",
    `<a href="https://x.test/?a=1&amp;b=2">${"y".repeat(TELEGRAM_CAPTION_LIMIT)}</a>`,
  ])("returns fitting HTML unchanged: %#", (html) => {
    expect(splitHtml(html, TELEGRAM_CAPTION_LIMIT)).toEqual([html]);
  });

  it("closes and reopens nested <b><i> spanning a cut", () => {
    const html = "<b>alpha <i>beta gamma delta epsilon</i> zeta</b>";
    const parts = splitHtml(html, 20);
    expect(parts).toEqual(["<b>alpha <i>beta gamma</i></b>", "<b><i>delta epsilon</i> zeta</b>"]);
    checkHtmlParts(html, parts, 20);
  });

  it("reopens tags with their attributes", () => {
    const html =
      `<blockquote expandable><a href="https://x.test/?a=1&amp;b=2">satu dua tiga</a> empat lima</blockquote>` +
      `<pre><code class="language-python">print(1)\nprint(2)\nprint(3)</code></pre>`;
    const parts = splitHtml(html, 10);
    expect(parts).toEqual([
      `<blockquote expandable><a href="https://x.test/?a=1&amp;b=2">satu dua</a></blockquote>`,
      `<blockquote expandable><a href="https://x.test/?a=1&amp;b=2">tiga</a> empat</blockquote>`,
      `<blockquote expandable>lima</blockquote>`,
      `<pre><code class="language-python">print(1)</code></pre>`,
      `<pre><code class="language-python">print(2)</code></pre>`,
      `<pre><code class="language-python">print(3)</code></pre>`,
    ]);
    checkHtmlParts(html, parts, 10);
  });

  it("prefers a cut outside elements", () => {
    const html = "Halo rekan <b>semua yang terhormat</b> di forum";
    const parts = splitHtml(html, 30);
    expect(parts).toEqual(["Halo rekan", "<b>semua yang terhormat</b> di forum"]);
    checkHtmlParts(html, parts, 30);
  });

  it.each([
    { name: "&amp; counts as one char", html: "aaaa&amp;bbbbbbbbb", parts: ["aaaa&amp;bbbbb", "bbbb"] },
    { name: "&amp; right at the limit", html: "aaaaaaaaa&amp;bbbb", parts: ["aaaaaaaaa&amp;", "bbbb"] },
    { name: "&lt; across the cut", html: "aaaaaaaaaa&lt;bbbb", parts: ["aaaaaaaaaa", "&lt;bbbb"] },
    { name: "numeric astral entity is not halved", html: "aaaaaaaaa&#128512;bb", parts: ["aaaaaaaaa", "&#128512;bb"] },
    { name: "hex entity", html: "aaaaaaaaa&#x41;&#x42;cc", parts: ["aaaaaaaaa&#x41;", "&#x42;cc"] },
    { name: "literal emoji is not halved", html: "<i>aaaaaaaaa😀bb</i>", parts: ["<i>aaaaaaaaa</i>", "<i>😀bb</i>"] },
    { name: "unknown entity is literal and kept whole", html: "aaaaaaa&nbsp;bbb", parts: ["aaaaaaa", "&nbsp;bbb"] },
    { name: "a tag is never cut", html: `aaaaaaaaaa<a href="https://x.test/a b">bbb</a>`, parts: ["aaaaaaaaaa", `<a href="https://x.test/a b">bbb</a>`] },
    { name: "break given by entity newlines", html: "alpha beta&#10;&#10;gamma", parts: ["alpha beta", "gamma"] },
  ])("entities and tags stay whole (limit 10): $name", ({ html, parts: expected }) => {
    const parts = splitHtml(html, 10);
    expect(parts).toEqual(expected);
    checkHtmlParts(html, parts, 10);
  });

  it("drops the whitespace at the cut, even across tags", () => {
    const html = "<b>alpha beta gamma </b>\n\n<i>delta epsilon</i>";
    const parts = splitHtml(html, 20);
    expect(parts).toEqual(["<b>alpha beta gamma</b>", "<i>delta epsilon</i>"]);
    checkHtmlParts(html, parts, 20);
  });

  it("splits long HTML at paragraphs within the real limit", () => {
    const paragraph = (k: number): string => `<b>Bagian ${k}</b>: ${words(170)} &amp; <a href="https://x.test/${k}">tautan</a>.`;
    const html = Array.from({ length: 10 }, (_, k) => paragraph(k)).join("\n\n");
    const parts = splitHtml(html);
    expect(parts.length).toBe(3);
    expect(parts.join("\n\n")).toBe(html); // every cut fell between paragraphs, source preserved
    checkHtmlParts(html, parts, TELEGRAM_TEXT_LIMIT);
  });

  it("splits a 6000-char <pre> block and keeps its language", () => {
    const code = Array.from({ length: 330 }, (_, k) => `x = ${k} &lt; ${k + 1} &amp;&amp; ok`).join("\n");
    const html = `<pre><code class="language-js">${code}</code></pre>`;
    expect(visibleText(html).length).toBeGreaterThan(6000);
    const parts = splitHtml(html);
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      expect(part.startsWith(`<pre><code class="language-js">`)).toBe(true);
      expect(part.endsWith(`</code></pre>`)).toBe(true);
    }
    checkHtmlParts(html, parts, TELEGRAM_TEXT_LIMIT);
  });

  it("keeps its invariants on random nested HTML", () => {
    const random = rng(7);
    const elements = [
      ["<b>", "</b>"],
      ["<i>", "</i>"],
      ["<u>", "</u>"],
      ["<s>", "</s>"],
      ["<tg-spoiler>", "</tg-spoiler>"],
      [`<span class="tg-spoiler">`, "</span>"],
      [`<a href="https://x.test/?q=1&amp;r=&quot;2&quot;">`, "</a>"],
      ["<code>", "</code>"],
      [`<pre><code class="language-ts">`, "</code></pre>"],
      ["<blockquote expandable>", "</blockquote>"],
      [`<tg-emoji emoji-id="5368324170671202286">`, "</tg-emoji>"],
    ] as const;
    const escapes = ["&amp;", "&lt;", "&gt;", "&quot;", "&#128512;", "&#x1F1EE;&#x1F1E9;", "😀", "é"];
    const fragment = (depth: number): string => {
      let out = "";
      for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
        const r = random();
        if (r < 0.35 && depth < 3) {
          const [open, close] = elements[Math.floor(random() * elements.length)]!;
          out += open + fragment(depth + 1) + close;
        } else if (r < 0.5) {
          out += escapes[Math.floor(random() * escapes.length)]!;
        } else {
          out += prose(5 + Math.floor(random() * 80), random).replace(/[&<>]/g, "");
        }
      }
      return out;
    };
    for (let round = 0; round < 30; round++) {
      let html = "";
      while (html.length < 300) html += fragment(0) + (random() < 0.5 ? "\n\n" : " ");
      for (const limit of [12, 40, 150]) {
        const parts = splitHtml(html, limit);
        checkHtmlParts(html, parts, limit);
      }
    }
  });
});
