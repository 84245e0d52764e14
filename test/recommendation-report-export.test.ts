import { spawnSync } from "node:child_process";
import path from "node:path";

import ExcelJS, { type Buffer as ExcelBuffer, type Workbook, type Worksheet } from "exceljs";
import { describe, expect, it } from "vitest";

import { reportCsv, reportXlsx, summarizeReport } from "../src/recommendations/recommendation-report.js";
import { STATUSES } from "../src/recommendations/recommendation-types.js";
import { CENTRAL, EXPORT_LABELS, STATUS_NAMES, row } from "./support/report-fixtures.js";

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
