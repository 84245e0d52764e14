// Checks shared by the tests of src/delivery/split-message.ts: that parts put back together give
// the original (text, entities, HTML formatting), and deterministic random text to split.
import { expect } from "vitest";
import type { MessageEntity } from "grammy/types";

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
export function checkEntityPieces(
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
export function visibleText(html: string): string {
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
export function checkHtmlParts(html: string, parts: readonly string[], limit: number): void {
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
export function rng(seed: number): () => number {
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
export function prose(size: number, random: () => number): string {
  let text = "";
  while (text.length < size) {
    text += sentence(1 + Math.floor(random() * 12), random);
    const r = random();
    text += r < 0.15 ? "\n\n" : r < 0.3 ? "\n" : r < 0.35 ? "" : " ";
  }
  return text;
}

export function hasNoLoneSurrogate(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

export function words(count: number, word = "kata"): string {
  return Array.from({ length: count }, () => word).join(" ");
}
