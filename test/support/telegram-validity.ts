// Whether the calls a bot made are ones Telegram accepts: the Bot API stand-in already answers 400
// as Telegram does for bad HTML, over-long text or captions and bad callback data; this adds what it
// does not check (empty button labels, long pop-up answers, inline results) and whether user text
// came back escaped. Used by the property test (test/property-input.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseTelegramHtml, type RecordedCall } from "../../tools/telegram-standin/index.js";

/** Every character the bot's own wording uses (all locales): text with none other may be the bot's. */
const WORDING_CHARACTERS = (() => {
  const root = path.join(import.meta.dirname, "..", "..", "locales");
  const chars = new Set<string>();
  for (const language of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, language))) for (const ch of readFileSync(path.join(root, language, file), "utf8")) chars.add(ch);
  }
  return chars;
})();

/** Failures that are answers to the situation, not invalid requests (an edit of a message that is gone...). */
const BENIGN_400 = [
  "message is not modified",
  "message to edit not found",
  "message can't be edited",
  "message to delete not found",
  "query is too old",
  "there is no text in the message to edit",
  "there is no caption in the message to edit",
];

const TEXT_METHODS = new Set(["sendmessage", "editmessagetext", "senddocument", "sendphoto", "editmessagecaption"]);

function asObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value === "string") {
    try {
      return JSON.parse(value) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
}

function keyboardProblems(markup: unknown): string[] {
  const rows = asObject(markup)?.inline_keyboard;
  if (!Array.isArray(rows)) return [];
  const problems: string[] = [];
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      const b = button as { text?: unknown; callback_data?: unknown };
      // Telegram refuses an empty label; a single space (a calendar's blank day) it takes.
      if (typeof b.text !== "string" || b.text === "") problems.push(`button with empty text ${JSON.stringify(b)}`);
      else if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(b.text)) problems.push(`button text with half a character ${JSON.stringify(b.text)}`);
      if (typeof b.callback_data === "string" && Buffer.byteLength(b.callback_data) > 64) problems.push(`callback data over 64 bytes ${b.callback_data}`);
    }
  }
  return problems;
}

/** Text shown to the user: the HTML parsed (the stand-in's parser), else the text itself. */
export function displayed(raw: string, parseMode: unknown): string | null {
  if (parseMode !== "HTML") return raw;
  try {
    return parseTelegramHtml(raw).text;
  } catch {
    return null;
  }
}

function inlineProblems(call: RecordedCall): string[] {
  const results = asObject(call.params.results) as unknown as unknown[] | undefined;
  if (!Array.isArray(results)) return ["inline answer without results"];
  const problems: string[] = [];
  if (results.length > 50) problems.push(`${results.length} inline results (at most 50)`);
  const ids = new Set<string>();
  for (const r of results as Record<string, unknown>[]) {
    const id = String(r.id ?? "");
    if (id === "" || Buffer.byteLength(id) > 64 || ids.has(id)) problems.push(`inline result id ${JSON.stringify(id)} empty, too long or repeated`);
    ids.add(id);
    if (r.type === "article" && (typeof r.title !== "string" || r.title.trim() === "")) problems.push("inline article without a title");
    const content = asObject(r.input_message_content);
    if (content) {
      const text = String(content.message_text ?? "");
      const shown = displayed(text, content.parse_mode);
      if (shown === null) problems.push(`inline result text is not valid HTML: ${text.slice(0, 200)}`);
      else if (shown.trim() === "" || shown.length > 4096) problems.push(`inline result text of ${shown.length} characters`);
    }
    problems.push(...keyboardProblems(r.reply_markup));
  }
  return problems;
}

/** What is wrong with one call, as Telegram would see it (empty when it is fine). */
export function callProblems(call: RecordedCall): string[] {
  const method = call.method.toLowerCase();
  if (method === "getupdates") return [];
  const problems: string[] = [];
  const response = call.response;
  if (response && !response.ok) {
    const benign = response.error_code === 403 || response.error_code === 429 || (response.error_code === 400 && BENIGN_400.some((d) => response.description.includes(d)));
    if (!benign) problems.push(`${response.error_code} ${response.description}`);
  }
  if (TEXT_METHODS.has(method)) problems.push(...keyboardProblems(call.params.reply_markup));
  if (method === "answercallbackquery" && typeof call.params.text === "string" && call.params.text.length > 200) {
    problems.push(`pop-up answer of ${call.params.text.length} characters (at most 200)`);
  }
  if (method === "answerinlinequery") problems.push(...inlineProblems(call));
  return problems.map((p) => `${call.method}: ${p} (text: ${JSON.stringify(String(call.params.text ?? call.params.caption ?? "").slice(0, 300))})`);
}

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

/**
 * User text that came back unescaped: the raw HTML holds it, but what the user sees does not (its
 * `<` or `&` were read as markup). Text shown as typed is escaped; text not echoed at all is fine.
 */
export function unescapedEcho(call: RecordedCall, inputs: readonly string[]): string | null {
  const field = call.params.text !== undefined ? "text" : "caption";
  const raw = call.params[field];
  if (typeof raw !== "string" || call.params.parse_mode !== "HTML" || !TEXT_METHODS.has(call.method.toLowerCase())) return null;
  const shown = displayed(raw, "HTML");
  if (shown === null) return null; // reported as a 400 already
  for (const input of inputs) {
    // Only text that cannot be the bot's own markup: with a "<" or "&" and a character no message of
    // the bot uses (so "<b>" typed alone is not mistaken for the bot's bold heading).
    if (input.length < 3 || !/[<&]/.test(input) || [...input].every((ch) => WORDING_CHARACTERS.has(ch))) continue;
    if (!raw.includes(input) || shown.includes(input)) continue;
    // Text ending in "&amp;" is also the start of what escaping another text writes ("&lt;" -> "&amp;lt;"):
    // found only there (followed by an entity's name), it was not echoed at all.
    if (input.endsWith("&amp;") && occurrences(raw, input).every((at) => /^[A-Za-z#]/.test(raw.slice(at + input.length)))) continue;
    return `${call.method}: user text ${JSON.stringify(input)} sent as HTML unescaped: ${JSON.stringify(raw.slice(0, 300))}`;
  }
  return null;
}
