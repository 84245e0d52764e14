// Dates and times as an Indonesian official types them, read in a given zone.
//
// Understood (case, extra spaces, commas and brackets do not matter):
//   dates    25/12/2026, 25-12-2026, 25.12.2026, 25/12/26 (two-digit year = 20xx), 2026-12-25,
//            25 Desember 2026, 25 Des 2026, 25 des. 2026, 25 Desember (no year), 25/12 (no year),
//            tgl 25 (no month), hari ini, nanti (= today), besok, lusa, kemarin,
//            Senin … Minggu/Ahad, "senin depan", "senin ini"; a weekday may also stand beside a date
//            ("Jumat, 25 Desember 2026") and must then agree with it.
//   times    09.00, 9.30, 9:30, "jam 9", "pukul 09.00", "pkl 9", "9 pagi", "jam 2 siang",
//            "pukul 3 sore", "jam 7 malam", "besok pagi jam 8"; before or after the date.
//   zone     WIB, WITA, WIT (with or without a dot); otherwise the zone passed in.
//   ignored  "tgl", "tanggal", "hari" (as in "hari Senin"), "pada", a lone "-".
//
// Choices:
//   - A bare number is a time only after jam/pukul/pkl/pk or before pagi/siang/sore/malam
//     ("besok 9" is refused: "Senin 10" could just as well mean Monday the 10th). Four digits
//     without a separator ("0930") are refused.
//   - Hours run 00.00–23.59; "24.00" is refused as impossible (say "besok 00.00" or "23.59").
//   - A weekday alone ("Senin 10.00") is its next occurrence strictly after today: 1–7 days ahead,
//     so on a Monday "Senin" is a week away. "<hari> depan" is that weekday in the next calendar
//     week (weeks run Monday–Sunday), i.e. the same as the plain weekday when that already falls
//     next week, otherwise 7 days later. "<hari> ini" is that weekday in the current week (today
//     included; refused as past if it has gone). "Minggu" is always Sunday, so "minggu depan" is
//     next week's Sunday.
//   - A date without a year (or "tgl 25" without a month) is the next such date that is not past.
//   - A time alone ("15.00") is today, like "nanti 15.00".
//   - pagi: hours 0–11 as they are. siang: 11 and 12 as they are, 1–3 → 13–15 (13–15 also
//     accepted). sore: 3–6 → 15–18 (15–18 accepted). malam: 6–11 → 18–23 (18–23 accepted), and
//     "jam 12 malam" is midnight at the end of the named day (00.00 of the day after). Any other
//     hour with these words ("jam 9 siang", "jam 2 malam") is refused as impossible.
//   - More than two years after `now` is "too_far".
import { TIME_ZONES, type SupportedTimezone } from "./time-zones.js";
import { ZONE_OFFSET_MINUTES } from "./time.js";

export type DateInputProblem = "format" | "impossible" | "past" | "weekday_mismatch" | "too_far" | "no_time";

export type DateInputResult =
  | { ok: true; date: Date; timezone: SupportedTimezone; hasTime: boolean }
  | { ok: false; reason: DateInputProblem };

const ZONES = new Map<string, SupportedTimezone>(TIME_ZONES.map((z) => [z.abbreviation.toLowerCase(), z.zone]));

export const MONTHS_ID = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
];
const MONTH_ALIASES = new Map<string, number>([
  ["jan", 1],
  ["feb", 2],
  ["peb", 2],
  ["pebruari", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["agu", 8],
  ["agt", 8],
  ["ags", 8],
  ["agust", 8],
  ["sep", 9],
  ["sept", 9],
  ["okt", 10],
  ["nov", 11],
  ["nop", 11],
  ["nopember", 11],
  ["des", 12],
]);

/** Monday = 0 … Sunday = 6. */
const WEEKDAYS = new Map<string, number>([
  ["senin", 0],
  ["sen", 0],
  ["selasa", 1],
  ["sel", 1],
  ["rabu", 2],
  ["rab", 2],
  ["kamis", 3],
  ["kam", 3],
  ["jumat", 4],
  ["jum", 4],
  ["sabtu", 5],
  ["sab", 5],
  ["minggu", 6],
  ["min", 6],
  ["ahad", 6],
]);

const RELATIVE_DAYS = new Map<string, number>([
  ["nanti", 0],
  ["besok", 1],
  ["esok", 1],
  ["lusa", 2],
  ["kemarin", -1],
]);

type Period = "pagi" | "siang" | "sore" | "malam";
const PERIODS = new Set<string>(["pagi", "siang", "sore", "malam"]);
const TIME_MARKERS = new Set(["jam", "pukul", "pkl", "pk"]);
const DAY_MARKERS = new Set(["tgl", "tanggal"]);
const FILLERS = new Set(["hari", "pada", "-"]);

interface Ymd {
  year: number;
  month: number;
  day: number;
}

type DateSpec =
  | { kind: "absolute"; day: number; month: number; year?: number }
  | { kind: "relative"; days: number }
  | { kind: "dayOfMonth"; day: number };

interface Reading {
  zone?: SupportedTimezone;
  date?: DateSpec;
  weekday?: { index: number; mode: "next" | "depan" | "ini" };
  time?: { hour: number; minute: number; period?: Period };
  /** A period word standing apart from the time, as in "besok pagi jam 8". */
  period?: Period;
}

function monthOf(word: string): number | undefined {
  const index = MONTHS_ID.indexOf(word);
  if (index >= 0) return index + 1;
  const alias = MONTH_ALIASES.get(word);
  if (alias) return alias;
  if (word.length >= 3) {
    const hits = MONTHS_ID.filter((name) => name.startsWith(word));
    if (hits.length === 1) return MONTHS_ID.indexOf(hits[0]!) + 1;
  }
  return undefined;
}

function tokenize(input: string): string[] {
  return input
    .toLowerCase()
    .replace(/jum['’`]at/g, "jumat")
    .replace(/[(),;]/g, " ")
    .replace(/(\d)(wita|wib|wit)\b/g, "$1 $2")
    .split(/\s+/)
    .map((token) => token.replace(/[.:]+$/, ""))
    .filter((token) => token.length > 0);
}

/** Reads the words into their parts, or null when something is not understood or said twice. */
function read(tokens: string[]): Reading | null {
  const r: Reading = {};
  let i = 0;
  const setDate = (spec: DateSpec) => {
    if (r.date) return false;
    r.date = spec;
    return true;
  };
  // A time, with the period word that may follow it ("jam 7 malam", "9.30 pagi").
  const setTime = (hour: number, minute: number, after: number) => {
    if (r.time) return false;
    const period = tokens[after];
    r.time = period !== undefined && PERIODS.has(period) ? { hour, minute, period: period as Period } : { hour, minute };
    i = r.time.period ? after + 1 : after;
    return true;
  };
  let previous: string | undefined;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    let m: RegExpExecArray | null;
    const zone = ZONES.get(token);
    if (zone) {
      if (r.zone) return null;
      r.zone = zone;
      i += 1;
    } else if (token === "hari" && next === "ini") {
      if (!setDate({ kind: "relative", days: 0 })) return null;
      i += 2;
    } else if (token === "kemarin" && next === "lusa") {
      if (!setDate({ kind: "relative", days: -2 })) return null;
      i += 2;
    } else if (RELATIVE_DAYS.has(token)) {
      if (!setDate({ kind: "relative", days: RELATIVE_DAYS.get(token)! })) return null;
      i += 1;
    } else if (DAY_MARKERS.has(token) || FILLERS.has(token)) {
      i += 1;
    } else if (WEEKDAYS.has(token)) {
      if (r.weekday) return null;
      const mode = next === "depan" ? "depan" : next === "ini" ? "ini" : "next";
      r.weekday = { index: WEEKDAYS.get(token)!, mode };
      i += mode === "next" ? 1 : 2;
    } else if (TIME_MARKERS.has(token)) {
      m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(next ?? "");
      if (!m || !setTime(Number(m[1]), Number(m[2] ?? "0"), i + 2)) return null;
    } else if ((m = /^(\d{1,2})[.:](\d{2})$/.exec(token))) {
      if (!setTime(Number(m[1]), Number(m[2]), i + 1)) return null;
    } else if ((m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(token))) {
      const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
      if (!setDate({ kind: "absolute", day: Number(m[1]), month: Number(m[3]), year })) return null;
      i += 1;
    } else if ((m = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(token))) {
      if (!setDate({ kind: "absolute", day: Number(m[4]), month: Number(m[3]), year: Number(m[1]) })) return null;
      i += 1;
    } else if ((m = /^(\d{1,2})[/-](\d{1,2})$/.exec(token))) {
      if (!setDate({ kind: "absolute", day: Number(m[1]), month: Number(m[2]) })) return null;
      i += 1;
    } else if (/^\d{1,2}$/.test(token)) {
      const month = next === undefined ? undefined : monthOf(next);
      if (month) {
        const yearToken = tokens[i + 2];
        const year = yearToken !== undefined && /^\d{4}$/.test(yearToken) ? Number(yearToken) : undefined;
        if (!setDate({ kind: "absolute", day: Number(token), month, year })) return null;
        i += year === undefined ? 2 : 3;
      } else if (next !== undefined && PERIODS.has(next)) {
        if (!setTime(Number(token), 0, i + 1)) return null; // "9 pagi"
      } else if (previous !== undefined && DAY_MARKERS.has(previous)) {
        if (!setDate({ kind: "dayOfMonth", day: Number(token) })) return null;
        i += 1;
      } else {
        return null;
      }
    } else if (PERIODS.has(token)) {
      if (r.period) return null;
      r.period = token as Period;
      i += 1;
    } else {
      return null;
    }
    previous = tokens[i - 1];
  }
  return r;
}

/** The 24-hour clock time meant, and whether it falls on the day after (for "jam 12 malam"). */
function clockTime(hour: number, minute: number, period: Period | undefined): { hour: number; minute: number; nextDay: boolean } | null {
  if (minute > 59) return null;
  const plain = { hour, minute, nextDay: false };
  const afternoon = { hour: hour + 12, minute, nextDay: false };
  switch (period) {
    case undefined:
      return hour <= 23 ? plain : null;
    case "pagi":
      return hour <= 11 ? plain : null;
    case "siang":
      if (hour >= 1 && hour <= 3) return afternoon;
      return hour >= 11 && hour <= 15 ? plain : null;
    case "sore":
      if (hour >= 3 && hour <= 6) return afternoon;
      return hour >= 15 && hour <= 18 ? plain : null;
    case "malam":
      if (hour >= 6 && hour <= 11) return afternoon;
      if (hour === 12) return { hour: 0, minute, nextDay: true };
      return hour >= 18 && hour <= 23 ? plain : null;
  }
}

/** The calendar date of `instant` in the zone (these zones have no daylight saving). */
function localDate(instant: Date, timezone: SupportedTimezone): Ymd {
  const shifted = new Date(instant.getTime() + ZONE_OFFSET_MINUTES[timezone] * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function addDays(date: Ymd, days: number): Ymd {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function compareYmd(a: Ymd, b: Ymd): number {
  return (a.year - b.year) * 10_000 + (a.month - b.month) * 100 + (a.day - b.day);
}

/** Monday = 0 … Sunday = 6. */
function weekdayOf(date: Ymd): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

function instantOf(date: Ymd, hour: number, minute: number, timezone: SupportedTimezone): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, hour, minute) - ZONE_OFFSET_MINUTES[timezone] * 60_000);
}

function parse(input: string, now: Date, defaultZone: SupportedTimezone, requireTime: boolean): DateInputResult {
  const reading = read(tokenize(input));
  if (!reading) return { ok: false, reason: "format" };
  const { weekday } = reading;
  let { date: spec } = reading;
  if (!spec && !weekday && !reading.time) return { ok: false, reason: "format" };
  if (spec && weekday && weekday.mode !== "next") return { ok: false, reason: "format" };
  if (reading.time?.period && reading.period && reading.time.period !== reading.period) return { ok: false, reason: "format" };

  const zone = reading.zone ?? defaultZone;
  const today = localDate(now, zone);

  let time: { hour: number; minute: number; nextDay: boolean } | undefined;
  if (reading.time) {
    const t = clockTime(reading.time.hour, reading.time.minute, reading.time.period ?? reading.period);
    if (!t) return { ok: false, reason: "impossible" };
    time = t;
  }
  // The instant meant on a given day; date-only inputs mean 00.00 local.
  const instantOn = (day: Ymd) => (time ? instantOf(addDays(day, time.nextDay ? 1 : 0), time.hour, time.minute, zone) : instantOf(day, 0, 0, zone));
  const notPast = (day: Ymd) => (time ? instantOn(day).getTime() > now.getTime() : compareYmd(day, today) >= 0);

  if (!spec && !weekday) spec = { kind: "relative", days: 0 }; // a time alone is today

  let day: Ymd | undefined;
  if (spec?.kind === "relative") {
    day = addDays(today, spec.days);
  } else if (spec?.kind === "absolute") {
    const { day: d, month, year } = spec;
    if (year !== undefined) {
      if (!exists(year, month, d)) return { ok: false, reason: "impossible" };
      day = { year, month, day: d };
    } else {
      if (!exists(2000, month, d)) return { ok: false, reason: "impossible" }; // 2000 was a leap year
      for (let y = today.year; y <= today.year + 8 && !day; y += 1) {
        if (exists(y, month, d) && notPast({ year: y, month, day: d })) day = { year: y, month, day: d };
      }
    }
  } else if (spec?.kind === "dayOfMonth") {
    if (spec.day < 1 || spec.day > 31) return { ok: false, reason: "impossible" };
    for (let k = 0; k <= 24 && !day; k += 1) {
      const year = today.year + Math.floor((today.month - 1 + k) / 12);
      const month = ((today.month - 1 + k) % 12) + 1;
      if (exists(year, month, spec.day) && notPast({ year, month, day: spec.day })) day = { year, month, day: spec.day };
    }
  } else if (weekday) {
    const todayIndex = weekdayOf(today);
    const offset =
      weekday.mode === "next"
        ? (weekday.index - todayIndex + 7) % 7 || 7
        : weekday.mode === "depan"
          ? 7 - todayIndex + weekday.index
          : weekday.index - todayIndex;
    day = addDays(today, offset);
  }
  if (!day) return { ok: false, reason: "impossible" };

  if (weekday && weekdayOf(day) !== weekday.index) return { ok: false, reason: "weekday_mismatch" };
  if (compareYmd(day, today) < 0) return { ok: false, reason: "past" };
  if (!time && requireTime) return { ok: false, reason: "no_time" };

  const instant = instantOn(day);
  if (time && instant.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  const limit = new Date(now.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() + 2);
  if (instant.getTime() > limit.getTime()) return { ok: false, reason: "too_far" };
  return { ok: true, date: instant, timezone: zone, hasTime: time !== undefined };
}

/**
 * A moment with a time of day: "25/12/2026 09.00", "25 Desember 2026 pukul 09.00 WITA",
 * "besok jam 2 siang", "Senin 10.00", … read in `timezone` unless WIB/WITA/WIT is written.
 * A date without a time is refused with "no_time"; moments not after `now` with "past".
 */
export function parseDateTimeInput(input: string, now: Date, timezone: SupportedTimezone): DateInputResult {
  return parse(input, now, timezone, true);
}

/**
 * A day, for end dates and deadlines: the same inputs, but the time may be left out; then the
 * result is 00.00 local time of that day with `hasTime: false`, and today itself is accepted.
 */
export function parseDateInput(input: string, now: Date, timezone: SupportedTimezone): DateInputResult {
  return parse(input, now, timezone, false);
}
