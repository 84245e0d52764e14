import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";

import { Resvg } from "@resvg/resvg-js";
import ExcelJS, { type Buffer as ExcelBuffer, type Workbook, type Worksheet } from "exceljs";
import { describe, expect, it } from "vitest";

import {
  REPORT_CHART_COLORS,
  REPORT_CHART_TOP_PROVINCES,
  renderReportChart,
  reportChartLayout,
  reportChartSvg,
  reportCsv,
  reportXlsx,
  summarizeReport,
  type ExportLabels,
  type ReportLabels,
  type ReportRow,
} from "../src/recommendations/recommendation-report.js";
import { CATEGORIES, STATUSES, type Category, type Status } from "../src/recommendations/recommendation-types.js";
import { taskChartRenderOptions } from "../src/spbe-tasks/task-chart.js";

// ---------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------

const CENTRAL = "Kementerian/pusat";

const STATUS_NAMES: Record<Status, string> = {
  diajukan: "Diajukan",
  ditinjau: "Ditinjau",
  dibahas: "Dibahas",
  diterima: "Diterima",
  ditolak: "Ditolak",
  perlu_revisi: "Perlu revisi",
  ditindaklanjuti: "Ditindaklanjuti",
  selesai: "Selesai",
};

const CATEGORY_NAMES: Record<Category, string> = {
  kebijakan: "Kebijakan & regulasi",
  infrastruktur: "Infrastruktur",
  aplikasi: "Aplikasi",
  data: "Data & informasi",
  keamanan: "Keamanan informasi",
  sdm: "SDM <talenta> digital",
  lainnya: "Lainnya",
};

const CHART_LABELS: ReportLabels = {
  title: "Rekap Usulan Forum Kominfo & <Pokja>",
  subtitle: "1 Oktober – 28 November 2026 · 37 usulan",
  byStatus: "Menurut status",
  byCategory: "Menurut kategori",
  byProvince: "Menurut provinsi",
  statusNames: STATUS_NAMES,
  categoryNames: CATEGORY_NAMES,
  empty: "Belum ada usulan pada periode ini",
  moreProvinces: (count) => `… dan ${count} provinsi lain`,
};

const EXPORT_LABELS: ExportLabels = {
  headings: {
    id: "No.",
    pokja: "Pokja",
    category: "Kategori",
    status: "Status",
    title: "Judul",
    submitter: "Pengusul",
    agency: "Instansi",
    province: "Provinsi",
    supports: "Dukungan",
    submitted: "Diajukan pada",
    updated: "Diperbarui pada",
    task: "Tugas SPBE",
  },
  statusNames: STATUS_NAMES,
  categoryNames: CATEGORY_NAMES,
  centralLabel: CENTRAL,
  sheetRows: "Usulan",
  sheetSummary: "Rekap",
  count: "Jumlah",
  total: "Total",
  summaryTitle: "Rekap Usulan · 1 Oktober – 28 November 2026",
};

let nextId = 1;
function row(overrides: Partial<ReportRow> = {}): ReportRow {
  return {
    id: nextId++,
    pokjaName: "Tata Kelola & Kebijakan",
    category: "kebijakan",
    status: "diajukan",
    title: "Integrasi layanan kependudukan daerah",
    submitterName: "Budi Santoso",
    agencyName: "Dinas Kominfo Provinsi Jawa Barat",
    provinceName: "Jawa Barat",
    supportCount: 0,
    submittedAt: new Date("2026-10-01T02:30:00Z"),
    updatedAt: new Date("2026-10-02T16:45:00Z"),
    relatedTaskNumber: null,
    ...overrides,
  };
}

/** 14 provinces plus the ministry: 37 rows. */
function manyRows(): ReportRow[] {
  const provinces: (string | null)[] = [
    "Jawa Barat", "Jawa Timur", "DKI Jakarta", "Daerah Istimewa Yogyakarta", "Bali", "Aceh", "Riau",
    "Kalimantan Timur", "Nusa Tenggara Timur", "Sulawesi Selatan", "Maluku & <Utara>", "Papua", "Gorontalo", "Banten", null,
  ];
  const rows: ReportRow[] = [];
  for (let i = 0; i < 37; i++) {
    rows.push(row({
      status: STATUSES[(i * 5) % 7]!, // never "selesai"
      category: CATEGORIES[i % 5]!, // never "sdm" or "lainnya"
      provinceName: provinces[i < 10 ? 0 : i % provinces.length]!,
    }));
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// PNG helpers
// ---------------------------------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Walks the chunks (checking each CRC) and inflates the image data, which must fill width x height. */
function checkPng(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  const types: string[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString("latin1");
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    types.push(type);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      expect(channels).toBeGreaterThan(0);
    } else if (type === "IDAT") {
      idat.push(data);
    }
    offset += 12 + length;
  }
  expect(types[0]).toBe("IHDR");
  expect(types.at(-1)).toBe("IEND");
  expect(inflateSync(Buffer.concat(idat)).length).toBe(height * (width * channels + 1));
  return { width, height };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Pixels { width: number; height: number; pixels: Buffer }
interface Box { x: number; y: number; width: number; height: number }

/** The same SVG and render options as renderReportChart, as raw RGBA pixels. */
function rasterise(svg: string): Pixels {
  const image = new Resvg(svg, taskChartRenderOptions()).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

function countPixels(image: Pixels, box: Box, test: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(image.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(image.width, box.x + box.width); x++) {
      const i = (y * image.width + x) * 4;
      if (test(image.pixels[i]!, image.pixels[i + 1]!, image.pixels[i + 2]!)) n++;
    }
  }
  return n;
}

const exactly = (color: string) => {
  const n = Number.parseInt(color.slice(1), 16);
  return (r: number, g: number, b: number) => r === (n >> 16) && g === ((n >> 8) & 0xff) && b === (n & 0xff);
};
const dark = (r: number, g: number, b: number) => r < 110 && g < 110 && b < 110;

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
      const png = await renderReportChart(summary, CHART_LABELS);
      const layout = reportChartLayout(summary, CHART_LABELS);
      expect(checkPng(png)).toEqual({ width: layout.width, height: layout.height });
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
    const png = await renderReportChart(summary, CHART_LABELS);
    const size = checkPng(png);
    expect(size).toEqual({ width: 1000, height: reportChartLayout(summary, CHART_LABELS).height });
    expect(size.height).toBeLessThan(300);
    const image = rasterise(svg);
    expect(countPixels(image, { x: 250, y: 130, width: 500, height: 45 }, (r, g, b) => r < 160 && g < 160 && b < 160)).toBeGreaterThan(100);
  });

  it("writes a sample to look at", async () => {
    const png = await renderReportChart(summarizeReport(manyRows(), CENTRAL), CHART_LABELS);
    writeFileSync(path.join(os.tmpdir(), "recommendation-report-sample.png"), png);
  });
});

// ---------------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------------

describe("reportCsv", () => {
  it("writes a BOM, the headings, Indonesian names and local dates, CRLF line ends", () => {
    const rows = [
      row({ id: 7, status: "perlu_revisi", category: "data", supportCount: 4, relatedTaskNumber: 12 }),
      row({ id: 8, status: "ditindaklanjuti", category: "sdm", provinceName: null, agencyName: "Direktorat Aplikasi, Informatika" }),
    ];
    const csv = reportCsv(rows, EXPORT_LABELS, "Asia/Jakarta");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).split("\r\n");
    expect(lines).toEqual([
      "No.,Pokja,Kategori,Status,Judul,Pengusul,Instansi,Provinsi,Dukungan,Diajukan pada,Diperbarui pada,Tugas SPBE",
      "7,Tata Kelola & Kebijakan,Data & informasi,Perlu revisi,Integrasi layanan kependudukan daerah,Budi Santoso,Dinas Kominfo Provinsi Jawa Barat,Jawa Barat,4,2026-10-01 09:30,2026-10-02 23:45,12",
      `8,Tata Kelola & Kebijakan,SDM <talenta> digital,Ditindaklanjuti,Integrasi layanan kependudukan daerah,Budi Santoso,"Direktorat Aplikasi, Informatika",${CENTRAL},0,2026-10-01 09:30,2026-10-02 23:45,`,
      "",
    ]);
    // The same instant on the next day in WIT.
    expect(reportCsv(rows.slice(0, 1), EXPORT_LABELS, "Asia/Jayapura").toString("utf8")).toContain(",2026-10-01 11:30,2026-10-03 01:45,");
  });

  it("defuses text that a spreadsheet would run as a formula, and quotes what needs it", () => {
    const rows = [row({ title: "=HYPERLINK(\"http://x\",\"klik\")", submitterName: "@admin", agencyName: "+62 Dinas; \"Kominfo\"" })];
    const text = reportCsv(rows, EXPORT_LABELS, "Asia/Jakarta").toString("utf8");
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(text).toContain(",'@admin,");
    expect(text).toContain(`,"'+62 Dinas; ""Kominfo""",`);
    expect(text).not.toMatch(/,=HYPERLINK/);
  });

  it("writes only the headings for no rows", () => {
    expect(reportCsv([], EXPORT_LABELS, "Asia/Jakarta").toString("utf8").split("\r\n")).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------------------

async function readBack(xlsx: Buffer): Promise<Workbook> {
  expect(xlsx.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ExcelBuffer);
  return workbook;
}

/** Column A -> column B of the summary sheet, for the lines under the heading `heading`. */
function section(sheet: Worksheet, heading: string): Map<string, unknown> {
  const found = new Map<string, unknown>();
  let inside = false;
  sheet.eachRow({ includeEmpty: true }, (r) => {
    const a = r.getCell(1).value;
    if (a === heading) inside = true;
    else if (inside && (a === null || a === undefined || a === "")) inside = false;
    else if (inside) found.set(String(a), r.getCell(2).value);
  });
  return found;
}

describe("reportXlsx", () => {
  const rows = [
    row({ id: 1, status: "diajukan", category: "data", supportCount: 3, relatedTaskNumber: 12 }),
    row({ id: 2, status: "ditolak", category: "keamanan", provinceName: null, title: "=1+2 bukan rumus", submitterName: "Siti\u0001 Aminah" }),
    row({ id: 3, status: "diajukan", category: "data", provinceName: "Bali" }),
  ];
  const summary = summarizeReport(rows, CENTRAL);

  it("has a sheet of rows: bold frozen header, auto filter, widths, numbers and real dates", async () => {
    const workbook = await readBack(await reportXlsx(rows, summary, EXPORT_LABELS, "Asia/Jakarta"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Usulan", "Rekap"]);
    const sheet = workbook.getWorksheet("Usulan")!;
    expect(sheet.rowCount).toBe(4);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "No.", "Pokja", "Kategori", "Status", "Judul", "Pengusul", "Instansi", "Provinsi", "Dukungan", "Diajukan pada", "Diperbarui pada", "Tugas SPBE",
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:L4");

    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(3).value).toBe("Data & informasi");
    expect(first.getCell(4).value).toBe("Diajukan");
    expect(first.getCell(9).value).toBe(3);
    expect(first.getCell(12).value).toBe(12);
    const submitted = first.getCell(10);
    expect(submitted.value).toBeInstanceOf(Date);
    // 02:30 UTC is 09:30 WIB: the sheet shows the wall-clock time, which Excel keeps without a zone.
    expect((submitted.value as Date).toISOString()).toBe("2026-10-01T09:30:00.000Z");
    expect(submitted.numFmt).toBe("yyyy-mm-dd hh:mm");
    expect((first.getCell(11).value as Date).toISOString()).toBe("2026-10-02T23:45:00.000Z");

    const second = sheet.getRow(3);
    expect(second.getCell(8).value).toBe(CENTRAL);
    expect(second.getCell(5).value).toBe("=1+2 bukan rumus");
    expect(second.getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(6).value).toBe("Siti Aminah");
    expect(second.getCell(12).value).toBeNull();

    for (let c = 1; c <= 12; c++) {
      const width = sheet.getColumn(c).width!;
      expect(width, `column ${c}`).toBeGreaterThanOrEqual(8);
      expect(width, `column ${c}`).toBeLessThanOrEqual(70);
    }
    expect(sheet.getColumn(5).width!).toBeGreaterThan(sheet.getColumn(1).width!);
  });

  it("has a summary sheet with the counts by status, category and province, and their totals", async () => {
    const workbook = await readBack(await reportXlsx(rows, summary, EXPORT_LABELS, "Asia/Jakarta"));
    const sheet = workbook.getWorksheet("Rekap")!;
    expect(sheet.getCell("A1").value).toBe(EXPORT_LABELS.summaryTitle);
    const byStatus = section(sheet, "Status");
    expect([...byStatus.keys()]).toEqual([...STATUSES.map((s) => STATUS_NAMES[s]), "Total"]);
    expect(byStatus.get("Diajukan")).toBe(2);
    expect(byStatus.get("Ditolak")).toBe(1);
    expect(byStatus.get("Selesai")).toBe(0);
    expect(byStatus.get("Total")).toBe(3);
    const byCategory = section(sheet, "Kategori");
    expect(byCategory.get("Data & informasi")).toBe(2);
    expect(byCategory.get("Keamanan informasi")).toBe(1);
    expect(byCategory.get("Lainnya")).toBe(0);
    expect(byCategory.get("Total")).toBe(3);
    expect([...section(sheet, "Provinsi")]).toEqual([["Bali", 1], ["Jawa Barat", 1], [CENTRAL, 1], ["Total", 3]]);
    // The heading row of a section says what the numbers are.
    let countHeadings = 0;
    sheet.eachRow((r) => { if (r.getCell(2).value === "Jumlah") countHeadings++; });
    expect(countHeadings).toBe(3);
  });

  it("makes sheet names Excel accepts, and writes an empty report", async () => {
    const labels = { ...EXPORT_LABELS, sheetRows: "Usulan [Okt/Nov]: semua?", sheetSummary: "usulan [okt/nov]: semua?", summaryTitle: undefined };
    const workbook = await readBack(await reportXlsx([], summarizeReport([], CENTRAL), labels, "Asia/Jakarta"));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(["Usulan -Okt-Nov-- semua-", "usulan -okt-nov-- semua- 2"]);
    expect(workbook.getWorksheet(names[0]!)!.rowCount).toBe(1);
    const counts = section(workbook.getWorksheet(names[1]!)!, "Status");
    expect(counts.get("Total")).toBe(0);
  });

  it("loads exceljs only when an export is made", () => {
    // A fresh process: importing the report module must not load exceljs; one export does.
    const script = `
      import { createRequire } from "node:module";
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes("/node_modules/exceljs/"));
      const report = await import("./src/recommendations/recommendation-report.ts");
      const before = loaded();
      await report.reportXlsx([], report.summarizeReport([], "x"), ${JSON.stringify(EXPORT_LABELS)}, "Asia/Jakarta");
      console.log(JSON.stringify({ before, after: loaded() }));
    `;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: path.resolve(import.meta.dirname, ".."),
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout.trim())).toEqual({ before: false, after: true });
  });
});
