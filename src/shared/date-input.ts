// Dates and times as an Indonesian official types them, read in a given zone.
import type { SupportedTimezone } from "../config/config.js";

export type DateInputProblem = "format" | "impossible" | "past";

export type DateInputResult = { ok: true; date: Date; timezone: SupportedTimezone } | { ok: false; reason: DateInputProblem };

const ZONES: Record<string, SupportedTimezone> = { wib: "Asia/Jakarta", wita: "Asia/Makassar", wit: "Asia/Jayapura" };
const OFFSET_HOURS: Record<SupportedTimezone, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };

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
const MONTH_ABBREVIATIONS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, mei: 5, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8, sep: 9, okt: 10, nov: 11, des: 12 };

/** The calendar date of `instant` in the zone (these zones have no daylight saving). */
function localDate(instant: Date, timezone: SupportedTimezone) {
  const shifted = new Date(instant.getTime() + OFFSET_HOURS[timezone] * 3_600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function toInstant(year: number, month: number, day: number, hour: number, minute: number, timezone: SupportedTimezone): Date | null {
  const utc = Date.UTC(year, month - 1, day, hour - OFFSET_HOURS[timezone], minute);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59) return null;
  return new Date(utc);
}

/**
 * "25/12/2026 09.00", "25-12-2026 9:00", "2026-12-25 09:00", "25 Desember 2026 pukul 09.00",
 * "besok 14.00", "lusa jam 10", "hari ini 15.30", each with an optional WIB/WITA/WIT (otherwise
 * `timezone`). Times in the past are refused.
 */
export function parseDateTimeInput(input: string, now: Date, timezone: SupportedTimezone): DateInputResult {
  let text = input.toLowerCase().replace(/\s+/g, " ").trim();
  let zone = timezone;
  const zoneMatch = /\b(wib|wita|wit)\b\.?$/.exec(text);
  if (zoneMatch) {
    zone = ZONES[zoneMatch[1]!]!;
    text = text.slice(0, zoneMatch.index).trim();
  }
  text = text.replace(/\b(pukul|jam|pkl\.?)\b/g, " ").replace(/,/g, " ").replace(/\s+/g, " ").trim();

  const time = /(\d{1,2})(?:[.:](\d{2}))?$/.exec(text);
  if (!time) return { ok: false, reason: "format" };
  const hour = Number(time[1]);
  const minute = Number(time[2] ?? "0");
  const datePart = text.slice(0, time.index).trim();

  let year: number;
  let month: number;
  let day: number;
  const today = localDate(now, zone);
  const relative: Record<string, number> = { "hari ini": 0, besok: 1, lusa: 2 };
  let m: RegExpExecArray | null;
  if (datePart in relative) {
    const base = new Date(Date.UTC(today.year, today.month - 1, today.day + relative[datePart]!));
    [year, month, day] = [base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate()];
  } else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(datePart))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(datePart))) {
    const name = m[2]!;
    const index = MONTHS_ID.indexOf(name);
    const monthNumber = index >= 0 ? index + 1 : MONTH_ABBREVIATIONS[name.slice(0, 3)];
    if (!monthNumber) return { ok: false, reason: "format" };
    [day, month, year] = [Number(m[1]), monthNumber, Number(m[3])];
  } else {
    return { ok: false, reason: "format" };
  }
  const date = toInstant(year, month, day, hour, minute, zone);
  if (!date) return { ok: false, reason: "impossible" };
  if (date.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  return { ok: true, date, timezone: zone };
}
