// Which answers of the bot are refusals on the grounds of rights: the texts of the locale keys that
// say "not for you" (the gate's reasons, the features' own refusals, "not found" for a thing hidden
// from the asker), read from locales/<lang>/*.ftl so the matrix needs no copy of the wording.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Locale keys whose message refuses someone for who they are (not for the state of a thing). */
export const REFUSAL_KEY = new RegExp(
  [
    "^access-",
    "-staff-only$",
    "-admin-only$",
    "(?<!-refused)-not-allowed$",
    "-not-yours$",
    "-not-member$",
    "^group-not-coordinator",
    // (rec-refused-not-allowed is about the recommendation's status, not the person.)
    "-refused-not-(invited|reviewer|approved|found)$",
    "-reviewers-only$",
    "-followers-only$",
    "^command-(private|group)-only$",
    "^(meeting|rec|task)-not-found$",
    "^group-removal-no-rights$",
    "^reg-already-member$",
    "-not-recipient$",
    "-not-sender$",
  ].join("|"),
);

/**
 * Answers that say no because of the state of a thing, before (or instead of) asking who asks: the
 * button is stale, the step does not fit the recommendation's status, attendance is closed, the group
 * is linked already. They show nothing of the thing, so they may answer a refused request too.
 */
export const NEUTRAL_KEY = /^(button-stale|rec-refused-not-allowed|meeting-attendance-closed|group-already-linked)$/;

const LOCALES = path.join(import.meta.dirname, "..", "..", "locales");

/** key -> message source, for one language (continuation lines joined). */
function messages(language: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = path.join(LOCALES, language);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    let key: string | null = null;
    for (const line of readFileSync(path.join(dir, file), "utf8").split("\n")) {
      const head = /^([a-z][a-z0-9-]*)\s*=\s?(.*)$/.exec(line);
      if (head) {
        key = head[1]!;
        out.set(key, head[2]!);
      } else if (key && /^\s+\S/.test(line)) {
        out.set(key, `${out.get(key)}\n${line.trim()}`);
      } else if (!/^\s*$/.test(line)) {
        key = null;
      }
    }
  }
  return out;
}

/** What a person reads: tags gone, white space as single spaces, Fluent's isolation marks gone. */
export function readable(text: string): string {
  return text
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/[\u2068\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The message as a pattern: its placeables (variables, selections) match anything. */
function pattern(source: string): RegExp | null {
  let literal = "";
  const pieces: string[] = [];
  let depth = 0;
  for (const ch of source) {
    if (ch === "{") {
      if (depth === 0) {
        pieces.push(literal);
        literal = "";
      }
      depth++;
    } else if (ch === "}" && depth > 0) {
      depth--;
    } else if (depth === 0) {
      literal += ch;
    }
  }
  pieces.push(literal);
  // A message that is nearly all placeables would match any text: not a usable refusal pattern.
  if (readable(pieces.join("")).length < 8) return null;
  const escaped = pieces.map((p) => readable(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Only the first words need to match: a refusal may go on with advice.
  return new RegExp(`^${escaped.join("[\\s\\S]*?")}`);
}

/** A test for "this text is a refusal" (or, with NEUTRAL_KEY, a neutral no), in the language given. */
export function refusalTexts(language: string, keys: RegExp = REFUSAL_KEY): (text: string) => boolean {
  const patterns = [...messages(language)].filter(([key]) => keys.test(key)).flatMap(([, source]) => pattern(source) ?? []);
  if (patterns.length === 0) throw new Error(`no refusal messages found in locales/${language}`);
  return (text) => {
    const shown = readable(text);
    return patterns.some((p) => p.test(shown));
  };
}
