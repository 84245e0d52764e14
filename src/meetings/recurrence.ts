// The dates of a recurring meeting: weekly (same weekday and time) or monthly (same day of the
// month and time), from the first meeting up to and including an end day.
//
// Choices:
// - Worked out on the wall clock of the meeting's zone. Indonesian zones have fixed offsets (no
//   daylight saving), so a week is always exactly 7 × 24 hours, but a month is not.
// - A monthly meeting on the 29th–31st falls on the last day of shorter months (31 January,
//   28 February, 31 March...), as a secretariat would plan it, and returns to its own day after.
// - At most a year of meetings, and at most MAX_OCCURRENCES of them.
import type { SupportedTimezone } from "../config/config.js";
import { ZONE_OFFSET_MINUTES } from "../shared/time.js";

export type Frequency = "weekly" | "monthly";
export const FREQUENCIES: readonly Frequency[] = ["weekly", "monthly"];
export const MAX_OCCURRENCES = 53;

export type RecurrenceProblem = "before_first" | "too_far";

/**
 * The start of every occurrence, the first included. `until` is any instant on the last day
 * allowed (its day is read in `timezone`).
 */
export function occurrenceStarts(
  first: Date,
  frequency: Frequency,
  until: Date,
  timezone: SupportedTimezone,
): { ok: true; starts: Date[] } | { ok: false; reason: RecurrenceProblem } {
  const offset = ZONE_OFFSET_MINUTES[timezone] * 60_000;
  const local = new Date(first.getTime() + offset);
  const untilLocal = new Date(until.getTime() + offset);
  const lastDay = Date.UTC(untilLocal.getUTCFullYear(), untilLocal.getUTCMonth(), untilLocal.getUTCDate());
  const firstDay = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  if (lastDay <= firstDay) return { ok: false, reason: "before_first" };
  const yearLater = Date.UTC(local.getUTCFullYear() + 1, local.getUTCMonth(), local.getUTCDate());
  if (lastDay > yearLater) return { ok: false, reason: "too_far" };

  const timeOfDay = local.getTime() - firstDay;
  const starts: Date[] = [];
  for (let i = 0; starts.length < MAX_OCCURRENCES; i += 1) {
    let day: number;
    if (frequency === "weekly") {
      day = firstDay + i * 7 * 86_400_000;
    } else {
      const monthIndex = local.getUTCMonth() + i;
      const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), monthIndex + 1, 0)).getUTCDate();
      day = Date.UTC(local.getUTCFullYear(), monthIndex, Math.min(local.getUTCDate(), daysInMonth));
    }
    if (day > lastDay) break;
    starts.push(new Date(day + timeOfDay - offset));
  }
  return { ok: true, starts };
}

/**
 * Where a later occurrence of a monthly series goes when one occurrence moves from `anchorBefore`
 * to `anchorAfter` (this and the following): as many months after the new date as it was after
 * the old one, on the new day of the month (the month's last day if shorter) and the new time.
 */
export function sameMonthlyPosition(anchorBefore: Date, anchorAfter: Date, occurrence: Date, timezone: SupportedTimezone): Date {
  const offset = ZONE_OFFSET_MINUTES[timezone] * 60_000;
  const before = new Date(anchorBefore.getTime() + offset);
  const after = new Date(anchorAfter.getTime() + offset);
  const was = new Date(occurrence.getTime() + offset);
  const months = (was.getUTCFullYear() - before.getUTCFullYear()) * 12 + (was.getUTCMonth() - before.getUTCMonth());
  const monthIndex = after.getUTCMonth() + months;
  const daysInMonth = new Date(Date.UTC(after.getUTCFullYear(), monthIndex + 1, 0)).getUTCDate();
  const timeOfDay = after.getTime() - Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate());
  return new Date(Date.UTC(after.getUTCFullYear(), monthIndex, Math.min(after.getUTCDate(), daysInMonth)) + timeOfDay - offset);
}
