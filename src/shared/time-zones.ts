// The one source of Indonesia's time zones: their IANA names, abbreviations, fixed offsets and the
// words officials type ("10.00 WITA"). Everything else derives from this table.
export const TIME_ZONES = [
  { zone: "Asia/Jakarta", abbreviation: "WIB", offsetMinutes: 420, localeKey: "timezone-wib" },
  { zone: "Asia/Makassar", abbreviation: "WITA", offsetMinutes: 480, localeKey: "timezone-wita" },
  { zone: "Asia/Jayapura", abbreviation: "WIT", offsetMinutes: 540, localeKey: "timezone-wit" },
] as const;

export type SupportedTimezone = (typeof TIME_ZONES)[number]["zone"];
export const SUPPORTED_TIMEZONES: readonly SupportedTimezone[] = TIME_ZONES.map((z) => z.zone);

/** Western Indonesia: the zone of the capital, the forum's default unless DEFAULT_TIMEZONE says otherwise. */
export const WIB: SupportedTimezone = "Asia/Jakarta";
export const WITA: SupportedTimezone = "Asia/Makassar";
export const WIT: SupportedTimezone = "Asia/Jayapura";

export function isSupportedTimezone(zone: string): zone is SupportedTimezone {
  return (SUPPORTED_TIMEZONES as readonly string[]).includes(zone);
}

export function zoneInfo(zone: string) {
  return TIME_ZONES.find((z) => z.zone === zone);
}
