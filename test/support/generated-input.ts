// Generated input for the property test (test/property-input.test.ts): text of every kind a phone
// can type or paste, and every kind of update Telegram can bring, as fast-check arbitraries.
import fc from "fast-check";
import type { MessageEntity } from "grammy/types";

/** Pieces that have broken bots before: markup, entities' neighbours, invisible and bidi characters. */
const NASTY = [
  "<", ">", "&", "&amp;", "&lt;", "<b>", "</b>", "<i>x</i>", "<a href=\"javascript:alert(1)\">", "<script>", "</", "<br>",
  "<tg-spoiler>", "<pre><code class=\"x\">", "&#0;", "&#x202E;", "*", "_", "__", "**", "`", "```", "~", "||", "[x](http://a.b)",
  "\\", "#", "|", "{", "}", ".", "!", "-", "=", "\"", "'", "%s", "${x}", "{$x}", "\u0000", "\u0007", "\u001B[31m", "\u007F",
  "\u0085", "\u009B", "\u00AD", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D",
  "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\u2028", "\u2029", "\uFEFF", "\uFFF9", "\uFFFC", "\uFFFD",
  "\uFFFF", "\uD800", "\uDFFF", "\r", "\n", "\r\n", "\t", "\u00A0", "\u3000", "👍", "👨‍👩‍👧", "👩🏽‍💻", "❤️", "🇮🇩", "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
  "1️⃣", "e\u0301", "Z\u0334\u0321\u0322\u0327\u0328\u0335\u0336\u0337\u0338\u0339\u033A", "ﷺ", "𝕭𝖚𝖉𝖎", "مرحبا", "שלום",
  "漢字", "ᄀ", "ㅤ", "0", "-1", "99999999999999999999", "1e9", "NaN", "28/12/2026 09.00", "besok 14.00", "31/02/2026",
  "198503122010011003", "19850312 201001 1 003", "+6281234567890", "081234567890", "/start", "/batal", "@forum_kominfo_sandbox_bot",
  "Lewati", "Saya setuju", "ya", "tidak", "https://zoom.us/j/123", "http://", "javascript:x", "Jl. Merdeka No. 1",
];

/** Telegram's own limits on what it delivers (longer input never arrives as one update). */
export const LIMITS = { text: 4096, caption: 1024, inlineQuery: 256, callbackBytes: 64, fileName: 255 } as const;

/**
 * Text as people produce it: empty, ordinary words, any code point (control, bidi, zero-width, lone
 * surrogates, emoji...), the nasty pieces above mixed in, and long runs up to 5,000 characters
 * (cut to Telegram's limit of the field it goes into).
 */
export function anyText(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    { weight: 2, arbitrary: fc.constantFrom("Budi Santoso", "Rapat koordinasi SPBE", "Kebijakan", "surabaya", "Staf", "12", "1", "100", "selesai") },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 30 }) },
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant("") },
    { weight: 12, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join("")) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("x", "<", "😀", "a\u202E", " ", "&", "Ab "), fc.integer({ min: 100, max: 5000 })).map(([s, n]) => s.repeat(n).slice(0, 5000)) },
  );
}

/** A prefix of at most `max` UTF-16 units (Telegram counts these), possibly cutting a pair in half as a client might. */
export const cut = (text: string, max: number) => text.slice(0, max);

/** Well-formed entities over the text (disjoint, in order), as Telegram sends the sender's formatting. */
export function entitiesFor(text: string, seed: number): MessageEntity[] {
  const kinds = ["bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre", "text_link", "url", "blockquote", "mention", "hashtag"] as const;
  const out: MessageEntity[] = [];
  let at = 0;
  let n = seed;
  const next = () => (n = (n * 1103515245 + 12345) & 0x7fffffff);
  while (at < text.length && out.length < 4) {
    const offset = at + (next() % Math.max(1, Math.min(20, text.length - at)));
    const length = 1 + (next() % Math.max(1, Math.min(30, text.length - offset)));
    if (offset + length > text.length) break;
    const type = kinds[next() % kinds.length]!;
    out.push(
      (type === "text_link"
        ? { type, offset, length, url: next() % 2 ? "https://example.org/a?b=<c>&d" : "javascript:alert(1)" }
        : type === "pre"
          ? { type, offset, length, language: "<x>" }
          : { type, offset, length }) as MessageEntity,
    );
    at = offset + length;
  }
  return out;
}

/** Callback data a client can send: made-up bytes, codec-shaped with odd numbers, and old data of the bot's own. */
export function anyCallbackData(prefixes: readonly string[]): fc.Arbitrary<string> {
  const number = fc.oneof(fc.constantFrom("0", "1", "2", "-1", "01", "1.5", "1e3", "99999999999999999999", "9007199254740993", ""), fc.nat({ max: 100 }).map(String));
  return fc.oneof(
    fc.string({ unit: "binary", maxLength: 64 }),
    fc.tuple(fc.constantFrom(...prefixes), fc.array(fc.oneof(number, fc.constantFrom("x", "h", "a", "admin", "n", "p", "csv", "0", "1")), { maxLength: 4 })).map(
      ([prefix, parts]) => [prefix, ...parts].join(":"),
    ),
    fc.tuple(fc.constantFrom(...prefixes), fc.stringMatching(/^[0-9a-z]{5}$/), fc.string({ maxLength: 10 })).map(([p, nonce, rest]) => `${p}:${nonce}:${rest}`),
  ).map((data) => {
    // At most 64 bytes, as Telegram delivers it.
    let out = data;
    while (Buffer.byteLength(out) > LIMITS.callbackBytes) out = out.slice(0, -1);
    return out;
  });
}
