import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";

import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";

import {
  TASK_CHART_COLORS,
  buildTaskChartSvg,
  escapeSvgText,
  renderTaskChart,
  taskChartLayout,
  type ChartLabels,
  type ChartPokjaRow,
} from "../src/spbe-tasks/task-chart.js";

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

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdrSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface Decoded {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  pixels: Buffer;
}

/** A minimal PNG decoder (8-bit RGB/RGBA, not interlaced: what resvg writes), independent of the renderer. */
function decodePng(png: Buffer): Decoded {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString("latin1");
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8];
      const colorType = data[9];
      expect(bitDepth).toBe(8);
      expect(data[12], "interlaced").toBe(0);
      expect([2, 6]).toContain(colorType);
      channels = colorType === 6 ? 4 : 3;
    } else if (type === "IDAT") {
      idat.push(data);
    } else if (type === "IEND") {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  expect(raw.length).toBe(height * (stride + 1));
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= channels ? out[y * stride + i - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? out[(y - 1) * stride + i - channels]! : 0;
      let value: number;
      switch (filter) {
        case 0: value = x; break;
        case 1: value = x + a; break;
        case 2: value = x + b; break;
        case 3: value = x + ((a + b) >> 1); break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          value = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      out[y * stride + i] = value & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: out };
  const rgba = Buffer.alloc(width * height * 4, 0xff);
  for (let p = 0; p < width * height; p++) out.copy(rgba, p * 4, p * 3, p * 3 + 3);
  return { width, height, pixels: rgba };
}

function hex(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

interface Box { x: number; y: number; width: number; height: number }

/** How many pixels in `box` match `test`. */
function countPixels(image: Decoded, box: Box, test: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let y = Math.max(0, box.y); y < Math.min(image.height, box.y + box.height); y++) {
    for (let x = Math.max(0, box.x); x < Math.min(image.width, box.x + box.width); x++) {
      const i = (y * image.width + x) * 4;
      if (test(image.pixels[i]!, image.pixels[i + 1]!, image.pixels[i + 2]!)) n++;
    }
  }
  return n;
}

const exactly = (color: string) => {
  const [R, G, B] = hex(color);
  return (r: number, g: number, b: number) => r === R && g === G && b === B;
};
const dark = (r: number, g: number, b: number) => r < 110 && g < 110 && b < 110;
const red = (r: number, g: number, b: number) => r > 150 && g < 90 && b < 90;

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
      const png = await renderTaskChart(rows, sumRows(rows), LABELS);
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
    const png = await renderTaskChart(hostile, sumRows(hostile), labels);
    const image = decodePng(png);
    expect(countPixels(image, nameBox(1, 0), dark)).toBeGreaterThan(50);
  });

  it("writes the Indonesian text, the counts, the averages and overdue in red with the bundled font", async () => {
    const totals = sumRows(FIVE_ROWS);
    const svg = buildTaskChartSvg(FIVE_ROWS, totals, LABELS);
    for (const words of ["Perkembangan Tugas SPBE", "per 30 November 2026", "belum dimulai", "berjalan", "selesai", "ditunda",
      "rata-rata 45 %", "3 terlambat", "12 terlambat", "Total 13", "Semua", "Belum ada tugas", ">9<", ">14<"]) {
      expect(svg).toContain(words);
    }

    const image = decodePng(await renderTaskChart(FIVE_ROWS, totals, LABELS));
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
    const image = decodePng(await renderTaskChart(withDone, sumRows(withDone), LABELS));
    expect(countPixels(image, barBox(2, 0), exactly(GREEN))).toBeGreaterThan(1000);
    expect(countPixels(image, barBox(2, 1), exactly(GREEN))).toBe(0);
    expect(countPixels(image, barBox(2, 2), exactly(GREEN))).toBeGreaterThan(1000); // Semua
    expect(countPixels(image, barBox(2, 1), exactly(TASK_CHART_COLORS.berjalan.fill))).toBeGreaterThan(1000);
    expect(countPixels(image, barBox(2, 1), exactly(TASK_CHART_COLORS.ditunda.fill))).toBeGreaterThan(100);

    const noneDone = [row("Pokja A", { belum_dimulai: 3, berjalan: 1 }), row("Pokja B", { ditunda: 2 })];
    const other = decodePng(await renderTaskChart(noneDone, sumRows(noneDone), LABELS));
    for (let i = 0; i <= noneDone.length; i++) {
      expect(countPixels(other, barBox(2, i), exactly(GREEN)), `bar ${i}`).toBe(0);
    }
    expect(countPixels(other, barBox(2, 0), exactly(TASK_CHART_COLORS.belum_dimulai.fill))).toBeGreaterThan(1000);

    // One selesai among thousands still shows as a sliver.
    const sliver = [row("Pokja A", { selesai: 1, berjalan: 5000 })];
    const thin = decodePng(await renderTaskChart(sliver, sumRows(sliver), LABELS));
    expect(countPixels(thin, barBox(1, 0), exactly(GREEN))).toBeGreaterThan(100);
  });

  it("renders a small image with the no-tasks text when there are no tasks", async () => {
    const empty = [row("Pokja A", {}), row("Pokja B", {})];
    const totals = sumRows(empty);
    const svg = buildTaskChartSvg(empty, totals, LABELS);
    expect(svg).toContain("Belum ada tugas");
    expect(svg).not.toContain("Pokja A");

    const png = await renderTaskChart(empty, totals, LABELS);
    const layout = taskChartLayout(0, true);
    expect(ihdrSize(png)).toEqual({ width: layout.width, height: layout.height });
    expect(layout.height).toBeLessThan(taskChartLayout(0).height);
    const image = decodePng(png);
    expect(countPixels(image, { x: 0, y: 0, width: image.width, height: image.height }, exactly(GREEN))).toBe(0);
    // The message, centred below the subtitle.
    expect(countPixels(image, { x: 300, y: 130, width: 400, height: 45 }, (r, g, b) => r < 160 && g < 160 && b < 160))
      .toBeGreaterThan(100);
    expect((await renderTaskChart([], totals, LABELS)).equals(png)).toBe(true);
  });

  it("renders five pokja well within 300 ms, and writes a sample to look at", async () => {
    const totals = sumRows(FIVE_ROWS);
    await renderTaskChart(FIVE_ROWS, totals, LABELS); // warm-up: first load of the native module
    const times: number[] = [];
    let png: Buffer | undefined;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      png = await renderTaskChart(FIVE_ROWS, totals, LABELS);
      times.push(performance.now() - start);
    }
    expect(Math.min(...times)).toBeLessThan(300);
    writeFileSync(path.join(os.tmpdir(), "task-chart-sample.png"), png!);
  });
});
