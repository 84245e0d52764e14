import { describe, expect, it } from "vitest";
import type { SupportedTimezone } from "../src/config/config.js";
import { calendarKeyboard } from "../src/shared/calendar-keyboard.js";
import { type DateInputProblem, parseDateInput, parseDateTimeInput } from "../src/shared/date-input.js";

// Sunday 20 December 2026, 09.00 WIB = 10.00 WITA = 11.00 WIT.
const NOW = new Date("2026-12-20T02:00:00Z");
const WIB: SupportedTimezone = "Asia/Jakarta";
const WITA: SupportedTimezone = "Asia/Makassar";
const WIT: SupportedTimezone = "Asia/Jayapura";

type Row = [input: string, defaultZone: SupportedTimezone, expected: string | DateInputProblem, zoneUsed?: SupportedTimezone];

/** Expected: a UTC instant (ISO) or the reason for refusing. */
const DATE_TIMES: Row[] = [
  // Numeric dates, every separator, four- and two-digit years, ISO order.
  ["25/12/2026 09.00", WIB, "2026-12-25T02:00:00.000Z"],
  ["25-12-2026 9:00", WIB, "2026-12-25T02:00:00.000Z"],
  ["25.12.2026 09.00", WIB, "2026-12-25T02:00:00.000Z"],
  ["2026-12-25 09:00", WIB, "2026-12-25T02:00:00.000Z"],
  ["25/12/26 09.00", WIB, "2026-12-25T02:00:00.000Z"],
  ["25/12 09.00", WIB, "2026-12-25T02:00:00.000Z"],
  ["  25/12/2026   ,  09.00 ", WIB, "2026-12-25T02:00:00.000Z"],
  // Month names, weekday beside the date, filler words.
  ["25 Desember 2026 pukul 09.00", WIB, "2026-12-25T02:00:00.000Z"],
  ["25 Des 2026 jam 9", WIB, "2026-12-25T02:00:00.000Z"],
  ["25 des. 2026 pkl. 09.00 WIB", WIB, "2026-12-25T02:00:00.000Z"],
  ["Jumat, 25 Desember 2026 09.00", WIB, "2026-12-25T02:00:00.000Z"],
  ["Jum'at 25/12/2026 9.00", WIB, "2026-12-25T02:00:00.000Z"],
  ["hari Jumat, tanggal 25 Desember 2026, pukul 09.00 WIB", WIB, "2026-12-25T02:00:00.000Z"],
  ["25 Nopember 2027 09.00", WIB, "2027-11-25T02:00:00.000Z"],
  ["29 Februari 2028 10.00", WIB, "2028-02-29T03:00:00.000Z"],
  // No year: the next such date that is not past.
  ["25 Desember 09.00", WIB, "2026-12-25T02:00:00.000Z"],
  ["10 Desember 09.00", WIB, "2027-12-10T02:00:00.000Z"],
  ["20 Desember 08.00", WIB, "2027-12-20T01:00:00.000Z"],
  ["20 Desember 10.00", WIB, "2026-12-20T03:00:00.000Z"],
  ["29 Februari 09.00", WIB, "2028-02-29T02:00:00.000Z"],
  ["tgl 28 jam 10", WIB, "2026-12-28T03:00:00.000Z"],
  ["tanggal 5 pukul 10.00", WIB, "2027-01-05T03:00:00.000Z"],
  // Relative days and times before or after them.
  ["besok 14.00", WIB, "2026-12-21T07:00:00.000Z"],
  ["lusa jam 10", WIB, "2026-12-22T03:00:00.000Z"],
  ["hari ini 15.30", WIB, "2026-12-20T08:30:00.000Z"],
  ["nanti 15.00", WIB, "2026-12-20T08:00:00.000Z"],
  ["15.00", WIB, "2026-12-20T08:00:00.000Z"],
  ["09.00 besok", WIB, "2026-12-21T02:00:00.000Z"],
  ["besok 00.00", WIB, "2026-12-20T17:00:00.000Z"],
  ["besok 23.59", WIB, "2026-12-21T16:59:00.000Z"],
  ["hari ini 09.01", WIB, "2026-12-20T02:01:00.000Z"],
  // Weekdays: today is a Sunday.
  ["Senin 10.00", WIB, "2026-12-21T03:00:00.000Z"],
  ["senin depan 10.00", WIB, "2026-12-21T03:00:00.000Z"],
  ["Rabu jam 13.30", WIB, "2026-12-23T06:30:00.000Z"],
  ["minggu 10.00", WIB, "2026-12-27T03:00:00.000Z"],
  ["minggu depan 10.00", WIB, "2026-12-27T03:00:00.000Z"],
  ["minggu ini 10.00", WIB, "2026-12-20T03:00:00.000Z"],
  ["besok senin 10.00", WIB, "2026-12-21T03:00:00.000Z"],
  // Parts of the day.
  ["besok jam 2 siang", WIB, "2026-12-21T07:00:00.000Z"],
  ["besok jam 7 malam", WIB, "2026-12-21T12:00:00.000Z"],
  ["lusa jam 9 pagi", WIB, "2026-12-22T02:00:00.000Z"],
  ["besok pukul 3 sore", WIB, "2026-12-21T08:00:00.000Z"],
  ["besok jam 7.30 malam", WIB, "2026-12-21T12:30:00.000Z"],
  ["besok 14.00 siang", WIB, "2026-12-21T07:00:00.000Z"],
  ["besok jam 12 malam", WIB, "2026-12-21T17:00:00.000Z"],
  ["nanti malam jam 8", WIB, "2026-12-20T13:00:00.000Z"],
  ["besok pagi jam 8", WIB, "2026-12-21T01:00:00.000Z"],
  ["besok 9 pagi", WIB, "2026-12-21T02:00:00.000Z"],
  // Zones: written suffixes win over the default zone.
  ["25/12/2026 09.00 WITA", WIB, "2026-12-25T01:00:00.000Z", WITA],
  ["25/12/2026 09.00 wit.", WIB, "2026-12-25T00:00:00.000Z", WIT],
  ["25/12/2026 09.00wita", WIB, "2026-12-25T01:00:00.000Z", WITA],
  ["1 Agustus 2027 pukul 13.30 WITA", WIT, "2027-08-01T05:30:00.000Z", WITA],
  ["31 Maret 2027 8:15 WIT", WIB, "2027-03-30T23:15:00.000Z", WIT],
  ["besok 08.00 WIT", WIB, "2026-12-20T23:00:00.000Z", WIT],
  ["hari ini 11.30 WIT", WIB, "2026-12-20T02:30:00.000Z", WIT],
  ["25/12/2026 09.00", WITA, "2026-12-25T01:00:00.000Z", WITA],
  ["besok 14.00", WIT, "2026-12-21T05:00:00.000Z", WIT],
  ["25/12/2026 09.00 WIB", WIT, "2026-12-25T02:00:00.000Z", WIB],
  // Refused: days and times that do not exist.
  ["31/02/2026 09.00", WIB, "impossible"],
  ["32/12/2026 09.00", WIB, "impossible"],
  ["25/13/2026 09.00", WIB, "impossible"],
  ["29/02/2027 10.00", WIB, "impossible"],
  ["31 April 10.00", WIB, "impossible"],
  ["tgl 32 jam 10", WIB, "impossible"],
  ["25/12/2026 24.00", WIB, "impossible"],
  ["25/12/2026 24.30", WIB, "impossible"],
  ["25/12/2026 25:00", WIB, "impossible"],
  ["25/12/2026 09.60", WIB, "impossible"],
  ["besok jam 9 siang", WIB, "impossible"],
  ["besok jam 2 malam", WIB, "impossible"],
  // Refused: in the past.
  ["kemarin 10.00", WIB, "past"],
  ["kemarin", WIB, "past"],
  ["hari ini 08.00", WIB, "past"],
  ["hari ini 09.00", WIB, "past"],
  ["hari ini 09.30", WITA, "past"],
  ["08.00", WIB, "past"],
  ["19/12/2026 10.00", WIB, "past"],
  ["01/01/2020 09.00", WIB, "past"],
  ["jumat ini 10.00", WIB, "past"],
  // Refused: a weekday that does not match the date.
  ["Sabtu, 25 Desember 2026 09.00", WIB, "weekday_mismatch"],
  ["besok selasa 10.00", WIB, "weekday_mismatch"],
  // Refused: no time given.
  ["lusa", WIB, "no_time"],
  ["besok", WIB, "no_time"],
  ["besok pagi", WIB, "no_time"],
  ["25 Desember 2026", WIB, "no_time"],
  ["Senin depan", WIB, "no_time"],
  // Refused: too far ahead (more than two years after now).
  ["21/12/2028 09.00", WIB, "too_far"],
  ["25/12/2099 09.00", WIB, "too_far"],
  ["19/12/2028 09.00", WIB, "2028-12-19T02:00:00.000Z"],
  // Refused: not understood.
  ["", WIB, "format"],
  ["rapat koordinasi", WIB, "format"],
  ["secepatnya ya pak", WIB, "format"],
  ["besok 9", WIB, "format"],
  ["0930 besok", WIB, "format"],
  ["besok 09.00 WIB WITA", WIB, "format"],
  ["besok lusa 10.00", WIB, "format"],
  ["senin depan 25/12/2026 10.00", WIB, "format"],
  ["25 Desember 26 09.00", WIB, "format"],
  ["depan 10.00", WIB, "format"],
];

describe("parseDateTimeInput", () => {
  it.each(DATE_TIMES)("%s (default %s) → %s", (input, zone, expected, zoneUsed) => {
    const result = parseDateTimeInput(input, NOW, zone);
    if (/^\d{4}-/.test(expected)) {
      expect(result).toEqual({ ok: true, date: new Date(expected), timezone: zoneUsed ?? zone, hasTime: true });
    } else {
      expect(result).toEqual({ ok: false, reason: expected });
    }
  });

  it("has a table of real-world inputs", () => {
    expect(DATE_TIMES.length).toBeGreaterThanOrEqual(45);
  });

  it("reads weekdays relative to the day of the week", () => {
    // Wednesday 23 December 2026, 09.00 WIB.
    const wednesday = new Date("2026-12-23T02:00:00Z");
    const at = (text: string) => {
      const r = parseDateTimeInput(text, wednesday, WIB);
      return r.ok ? r.date.toISOString() : r.reason;
    };
    expect(at("jumat 10.00")).toBe("2026-12-25T03:00:00.000Z"); // this week
    expect(at("jumat depan 10.00")).toBe("2027-01-01T03:00:00.000Z"); // next week
    expect(at("senin 10.00")).toBe("2026-12-28T03:00:00.000Z");
    expect(at("senin depan 10.00")).toBe("2026-12-28T03:00:00.000Z"); // already next week
    expect(at("rabu 10.00")).toBe("2026-12-30T03:00:00.000Z"); // strictly after today
    expect(at("rabu ini 10.00")).toBe("2026-12-23T03:00:00.000Z");
    expect(at("selasa ini 10.00")).toBe("past");
  });
});

describe("parseDateInput", () => {
  const cases: [string, SupportedTimezone, string | DateInputProblem, boolean?][] = [
    ["31/12/2026", WIB, "2026-12-30T17:00:00.000Z"],
    ["25/12/2026", WITA, "2026-12-24T16:00:00.000Z"],
    ["25/12/2026 WIT", WIB, "2026-12-24T15:00:00.000Z"],
    ["besok", WIB, "2026-12-20T17:00:00.000Z"],
    ["hari ini", WIB, "2026-12-19T17:00:00.000Z"],
    ["31 Januari", WIB, "2027-01-30T17:00:00.000Z"],
    ["10 Desember", WIB, "2027-12-09T17:00:00.000Z"],
    ["Jumat depan", WIB, "2026-12-24T17:00:00.000Z"],
    ["besok 14.00", WIB, "2026-12-21T07:00:00.000Z", true],
    ["kemarin", WIB, "past"],
    ["19/12/2026", WIB, "past"],
    ["31/02/2027", WIB, "impossible"],
    ["Senin, 22 Desember 2026", WIB, "weekday_mismatch"],
    ["01/01/2029", WIB, "too_far"],
    ["akhir bulan", WIB, "format"],
  ];
  it.each(cases)("%s (default %s) → %s", (input, zone, expected, hasTime) => {
    const result = parseDateInput(input, NOW, zone);
    if (/^\d{4}-/.test(expected)) {
      expect(result).toMatchObject({ ok: true, date: new Date(expected), hasTime: hasTime ?? false });
    } else {
      expect(result).toEqual({ ok: false, reason: expected });
    }
  });
});

describe("calendarKeyboard", () => {
  const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
  const options = (today: { year: number; month: number; day: number }) => ({
    today,
    callback: (kind: "day" | "month" | "noop", value: string) => `cal:${kind}:${value}`,
    weekdayLabels: ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
    monthName: (m: number) => MONTHS[m - 1]!,
  });
  const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((b) => b.text));
  const data = (rows: { text: string }[][]) => rows.map((row) => row.map((b) => ("callback_data" in b ? b.callback_data : undefined)));

  it("lays out February 2028 (a leap year) from Monday, with month navigation", () => {
    const rows = calendarKeyboard(2028, 2, options({ year: 2026, month: 12, day: 20 })).inline_keyboard;
    expect(texts(rows)).toEqual([
      ["‹", "Februari 2028", "›"],
      ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
      [" ", "1", "2", "3", "4", "5", "6"], // 1 February 2028 is a Tuesday
      ["7", "8", "9", "10", "11", "12", "13"],
      ["14", "15", "16", "17", "18", "19", "20"],
      ["21", "22", "23", "24", "25", "26", "27"],
      ["28", "29", " ", " ", " ", " ", " "],
    ]);
    expect(data(rows)[0]).toEqual(["cal:month:2028-01", "cal:noop:2028-02", "cal:month:2028-03"]);
    expect(data(rows)[2]).toEqual(["cal:noop:", ...[1, 2, 3, 4, 5, 6].map((d) => `cal:day:2028-02-0${d}`)]);
    expect(data(rows)[6]?.slice(0, 2)).toEqual(["cal:day:2028-02-28", "cal:day:2028-02-29"]);
  });

  it("shows past days as · that do nothing, and no way back to a past month", () => {
    const rows = calendarKeyboard(2026, 12, options({ year: 2026, month: 12, day: 20 })).inline_keyboard;
    expect(texts(rows)).toEqual([
      [" ", "Desember 2026", "›"],
      ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
      [" ", "·", "·", "·", "·", "·", "·"], // 1 December 2026 is a Tuesday
      ["·", "·", "·", "·", "·", "·", "·"],
      ["·", "·", "·", "·", "·", "·", "20"], // today, a Sunday, can be picked
      ["21", "22", "23", "24", "25", "26", "27"],
      ["28", "29", "30", "31", " ", " ", " "],
    ]);
    expect(data(rows)[0]).toEqual(["cal:noop:", "cal:noop:2026-12", "cal:month:2027-01"]);
    expect(data(rows)[3]?.[0]).toBe("cal:noop:2026-12-07");
    expect(data(rows)[4]?.[6]).toBe("cal:day:2026-12-20");
  });

  it("crosses the year both ways", () => {
    const rows = calendarKeyboard(2027, 1, options({ year: 2026, month: 12, day: 20 })).inline_keyboard;
    expect(data(rows)[0]).toEqual(["cal:month:2026-12", "cal:noop:2027-01", "cal:month:2027-02"]);
    // 1 January 2027 is a Friday: 4 blanks + 31 days = five weeks.
    expect(rows.length).toBe(2 + 5);
    expect(rows.every((row) => row.length === 3 || row.length === 7)).toBe(true);
  });

  it("refuses a month that does not exist or the wrong number of labels", () => {
    expect(() => calendarKeyboard(2026, 13, options({ year: 2026, month: 12, day: 20 }))).toThrow(RangeError);
    expect(() => calendarKeyboard(2026, 12, { ...options({ year: 2026, month: 12, day: 20 }), weekdayLabels: ["Sen"] })).toThrow(RangeError);
  });
});
