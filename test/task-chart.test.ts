import { Resvg } from "@resvg/resvg-js";
import { afterAll, describe, expect, it } from "vitest";
import { createOffThread, type OffThread } from "../src/shared/off-thread.js";

import { escapeSvgText } from "../src/shared/svg-chart.js";
import {
  TASK_CHART_COLORS,
  buildTaskChartSvg,
  renderTaskChart,
  taskChartLayout,
  type ChartLabels,
  type ChartPokjaRow,
} from "../src/spbe-tasks/task-chart.js";
import { PNG_SIGNATURE, countPixels, dark, decodePng, exactly, pngSize as ihdrSize, red, type Box } from "./support/png.js";

/** The charts are drawn on a worker thread, as in the bot. */
const offThread = createOffThread({ size: 1 });
afterAll(() => offThread.close());

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

const LABELS: ChartLabels = {
  title: "Perkembangan Tugas SPBE",
  subtitle: "per 30 November 2026",
  statusNames: { belum_dimulai: "belum dimulai", berjalan: "berjalan", selesai: "selesai", ditunda: "ditunda" },
  overdueLabel: "terlambat",
  averageLabel: "rata-rata",
  totalLabel: "Total",
  noTasks: "Belum ada tugas",
};

function row(
  name: string,
  counts: Partial<ChartPokjaRow["counts"]>,
  overdue = 0,
  averageProgress = 0,
): ChartPokjaRow {
  return {
    name,
    counts: { belum_dimulai: 0, berjalan: 0, selesai: 0, ditunda: 0, ...counts },
    overdue,
    averageProgress,
  };
}

function sumRows(rows: readonly ChartPokjaRow[]): ChartPokjaRow {
  const total = row("Semua", {});
  for (const r of rows) {
    for (const key of Object.keys(total.counts) as (keyof ChartPokjaRow["counts"])[]) total.counts[key] += r.counts[key];
    total.overdue += r.overdue;
  }
  const tasks = rows.reduce((n, r) => n + Object.values(r.counts).reduce((a, b) => a + b, 0), 0);
  total.averageProgress = tasks === 0 ? 0 : rows.reduce((n, r) => n + r.averageProgress, 0) / rows.length;
  return total;
}

const FIVE_ROWS: ChartPokjaRow[] = [
  row("Tata Kelola & Kebijakan SPBE", { belum_dimulai: 3, berjalan: 5, selesai: 4, ditunda: 1 }, 3, 45),
  row("Infrastruktur <Pusat Data Nasional>", { belum_dimulai: 1, berjalan: 2, selesai: 9 }, 0, 81),
  row("Aplikasi Umum Berbagi Pakai", {}, 0, 0),
  row("Keamanan Informasi dan Persandian Daerah Provinsi/Kabupaten/Kota", { belum_dimulai: 10, berjalan: 1, selesai: 1, ditunda: 2 }, 12, 9),
  row("SDM \"Talenta\" Digital", { berjalan: 3 }, 1, 30),
];

const GREEN = TASK_CHART_COLORS.selesai.fill;

function barBox(rowCount: number, index: number): Box {
  const layout = taskChartLayout(rowCount);
  return { x: layout.bar.x, y: layout.barTops[index]!, width: layout.bar.width, height: layout.bar.height };
}

/** The pokja's name line, just above its bar. */
function nameBox(rowCount: number, index: number): Box {
  const bar = barBox(rowCount, index);
  return { x: bar.x, y: bar.y - 34, width: 400, height: 30 };
}

/** Average and overdue, right of the bar. */
function sideBox(rowCount: number, index: number): Box {
  const bar = barBox(rowCount, index);
  return { x: bar.x + bar.width + 10, y: bar.y, width: 1000 - (bar.x + bar.width + 10), height: bar.height + 6 };
}

// ---------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------

describe("renderTaskChart", () => {
  it("returns a PNG whose size is the layout's, about 1000 x (200 + 110 per bar)", async () => {
    for (const rows of [FIVE_ROWS.slice(0, 1), FIVE_ROWS]) {
      const png = await renderTaskChart(rows, sumRows(rows), LABELS, offThread);
      expect(Buffer.isBuffer(png)).toBe(true);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const layout = taskChartLayout(rows.length);
      expect(ihdrSize(png)).toEqual({ width: layout.width, height: layout.height });
      expect(layout.width).toBe(1000);
      expect(layout.height).toBe(200 + 110 * (rows.length + 1));
      const decoded = decodePng(png);
      expect(decoded.width).toBe(layout.width);
      expect(decoded.height).toBe(layout.height);
    }
    expect(taskChartLayout(5).height).toBeGreaterThan(taskChartLayout(1).height);
    expect(taskChartLayout(1).height).toBeGreaterThan(taskChartLayout(0).height);
  });

  it("escapes names and labels with & < > and quotes, and still renders them", async () => {
    const svg = buildTaskChartSvg(FIVE_ROWS, sumRows(FIVE_ROWS), LABELS);
    expect(svg).toContain("Tata Kelola &amp; Kebijakan SPBE");
    expect(svg).toContain("Infrastruktur &lt;Pusat Data Nasional&gt;");
    expect(svg).toContain("SDM &quot;Talenta&quot; Digital");
    expect(svg).not.toContain("<Pusat");
    expect(escapeSvgText("a\u0000b\u0007c & </text><svg>")).toBe("abc &amp; &lt;/text&gt;&lt;svg&gt;");

    const hostile = [row("</text><script>alert(1)</script> &amp; \u0001\uD800", { selesai: 2 }, 0, 100)];
    const labels = { ...LABELS, title: "A & B <C>", averageLabel: "rata-rata <&>" };
    const png = await renderTaskChart(hostile, sumRows(hostile), labels, offThread);
    const image = decodePng(png);
    expect(countPixels(image, nameBox(1, 0), dark)).toBeGreaterThan(50);
  });

  it("writes the Indonesian text, the counts, the averages and overdue in red with the bundled font", async () => {
    const totals = sumRows(FIVE_ROWS);
    const svg = buildTaskChartSvg(FIVE_ROWS, totals, LABELS);
    for (const words of ["Perkembangan Tugas SPBE", "per 30 November 2026", "belum dimulai", "berjalan", "selesai", "ditunda",
      "rata-rata 45%", "3 terlambat", "12 terlambat", "Total 13", "Semua", "Belum ada tugas", ">9<", ">14<"]) {
      expect(svg).toContain(words);
    }

    const image = decodePng(await renderTaskChart(FIVE_ROWS, totals, LABELS, offThread));
    const rows = FIVE_ROWS.length;
    // Title and every name line hold glyphs.
    expect(countPixels(image, { x: 40, y: 20, width: 500, height: 45 }, dark)).toBeGreaterThan(500);
    for (let i = 0; i <= rows; i++) expect(countPixels(image, nameBox(rows, i), dark), `name ${i}`).toBeGreaterThan(100);
    // Overdue in red where there are overdue tasks, none where there are none.
    expect(countPixels(image, sideBox(rows, 0), red)).toBeGreaterThan(50);
    expect(countPixels(image, sideBox(rows, 1), red)).toBe(0);
    expect(countPixels(image, sideBox(rows, 1), dark)).toBeGreaterThan(50);
    // White counts drawn inside the big green segment of row 2 (9 selesai of 12).
    const green = barBox(rows, 1);
    expect(countPixels(image, { ...green, width: 300 }, (r, g, b) => r > 230 && g > 230 && b > 230)).toBeGreaterThan(20);
  });

  it("uses only the bundled font: without it, the same SVG renders no text", () => {
    const svg = buildTaskChartSvg(FIVE_ROWS, sumRows(FIVE_ROWS), LABELS);
    const bare = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const image = { width: bare.width, height: bare.height, pixels: bare.pixels };
    expect(countPixels(image, { x: 40, y: 20, width: 500, height: 45 }, dark)).toBe(0);
  });

  it("has a green segment when tasks are selesai, and none when none is", async () => {
    const withDone = [row("Pokja A", { selesai: 2, berjalan: 1 }), row("Pokja B", { berjalan: 4, ditunda: 1 })];
    const image = decodePng(await renderTaskChart(withDone, sumRows(withDone), LABELS, offThread));
    expect(countPixels(image, barBox(2, 0), exactly(GREEN))).toBeGreaterThan(1000);
    expect(countPixels(image, barBox(2, 1), exactly(GREEN))).toBe(0);
    expect(countPixels(image, barBox(2, 2), exactly(GREEN))).toBeGreaterThan(1000); // Semua
    expect(countPixels(image, barBox(2, 1), exactly(TASK_CHART_COLORS.berjalan.fill))).toBeGreaterThan(1000);
    expect(countPixels(image, barBox(2, 1), exactly(TASK_CHART_COLORS.ditunda.fill))).toBeGreaterThan(100);

    const noneDone = [row("Pokja A", { belum_dimulai: 3, berjalan: 1 }), row("Pokja B", { ditunda: 2 })];
    const other = decodePng(await renderTaskChart(noneDone, sumRows(noneDone), LABELS, offThread));
    for (let i = 0; i <= noneDone.length; i++) {
      expect(countPixels(other, barBox(2, i), exactly(GREEN)), `bar ${i}`).toBe(0);
    }
    expect(countPixels(other, barBox(2, 0), exactly(TASK_CHART_COLORS.belum_dimulai.fill))).toBeGreaterThan(1000);

    // One selesai among thousands still shows as a sliver.
    const sliver = [row("Pokja A", { selesai: 1, berjalan: 5000 })];
    const thin = decodePng(await renderTaskChart(sliver, sumRows(sliver), LABELS, offThread));
    expect(countPixels(thin, barBox(1, 0), exactly(GREEN))).toBeGreaterThan(100);
  });

  it("renders a small image with the no-tasks text when there are no tasks", async () => {
    const empty = [row("Pokja A", {}), row("Pokja B", {})];
    const totals = sumRows(empty);
    const svg = buildTaskChartSvg(empty, totals, LABELS);
    expect(svg).toContain("Belum ada tugas");
    expect(svg).not.toContain("Pokja A");

    const png = await renderTaskChart(empty, totals, LABELS, offThread);
    const layout = taskChartLayout(0, true);
    expect(ihdrSize(png)).toEqual({ width: layout.width, height: layout.height });
    expect(layout.height).toBeLessThan(taskChartLayout(0).height);
    const image = decodePng(png);
    expect(countPixels(image, { x: 0, y: 0, width: image.width, height: image.height }, exactly(GREEN))).toBe(0);
    // The message, centred below the subtitle.
    expect(countPixels(image, { x: 300, y: 130, width: 400, height: 45 }, (r, g, b) => r < 160 && g < 160 && b < 160))
      .toBeGreaterThan(100);
    expect((await renderTaskChart([], totals, LABELS, offThread)).equals(png)).toBe(true);
  });

  it("renders the same bytes for the same data: only the bundled font, nothing from the machine", async () => {
    const totals = sumRows(FIVE_ROWS);
    const first = await renderTaskChart(FIVE_ROWS, totals, LABELS, offThread);
    // Drawn again by another worker pool (the same pool keeps what it drew lately).
    const otherPool = createOffThread({ size: 1 });
    const again = await renderTaskChart(FIVE_ROWS, totals, LABELS, otherPool).finally(() => otherPool.close());
    expect(again.equals(first)).toBe(true);
    // A photo Telegram takes as it is: well under its 10 MB limit and 10000 px sides.
    expect(first.length).toBeLessThan(1_000_000);
    expect(ihdrSize(first).height).toBeLessThan(10_000);
  });

  it("draws the same chart once while it is kept, and draws again after a failure", async () => {
    let drawings = 0;
    let failNext = true;
    const counting = {
      ...offThread,
      run: ((job: "renderPng", svg: string) => {
        drawings += 1;
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error("worker failed on purpose"));
        }
        return offThread.run(job, svg);
      }) as OffThread["run"],
    } as OffThread;
    const rows = FIVE_ROWS.map((row) => ({ ...row, name: `${row.name} (kept)` }));
    await expect(renderTaskChart(rows, sumRows(rows), LABELS, counting)).rejects.toThrow("worker failed on purpose");
    const first = await renderTaskChart(rows, sumRows(rows), LABELS, counting);
    const second = await renderTaskChart(rows, sumRows(rows), LABELS, counting);
    expect(second.equals(first)).toBe(true);
    expect(drawings).toBe(2);
    // Other data is another chart.
    await renderTaskChart(rows.slice(1), sumRows(rows.slice(1)), LABELS, counting);
    expect(drawings).toBe(3);
  });
});
