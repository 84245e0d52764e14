// Day boundaries in a member's zone, for the daily limit and the report's periods. Indonesian
// zones have fixed offsets; an unknown zone counts as WIB, as localDay does.
import { localDay, ZONE_OFFSET_MINUTES } from "../shared/time.js";
import { isSupportedTimezone, WIB } from "../shared/time-zones.js";

function offsetMs(timezone: string): number {
  return ZONE_OFFSET_MINUTES[isSupportedTimezone(timezone) ? timezone : WIB] * 60_000;
}

/** Midnight, in the zone, of the day `daysBack` days before the instant's own day. */
export function startOfLocalDay(instant: Date, timezone: string, daysBack = 0): Date {
  const d = localDay(instant, timezone);
  return new Date(Date.UTC(d.year, d.month - 1, d.day - daysBack) - offsetMs(timezone));
}

/** 1 January, midnight in the zone, of the instant's year there. */
export function startOfLocalYear(instant: Date, timezone: string): Date {
  return new Date(Date.UTC(localDay(instant, timezone).year, 0, 1) - offsetMs(timezone));
}
