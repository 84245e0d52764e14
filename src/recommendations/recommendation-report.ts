// The recommendations (usulan) report: counts by status, category and province, drawn as a PNG chart
// and exported as CSV or XLSX. Pure functions with no grammY: the caller queries the rows, passes the
// words from the locale files, and sends what comes back.
//
// The chart is an SVG string rendered by resvg with the bundled DejaVu font, exactly as the /tugas
// chart (src/spbe-tasks/task-chart.ts), whose escaping and render options are reused. XLSX is written
// by exceljs, imported only when an export is made so that the bot does not carry it otherwise.
import { renderAsync } from "@resvg/resvg-js";

import { toCsv } from "../shared/csv.js";
import { escapeSvgText, taskChartRenderOptions, truncate } from "../spbe-tasks/task-chart.js";
import { CATEGORIES, STATUSES, type Category, type Status } from "./recommendation-types.js";

export interface ReportRow {
  id: number;
  pokjaName: string;
  category: Category;
  status: Status;
  title: string;
  submitterName: string;
  agencyName: string;
  /** null for the ministry (Kementerian/pusat). */
  provinceName: string | null;
  supportCount: number;
  submittedAt: Date;
  updatedAt: Date;
  relatedTaskNumber: number | null;
}

export interface ReportSummary {
  total: number;
  /** Every status, 0 when none. */
  byStatus: Record<Status, number>;
  /** Every category, 0 when none. */
  byCategory: Record<Category, number>;
  /** Provinces with at least one recommendation, most first, then by name. */
  byProvince: { province: string; count: number }[];
}

// ---------------------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------------------

const provinceCollator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

/**
 * Counts of `rows` by status, category and province. A row without a province (a ministry unit) is
 * counted under `centralLabel` ("Kementerian/pusat"). A status or category outside the known lists
 * (a database value the code does not know yet) is counted in `total` only.
 */
export function summarizeReport(rows: readonly ReportRow[], centralLabel: string): ReportSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const provinces = new Map<string, number>();
  for (const row of rows) {
    if (Object.hasOwn(byStatus, row.status)) byStatus[row.status] += 1;
    if (Object.hasOwn(byCategory, row.category)) byCategory[row.category] += 1;
    const province = row.provinceName?.trim() || centralLabel;
    provinces.set(province, (provinces.get(province) ?? 0) + 1);
  }
  const byProvince = [...provinces]
    .map(([province, count]) => ({ province, count }))
    .sort((a, b) => b.count - a.count || provinceCollator.compare(a.province, b.province));
  return { total: rows.length, byStatus, byCategory, byProvince };
}

// ---------------------------------------------------------------------------------------------------------
// Chart
// ---------------------------------------------------------------------------------------------------------

export interface ReportLabels {
  /** "Rekap Usulan Forum Kominfo" */
  title: string;
  /** "1 Oktober – 28 November 2026 · 37 usulan" */
  subtitle: string;
  /** Panel headings: "Menurut status", "Menurut kategori", "Menurut provinsi". */
  byStatus: string;
  byCategory: string;
  byProvince: string;
  statusNames: Record<Status, string>;
  categoryNames: Record<Category, string>;
  /** Shown alone, under the title, when there is no recommendation. */
  empty: string;
  /** Below the tenth province: "… dan 12 provinsi lain". */
  moreProvinces: (count: number) => string;
}

/** Bar fills. Every status has its own colour; tests look for these exact fills. */
export const REPORT_CHART_COLORS: Readonly<{ status: Record<Status, string>; category: string; province: string }> = {
  status: {
    diajukan: "#90A4AE",
    ditinjau: "#29B6F6",
    dibahas: "#7E57C2",
    diterima: "#00897B",
    ditolak: "#E53935",
    perlu_revisi: "#FFB300",
    ditindaklanjuti: "#3949AB",
    selesai: "#43A047",
  },
  category: "#00838F",
  province: "#5D4037",
};

/** How many provinces the chart lists by name; the rest are one "… and N more" line. */
export const REPORT_CHART_TOP_PROVINCES = 10;

const INK = "#212121";
const MUTED = "#616161";
const TRACK = "#ECEFF1";
const RULE = "#CFD8DC";
const FONT_FAMILY = "DejaVu Sans";

// Layout, in pixels.
const WIDTH = 1000;
const MARGIN = 40;
const HEADER_HEIGHT = 120;
const PANEL_HEADING = 52;
const ROW_HEIGHT = 40;
const PANEL_GAP = 26;
const FOOTER_HEIGHT = 14;
const LABEL_WIDTH = 320;
const BAR_X = MARGIN + LABEL_WIDTH + 16;
/** Room is left after the longest bar for its count. */
const BAR_MAX = WIDTH - MARGIN - BAR_X - 76;
const BAR_HEIGHT = 26;
const MIN_BAR = 4;
const EMPTY_HEIGHT = 210;

export interface ReportChartRow {
  /** Top y of the bar. */
  barTop: number;
  /** Width of the bar, 0 for a count of 0. */
  barWidth: number;
  label: string;
  count: number;
  fill: string;
}

export interface ReportChartPanel {
  heading: string;
  /** Top y of the panel (its heading). */
  top: number;
  rows: ReportChartRow[];
  /** "… dan 12 provinsi lain", with its baseline y, when there are more provinces than listed. */
  more?: { text: string; y: number };
}

export interface ReportChartLayout {
  width: number;
  height: number;
  /** Where every bar starts. */
  barX: number;
  barHeight: number;
  /** Status, category, province; empty for the no-recommendation image. */
  panels: ReportChartPanel[];
}

/** Where everything goes: the panels in order status, category, province, each bar with its width. */
export function reportChartLayout(summary: ReportSummary, labels: ReportLabels): ReportChartLayout {
  if (summary.total <= 0) return { width: WIDTH, height: EMPTY_HEIGHT, barX: BAR_X, barHeight: BAR_HEIGHT, panels: [] };

  const shown = summary.byProvince.slice(0, REPORT_CHART_TOP_PROVINCES);
  const hidden = summary.byProvince.length - shown.length;
  const sources: { heading: string; items: { label: string; count: number; fill: string }[]; more?: string }[] = [
    {
      heading: labels.byStatus,
      items: STATUSES.map((s) => ({ label: labels.statusNames[s], count: summary.byStatus[s], fill: REPORT_CHART_COLORS.status[s] })),
    },
    {
      heading: labels.byCategory,
      items: CATEGORIES.map((c) => ({ label: labels.categoryNames[c], count: summary.byCategory[c], fill: REPORT_CHART_COLORS.category })),
    },
    {
      heading: labels.byProvince,
      items: shown.map((p) => ({ label: p.province, count: p.count, fill: REPORT_CHART_COLORS.province })),
      more: hidden > 0 ? labels.moreProvinces(hidden) : undefined,
    },
  ];

  const panels: ReportChartPanel[] = [];
  let y = HEADER_HEIGHT;
  for (const source of sources) {
    const counts = source.items.map((item) => cleanCount(item.count));
    const max = Math.max(0, ...counts);
    const top = y;
    y += PANEL_HEADING;
    const rows = source.items.map((item, i) => {
      const count = counts[i]!;
      const barWidth = count === 0 || max === 0 ? 0 : Math.max(MIN_BAR, Math.round((BAR_MAX * count) / max));
      const row: ReportChartRow = { barTop: y + (ROW_HEIGHT - BAR_HEIGHT) / 2, barWidth, label: item.label, count, fill: item.fill };
      y += ROW_HEIGHT;
      return row;
    });
    const panel: ReportChartPanel = { heading: source.heading, top, rows };
    if (source.more !== undefined) {
      panel.more = { text: source.more, y: y + 26 };
      y += ROW_HEIGHT;
    }
    panels.push(panel);
    y += PANEL_GAP;
  }
  return { width: WIDTH, height: y - PANEL_GAP + FOOTER_HEIGHT, barX: BAR_X, barHeight: BAR_HEIGHT, panels };
}

function cleanCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

const numberFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

interface TextOptions {
  size: number;
  fill?: string;
  bold?: boolean;
  anchor?: "start" | "middle" | "end";
}

function text(x: number, y: number, content: string, options: TextOptions): string {
  const attributes = [`x="${x.toFixed(1)}"`, `y="${y.toFixed(1)}"`, `font-size="${options.size}"`, `fill="${options.fill ?? INK}"`];
  if (options.bold) attributes.push(`font-weight="bold"`);
  if (options.anchor && options.anchor !== "start") attributes.push(`text-anchor="${options.anchor}"`);
  return `<text ${attributes.join(" ")}>${escapeSvgText(content)}</text>`;
}

function rect(x: number, y: number, width: number, height: number, fill: string, rx = 0): string {
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}"${rx ? ` rx="${rx}"` : ""} fill="${fill}"/>`;
}

/** The chart as an SVG document (what renderReportChart rasterises). All text is escaped. */
export function reportChartSvg(summary: ReportSummary, labels: ReportLabels): string {
  const layout = reportChartLayout(summary, labels);
  const body = [
    text(MARGIN, 56, truncate(labels.title, WIDTH - 2 * MARGIN, 34, true), { size: 34, bold: true }),
    text(MARGIN, 92, truncate(labels.subtitle, WIDTH - 2 * MARGIN, 22), { size: 22, fill: MUTED }),
  ];
  if (layout.panels.length === 0) {
    body.push(text(WIDTH / 2, 160, truncate(labels.empty, WIDTH - 2 * MARGIN, 26), { size: 26, fill: MUTED, anchor: "middle" }));
  }
  for (const panel of layout.panels) {
    body.push(
      `<line x1="${MARGIN}" y1="${panel.top + 4}" x2="${WIDTH - MARGIN}" y2="${panel.top + 4}" stroke="${RULE}" stroke-width="2"/>`,
      text(MARGIN, panel.top + 36, truncate(panel.heading, WIDTH - 2 * MARGIN, 24, true), { size: 24, bold: true }),
    );
    for (const row of panel.rows) {
      const baseline = row.barTop + BAR_HEIGHT / 2 + 7;
      body.push(
        text(MARGIN, baseline, truncate(row.label, LABEL_WIDTH, 20), { size: 20 }),
        rect(BAR_X, row.barTop, BAR_MAX, BAR_HEIGHT, TRACK, 4),
      );
      if (row.barWidth > 0) body.push(rect(BAR_X, row.barTop, row.barWidth, BAR_HEIGHT, row.fill, 4));
      body.push(
        text(BAR_X + row.barWidth + 10, baseline, numberFormat.format(row.count), {
          size: 20,
          bold: row.count > 0,
          fill: row.count > 0 ? INK : MUTED,
        }),
      );
    }
    if (panel.more) {
      body.push(text(MARGIN, panel.more.y, truncate(panel.more.text, WIDTH - 2 * MARGIN, 20), { size: 20, fill: MUTED }));
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" ` +
    `viewBox="0 0 ${layout.width} ${layout.height}" font-family="${FONT_FAMILY}">` +
    rect(0, 0, layout.width, layout.height, "#FFFFFF") +
    body.join("") +
    `</svg>`
  );
}

/**
 * PNG, 1000 px wide: three panels of horizontal bars (status, category, the first ten provinces and a
 * line for the rest), counts written at the bar ends. With no recommendation, a small image with
 * `labels.empty`. Rendering runs on libuv's thread pool, so the event loop stays free.
 */
export async function renderReportChart(summary: ReportSummary, labels: ReportLabels): Promise<Buffer> {
  const image = await renderAsync(reportChartSvg(summary, labels), taskChartRenderOptions());
  return image.asPng();
}

// ---------------------------------------------------------------------------------------------------------
// CSV and XLSX
// ---------------------------------------------------------------------------------------------------------

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
    status: labels.statusNames[row.status] ?? row.status,
    title: row.title,
    submitter: row.submitterName,
    agency: row.agencyName,
    province: row.provinceName?.trim() || labels.centralLabel,
    supports: row.supportCount,
    task: row.relatedTaskNumber,
  };
}

/**
 * CSV (UTF-8 with BOM, CRLF, formula-looking text defused: see toCsv), one line per recommendation;
 * category and status by their names, dates as "YYYY-MM-DD HH:mm" in `timezone`.
 */
export function reportCsv(rows: readonly ReportRow[], labels: ExportLabels, timezone: string): Buffer {
  return toCsv(
    headingsOf(labels),
    rows.map((row) => {
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
    }),
  );
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
  return out.length > CELL_TEXT_MAX ? out.slice(0, CELL_TEXT_MAX) : out;
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
