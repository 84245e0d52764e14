/**
 * Splitting over-long outgoing messages for Telegram.
 *
 * Telegram limits a message's visible text (after entity / HTML parsing, counted in UTF-16 code units) to
 * {@link TELEGRAM_TEXT_LIMIT} and a media caption to {@link TELEGRAM_CAPTION_LIMIT}. The two splitters here
 * cut at the most natural boundary that keeps every part within the limit:
 *
 *  1. a paragraph break ("\n\n"), 2. a line break ("\n"), 3. a sentence end (". ", "! ", "? "), 4. a space,
 *  5. a hard cut (at a grapheme boundary where possible, never inside a surrogate pair).
 *
 * The whitespace at a cut (the trailing spaces and newline(s) of a break, or the run of spaces) is dropped.
 * A cut never splits an entity / HTML element if a cut outside all entities exists within the limit; failing
 * that, it avoids splitting entities that would fit into a part on their own, and only then cuts anywhere.
 * An entity that is cut is continued in the next part (same type and fields; in HTML the open tags are closed
 * at the end of the part and reopened, with their original attributes, at the start of the next one).
 */
import type { MessageEntity } from "grammy/types";

export const TELEGRAM_TEXT_LIMIT = 4096;
export const TELEGRAM_CAPTION_LIMIT = 1024;

// ---------------------------------------------------------------------------------------------------------
// Cut planning on plain visible text (shared by both splitters)
// ---------------------------------------------------------------------------------------------------------

/** Half-open range [start, end) in UTF-16 units of the visible text. */
interface Span {
  start: number;
  end: number;
}

/** The current part ends at `end`; the separator [end, next) is dropped; the next part starts at `next`. */
interface Cut {
  end: number;
  next: number;
}

const KIND_PARAGRAPH = 0;
const KIND_LINE = 1;
const KIND_SENTENCE = 2;
const KIND_SPACE = 3;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when cutting before index `p` does not separate the two halves of a surrogate pair. */
function isCodePointBoundary(text: string, p: number): boolean {
  return !(p > 0 && p < text.length && isHighSurrogate(text.charCodeAt(p - 1)) && isLowSurrogate(text.charCodeAt(p)));
}

/**
 * reach[p] = the largest end of a span starting before p (0 if none). A cut dropping [end, next) splits some
 * span (leaves a non-empty piece of it on both sides) exactly when reach[end] > next.
 */
function reachArray(n: number, spans: readonly Span[]): Int32Array {
  const reach = new Int32Array(n + 1);
  for (const span of spans) {
    const at = span.start + 1;
    if (at <= n && reach[at]! < span.end) reach[at] = span.end;
  }
  for (let p = 1; p <= n; p++) if (reach[p]! < reach[p - 1]!) reach[p] = reach[p - 1]!;
  return reach;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

function isRegionalIndicatorBefore(text: string, p: number): boolean {
  const code = p >= 2 ? text.codePointAt(p - 2) : undefined;
  return code !== undefined && code >= 0x1f1e6 && code <= 0x1f1ff;
}

/**
 * Whether p is a grapheme-cluster boundary, judged from a window around p (starting no earlier than `floor`,
 * a known boundary). Cheap enough to call for the few positions that pass the other checks.
 */
function isGraphemeBoundary(text: string, p: number, floor: number): boolean {
  if (p <= floor || p >= text.length) return true;
  if (!isCodePointBoundary(text, p)) return false;
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let from = Math.max(floor, p - 32);
  if (from > floor && isLowSurrogate(text.charCodeAt(from))) from--;
  // Flags pair regional indicators from the start of their run: take the whole run into the window.
  while (from > floor + 1 && isRegionalIndicatorBefore(text, from)) from -= 2;
  const to = Math.min(text.length, p + 32);
  const offset = p - from;
  for (const { index, segment } of graphemeSegmenter.segment(text.slice(from, to))) {
    if (index === offset) return true;
    if (index + segment.length > offset) return false;
  }
  return true;
}

function chooseCut(
  text: string,
  start: number,
  firstNonBlank: number,
  limit: number,
  reachAll: Int32Array,
  reachSmall: Int32Array,
  blocked: Uint8Array | undefined,
): Cut {
  const n = text.length;
  const max = start + limit; // < n: the caller only asks when the rest does not fit
  const candidates: Cut[][] = [[], [], [], []];
  let i = start;
  while (i <= max) {
    if (!isBlank(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    let newlines = 0;
    let afterLastNewline = -1;
    while (i < n && isBlank(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x0a) {
        newlines++;
        afterLastNewline = i + 1;
      }
      i++;
    }
    if (runStart === start) continue; // the part would be empty
    const before = text.charCodeAt(runStart - 1);
    const kind =
      newlines >= 2
        ? KIND_PARAGRAPH
        : newlines === 1
          ? KIND_LINE
          : before === 0x2e || before === 0x21 || before === 0x3f
            ? KIND_SENTENCE
            : KIND_SPACE;
    // A line break drops the trailing blanks of the line and the newline(s), but keeps the next line's indentation.
    candidates[kind]!.push({ end: runStart, next: newlines > 0 ? afterLastNewline : i });
  }

  const hardCut = (reach: Int32Array | undefined, level: "grapheme" | "codepoint"): Cut | undefined => {
    for (let p = max; p > firstNonBlank; p--) {
      if (reach !== undefined && reach[p]! > p) continue;
      if (level === "codepoint") {
        if (isCodePointBoundary(text, p)) return { end: p, next: p };
        continue;
      }
      if (blocked !== undefined && blocked[p] === 1) continue;
      if (isGraphemeBoundary(text, p, start)) return { end: p, next: p };
    }
    return undefined;
  };

  // Tier 0: split no entity. Tier 1: split only entities longer than the limit. Tier 2: split anything.
  for (const reach of [reachAll, reachSmall, undefined]) {
    for (const list of candidates) {
      for (let k = list.length - 1; k >= 0; k--) {
        const cut = list[k]!;
        if (reach !== undefined && reach[cut.end]! > cut.next) continue;
        return cut;
      }
    }
    const cut = hardCut(reach, "grapheme");
    if (cut !== undefined) return cut;
  }
  const cut = hardCut(undefined, "codepoint");
  if (cut !== undefined) return cut;
  // Unreachable for limit >= 2 (see planParts), but never loop forever.
  return { end: max, next: max };
}

/**
 * Greedy plan of the parts of `text`: each part is a non-blank range of at most `limit` units; whatever lies
 * between two consecutive parts (or after the last one) is whitespace that is dropped.
 */
function planParts(text: string, spans: readonly Span[], limit: number, blocked?: Uint8Array): Span[] {
  const n = text.length;
  const reachAll = reachArray(n, spans);
  const reachSmall = reachArray(
    n,
    spans.filter((span) => span.end - span.start <= limit),
  );
  const parts: Span[] = [];
  let start = 0;
  for (;;) {
    let firstNonBlank = start;
    while (firstNonBlank < n && isBlank(text.charCodeAt(firstNonBlank))) firstNonBlank++;
    if (firstNonBlank === n) break; // only whitespace left
    // Leading whitespace (indentation kept after a line break) that leaves no room for text is dropped too.
    if (firstNonBlank - start >= limit - 1) start = firstNonBlank;
    if (n - start <= limit) {
      parts.push({ start, end: n });
      break;
    }
    const cut = chooseCut(text, start, firstNonBlank, limit, reachAll, reachSmall, blocked);
    parts.push({ start, end: cut.end });
    start = cut.next;
  }
  return parts;
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`split limit must be an integer >= 2, got ${limit}`);
}

// ---------------------------------------------------------------------------------------------------------
// Text + entities
// ---------------------------------------------------------------------------------------------------------

/** Text with Telegram entities (as a user's message arrives: offsets/lengths in UTF-16 units). */
export function splitTextWithEntities(
  text: string,
  entities: MessageEntity[] | undefined,
  limit: number = TELEGRAM_TEXT_LIMIT,
): { text: string; entities: MessageEntity[] }[] {
  checkLimit(limit);
  const all = entities ?? [];
  if (text.length <= limit) return [{ text, entities: [...all] }];

  const n = text.length;
  const spans: Span[] = [];
  for (const entity of all) {
    const start = Math.max(0, entity.offset);
    const end = Math.min(n, entity.offset + entity.length);
    if (end > start) spans.push({ start, end });
  }

  return planParts(text, spans, limit).map(({ start, end }) => {
    const partEntities: MessageEntity[] = [];
    for (const entity of all) {
      const from = Math.max(start, entity.offset);
      const to = Math.min(end, entity.offset + entity.length);
      if (to > from) partEntities.push({ ...entity, offset: from - start, length: to - from });
    }
    return { text: text.slice(start, end), entities: partEntities };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Telegram HTML
// ---------------------------------------------------------------------------------------------------------

interface OpenTag {
  /** Name as written in the source (used for the closing tag). */
  name: string;
  /** Lower-cased name, for matching. */
  key: string;
  /** The opening tag exactly as written, attributes included (used to reopen it). */
  raw: string;
}

type TagStack = readonly OpenTag[];

interface HtmlToken {
  kind: "text" | "open" | "close" | "other";
  /** Source range [src0, src1). */
  src0: number;
  src1: number;
  /** Open elements before / after this token (equal for text). */
  before: TagStack;
  after: TagStack;
}

interface ParsedHtml {
  visible: string;
  tokens: HtmlToken[];
  /** Per visible unit: its source range and the index of the text token holding it. */
  unitSrc0: Int32Array;
  unitSrc1: Int32Array;
  unitToken: Int32Array;
  /** Visible ranges of the elements. */
  spans: Span[];
  /** Visible positions inside an atomic source item (an unrecognised `&name;` kept literally). */
  blocked: number[];
}

const TAG_RE = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ENTITY_RE = /&(#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});/y;
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

function decodeEntity(body: string): string | undefined {
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
    return undefined;
  }
  return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : undefined;
}

function parseHtml(html: string): ParsedHtml {
  const tokens: HtmlToken[] = [];
  const pieces: string[] = [];
  // Every visible unit comes from at least one source unit, so html.length bounds the visible length.
  const unitSrc0 = new Int32Array(html.length);
  const unitSrc1 = new Int32Array(html.length);
  const unitToken = new Int32Array(html.length);
  const spans: Span[] = [];
  const blocked: number[] = [];
  let visibleLength = 0;
  let stack: TagStack = [];
  const openedAt: number[] = []; // visible start of each element of `stack`
  let textStart = -1;

  const flushText = (end: number): void => {
    if (textStart >= 0 && end > textStart) tokens.push({ kind: "text", src0: textStart, src1: end, before: stack, after: stack });
    textStart = -1;
  };
  /** Emits `str`, decoded from the source range [src0, src1) as a whole. */
  const emit = (str: string, src0: number, src1: number): void => {
    if (textStart < 0) textStart = src0;
    for (let k = 0; k < str.length; k++) {
      unitSrc0[visibleLength + k] = src0;
      unitSrc1[visibleLength + k] = src1;
      unitToken[visibleLength + k] = tokens.length; // the index the pending text token will get
    }
    pieces.push(str);
    visibleLength += str.length;
  };
  /** Emits the literal source text [src0, src1), unit by unit. */
  const emitLiteral = (src0: number, src1: number): void => {
    if (src1 <= src0) return;
    if (textStart < 0) textStart = src0;
    for (let k = src0; k < src1; k++) {
      unitSrc0[visibleLength] = k;
      unitSrc1[visibleLength] = k + 1;
      unitToken[visibleLength] = tokens.length;
      visibleLength++;
    }
    pieces.push(html.slice(src0, src1));
  };
  const closeElements = (depth: number): void => {
    for (let k = stack.length - 1; k >= depth; k--) {
      const start = openedAt[k]!;
      if (visibleLength > start) spans.push({ start, end: visibleLength });
    }
    stack = stack.slice(0, depth);
    openedAt.length = depth;
  };

  let i = 0;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === 0x3c /* < */) {
      TAG_RE.lastIndex = i;
      const match = TAG_RE.exec(html);
      if (match) {
        flushText(i);
        const end = i + match[0].length;
        const name = match[2]!;
        const key = name.toLowerCase();
        const before = stack;
        let kind: HtmlToken["kind"];
        if (match[1] === "/") {
          kind = "close";
          let depth = -1;
          for (let k = stack.length - 1; k >= 0; k--) {
            if (stack[k]!.key === key) {
              depth = k;
              break;
            }
          }
          if (depth >= 0) closeElements(depth);
        } else if (match[3]!.trimEnd().endsWith("/")) {
          kind = "other"; // self-closing: opens nothing
        } else {
          kind = "open";
          stack = [...stack, { name, key, raw: match[0] }];
          openedAt.push(visibleLength);
        }
        tokens.push({ kind, src0: i, src1: end, before, after: stack });
        i = end;
        continue;
      }
    } else if (code === 0x26 /* & */) {
      ENTITY_RE.lastIndex = i;
      const match = ENTITY_RE.exec(html);
      if (match) {
        const end = i + match[0].length;
        const decoded = decodeEntity(match[1]!);
        if (decoded !== undefined) {
          emit(decoded, i, end);
        } else {
          // Telegram shows unknown entities literally; keep them in one piece anyway.
          const first = visibleLength;
          emitLiteral(i, end);
          for (let p = first + 1; p < visibleLength; p++) blocked.push(p);
        }
        i = end;
        continue;
      }
    }
    // A run of plain text up to the next '<' or '&' (or a lone '<' / '&' that starts nothing).
    let next = i + 1;
    while (next < html.length) {
      const c = html.charCodeAt(next);
      if (c === 0x3c || c === 0x26) break;
      next++;
    }
    emitLiteral(i, next);
    i = next;
  }
  flushText(html.length);
  closeElements(0);
  return { visible: pieces.join(""), tokens, unitSrc0, unitSrc1, unitToken, spans, blocked };
}

/** Telegram-HTML (parse_mode "HTML": tags b, strong, i, em, u, ins, s, strike, del, a href, code, pre (with optional <code class="language-x">), tg-spoiler, span class="tg-spoiler", blockquote (optionally expandable), tg-emoji; entities &lt; &gt; &amp; &quot; and numeric &#...;). */
export function splitHtml(html: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  checkLimit(limit);
  const parsed = parseHtml(html);
  const { visible, tokens, unitSrc0, unitSrc1, unitToken } = parsed;
  const n = visible.length;
  if (n <= limit) return [html];

  const blocked = new Uint8Array(n + 1);
  for (const p of parsed.blocked) blocked[p] = 1;
  const finalStack = tokens.at(-1)?.after ?? [];

  return planParts(visible, parsed.spans, limit, blocked).map(({ start, end }) => {
    // Where the part starts in the source, and which elements are open there.
    let srcStart = 0;
    let openAtStart: TagStack = [];
    if (start > 0) {
      const index = unitToken[start]!;
      const token = tokens[index]!;
      srcStart = unitSrc0[start]!;
      openAtStart = token.before;
      if (srcStart === token.src0) {
        // Take the opening tags right before the first character along, rather than reopening them.
        for (let k = index - 1; k >= 0 && tokens[k]!.kind === "open"; k--) {
          srcStart = tokens[k]!.src0;
          openAtStart = tokens[k]!.before;
        }
      }
    }
    // Where it ends, and which elements are still open there.
    let srcEnd = html.length;
    let openAtEnd: TagStack = finalStack;
    if (end < n) {
      const index = unitToken[end - 1]!;
      const token = tokens[index]!;
      srcEnd = unitSrc1[end - 1]!;
      openAtEnd = token.after;
      if (srcEnd === token.src1) {
        // Likewise keep the closing tags right after the last character.
        for (let k = index + 1; k < tokens.length && tokens[k]!.kind === "close"; k++) {
          srcEnd = tokens[k]!.src1;
          openAtEnd = tokens[k]!.after;
        }
      }
    }
    let part = "";
    for (const tag of openAtStart) part += tag.raw;
    part += html.slice(srcStart, srcEnd);
    for (let k = openAtEnd.length - 1; k >= 0; k--) part += `</${openAtEnd[k]!.name}>`;
    return part;
  });
}
