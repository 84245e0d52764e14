// An inline calendar for picking a day: one month at a time, weeks starting on Monday.
import { InlineKeyboard } from "grammy";

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface CalendarKeyboardOptions {
  /** Today in the reader's zone; earlier days cannot be picked. */
  today: CalendarDay;
  /**
   * The callback data of a button: "day" with "YYYY-MM-DD", "month" with "YYYY-MM" (move to that
   * month), "noop" for buttons that do nothing (labels, blanks, past days).
   */
  callback: (kind: "day" | "month" | "noop", value: string) => string;
  /** Seven labels, Monday first, e.g. ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]. */
  weekdayLabels: readonly string[];
  /** The name of month 1–12, e.g. "Desember". */
  monthName: (month: number) => string;
}

const BLANK = " ";
const PAST = "·";

function yearMonth(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/**
 * A header row (‹ previous month · "Desember 2026" · next month ›), a row of weekday labels, then
 * the weeks of the month. Days before `today` are shown as "·" and do nothing; so does the
 * previous-month button (shown blank) when that whole month is already past.
 */
export function calendarKeyboard(year: number, month: number, options: CalendarKeyboardOptions): InlineKeyboard {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`no such month: ${year}-${month}`);
  }
  if (options.weekdayLabels.length !== 7) throw new RangeError("calendarKeyboard needs seven weekday labels");
  const { today, callback } = options;
  const todayMonth = today.year * 12 + today.month;
  const todayKey = yearMonth(today.year, today.month) + "-" + String(today.day).padStart(2, "0");

  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const previousIsPast = previous.year * 12 + previous.month < todayMonth;

  const keyboard = new InlineKeyboard();
  keyboard
    .text(
      previousIsPast ? BLANK : "‹",
      previousIsPast ? callback("noop", "") : callback("month", yearMonth(previous.year, previous.month)),
    )
    .text(`${options.monthName(month)} ${year}`, callback("noop", yearMonth(year, month)))
    .text("›", callback("month", yearMonth(next.year, next.month)))
    .row();
  for (const label of options.weekdayLabels) keyboard.text(label, callback("noop", ""));
  keyboard.row();

  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells = Math.ceil((firstWeekday + daysInMonth) / 7) * 7;
  for (let cell = 0; cell < cells; cell += 1) {
    const day = cell - firstWeekday + 1;
    if (day < 1 || day > daysInMonth) {
      keyboard.text(BLANK, callback("noop", ""));
    } else {
      const key = `${yearMonth(year, month)}-${String(day).padStart(2, "0")}`;
      if (key < todayKey) keyboard.text(PAST, callback("noop", key));
      else keyboard.text(String(day), callback("day", key));
    }
    if (cell % 7 === 6 && cell < cells - 1) keyboard.row();
  }
  return keyboard;
}
