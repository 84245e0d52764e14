import { Resvg } from "@resvg/resvg-js";
import { afterAll, describe, expect, it } from "vitest";
import { createOffThread } from "../src/shared/off-thread.js";

import {
  REPORT_CHART_COLORS,
  REPORT_CHART_TOP_PROVINCES,
  renderReportChart,
  reportChartLayout,
  reportChartSvg,
  summarizeReport,
} from "../src/recommendations/recommendation-report.js";
import { CATEGORIES, STATUSES, type Category, type Status } from "../src/recommendations/recommendation-types.js";
import { chartRenderOptions } from "../src/shared/svg-chart.js";
import { countPixels, dark, decodePng, exactly, type Pixels } from "./support/png.js";
import { CENTRAL, CHART_LABELS, STATUS_NAMES, manyRows, row } from "./support/report-fixtures.js";

/** The charts are drawn on a worker thread, as in the bot. */
const offThread = createOffThread({ size: 1 });
afterAll(() => offThread.close());

/** Decodes the whole PNG (signature, CRCs, image data) and gives its size. */
function pngSizeOf(png: Buffer): { width: number; height: number } {
  const { width, height } = decodePng(png);
  return { width, height };
}

/** The same SVG and render options as renderReportChart, as raw RGBA pixels. */
function rasterise(svg: string): Pixels {
  const image = new Resvg(svg, chartRenderOptions()).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

// ---------------------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------------------

describe("summarizeReport", () => {
  it("counts every status and category, zero for the absent ones", () => {
    const rows = [
      row({ status: "diajukan", category: "data" }),
      row({ status: "diajukan", category: "data" }),
      row({ status: "ditolak", category: "keamanan" }),
      row({ status: "selesai", category: "data" }),
    ];
    const summary = summarizeReport(rows, CENTRAL);
    expect(summary.total).toBe(4);
    expect(summary.byStatus).toEqual({
      diajukan: 2, ditinjau: 0, dibahas: 0, diterima: 0, ditolak: 1, perlu_revisi: 0, ditindaklanjuti: 0, selesai: 1,
    });
    expect(Object.keys(summary.byStatus)).toEqual([...STATUSES]);
    expect(summary.byCategory).toEqual({ kebijakan: 0, infrastruktur: 0, aplikasi: 0, data: 3, keamanan: 1, sdm: 0, lainnya: 0 });
    expect(Object.keys(summary.byCategory)).toEqual([...CATEGORIES]);
  });

  it("sorts provinces by count then by name, and counts the ministry under the given label", () => {
    const rows = [
      row({ provinceName: "Jawa Timur" }),
      row({ provinceName: null }),
      row({ provinceName: "Bali" }),
      row({ provinceName: "Jawa Timur" }),
      row({ provinceName: "Aceh" }),
      row({ provinceName: "  " }),
      row({ provinceName: null }),
      row({ provinceName: "Jawa Timur" }),
      row({ provinceName: "bangka Belitung" }),
    ];
    expect(summarizeReport(rows, CENTRAL).byProvince).toEqual([
      { province: "Jawa Timur", count: 3 },
      { province: CENTRAL, count: 3 },
      { province: "Aceh", count: 1 },
      { province: "Bali", count: 1 },
      { province: "bangka Belitung", count: 1 },
    ]);
  });

  it("gives zeros and no province for no rows, and keeps unknown database values out of the panels", () => {
    const empty = summarizeReport([], CENTRAL);
    expect(empty.total).toBe(0);
    expect(Object.values(empty.byStatus).every((n) => n === 0)).toBe(true);
    expect(Object.values(empty.byCategory).every((n) => n === 0)).toBe(true);
    expect(empty.byProvince).toEqual([]);

    const odd = summarizeReport([row({ status: "diarsipkan" as Status, category: "toString" as Category })], CENTRAL);
    expect(odd.total).toBe(1);
    expect(Object.values(odd.byStatus).reduce((a, b) => a + b, 0)).toBe(0);
    expect(Object.keys(odd.byCategory)).toEqual([...CATEGORIES]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Chart
// ---------------------------------------------------------------------------------------------------------

describe("renderReportChart", () => {
  it("returns a valid PNG of the layout's size, 1000 px wide, taller with more provinces", async () => {
    const small = summarizeReport([row(), row({ status: "ditolak", provinceName: null })], CENTRAL);
    const big = summarizeReport(manyRows(), CENTRAL);
    for (const summary of [small, big]) {
      const png = await renderReportChart(summary, CHART_LABELS, offThread);
      const layout = reportChartLayout(summary, CHART_LABELS);
      expect(pngSizeOf(png)).toEqual({ width: layout.width, height: layout.height });
      expect(layout.width).toBe(1000);
    }
    const smallLayout = reportChartLayout(small, CHART_LABELS);
    const bigLayout = reportChartLayout(big, CHART_LABELS);
    // 8 statuses + 7 categories rows in both; 2 vs 10 province rows plus the "more" line.
    expect(bigLayout.height - smallLayout.height).toBe(9 * 40);
    expect(bigLayout.height).toBeLessThan(1500);
  });

  it("lists the first ten provinces and says how many more there are", () => {
    const summary = summarizeReport(manyRows(), CENTRAL);
    expect(summary.byProvince).toHaveLength(15);
    const layout = reportChartLayout(summary, CHART_LABELS);
    const provinces = layout.panels[2]!;
    expect(provinces.rows).toHaveLength(REPORT_CHART_TOP_PROVINCES);
    expect(provinces.rows[0]).toMatchObject({ label: "Jawa Barat", count: 12 });
    expect(provinces.more?.text).toBe("… dan 5 provinsi lain");
    const svg = reportChartSvg(summary, CHART_LABELS);
    expect(svg).toContain("… dan 5 provinsi lain");
    expect(svg).toContain(">Jawa Barat<");
    expect(svg).not.toContain(summary.byProvince[14]!.province);

    const ten = summarizeReport(manyRows().filter((r) => [null, "Jawa Barat", "Jawa Timur"].includes(r.provinceName)), CENTRAL);
    expect(reportChartLayout(ten, CHART_LABELS).panels[2]!.more).toBeUndefined();
    expect(reportChartSvg(ten, CHART_LABELS)).not.toContain("provinsi lain");
  });

  it("escapes every text and still draws it, cutting names too long for the label column", () => {
    const rows = [row({ provinceName: "Maluku & <Utara> \"Raya\"" }), row({ provinceName: "Provinsi Dengan Nama Sangat Panjang Sekali Untuk Diuji" })];
    const svg = reportChartSvg(summarizeReport(rows, CENTRAL), CHART_LABELS);
    expect(svg).toContain("Rekap Usulan Forum Kominfo &amp; &lt;Pokja&gt;");
    expect(svg).toContain("Maluku &amp; &lt;Utara&gt; &quot;Raya&quot;");
    expect(svg).toContain("Kebijakan &amp; regulasi");
    expect(svg).toContain("SDM &lt;talenta&gt; digital");
    expect(svg).not.toMatch(/<Utara|<Pokja|<talenta/);
    expect(svg).toMatch(/Provinsi Dengan Nama[^<]*…</);
    for (const words of ["Menurut status", "Menurut kategori", "Menurut provinsi", "Perlu revisi", "Ditindaklanjuti", "1 Oktober – 28 November 2026"]) {
      expect(svg).toContain(words);
    }

    const hostile = { ...CHART_LABELS, title: "</text><script>alert(1)</script> \u0001\uD800 & ok" };
    const image = rasterise(reportChartSvg(summarizeReport(rows, CENTRAL), hostile));
    expect(countPixels(image, { x: 40, y: 20, width: 600, height: 45 }, dark)).toBeGreaterThan(500);
  });

  it("gives each status its own colour, draws bars only for non-zero counts, and writes the counts", () => {
    const fills = Object.values(REPORT_CHART_COLORS.status);
    expect(new Set(fills).size).toBe(STATUSES.length);

    const rows = [
      ...Array.from({ length: 6 }, () => row({ status: "ditinjau" })),
      ...Array.from({ length: 3 }, () => row({ status: "ditolak" })),
      row({ status: "selesai" }),
    ];
    const summary = summarizeReport(rows, CENTRAL);
    const layout = reportChartLayout(summary, CHART_LABELS);
    const svg = reportChartSvg(summary, CHART_LABELS);
    const image = rasterise(svg);
    const statusRows = layout.panels[0]!.rows;
    STATUSES.forEach((status, i) => {
      const r = statusRows[i]!;
      expect(r.label).toBe(STATUS_NAMES[status]);
      const box = { x: layout.barX, y: r.barTop, width: 520, height: layout.barHeight };
      const filled = countPixels(image, box, exactly(REPORT_CHART_COLORS.status[status]));
      if (summary.byStatus[status] > 0) expect(filled, status).toBeGreaterThan(r.barWidth * 10);
      else expect(filled, status).toBe(0);
    });
    // Longest bar for the largest count, proportional for the others.
    expect(statusRows[1]!.barWidth).toBeGreaterThan(400);
    expect(statusRows[4]!.barWidth).toBe(Math.round(statusRows[1]!.barWidth / 2));
    // The count just right of the bar end, in dark ink.
    const ditolak = statusRows[4]!;
    const countBox = { x: layout.barX + ditolak.barWidth + 4, y: ditolak.barTop, width: 40, height: layout.barHeight };
    expect(countPixels(image, countBox, dark)).toBeGreaterThan(30);
    expect(svg).toMatch(/font-weight="bold">6</);
    expect(svg).toMatch(/font-weight="bold">3</);
  });

  it("renders a small image with the empty text when there is no recommendation", async () => {
    const summary = summarizeReport([], CENTRAL);
    const svg = reportChartSvg(summary, CHART_LABELS);
    expect(svg).toContain("Belum ada usulan pada periode ini");
    expect(svg).not.toContain("Menurut status");
    const png = await renderReportChart(summary, CHART_LABELS, offThread);
    const size = pngSizeOf(png);
    expect(size).toEqual({ width: 1000, height: reportChartLayout(summary, CHART_LABELS).height });
    expect(size.height).toBeLessThan(300);
    const image = rasterise(svg);
    expect(countPixels(image, { x: 250, y: 130, width: 500, height: 45 }, (r, g, b) => r < 160 && g < 160 && b < 160)).toBeGreaterThan(100);
  });

  it("renders the 37-row report as a PNG that decodes, with bars of the status colours and text in the panels", async () => {
    const summary = summarizeReport(manyRows(), CENTRAL);
    const layout = reportChartLayout(summary, CHART_LABELS);
    const png = await renderReportChart(summary, CHART_LABELS, offThread);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(1_000_000);
    const image = decodePng(png);
    expect({ width: image.width, height: image.height }).toEqual({ width: layout.width, height: layout.height });
    // The decoded bytes, not only the SVG: each non-empty status bar in its colour, every label drawn.
    for (const [i, status] of STATUSES.entries()) {
      const r = layout.panels[0]!.rows[i]!;
      const filled = countPixels(image, { x: layout.barX, y: r.barTop, width: r.barWidth, height: layout.barHeight }, exactly(REPORT_CHART_COLORS.status[status]));
      if (r.count > 0) expect(filled, status).toBeGreaterThan(r.barWidth * 10);
      else expect(filled, status).toBe(0);
    }
    for (const panel of layout.panels) {
      expect(countPixels(image, { x: 40, y: panel.top + 10, width: 400, height: 34 }, dark), panel.heading).toBeGreaterThan(100);
      for (const r of panel.rows) expect(countPixels(image, { x: 40, y: r.barTop, width: 300, height: layout.barHeight }, dark), r.label).toBeGreaterThan(20);
    }
  });
});

