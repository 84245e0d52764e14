// Days off in Indonesia: public holidays and cuti bersama (the decreed list of holidays-data.ts for
// the years it has, else the date-holidays library), and weekends. Days are calendar days
// ({ year, month 1-12, day }) as read in the meeting's zone; the holidays are the same nationwide.
import Holidays from "date-holidays";
import { DECREED_YEARS } from "./holidays-data.js";

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export type DayOff = { kind: "holiday" | "cuti_bersama"; name: string } | { kind: "weekend"; weekday: "saturday" | "sunday" };

const library = new Holidays("ID", { languages: ["id"], types: ["public"] });
const libraryYears = new Map<number, Map<string, string>>();

const iso = ({ year, month, day }: CalendarDay) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** Names the library gets wrong, by its rule (3.37.0 calls 27 Rajab "Maulid Nabi Muhammad"). */
const RENAMED_RULES: Record<string, string> = { "27 Rajab": "Isra Mikraj Nabi Muhammad SAW" };

/** The library's public holidays of a year, by "YYYY-MM-DD" (two on one day: "A dan B"). */
function libraryYear(year: number): Map<string, string> {
  let days = libraryYears.get(year);
  if (!days) {
    days = new Map();
    for (const h of library.getHolidays(year)) {
      if (h.type !== "public") continue;
      const key = h.date.slice(0, 10);
      const name = RENAMED_RULES[h.rule] ?? h.name;
      const before = days.get(key);
      days.set(key, before ? `${before} dan ${name}` : name);
    }
    libraryYears.set(year, days);
  }
  return days;
}

/** The holiday or cuti bersama on a day, if any (weekends aside). */
export function holidayOn(day: CalendarDay): { kind: "holiday" | "cuti_bersama"; name: string } | null {
  const key = iso(day);
  const decreed = DECREED_YEARS[day.year];
  if (decreed) {
    const found = decreed.days.find((d) => d.date === key);
    return found ? { kind: found.kind, name: found.name } : null;
  }
  const name = libraryYear(day.year).get(key);
  return name ? { kind: "holiday", name } : null;
}

/** Why a day is not a working day, or null when it is one. A holiday on a weekend is named as the holiday. */
export function dayOff(day: CalendarDay): DayOff | null {
  const holiday = holidayOn(day);
  if (holiday) return holiday;
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  if (weekday === 6) return { kind: "weekend", weekday: "saturday" };
  if (weekday === 0) return { kind: "weekend", weekday: "sunday" };
  return null;
}

/** The day itself when it is a working day, else the next one. */
export function nextWorkingDay(day: CalendarDay): CalendarDay {
  let current = day;
  for (let i = 0; i < 60 && dayOff(current); i++) {
    const next = new Date(Date.UTC(current.year, current.month - 1, current.day + 1));
    current = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  }
  return current;
}

/** The day itself when it is a working day, else the one before it. */
export function previousWorkingDay(day: CalendarDay): CalendarDay {
  let current = day;
  for (let i = 0; i < 60 && dayOff(current); i++) {
    const previous = new Date(Date.UTC(current.year, current.month - 1, current.day - 1));
    current = { year: previous.getUTCFullYear(), month: previous.getUTCMonth() + 1, day: previous.getUTCDate() };
  }
  return current;
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
