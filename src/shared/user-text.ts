// Text typed by users, cleaned once where it enters (see src/bot/clean-input.ts) and wherever text
// arrives by another door (files, imports). Invisible characters are taken out because they let a
// name or title look like something else on an admin's card: an RTL override turns "gpj.exe" into
// "exe.jpg", a zero-width space makes "Admin" and "Ad\u200Bmin" two names. Emoji stay whole.

/** More combining marks than any script needs on one letter ("Zalgo" text spills over other lines). */
export const MAX_COMBINING_MARKS = 8;

const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const BLACK_FLAG = 0x1f3f4;

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const EMOJI_MODIFIER = /^\p{Emoji_Modifier}$/u;
const WHITE_SPACE = /^\p{White_Space}$/u;
const MARK = /^[\p{Mn}\p{Me}]$/u;
// Bidi controls, zero-width characters, soft hyphen, Hangul fillers, tags, variation selectors...:
// everything Unicode says to render as nothing. Variation selectors and the joiner are let back in
// below where they belong to an emoji.
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\uFFF9-\uFFFB]$/u;
// A subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿): the black flag, a short code in tag letters, the cancel tag.
const FLAG_TAG_SEQUENCE = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,7}\u{E007F}/uy;
// Anything the slow path would change (\p{Cs}: a lone surrogate); most text has none and is returned as it is.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\uFFF9-\uFFFB\p{Mn}\p{Me}\p{Cs}]/u;

const isVariationSelector = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x180b && cp <= 0x180d) || cp === 0x180f;
const isControl = (cp: number) => cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
const test = (pattern: RegExp, cp: number) => cp >= 0 && pattern.test(String.fromCodePoint(cp));

/**
 * Cleaned text with a way back: where a UTF-16 offset of the original lands in the cleaned text.
 * `start` rounds down and `end` up when an offset falls inside something that changed, so an
 * entity keeps covering what it covered.
 */
export interface CleanedText {
  text: string;
  changed: boolean;
  start(offset: number): number;
  end(offset: number): number;
}

/** Where each original offset lands: lo for a start, hi for an end. */
interface Stage {
  text: string;
  lo: Int32Array;
  hi: Int32Array;
}

/** Removal pass: one decision per code point, with the kept neighbours as context. */
function strip(text: string): Stage {
  const lo = new Int32Array(text.length + 1);
  const hi = new Int32Array(text.length + 1);
  let out = "";
  let prev = -1; // the last kept code point
  let base = -1; // the last kept code point that is not a mark, selector, joiner or skin tone (❤️‍🔥: ❤)
  let marks = 0;
  const emit = (piece: string, cp: number) => {
    out += piece;
    prev = cp;
    // A selector neither counts as a mark nor ends a run of them (no stacking marks between selectors).
    if (isVariationSelector(cp)) return;
    if (cp < 0x300) [marks, base] = [0, cp]; // Latin: no marks, no emoji parts
    else if (test(MARK, cp)) marks++;
    else {
      marks = 0;
      if (cp !== ZWJ && !test(EMOJI_MODIFIER, cp)) base = cp;
    }
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const before = out.length;
    if (cp === BLACK_FLAG) {
      FLAG_TAG_SEQUENCE.lastIndex = i;
      const flag = FLAG_TAG_SEQUENCE.exec(text)?.[0];
      if (flag) {
        out += flag;
        for (let j = i; j < i + flag.length; j++) [lo[j], hi[j]] = [before, j === i ? before : out.length];
        [prev, base, marks] = [0xe007f, BLACK_FLAG, 0];
        i += flag.length;
        continue;
      }
    }
    const next = i + size < text.length ? text.codePointAt(i + size)! : -1;
    if (cp >= 0x20 && cp < 0x7f) {
      emit(text[i]!, cp); // printable ASCII, most of what anyone types
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate: half a character, invalid anywhere it would be sent.
    } else if (cp === 0x0d) {
      if (next !== 0x0a) emit("\n", 0x0a);
    } else if (cp === LINE_SEPARATOR || cp === PARAGRAPH_SEPARATOR) {
      emit("\n", 0x0a);
    } else if (cp === 0x0a || cp === 0x09) {
      emit(String.fromCodePoint(cp), cp);
    } else if (isControl(cp)) {
      // NUL and the other control characters: never part of text anyone typed.
    } else if (cp === ZWJ) {
      // Kept only between two pictographs (👨‍👩‍👧, ❤️‍🔥, 👩🏽‍💻).
      const afterPictograph = test(PICTOGRAPHIC, prev) || ((prev === VS16 || test(EMOJI_MODIFIER, prev)) && test(PICTOGRAPHIC, base));
      if (afterPictograph && test(PICTOGRAPHIC, next)) emit("\u200D", cp);
    } else if (isVariationSelector(cp)) {
      // One selector right after a visible character (❤️, 1️⃣, an ideograph variant); runs of them hide data.
      if (prev >= 0 && !isVariationSelector(prev) && prev !== ZWJ && !test(WHITE_SPACE, prev)) emit(String.fromCodePoint(cp), cp);
    } else if (test(INVISIBLE, cp)) {
      // Bidi controls, zero-width characters, soft hyphen, fillers, stray tags.
    } else if (test(MARK, cp) && marks >= MAX_COMBINING_MARKS) {
      // Stacked marks beyond any script's need.
    } else {
      emit(String.fromCodePoint(cp), cp);
    }
    lo[i] = before;
    hi[i] = before;
    if (size === 2) [lo[i + 1], hi[i + 1]] = [before, out.length];
    i += size;
  }
  lo[text.length] = hi[text.length] = out.length;
  return { text: out, lo, hi };
}

let graphemeSegmenter: Intl.Segmenter | undefined;
const graphemes = (text: string) => {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return graphemeSegmenter.segment(text);
};

/** NFC, one grapheme cluster at a time (composition never crosses a cluster), keeping the map. */
function compose(text: string): Stage {
  const lo = new Int32Array(text.length + 1);
  const hi = new Int32Array(text.length + 1);
  let out = "";
  for (const { segment, index } of graphemes(text)) {
    const composed = segment.normalize("NFC");
    const before = out.length;
    out += composed;
    for (let j = 0; j < segment.length; j++) {
      const same = composed.length === segment.length;
      lo[index + j] = same ? before + j : before;
      hi[index + j] = same || j === 0 ? lo[index + j]! : out.length;
    }
  }
  lo[text.length] = hi[text.length] = out.length;
  return { text: out, lo, hi };
}

const clamp = (offset: number, length: number) => Math.max(0, Math.min(length, Math.trunc(offset) || 0));

/** cleanUserText with the offset map that moves Telegram's entities along (see clean-input.ts). */
export function cleanUserTextMapped(text: string): CleanedText {
  if (!SUSPECT.test(text) && text === text.normalize("NFC")) {
    const same = (offset: number) => clamp(offset, text.length);
    return { text, changed: false, start: same, end: same };
  }
  // NFC first, so the marks and selectors judged are those that stay (a few letters only exist
  // decomposed), and again after, for a letter and its accent that a removed character kept apart.
  const stages: Stage[] = [];
  let current = text;
  for (const step of [compose, strip, compose]) {
    if (step === compose && current === current.normalize("NFC")) continue;
    const stage = step(current);
    stages.push(stage);
    current = stage.text;
  }
  const through = (offset: number, edge: "lo" | "hi") => stages.reduce((at, stage) => stage[edge][at]!, clamp(offset, text.length));
  return { text: current, changed: current !== text, start: (offset) => through(offset, "lo"), end: (offset) => through(offset, "hi") };
}

/**
 * The text with control characters (but line breaks and tabs; CR LF becomes LF), bidi controls,
 * zero-width and other invisible characters, lone surrogates and excess combining marks removed,
 * in NFC. The zero-width joiner and variation selectors stay where they make an emoji.
 */
export function cleanUserText(text: string): string {
  return cleanUserTextMapped(text).text;
}

/** A one-line version: cleaned, runs of white space (line breaks too) as one space, trimmed. */
export function cleanLine(text: string): string {
  return cleanUserText(text).replace(/\s+/g, " ").trim();
}

/**
 * At most `max` grapheme clusters (an emoji or a letter with its accent counts as one), ending in
 * "…" when cut: never half a surrogate pair or half an emoji sequence.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text; // never more clusters than UTF-16 units
  const kept: string[] = [];
  for (const { segment } of graphemes(text)) {
    if (kept.length === max) return `${kept.slice(0, Math.max(0, max - 1)).join("").trimEnd()}…`;
    kept.push(segment);
  }
  return text;
}

/**
 * At most `maxUnits` UTF-16 code units (what Telegram and database limits count), cut between
 * grapheme clusters, ending in "…" when cut.
 */
export function fitText(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let out = "";
  for (const { segment } of graphemes(text)) {
    if (out.length + segment.length > maxUnits - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}
