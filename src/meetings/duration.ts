// A meeting's length as officials type it: "90 menit", "1,5 jam", "2 jam 30 menit", "45 mnt", "1 jam".

/** Shortest and longest meeting the bot schedules (a working day at most). */
export const DURATION_MIN = 15;
export const DURATION_MAX = 12 * 60;

export type DurationProblem = "format" | "too_short" | "too_long";

const HOUR_WORDS = "jam|j|hours?|hrs?|h";
const MINUTE_WORDS = "menit|mnt|min|minutes?|m";
const NUMBER = "(\\d+(?:[.,]\\d+)?)";
const FULL = new RegExp(`^(?:${NUMBER}\\s*(?:${HOUR_WORDS}))?\\s*(?:(\\d+)\\s*(?:${MINUTE_WORDS}))?$`, "i");

/**
 * Minutes from a typed duration. A bare number up to 12 is hours ("2", as the "2 jam" button), a
 * larger one minutes ("90"). "1.30 jam" is 1 hour 30 minutes, as times are written ("pukul 09.30");
 * a comma is a decimal mark ("1,5 jam"). A trailing full stop is ignored.
 */
export function parseDuration(input: string): { ok: true; minutes: number } | { ok: false; reason: DurationProblem } {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, "")
    .replace(/\s+/g, " ")
    .replace(/\s*(dan|&|\+)\s*/g, " ")
    // "1.30 jam": hours and minutes, as a time is written.
    .replace(/^(\d{1,2})\.([0-5]\d)(?=\s*(?:jam|j)\b)/, (_m, h: string, mm: string) => `${h} jam ${Number(mm)} menit`)
    .replace(/^(\d+ jam) (\d+) menit(?: jam| j)$/, "$1 $2 menit");
  let minutes: number | null = null;
  if (/^\d+$/.test(text)) minutes = Number(text) <= DURATION_MAX / 60 ? Number(text) * 60 : Number(text);
  else if (/^\d+ jam \d+$/.test(text)) {
    // "1 jam 30": the number after the hours is minutes.
    const [hours, mins] = text.split(" jam ").map(Number) as [number, number];
    minutes = hours * 60 + mins;
  } else {
    const match = FULL.exec(text);
    if (match && (match[1] !== undefined || match[2] !== undefined)) {
      const hours = match[1] === undefined ? 0 : Number(match[1].replace(",", "."));
      minutes = Math.round(hours * 60) + (match[2] === undefined ? 0 : Number(match[2]));
    }
  }
  if (minutes === null || !Number.isFinite(minutes)) return { ok: false, reason: "format" };
  if (minutes < DURATION_MIN) return { ok: false, reason: "too_short" };
  if (minutes > DURATION_MAX) return { ok: false, reason: "too_long" };
  return { ok: true, minutes };
}
