import { TIME_ZONES, WIB, WIT, WITA, type SupportedTimezone } from "./time-zones.js";

export const TIMEZONE_ABBREVIATIONS = Object.fromEntries(TIME_ZONES.map((z) => [z.zone, z.abbreviation])) as Record<SupportedTimezone, string>;

/** Indonesian zones have had fixed offsets, without daylight saving, since 1964. */
export const ZONE_OFFSET_MINUTES = Object.fromEntries(TIME_ZONES.map((z) => [z.zone, z.offsetMinutes])) as Record<SupportedTimezone, number>;

/** The calendar day (month 1–12) of an instant in a zone. */
export function localDay(date: Date, timezone: string): { year: number; month: number; day: number } {
  const local = new Date(date.getTime() + (ZONE_OFFSET_MINUTES[timezone as SupportedTimezone] ?? ZONE_OFFSET_MINUTES[WIB]) * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/**
 * Building an Intl formatter costs about ten times using one (56 µs against 6.5 µs), and the bot
 * formats dates on most updates: one formatter per locale, zone and options, kept for the process.
 * The keys come from a few fixed option sets and the supported zones, so the caches stay small.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** The name of month 1–12: "Desember" / "December". */
export function monthName(month: number, language: string): string {
  return dateTimeFormat(language === "en" ? "en-GB" : "id-ID", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));
}

/** Province codes (Kemendagri) whose local time is WITA or WIT; every other province is WIB. */
const WITA_PROVINCES = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);
const WIT_PROVINCES = new Set(["81", "82", "91", "92", "93", "94", "95", "96"]);

export function timezoneForProvince(provinceCode: string | null | undefined): SupportedTimezone {
  if (provinceCode && WITA_PROVINCES.has(provinceCode)) return WITA;
  if (provinceCode && WIT_PROVINCES.has(provinceCode)) return WIT;
  return WIB;
}

export function timezoneAbbreviation(timezone: string): string {
  return TIMEZONE_ABBREVIATIONS[timezone as SupportedTimezone] ?? timezone;
}

interface DateParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

const PART_TYPES = new Set<string>(["weekday", "day", "month", "year", "hour", "minute"]);

/** The parts formatDateTime and its siblings read, per locale and zone (one formatter each, reused). */
const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** Recent answers, per locale, zone and instant: meeting lists show the same few dates again and again. */
const recentParts = new Map<string, DateParts>();
const RECENT_PARTS = 2000;

function partsOf(date: Date, timezone: string, locale: string): DateParts {
  const key = `${locale}|${timezone}`;
  const recentKey = `${key}|${date.getTime()}`;
  const recent = recentParts.get(recentKey);
  if (recent) return recent;
  let formatter = partsFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: timezone,
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    partsFormats.set(key, formatter);
  }
  const parts: Partial<DateParts> = {};
  for (const part of formatter.formatToParts(date)) {
    if (PART_TYPES.has(part.type)) {
      parts[part.type as keyof DateParts] = part.value;
    }
  }
  // Frozen: callers share it. The oldest goes first once the map is full.
  const answer = Object.freeze(parts as DateParts);
  if (recentParts.size >= RECENT_PARTS) recentParts.delete(recentParts.keys().next().value!);
  recentParts.set(recentKey, answer);
  return answer;
}

/**
 * "Senin, 5 Januari 2026 pukul 09.00 WIB" (Indonesian) or "Monday, 5 January 2026 at 09:00 WIB".
 * Built from parts so the shape does not depend on the ICU version's punctuation.
 */
export function formatDateTime(date: Date, timezone: string, language: string): string {
  const english = language === "en";
  const p = partsOf(date, timezone, english ? "en-GB" : "id-ID");
  const zone = timezoneAbbreviation(timezone);
  return english
    ? `${p.weekday}, ${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute} ${zone}`
    : `${p.weekday}, ${p.day} ${p.month} ${p.year} pukul ${p.hour}.${p.minute} ${zone}`;
}

/** "5 Januari 2026" / "5 January 2026" in the given zone. */
export function formatDate(date: Date, timezone: string, language: string): string {
  const p = partsOf(date, timezone, language === "en" ? "en-GB" : "id-ID");
  return `${p.day} ${p.month} ${p.year}`;
}

/** "1.237" (Indonesian thousands separator) or "1,237". */
export function formatNumber(value: number, language: string): string {
  return numberFormat(language === "en" ? "en-GB" : "id-ID").format(value);
}

/**
 * For a group whose members live in all three zones: "Senin, 28 Desember 2026 pukul 09.00 WIB /
 * 10.00 WITA / 11.00 WIT" (the day as in WIB).
 */
export function formatAllZones(date: Date, language: string): string {
  const english = language === "en";
  const clock = (zone: SupportedTimezone) => {
    const p = partsOf(date, zone, english ? "en-GB" : "id-ID");
    return english ? `${p.hour}:${p.minute} ${timezoneAbbreviation(zone)}` : `${p.hour}.${p.minute} ${timezoneAbbreviation(zone)}`;
  };
  const p = partsOf(date, WIB, english ? "en-GB" : "id-ID");
  const times = [WIB, WITA, WIT].map(clock).join(" / ");
  return english ? `${p.weekday}, ${p.day} ${p.month} ${p.year} at ${times}` : `${p.weekday}, ${p.day} ${p.month} ${p.year} pukul ${times}`;
}
