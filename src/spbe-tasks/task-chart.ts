// Renders the PNG chart that /tugas sends with the summary of the national SPBE tasks: one horizontal
// bar per pokja plus a total bar, each split by status, with the average progress and the overdue count.
//
// The chart is an SVG string rendered by resvg (prebuilt native binary from npm). The font is the
// DejaVu Sans TTF shipped by the `dejavu-fonts-ttf` package, and system fonts are never loaded, so
// the image looks the same on every machine, including one with no fonts installed.
import { createRequire } from "node:module";

import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";

export type ChartStatus = "belum_dimulai" | "berjalan" | "selesai" | "ditunda";

export interface ChartPokjaRow {
  name: string;
  counts: Record<ChartStatus, number>;
  overdue: number;
  /** 0-100 */
  averageProgress: number;
}

export interface ChartLabels {
  /** "Perkembangan Tugas SPBE" */
  title: string;
  /** "per 30 November 2026" */
  subtitle: string;
  statusNames: Record<ChartStatus, string>;
  /** Written after the number: "3 terlambat". */
  overdueLabel: string;
  /** Written before the number: "rata-rata 45 %". */
  averageLabel: string;
  /** Written before the number, above the bar's right end: "Total 12". */
  totalLabel: string;
  /** Shown alone when there are no tasks at all, and inside the bar of a pokja without tasks. */
  noTasks: string;
}

/** Stacking order, left to right. */
export const CHART_STATUSES: readonly ChartStatus[] = ["selesai", "berjalan", "ditunda", "belum_dimulai"];

/** Segment fill and the colour of the count written on it. Tests look for these exact fills. */
export const TASK_CHART_COLORS: Readonly<Record<ChartStatus, { fill: string; text: string }>> = {
  belum_dimulai: { fill: "#B0BEC5", text: "#263238" },
  berjalan: { fill: "#1E88E5", text: "#FFFFFF" },
  selesai: { fill: "#43A047", text: "#FFFFFF" },
  ditunda: { fill: "#FFB300", text: "#3E2723" },
};

const OVERDUE_RED = "#D32F2F";
const INK = "#212121";
const MUTED = "#616161";
const FONT_FAMILY = "DejaVu Sans";

// Layout, in pixels.
const WIDTH = 1000;
const MARGIN = 40;
const HEADER_HEIGHT = 170;
const ROW_HEIGHT = 110;
const FOOTER_HEIGHT = 30;
const BAR_X = MARGIN;
const BAR_WIDTH = 660;
const BAR_TOP_IN_ROW = 38;
const BAR_HEIGHT = 48;
const MIN_SEGMENT = 6;
const SIDE_X = BAR_X + BAR_WIDTH + 24;
const EMPTY_HEIGHT = 210;

export interface TaskChartLayout {
  width: number;
  height: number;
  bar: { x: number; width: number; height: number };
  /** Top y of the bar in each row; the last one is the total bar. Empty when there are no tasks. */
  barTops: number[];
  legendTop: number;
}

/**
 * Where things go for `rowCount` pokja rows (the total bar comes on top of these), or for the
 * no-tasks image when `empty` is true.
 */
export function taskChartLayout(rowCount: number, empty = false): TaskChartLayout {
  const bar = { x: BAR_X, width: BAR_WIDTH, height: BAR_HEIGHT };
  if (empty) return { width: WIDTH, height: EMPTY_HEIGHT, bar, barTops: [], legendTop: -1 };
  const bars = rowCount + 1;
  const barTops = Array.from({ length: bars }, (_, i) => HEADER_HEIGHT + i * ROW_HEIGHT + BAR_TOP_IN_ROW);
  return { width: WIDTH, height: HEADER_HEIGHT + bars * ROW_HEIGHT + FOOTER_HEIGHT, bar, barTops, legendTop: 112 };
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------------------

/** XML-escapes text and drops characters that XML 1.0 does not allow (a name could hold any of them). */
export function escapeSvgText(text: string): string {
  let allowed = "";
  // Iterating by code point: a lone surrogate comes out as one unit of 0xD800-0xDFFF.
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (control || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    allowed += ch;
  }
  return allowed
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * A generous estimate of the width of `text` in DejaVu Sans (whose glyphs are wide): used to decide
 * whether a count fits in its segment and where to cut long names. Errs on the wide side.
 */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[0-9]/.test(ch)) em += 0.64;
    else if (ch === " ") em += 0.32;
    else if (/[il.,:;'|!ıjtf]/.test(ch)) em += 0.34;
    else if (/[MWmw@%]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.74;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}

/** The text cut with "…" so that it fits `maxWidth` (by estimateWidth). */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (estimateWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const chars = Array.from(clean);
  while (chars.length > 1 && estimateWidth(chars.join("") + "…", fontSize, bold) > maxWidth) chars.pop();
  return chars.join("").trimEnd() + "…";
}

const numberFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

function formatCount(value: number): string {
  return numberFormat.format(Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0);
}

function formatPercent(value: number): string {
  const clamped = Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
  return `${numberFormat.format(Math.round(clamped))} %`;
}

function countOf(row: ChartPokjaRow, status: ChartStatus): number {
  const value = row.counts[status];
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

function totalOf(row: ChartPokjaRow): number {
  return CHART_STATUSES.reduce((sum, status) => sum + countOf(row, status), 0);
}

interface TextOptions {
  size: number;
  fill?: string;
  bold?: boolean;
  anchor?: "start" | "middle" | "end";
}

function text(x: number, y: number, content: string, options: TextOptions): string {
  const attributes = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${options.size}"`,
    `fill="${options.fill ?? INK}"`,
  ];
  if (options.bold) attributes.push(`font-weight="bold"`);
  if (options.anchor && options.anchor !== "start") attributes.push(`text-anchor="${options.anchor}"`);
  return `<text ${attributes.join(" ")}>${escapeSvgText(content)}</text>`;
}

// ---------------------------------------------------------------------------------------------------------
// SVG
// ---------------------------------------------------------------------------------------------------------

function header(labels: ChartLabels): string[] {
  return [
    text(MARGIN, 56, truncate(labels.title, WIDTH - 2 * MARGIN, 34, true), { size: 34, bold: true }),
    text(MARGIN, 92, truncate(labels.subtitle, WIDTH - 2 * MARGIN, 22), { size: 22, fill: MUTED }),
  ];
}

function legend(labels: ChartLabels, top: number): string[] {
  const parts: string[] = [];
  const swatch = 22;
  const size = 20;
  let x = MARGIN;
  let y = top;
  for (const status of CHART_STATUSES) {
    const name = truncate(labels.statusNames[status], 300, size);
    const itemWidth = swatch + 10 + estimateWidth(name, size) + 28;
    if (x > MARGIN && x + itemWidth - 28 > WIDTH - MARGIN) {
      x = MARGIN;
      y += 30;
    }
    parts.push(
      `<rect x="${x}" y="${y}" width="${swatch}" height="${swatch}" rx="4" fill="${TASK_CHART_COLORS[status].fill}"/>`,
      text(x + swatch + 10, y + swatch - 4, name, { size, fill: INK }),
    );
    x += itemWidth;
  }
  return parts;
}

function barRow(row: ChartPokjaRow, index: number, barTop: number, labels: ChartLabels, isTotal: boolean): string[] {
  const parts: string[] = [];
  const rowTop = barTop - BAR_TOP_IN_ROW;
  const total = totalOf(row);

  if (isTotal) {
    parts.push(
      `<rect x="0" y="${rowTop - 6}" width="${WIDTH}" height="${ROW_HEIGHT}" fill="#F3F6F9"/>`,
      `<line x1="${MARGIN}" y1="${rowTop - 6}" x2="${WIDTH - MARGIN}" y2="${rowTop - 6}" stroke="#CFD8DC" stroke-width="2"/>`,
    );
  }

  // Name on the left, "Total 12" right-aligned above the end of the bar.
  const totalText = `${labels.totalLabel} ${formatCount(total)}`.trim();
  const nameRoom = BAR_WIDTH - estimateWidth(totalText, 18) - 24;
  parts.push(
    text(BAR_X, barTop - 12, truncate(row.name, nameRoom, 22, true), { size: 22, bold: true }),
    text(BAR_X + BAR_WIDTH, barTop - 12, totalText, { size: 18, fill: MUTED, anchor: "end" }),
  );

  // The bar: segments stacked in CHART_STATUSES order, clipped to a rounded rectangle.
  const clipId = `bar${index}`;
  parts.push(
    `<clipPath id="${clipId}"><rect x="${BAR_X}" y="${barTop}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="8"/></clipPath>`,
  );
  if (total === 0) {
    parts.push(
      `<rect x="${BAR_X}" y="${barTop}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="8" fill="#FAFAFA" stroke="#CFD8DC" stroke-width="2"/>`,
      text(BAR_X + BAR_WIDTH / 2, barTop + BAR_HEIGHT / 2 + 7, truncate(labels.noTasks, BAR_WIDTH - 20, 18), {
        size: 18,
        fill: MUTED,
        anchor: "middle",
      }),
    );
  } else {
    const segments: string[] = [];
    const counts: string[] = [];
    // Every status present gets at least MIN_SEGMENT px, so that a single task among thousands still
    // shows; the rest of the bar is shared in proportion. Rounding the running edge, not each width,
    // keeps the segments adding up to the whole bar.
    const present = CHART_STATUSES.filter((status) => countOf(row, status) > 0).length;
    const shared = BAR_WIDTH - MIN_SEGMENT * present;
    let x = BAR_X;
    let done = 0;
    let seen = 0;
    for (const status of CHART_STATUSES) {
      const count = countOf(row, status);
      if (count === 0) continue;
      done += count;
      seen += 1;
      const end = BAR_X + MIN_SEGMENT * seen + Math.round((shared * done) / total);
      const width = end - x;
      if (width > 0) {
        segments.push(
          `<rect x="${x}" y="${barTop}" width="${width}" height="${BAR_HEIGHT}" fill="${TASK_CHART_COLORS[status].fill}"/>`,
        );
        const label = formatCount(count);
        if (estimateWidth(label, 20, true) + 12 <= width) {
          counts.push(
            text(x + width / 2, barTop + BAR_HEIGHT / 2 + 7, label, {
              size: 20,
              bold: true,
              fill: TASK_CHART_COLORS[status].text,
              anchor: "middle",
            }),
          );
        }
      }
      x = end;
    }
    parts.push(`<g clip-path="url(#${clipId})">${segments.join("")}</g>`, ...counts);
  }

  // Right of the bar: average progress, then the overdue count (red when there are any).
  const sideRoom = WIDTH - SIDE_X - 10;
  parts.push(
    text(SIDE_X, barTop + 19, truncate(`${labels.averageLabel} ${formatPercent(row.averageProgress)}`, sideRoom, 20), {
      size: 20,
      fill: INK,
    }),
  );
  const overdue = Number.isFinite(row.overdue) ? Math.max(0, Math.round(row.overdue)) : 0;
  parts.push(
    text(SIDE_X, barTop + 45, truncate(`${formatCount(overdue)} ${labels.overdueLabel}`, sideRoom, 20, overdue > 0), {
      size: 20,
      bold: overdue > 0,
      fill: overdue > 0 ? OVERDUE_RED : MUTED,
    }),
  );
  return parts;
}

function svgDocument(width: number, height: number, body: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_FAMILY}">` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>` +
    body.join("") +
    `</svg>`
  );
}

/** The chart as an SVG document (what renderTaskChart rasterises). */
export function buildTaskChartSvg(rows: readonly ChartPokjaRow[], totals: ChartPokjaRow, labels: ChartLabels): string {
  if (totalOf(totals) === 0) {
    const layout = taskChartLayout(0, true);
    return svgDocument(layout.width, layout.height, [
      ...header(labels),
      text(WIDTH / 2, 160, truncate(labels.noTasks, WIDTH - 2 * MARGIN, 26), { size: 26, fill: MUTED, anchor: "middle" }),
    ]);
  }
  const layout = taskChartLayout(rows.length);
  const body = [...header(labels), ...legend(labels, layout.legendTop)];
  const all = [...rows, totals];
  all.forEach((row, index) => {
    body.push(...barRow(row, index, layout.barTops[index]!, labels, index === all.length - 1));
  });
  return svgDocument(layout.width, layout.height, body);
}

// ---------------------------------------------------------------------------------------------------------
// PNG
// ---------------------------------------------------------------------------------------------------------

let fontFiles: string[] | undefined;

/** The bundled TTF files (regular and bold). Resolved from node_modules, so it works from dist/ too. */
export function taskChartFontFiles(): string[] {
  if (!fontFiles) {
    const require = createRequire(import.meta.url);
    fontFiles = [
      require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
      require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
    ];
  }
  return fontFiles;
}

/** resvg options: only the bundled fonts, never the system's. */
export function taskChartRenderOptions(): ResvgRenderOptions {
  return {
    font: {
      loadSystemFonts: false,
      fontFiles: taskChartFontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    background: "#FFFFFF",
    shapeRendering: 2,
    textRendering: 1,
    logLevel: "off",
  };
}

/**
 * The /tugas summary chart as a PNG: one bar per pokja in `rows`, then `totals` ("Semua"). With no
 * tasks at all (every count of `totals` zero) a small image saying `labels.noTasks`. Rendering runs
 * on libuv's thread pool, so the event loop stays free.
 */
export async function renderTaskChart(
  rows: readonly ChartPokjaRow[],
  totals: ChartPokjaRow,
  labels: ChartLabels,
): Promise<Buffer> {
  const svg = buildTaskChartSvg(rows, totals, labels);
  const image = await renderAsync(svg, taskChartRenderOptions());
  return image.asPng();
}
