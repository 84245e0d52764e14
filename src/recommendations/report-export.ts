// The recommendations report as a CSV or XLSX file, one line per recommendation plus (in the
// workbook) the counts. XLSX is written by exceljs, imported only when an export is made so that
// the bot does not carry it otherwise.
import { csvFromPages, toCsv, type CsvValue } from "../shared/csv.js";
import { CATEGORIES, STATUSES, type Category, type Status } from "./recommendation-types.js";
import type { ReportRow, ReportSummary } from "./report-summary.js";
import { fitText } from "../shared/user-text.js";


export interface ExportLabels {
  headings: {
    id: string;
    pokja: string;
    category: string;
    status: string;
    title: string;
    submitter: string;
    agency: string;
    province: string;
    supports: string;
    submitted: string;
    updated: string;
    task: string;
  };
  statusNames: Record<Status, string>;
  /** A row's status while its meeting is still to come ("Dijadwalkan dibahas"). */
  scheduledName?: string;
  categoryNames: Record<Category, string>;
  /** The province column of a ministry unit: "Kementerian/pusat". */
  centralLabel: string;
  /** Sheet names (at most 31 characters; * ? : \ / [ ] are replaced). */
  sheetRows: string;
  sheetSummary: string;
  /** Summary sheet: heading of the count column ("Jumlah") and of the total line ("Total"). */
  count: string;
  total: string;
  /** Summary sheet: a first line such as "Rekap Usulan Forum Kominfo · 1 Oktober – 28 November 2026". */
  summaryTitle?: string;
}

const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of `date` in `timezone`, as the UTC fields of a Date. */
function wallClock(date: Date, timezone: string): Date {
  let formatter = wallClockFormatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    wallClockFormatters.set(timezone, formatter);
  }
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-10-01 09:30" in `timezone`. */
function csvDateTime(date: Date, timezone: string): string {
  const w = wallClock(date, timezone);
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())} ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}

function headingsOf(labels: ExportLabels): string[] {
  const h = labels.headings;
  return [h.id, h.pokja, h.category, h.status, h.title, h.submitter, h.agency, h.province, h.supports, h.submitted, h.updated, h.task];
}

/** The text cells of a row, in the order of the headings, before the dates are formatted. */
function cellsOf(row: ReportRow, labels: ExportLabels) {
  return {
    id: row.id,
    pokja: row.pokjaName,
    category: labels.categoryNames[row.category] ?? row.category,
    status: row.meetingAhead && labels.scheduledName ? labels.scheduledName : (labels.statusNames[row.status] ?? row.status),
    title: row.title,
    submitter: row.submitterName,
    agency: row.agencyName,
    province: row.provinceName?.trim() || labels.centralLabel,
    supports: row.supportCount,
    task: row.relatedTaskNumber,
  };
}

/** One line of the CSV, in the order of the headings. */
function csvCells(row: ReportRow, labels: ExportLabels, timezone: string): CsvValue[] {
  const c = cellsOf(row, labels);
  return [
    c.id,
    c.pokja,
    c.category,
    c.status,
    c.title,
    c.submitter,
    c.agency,
    c.province,
    c.supports,
    csvDateTime(row.submittedAt, timezone),
    csvDateTime(row.updatedAt, timezone),
    c.task,
  ];
}

/**
 * CSV (UTF-8 with BOM, CRLF, formula-looking text defused: see toCsv), one line per recommendation;
 * category and status by their names, dates as "YYYY-MM-DD HH:mm" in `timezone`.
 */
export function reportCsv(rows: readonly ReportRow[], labels: ExportLabels, timezone: string): Buffer {
  return toCsv(
    headingsOf(labels),
    rows.map((row) => csvCells(row, labels, timezone)),
  );
}

/** The same CSV written page by page as the database is read (RecommendationService.reportPages). */
export function reportCsvFromPages(pages: AsyncIterable<readonly ReportRow[]>, labels: ExportLabels, timezone: string): Promise<{ bytes: Buffer; rows: number }> {
  return csvFromPages(headingsOf(labels), pages, (row) => csvCells(row, labels, timezone));
}

/** Excel's limit for the text of one cell. */
const CELL_TEXT_MAX = 32_767;

/** Text as XML allows it (no control characters or lone surrogates), within Excel's cell limit. */
function cellText(value: string): string {
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    if (control || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    out += ch;
  }
  return fitText(out, CELL_TEXT_MAX);
}

/** A name Excel accepts for a sheet, different (ignoring case) from those in `taken`. */
function sheetName(wanted: string, fallback: string, taken: readonly string[]): string {
  let name = cellText(wanted).replace(/[*?:/\\[\]]/g, "-").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim();
  if (!name || name.toLowerCase() === "history") name = fallback;
  name = Array.from(name).slice(0, 31).join("");
  const base = name;
  for (let n = 2; taken.some((t) => t.toLowerCase() === name.toLowerCase()); n++) {
    const suffix = ` ${n}`;
    name = Array.from(base).slice(0, 31 - suffix.length).join("") + suffix;
  }
  return name;
}

const DATE_FORMAT = "yyyy-mm-dd hh:mm";
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE3F2FD" } } as const;

/**
 * XLSX with two sheets. The first has one row per recommendation: bold header on a tinted background,
 * the first row frozen, an auto filter, widths fitted to the content, submitted/updated as real Excel
 * dates (the wall-clock time in `timezone`, shown as yyyy-mm-dd hh:mm), numbers as numbers. The second
 * has the counts by status, category and province (every province, not only the first ten), each
 * with its total. exceljs is imported here, on the first export.
 */
export async function reportXlsx(
  rows: readonly ReportRow[],
  summary: ReportSummary,
  labels: ExportLabels,
  timezone: string,
): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Forum Kominfo bot";

  // Sheet 1: the recommendations.
  const rowsName = sheetName(labels.sheetRows, "Usulan", []);
  const sheet = workbook.addWorksheet(rowsName, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const headings = headingsOf(labels).map(cellText);
  sheet.addRow(headings);
  for (const row of rows) {
    const c = cellsOf(row, labels);
    sheet.addRow([
      c.id,
      cellText(c.pokja),
      cellText(c.category),
      cellText(c.status),
      cellText(c.title),
      cellText(c.submitter),
      cellText(c.agency),
      cellText(c.province),
      c.supports,
      wallClock(row.submittedAt, timezone),
      wallClock(row.updatedAt, timezone),
      c.task,
    ]);
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle" };
  });
  // Over the whole table, not only the header, so that every spreadsheet filters all the rows.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rowCount, column: headings.length } };

  // Widths from the longest text (dates have a fixed width), within bounds so a long title does not
  // push the other columns off the screen.
  const DATE_COLUMNS = new Set([10, 11]);
  const longest = headings.map((h) => Array.from(h).length + 3); // room for the filter button
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    for (let col = 1; col <= headings.length; col++) {
      const value = values[col];
      const length = DATE_COLUMNS.has(col) ? 16 : value === null || value === undefined ? 0 : Array.from(String(value)).length;
      longest[col - 1] = Math.max(longest[col - 1]!, length);
    }
  }
  longest.forEach((length, i) => {
    const column = sheet.getColumn(i + 1);
    const titleColumn = i === 4;
    column.width = Math.min(titleColumn ? 70 : 40, Math.max(8, length + 2));
    if (DATE_COLUMNS.has(i + 1)) column.numFmt = DATE_FORMAT;
  });

  // Sheet 2: the counts.
  const summaryName = sheetName(labels.sheetSummary, "Rekap", [rowsName]);
  const counts = workbook.addWorksheet(summaryName);
  if (labels.summaryTitle) {
    const titleRow = counts.addRow([cellText(labels.summaryTitle)]);
    titleRow.font = { bold: true, size: 14 };
    counts.addRow([]);
  }
  const sections: { heading: string; entries: [string, number][] }[] = [
    { heading: labels.headings.status, entries: STATUSES.map((s) => [labels.statusNames[s], summary.byStatus[s]]) },
    { heading: labels.headings.category, entries: CATEGORIES.map((c) => [labels.categoryNames[c], summary.byCategory[c]]) },
    { heading: labels.headings.province, entries: summary.byProvince.map((p) => [p.province, p.count]) },
  ];
  let widest = Array.from(labels.total).length;
  sections.forEach((section, index) => {
    if (index > 0) counts.addRow([]);
    const head = counts.addRow([cellText(section.heading), cellText(labels.count)]);
    head.font = { bold: true };
    head.eachCell((cell) => (cell.fill = HEADER_FILL));
    for (const [name, count] of section.entries) {
      counts.addRow([cellText(name), count]);
      widest = Math.max(widest, Array.from(name).length);
    }
    // The sum of the lines (for status and category, the rows whose value the code knows).
    const total = counts.addRow([cellText(labels.total), section.entries.reduce((sum, [, n]) => sum + n, 0)]);
    total.font = { bold: true };
    total.getCell(1).border = { top: { style: "thin" } };
    total.getCell(2).border = { top: { style: "thin" } };
  });
  counts.getColumn(1).width = Math.min(50, Math.max(16, widest + 2));
  counts.getColumn(2).width = Math.max(10, Array.from(labels.count).length + 2);

  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
