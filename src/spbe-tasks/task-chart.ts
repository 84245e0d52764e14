// Renders the PNG chart that /tugas sends with the summary of the national SPBE tasks: one horizontal
// bar per pokja plus a total bar, each split by status, with the average progress and the overdue count.
//
// The text, shapes, font and rendering are the ones every chart shares (src/shared/svg-chart.ts).
import {
  CHART_INK,
  chartEmptyMessage,
  chartHeader,
  estimateWidth,
  formatCount,
  formatPercent,
  stackSegments,
  svgDocument,
  svgLine,
  svgRect,
  svgText as text,
  renderSvgToPng,
  truncate,
} from "../shared/svg-chart.js";
import type { OffThread } from "../shared/off-thread.js";

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
  /** Written before the number: "rata-rata 45%". */
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
const TOTAL_BACKGROUND = "#F3F6F9";
const EMPTY_BAR = "#FAFAFA";
const { text: INK, muted: MUTED, rule: RULE } = CHART_INK;

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

function countOf(row: ChartPokjaRow, status: ChartStatus): number {
  const value = row.counts[status];
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

function totalOf(row: ChartPokjaRow): number {
  return CHART_STATUSES.reduce((sum, status) => sum + countOf(row, status), 0);
}

// ---------------------------------------------------------------------------------------------------------
// SVG
// ---------------------------------------------------------------------------------------------------------

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
      svgRect({ x, y, width: swatch, height: swatch }, TASK_CHART_COLORS[status].fill, { rx: 4 }),
      text(x + swatch + 10, y + swatch - 4, name, { size, fill: INK }),
    );
    x += itemWidth;
  }
  return parts;
}

/** The stacked bar of one row, segments in CHART_STATUSES order, clipped to a rounded rectangle. */
function bar(row: ChartPokjaRow, index: number, barTop: number, noTasks: string): string[] {
  const box = { x: BAR_X, y: barTop, width: BAR_WIDTH, height: BAR_HEIGHT };
  const clipId = `bar${index}`;
  const parts = [`<clipPath id="${clipId}"><rect x="${BAR_X}" y="${barTop}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="8"/></clipPath>`];
  if (totalOf(row) === 0) {
    parts.push(
      svgRect(box, EMPTY_BAR, { rx: 8, stroke: RULE, strokeWidth: 2 }),
      text(BAR_X + BAR_WIDTH / 2, barTop + BAR_HEIGHT / 2 + 7, truncate(noTasks, BAR_WIDTH - 20, 18), { size: 18, fill: MUTED, anchor: "middle" }),
    );
    return parts;
  }
  const segments: string[] = [];
  const counts: string[] = [];
  const stacked = stackSegments(
    CHART_STATUSES.map((status) => ({ status, count: countOf(row, status), fill: TASK_CHART_COLORS[status].fill })),
    BAR_X,
    BAR_WIDTH,
    MIN_SEGMENT,
  );
  for (const { segment, x, width } of stacked) {
    if (width <= 0) continue;
    segments.push(svgRect({ x, y: barTop, width, height: BAR_HEIGHT }, segment.fill));
    const label = formatCount(segment.count);
    if (estimateWidth(label, 20, true) + 12 <= width) {
      const ink = TASK_CHART_COLORS[segment.status].text;
      counts.push(text(x + width / 2, barTop + BAR_HEIGHT / 2 + 7, label, { size: 20, bold: true, fill: ink, anchor: "middle" }));
    }
  }
  parts.push(`<g clip-path="url(#${clipId})">${segments.join("")}</g>`, ...counts);
  return parts;
}

function barRow(row: ChartPokjaRow, index: number, barTop: number, labels: ChartLabels, isTotal: boolean): string[] {
  const parts: string[] = [];
  const rowTop = barTop - BAR_TOP_IN_ROW;
  if (isTotal) {
    parts.push(
      svgRect({ x: 0, y: rowTop - 6, width: WIDTH, height: ROW_HEIGHT }, TOTAL_BACKGROUND),
      svgLine(MARGIN, rowTop - 6, WIDTH - MARGIN, rowTop - 6, RULE),
    );
  }

  // Name on the left, "Total 12" right-aligned above the end of the bar.
  const totalText = `${labels.totalLabel} ${formatCount(totalOf(row))}`.trim();
  const nameRoom = BAR_WIDTH - estimateWidth(totalText, 18) - 24;
  parts.push(
    text(BAR_X, barTop - 12, truncate(row.name, nameRoom, 22, true), { size: 22, bold: true }),
    text(BAR_X + BAR_WIDTH, barTop - 12, totalText, { size: 18, fill: MUTED, anchor: "end" }),
    ...bar(row, index, barTop, labels.noTasks),
  );

  // Right of the bar: average progress, then the overdue count (red when there are any).
  const sideRoom = WIDTH - SIDE_X - 10;
  const average = truncate(`${labels.averageLabel} ${formatPercent(row.averageProgress)}`, sideRoom, 20);
  const overdue = Number.isFinite(row.overdue) ? Math.max(0, Math.round(row.overdue)) : 0;
  const late = overdue > 0;
  parts.push(
    text(SIDE_X, barTop + 19, average, { size: 20, fill: INK }),
    text(SIDE_X, barTop + 45, truncate(`${formatCount(overdue)} ${labels.overdueLabel}`, sideRoom, 20, late), {
      size: 20,
      bold: late,
      fill: late ? OVERDUE_RED : MUTED,
    }),
  );
  return parts;
}

/** The chart as an SVG document (what renderTaskChart rasterises). */
export function buildTaskChartSvg(rows: readonly ChartPokjaRow[], totals: ChartPokjaRow, labels: ChartLabels): string {
  const header = chartHeader(labels.title, labels.subtitle, WIDTH, MARGIN);
  if (totalOf(totals) === 0) {
    const layout = taskChartLayout(0, true);
    return svgDocument(layout.width, layout.height, [...header, chartEmptyMessage(labels.noTasks, WIDTH, MARGIN)]);
  }
  const layout = taskChartLayout(rows.length);
  const body = [...header, ...legend(labels, layout.legendTop)];
  const all = [...rows, totals];
  all.forEach((row, index) => {
    body.push(...barRow(row, index, layout.barTops[index]!, labels, index === all.length - 1));
  });
  return svgDocument(layout.width, layout.height, body);
}

/**
 * The /tugas summary chart as a PNG: one bar per pokja in `rows`, then `totals` ("Semua"). With no
 * tasks at all (every count of `totals` zero) a small image saying `labels.noTasks`.
 */
export function renderTaskChart(rows: readonly ChartPokjaRow[], totals: ChartPokjaRow, labels: ChartLabels, offThread: OffThread): Promise<Buffer> {
  return renderSvgToPng(buildTaskChartSvg(rows, totals, labels), offThread);
}
