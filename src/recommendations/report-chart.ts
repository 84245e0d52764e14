// The recommendations report as a PNG chart: three panels of horizontal bars (by status, by
// category, by province). Drawn with the helpers every chart shares (src/shared/svg-chart.ts).
import {
  CHART_INK,
  barWidth,
  chartEmptyMessage,
  chartHeader,
  formatCount,
  renderSvgToPng,
  svgDocument,
  svgLine,
  svgRect,
  svgText as text,
  truncate,
} from "../shared/svg-chart.js";
import type { OffThread } from "../shared/off-thread.js";
import { CATEGORIES, STATUSES, type Category, type Status } from "./recommendation-types.js";
import type { ReportSummary } from "./report-summary.js";

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

const { text: INK, muted: MUTED, track: TRACK, rule: RULE } = CHART_INK;

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
      const width = barWidth(count, max, BAR_MAX, MIN_BAR);
      const row: ReportChartRow = { barTop: y + (ROW_HEIGHT - BAR_HEIGHT) / 2, barWidth: width, label: item.label, count, fill: item.fill };
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

/** The chart as an SVG document (what renderReportChart rasterises). All text is escaped. */
export function reportChartSvg(summary: ReportSummary, labels: ReportLabels): string {
  const layout = reportChartLayout(summary, labels);
  const body = chartHeader(labels.title, labels.subtitle, WIDTH, MARGIN);
  if (layout.panels.length === 0) body.push(chartEmptyMessage(labels.empty, WIDTH, MARGIN));
  for (const panel of layout.panels) {
    body.push(
      svgLine(MARGIN, panel.top + 4, WIDTH - MARGIN, panel.top + 4, RULE),
      text(MARGIN, panel.top + 36, truncate(panel.heading, WIDTH - 2 * MARGIN, 24, true), { size: 24, bold: true }),
    );
    for (const row of panel.rows) {
      const baseline = row.barTop + BAR_HEIGHT / 2 + 7;
      body.push(
        text(MARGIN, baseline, truncate(row.label, LABEL_WIDTH, 20), { size: 20 }),
        svgRect({ x: BAR_X, y: row.barTop, width: BAR_MAX, height: BAR_HEIGHT }, TRACK, { rx: 4 }),
      );
      if (row.barWidth > 0) body.push(svgRect({ x: BAR_X, y: row.barTop, width: row.barWidth, height: BAR_HEIGHT }, row.fill, { rx: 4 }));
      const counted = row.count > 0;
      body.push(text(BAR_X + row.barWidth + 10, baseline, formatCount(row.count), { size: 20, bold: counted, fill: counted ? INK : MUTED }));
    }
    if (panel.more) {
      body.push(text(MARGIN, panel.more.y, truncate(panel.more.text, WIDTH - 2 * MARGIN, 20), { size: 20, fill: MUTED }));
    }
  }
  return svgDocument(layout.width, layout.height, body);
}

/**
 * PNG, 1000 px wide: three panels of horizontal bars (status, category, the first ten provinces and a
 * line for the rest), counts written at the bar ends. With no recommendation, a small image with
 * `labels.empty`.
 */
export function renderReportChart(summary: ReportSummary, labels: ReportLabels, offThread: OffThread): Promise<Buffer> {
  return renderSvgToPng(reportChartSvg(summary, labels), offThread);
}
