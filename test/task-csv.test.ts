import { describe, expect, it } from "vitest";
import {
  TASK_CSV_COLUMNS,
  parseTaskCsv,
  tasksToCsv,
  tasksToImportCsv,
  type TaskCsvResult,
  type TaskExportRow,
  type TaskImportRow,
} from "../src/spbe-tasks/task-csv.js";

const known = {
  agencyCodes: new Set(["35.78", "KOMINFO-LAIP", "31"]),
  pokja: [
    { id: 1, slug: "kebijakan", name: "Kebijakan" },
    { id: 2, slug: "infrastruktur-aplikasi", name: "Infrastruktur dan Aplikasi" },
    { id: 3, slug: "data-informasi", name: "Data dan Informasi" },
  ],
};

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.concat([Buffer.from(bom ? BOM : []), Buffer.from(text, "utf8")]));
/** Lines joined the way the program writes them, with the final line end spreadsheets add. */
const file = (lines: string[], eol = "\r\n") => lines.join(eol) + eol;

const parse = (bytes: Uint8Array) => parseTaskCsv(bytes, known);
function rowsOf(result: TaskCsvResult): TaskImportRow[] {
  if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.errors)}`);
  return result.rows;
}
function errorsOf(result: TaskCsvResult) {
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}
const parseLines = (lines: string[]) => parse(utf8(file(lines)));

const HEADER = "nomor,judul,deskripsi,dasar_hukum,instansi_kode,unit_pelaksana,pokja,target,status,progres,catatan";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("parseTaskCsv: files as spreadsheets write them", () => {
  it("reads Excel's 'CSV UTF-8 (Comma delimited)': BOM, CRLF, quotes only where needed", () => {
    const text = file([
      HEADER,
      '12,Penyusunan Arsitektur SPBE Nasional,"Menyusun arsitektur, peta rencana, dan standar",Perpres 95/2018 Pasal 6-12,KOMINFO-LAIP,,kebijakan,31/12/2026,Berjalan,45%,"Draf ""final"" di Biro Hukum"',
      "13,Pembangunan Pusat Data Nasional,,,,Badan Siber dan Sandi Negara,Infrastruktur dan Aplikasi,2026-06-30,,,",
    ]);
    const result = parse(utf8(text, true));
    expect(result).toMatchObject({ ok: true, delimiter: "," });
    expect(rowsOf(result)).toEqual([
      {
        number: 12,
        title: "Penyusunan Arsitektur SPBE Nasional",
        description: "Menyusun arsitektur, peta rencana, dan standar",
        legalBasis: "Perpres 95/2018 Pasal 6-12",
        agencyCode: "KOMINFO-LAIP",
        responsibleUnit: null,
        pokjaId: 1,
        targetDate: utc(2026, 12, 31),
        status: "berjalan",
        progress: 45,
        note: 'Draf "final" di Biro Hukum',
        line: 2,
      },
      {
        number: 13,
        title: "Pembangunan Pusat Data Nasional",
        description: "",
        legalBasis: "",
        agencyCode: null,
        responsibleUnit: "Badan Siber dan Sandi Negara",
        pokjaId: 2,
        targetDate: utc(2026, 6, 30),
        status: "belum_dimulai",
        progress: 0,
        note: null,
        line: 3,
      },
    ]);
  });

  it("reads Excel in the Indonesian locale: semicolons, with and without BOM, and cells holding commas", () => {
    const lines = [
      "Nomor;Judul;Deskripsi;Dasar_Hukum;Instansi_Kode;Unit_Pelaksana;Pokja;Target;Status;Progres;Catatan",
      "1;Tata Kelola SPBE Daerah;Kebijakan internal, SOP, dan audit;Perpres 95/2018;35.78;;data-informasi;01-03-2027;Selesai;;Sudah, lengkap",
      '2;"Layanan; dengan titik koma";;;;;;;ditunda;45,0;',
    ];
    for (const bom of [true, false]) {
      const result = parse(utf8(file(lines), bom));
      expect(result).toMatchObject({ ok: true, delimiter: ";" });
      expect(rowsOf(result).map((r) => [r.number, r.title, r.description, r.agencyCode, r.pokjaId, r.targetDate, r.status, r.progress, r.note])).toEqual([
        [1, "Tata Kelola SPBE Daerah", "Kebijakan internal, SOP, dan audit", "35.78", 3, utc(2027, 3, 1), "selesai", 100, "Sudah, lengkap"],
        [2, "Layanan; dengan titik koma", "", null, null, null, "ditunda", 45, null],
      ]);
    }
  });

  it("reads LibreOffice's output (LF, no BOM, columns in another order) and counts lines inside quoted cells", () => {
    const text = file(
      [
        "judul,nomor,catatan,status",
        '"Rencana induk\ndengan dua baris",3,"catatan ""kutip""\nbaris dua\nbaris tiga",berjalan',
        "Keamanan Informasi,4,,belum-dimulai",
        "Interoperabilitas Data,5,,BELUM_DIMULAI",
        "Manajemen Risiko SPBE,6,,x",
      ],
      "\n",
    );
    const errors = errorsOf(parse(utf8(text)));
    // The record of task 6 starts on physical line 8: the header, 4 lines for task 3, then 4 and 5.
    expect(errors).toEqual([{ line: 8, column: "status", code: "invalid_status", params: { value: "x", allowed: "belum dimulai, berjalan, selesai, ditunda" } }]);

    const fixed = parse(utf8(text.replace(",x\n", ",Belum Dimulai\n")));
    expect(rowsOf(fixed).map((r) => [r.line, r.number, r.title, r.note, r.status])).toEqual([
      [2, 3, "Rencana induk\ndengan dua baris", 'catatan "kutip"\nbaris dua\nbaris tiga', "berjalan"],
      [6, 4, "Keamanan Informasi", null, "belum_dimulai"],
      [7, 5, "Interoperabilitas Data", null, "belum_dimulai"],
      [8, 6, "Manajemen Risiko SPBE", null, "belum_dimulai"],
    ]);
  });

  it("accepts CR-only line ends, CRLF inside quotes, ignores blank and delimiter-only rows, and Excel's sep= line", () => {
    const cr = parse(utf8("nomor,judul\r1,Judul pertama\r\r2,\"Judul\r\nkedua\"\r3,Judul ketiga\r,\r\r"));
    expect(rowsOf(cr).map((r) => [r.line, r.number, r.title])).toEqual([
      [2, 1, "Judul pertama"],
      [4, 2, "Judul\nkedua"],
      [6, 3, "Judul ketiga"],
    ]);
    const sep = parse(utf8(file(["sep=;", "nomor;judul", "7;Judul, dengan koma", ";;"])));
    expect(sep).toMatchObject({ ok: true, delimiter: ";", rows: [{ line: 3, number: 7, title: "Judul, dengan koma" }] });
  });

  it("chooses the delimiter that yields more known column names, comma on a tie", () => {
    // A semicolon inside the comma-separated header does not fool it.
    expect(parseLines(["nomor,judul,catatan", "1,Judul satu,a;b"])).toMatchObject({ ok: true, delimiter: ",", rows: [{ note: "a;b" }] });
    expect(parseLines(['"nomor";"judul"', '"1";"Judul satu"'])).toMatchObject({ ok: true, delimiter: ";", rows: [{ number: 1 }] });
  });
});

describe("parseTaskCsv: encodings and file-level problems", () => {
  it("rejects Windows-1252 ('CSV (Comma delimited)' in Excel) with the line of the first bad byte", () => {
    const bytes = new Uint8Array([...Buffer.from("nomor,judul\r\n1,Judul pertama\r\n2,Kajian Caf", "latin1"), 0xe9, ...Buffer.from("\r\n", "latin1")]);
    expect(parse(bytes)).toEqual({ ok: false, errors: [{ line: 3, code: "encoding", params: { detected: "not-utf-8" } }] });
  });

  it("rejects UTF-16 ('Unicode Text' in Excel), with or without BOM, and workbooks", () => {
    const text = "nomor\tjudul\r\n1\tJudul pertama\r\n";
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    expect(parse(le)).toEqual({ ok: false, errors: [{ line: 0, code: "encoding", params: { detected: "utf-16le" } }] });
    const be = Buffer.from(text, "utf16le").swap16();
    expect(parse(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ ok: false, errors: [{ code: "encoding", params: { detected: "utf-16be" } }] });
    expect(parse(new Uint8Array(Buffer.from(text, "utf16le")))).toMatchObject({ ok: false, errors: [{ code: "encoding", params: { detected: "binary" } }] });
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(parse(xlsx)).toMatchObject({ ok: false, errors: [{ line: 0, code: "encoding", params: { detected: "xlsx" } }] });
  });

  it("refuses a file over 1 MB before reading it, and accepts one of exactly 1 MB", () => {
    const big = new Uint8Array(1_048_577).fill(0xff); // would be an encoding error if it were read
    expect(parse(big)).toEqual({ ok: false, errors: [{ line: 0, code: "file_too_large", params: { size: 1_048_577, max: 1_048_576 } }] });

    const head = "nomor,judul,deskripsi\r\n1,Judul pertama,";
    const exact = utf8(head + "x".repeat(1_048_576 - head.length));
    expect(exact.length).toBe(1_048_576);
    expect(errorsOf(parse(exact))).toEqual([{ line: 2, column: "deskripsi", code: "too_long", params: { max: 2000, length: 1_048_576 - head.length } }]);
  });

  it("reports an empty file, a header without rows, and an unclosed quote", () => {
    expect(parse(new Uint8Array())).toEqual({ ok: false, errors: [{ line: 0, code: "empty" }] });
    expect(parse(utf8("\r\n\r\n", true))).toEqual({ ok: false, errors: [{ line: 0, code: "empty" }] });
    expect(parse(utf8(file([HEADER, ",,,,,,,,,,"]), true))).toEqual({ ok: false, errors: [{ line: 1, code: "empty" }] });
    expect(errorsOf(parseLines(["nomor,judul", "1,Judul pertama", '2,"Judul tanpa penutup', "3,Judul ketiga"]))).toEqual([{ line: 3, code: "unclosed_quote" }]);
  });

  it("reports unknown, missing and duplicate columns together", () => {
    const errors = errorsOf(parseLines(["Nomor , Judul Tugas,status,Status,", "1,Judul pertama,berjalan,berjalan,"]));
    expect(errors).toEqual([
      { line: 1, column: "Judul Tugas", code: "unknown_column", params: { allowed: TASK_CSV_COLUMNS.join(", ") } },
      { line: 1, column: "status", code: "duplicate_column" },
      { line: 1, column: "judul", code: "missing_column" },
    ]);
  });

  it("ignores an empty trailing header column unless a row puts something in it", () => {
    expect(parseLines(["nomor;judul;", "1;Judul pertama;"])).toMatchObject({ ok: true, rows: [{ number: 1 }] });
    expect(errorsOf(parseLines(["nomor;judul;", "1;Judul pertama;lupa"]))).toEqual([{ line: 2, code: "unnamed_column", params: { position: 3 } }]);
  });

  it("reports a row with the wrong number of fields with expected and actual", () => {
    const errors = errorsOf(parseLines(["nomor,judul,catatan", "1,Judul pertama,ok", "2,Judul, dengan koma tanpa kutip,x", "3,Judul ketiga"]));
    expect(errors).toEqual([
      { line: 3, code: "field_count", params: { expected: 3, actual: 4 } },
      { line: 4, code: "field_count", params: { expected: 3, actual: 2 } },
    ]);
  });
});

describe("parseTaskCsv: fields", () => {
  it("reports one bad progres with its exact line and column", () => {
    const lines = [HEADER];
    for (let n = 1; n <= 9; n++) lines.push(`${n},Tugas nomor ${n},,,,,,,berjalan,${n === 6 ? "empat puluh" : n * 10},`);
    expect(parseLines(lines)).toEqual({ ok: false, errors: [{ line: 7, column: "progres", code: "invalid_progress", params: { value: "empat puluh" } }] });
  });

  it("reports every problem in a file, in line order, and nothing half valid", () => {
    const errors = errorsOf(
      parseLines([
        HEADER,
        "0,Abc,,,,,,,,,",
        `2,${"x".repeat(201)},,,99.99,,pokja-lain,2017-12-31,,101,`,
        "3,Judul yang benar,,,35.78,Unit Pusat,,31/02/2026,selesai,50,",
        "Tugas 4,Judul yang benar,,,,,,2026/01/01,mulai,-1,",
        "5,Judul yang benar,,,,,,,,,",
      ]),
    );
    expect(errors).toEqual([
      { line: 2, column: "nomor", code: "invalid_number", params: { value: "0" } },
      { line: 2, column: "judul", code: "too_short", params: { min: 5, length: 3 } },
      { line: 3, column: "judul", code: "too_long", params: { max: 200, length: 201 } },
      { line: 3, column: "instansi_kode", code: "unknown_agency", params: { value: "99.99" } },
      { line: 3, column: "pokja", code: "unknown_pokja", params: { value: "pokja-lain" } },
      { line: 3, column: "target", code: "date_out_of_range", params: { value: "2017-12-31", min: 2018, max: 2100 } },
      { line: 3, column: "progres", code: "progress_out_of_range", params: { value: "101", min: 0, max: 100 } },
      { line: 4, code: "agency_and_unit" },
      { line: 4, column: "target", code: "impossible_date", params: { value: "31/02/2026" } },
      { line: 4, column: "progres", code: "done_needs_100", params: { value: 50 } },
      { line: 5, column: "target", code: "invalid_date", params: { value: "2026/01/01" } },
      { line: 5, column: "status", code: "invalid_status", params: { value: "mulai", allowed: "belum dimulai, berjalan, selesai, ditunda" } },
      { line: 5, column: "progres", code: "progress_out_of_range", params: { value: "-1", min: 0, max: 100 } },
    ]);
  });

  it("reports a duplicate number with the line it was first seen on", () => {
    const errors = errorsOf(parseLines(["nomor,judul", "7,Judul pertama", "8,Judul kedua", "Tugas 7,Judul ketiga", "007,Judul keempat"]));
    expect(errors).toEqual([
      { line: 4, column: "nomor", code: "duplicate_number", params: { value: 7, first: 2 } },
      { line: 5, column: "nomor", code: "duplicate_number", params: { value: 7, first: 2 } },
    ]);
  });

  it("requires nomor and judul in every row, and rejects numbers that are not positive integers", () => {
    expect(errorsOf(parseLines(["nomor,judul", ",Judul pertama", "2,", "1.5,Judul", "abc,Judul benar", "99999999999,Judul benar"]))).toEqual([
      { line: 2, column: "nomor", code: "required" },
      { line: 3, column: "judul", code: "required" },
      { line: 4, column: "nomor", code: "invalid_number", params: { value: "1.5" } },
      { line: 5, column: "nomor", code: "invalid_number", params: { value: "abc" } },
      { line: 6, column: "nomor", code: "invalid_number", params: { value: "99999999999" } },
    ]);
  });

  it("reads status variants case-insensitively with spaces, underscores and hyphens", () => {
    const variants = ["Belum Dimulai", "belum-dimulai", "BELUM_DIMULAI", "belum  dimulai", "Berjalan", "SELESAI", "Ditunda", ""];
    const lines = ["nomor;judul;status", ...variants.map((s, i) => `${i + 1};Judul nomor ${i + 1};${s}`)];
    expect(rowsOf(parseLines(lines)).map((r) => r.status)).toEqual([
      "belum_dimulai",
      "belum_dimulai",
      "belum_dimulai",
      "belum_dimulai",
      "berjalan",
      "selesai",
      "ditunda",
      "belum_dimulai",
    ]);
  });

  it("reads progres as 45, 45%, 45 %, 45,0 and defaults it by status", () => {
    const lines = ["nomor;judul;status;progres", "1;Judul satu;;45", "2;Judul dua;;45%", "3;Judul tiga;;45 %", "4;Judul empat;;45,0", "5;Judul lima;;", "6;Judul enam;selesai;", "7;Judul tujuh;selesai;100%"];
    expect(rowsOf(parseLines(lines)).map((r) => r.progress)).toEqual([45, 45, 45, 45, 0, 100, 100]);
    expect(errorsOf(parseLines(["nomor;judul;status;progres", "1;Judul satu;selesai;50", "2;Judul dua;;45,5"]))).toEqual([
      { line: 2, column: "progres", code: "done_needs_100", params: { value: 50 } },
      { line: 3, column: "progres", code: "invalid_progress", params: { value: "45,5" } },
    ]);
  });

  it("matches agency codes exactly or case-insensitively to the registry's spelling; refuses both agency and unit", () => {
    const rows = rowsOf(parseLines(["nomor,instansi_kode,judul", "1,kominfo-laip,Judul satu", "2,35.78,Judul dua"]));
    expect(rows.map((r) => r.agencyCode)).toEqual(["KOMINFO-LAIP", "35.78"]);
    expect(errorsOf(parseLines(["nomor,instansi_kode,judul,unit_pelaksana", "1,35.78,Judul satu,Sekretariat Kabinet", "2,35.7,Judul dua,"]))).toEqual([
      { line: 2, code: "agency_and_unit" },
      { line: 3, column: "instansi_kode", code: "unknown_agency", params: { value: "35.7" } },
    ]);
  });

  it("finds pokja by slug or by name, case-insensitively", () => {
    const rows = rowsOf(parseLines(["nomor,judul,pokja", "1,Judul satu,KEBIJAKAN", "2,Judul dua,infrastruktur dan  aplikasi", "3,Judul tiga,Data-Informasi", "4,Judul empat,"]));
    expect(rows.map((r) => r.pokjaId)).toEqual([1, 2, 3, null]);
    const twins = { ...known, pokja: [...known.pokja, { id: 9, slug: "kebijakan-2", name: "kebijakan  daerah" }, { id: 10, slug: "kebijakan-3", name: "Kebijakan Daerah" }] };
    expect(parseTaskCsv(utf8(file(["nomor,judul,pokja", "1,Judul satu,Kebijakan Daerah", "2,Judul dua,kebijakan-3"])), twins)).toEqual({
      ok: false,
      errors: [{ line: 2, column: "pokja", code: "ambiguous_pokja", params: { value: "Kebijakan Daerah" } }],
    });
  });

  it("reads dates in the three formats as UTC midnight and refuses impossible ones", () => {
    const rows = rowsOf(parseLines(["nomor,judul,target", "1,Judul satu,2026-12-31", "2,Judul dua,31/12/2026", "3,Judul tiga,31-12-2026", "4,Judul empat,1/3/2028", "5,Judul lima,29/02/2028"]));
    expect(rows.map((r) => r.targetDate?.toISOString())).toEqual([
      "2026-12-31T00:00:00.000Z",
      "2026-12-31T00:00:00.000Z",
      "2026-12-31T00:00:00.000Z",
      "2028-03-01T00:00:00.000Z",
      "2028-02-29T00:00:00.000Z",
    ]);
    expect(errorsOf(parseLines(["nomor,judul,target", "1,Judul satu,31/02/2026", "2,Judul dua,29/02/2027", "3,Judul tiga,12/31/2026", "4,Judul empat,31/12/26", "5,Judul lima,01/01/2101"]))).toEqual([
      { line: 2, column: "target", code: "impossible_date", params: { value: "31/02/2026" } },
      { line: 3, column: "target", code: "impossible_date", params: { value: "29/02/2027" } },
      { line: 4, column: "target", code: "impossible_date", params: { value: "12/31/2026" } },
      { line: 5, column: "target", code: "invalid_date", params: { value: "31/12/26" } },
      { line: 6, column: "target", code: "date_out_of_range", params: { value: "01/01/2101", min: 2018, max: 2100 } },
    ]);
  });

  it("checks the length limits in characters, not bytes", () => {
    const ok = parseLines([`nomor,judul,dasar_hukum,catatan`, `1,${"é".repeat(200)},${"ü".repeat(200)},${"x".repeat(1000)}`]);
    expect(rowsOf(ok)[0]!.title).toHaveLength(200);
    expect(errorsOf(parseLines([`nomor,judul,dasar_hukum,catatan,unit_pelaksana`, `1,Judul satu,${"ü".repeat(201)},${"x".repeat(1001)},${"u".repeat(201)}`]))).toEqual([
      { line: 2, column: "dasar_hukum", code: "too_long", params: { max: 200, length: 201 } },
      { line: 2, column: "unit_pelaksana", code: "too_long", params: { max: 200, length: 201 } },
      { line: 2, column: "catatan", code: "too_long", params: { max: 1000, length: 1001 } },
    ]);
  });

  it("cuts long values quoted back in errors to 100 characters", () => {
    const errors = errorsOf(parseLines([`nomor,judul,${"k".repeat(300)}`, `${"9".repeat(150)}x,Judul satu,`]));
    expect(errors).toEqual([
      { line: 1, column: `${"k".repeat(99)}…`, code: "unknown_column", params: { allowed: TASK_CSV_COLUMNS.join(", ") } },
      { line: 2, column: "nomor", code: "invalid_number", params: { value: `${"9".repeat(99)}…` } },
    ]);
  });

  it("stops the list at 100 errors and says how many more there were", () => {
    const lines = ["nomor,judul"];
    for (let n = 1; n <= 150; n++) lines.push(`${n},x`);
    const errors = errorsOf(parseLines(lines));
    expect(errors).toHaveLength(101);
    expect(errors[99]).toEqual({ line: 101, column: "judul", code: "too_short", params: { min: 5, length: 1 } });
    expect(errors[100]).toEqual({ line: 0, code: "too_many_errors", params: { count: 50, total: 150 } });
  });
});

describe("task exports", () => {
  const base: TaskExportRow = {
    number: 12,
    title: "Penyusunan Arsitektur SPBE Nasional",
    description: "- menyusun arsitektur\n- peta rencana, standar; dan \"kebijakan\"",
    legalBasis: "Perpres 95/2018 Pasal 6-12",
    agencyCode: "KOMINFO-LAIP",
    agencyName: "Kementerian Komunikasi dan Digital",
    responsibleUnit: null,
    pokjaName: "Kebijakan",
    targetDate: utc(2026, 12, 31),
    status: "belum_dimulai",
    progress: 0,
    overdue: true,
    note: "=HYPERLINK(\"http://contoh\")",
    updatedAt: new Date("2026-03-04T18:30:00Z"), // 5 March 01.30 WIB
    updatedBy: "Budi Santoso",
    scope: "national",
    scopeCodes: [],
    agenciesDone: null,
    agenciesTotal: null,
  };
  const rows: TaskExportRow[] = [
    base,
    { ...base, number: 13, title: "Pusat Data Nasional", description: "", legalBasis: "", agencyCode: null, agencyName: null, responsibleUnit: "Badan Siber dan Sandi Negara", pokjaName: "Infrastruktur dan Aplikasi", targetDate: null, status: "selesai", progress: 100, overdue: false, note: null, updatedAt: null, updatedBy: null },
    { ...base, number: 14, title: "+Tugas dengan tanda plus", agencyCode: "35.78", agencyName: "Kota Mojokerto", pokjaName: null, targetDate: utc(2027, 1, 5), status: "ditunda", progress: 45, note: "@rapat berikutnya" },
    { ...base, number: 15, title: "Arsitektur SPBE daerah", agencyCode: null, agencyName: null, scope: "all", agenciesDone: 312, agenciesTotal: 552 },
    { ...base, number: 16, title: "Peta Rencana SPBE terpilih", agencyCode: null, agencyName: null, scope: "list", scopeCodes: ["31", "35.78"], agenciesDone: 1, agenciesTotal: 2 },
  ];

  it("writes the people's CSV with Indonesian headings, DD/MM/YYYY dates in WIB and words", () => {
    const text = tasksToCsv(rows, "Asia/Jakarta").toString("utf8");
    expect(text.startsWith("\uFEFFNo,Judul,Deskripsi,Dasar Hukum,Kode Instansi,Instansi Penanggung Jawab,Unit Pelaksana,Pokja,Target,Status,Progres (%),Terlambat,Catatan Terakhir,Diperbarui,Diperbarui Oleh,Berlaku Untuk,Instansi Selesai,Instansi Berlaku\r\n")).toBe(true);
    expect(text).toContain(',Kebijakan,31/12/2026,belum dimulai,0,Ya,"\'=HYPERLINK(""http://contoh"")",05/03/2026,Budi Santoso,nasional,,\r\n');
    expect(text).toContain("13,Pusat Data Nasional,,,,,Badan Siber dan Sandi Negara,Infrastruktur dan Aplikasi,,selesai,100,Tidak,,,,nasional,,\r\n");
    expect(text).toContain(",05/01/2027,ditunda,45,");
    // A task that applies to agencies: its scope and the derived figure.
    expect(text).toContain(",Budi Santoso,semua,312,552\r\n");
    expect(text).toContain(',Budi Santoso,"daftar: 31; 35.78",1,2\r\n');
  });

  it("round-trips through the import format, formula guards and all", () => {
    const bytes = tasksToImportCsv(rows);
    const text = bytes.toString("utf8");
    expect(text.startsWith(`\uFEFF${TASK_CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    const result = parseTaskCsv(new Uint8Array(bytes), known);
    expect(rowsOf(result).map(({ line: _line, scope: _scope, ...row }) => row)).toEqual([
      { number: 12, title: base.title, description: base.description, legalBasis: base.legalBasis, agencyCode: "KOMINFO-LAIP", responsibleUnit: null, pokjaId: 1, targetDate: utc(2026, 12, 31), status: "belum_dimulai", progress: 0, note: base.note },
      { number: 13, title: "Pusat Data Nasional", description: "", legalBasis: "", agencyCode: null, responsibleUnit: "Badan Siber dan Sandi Negara", pokjaId: 2, targetDate: null, status: "selesai", progress: 100, note: null },
      { number: 14, title: "+Tugas dengan tanda plus", description: base.description, legalBasis: base.legalBasis, agencyCode: "35.78", responsibleUnit: null, pokjaId: null, targetDate: utc(2027, 1, 5), status: "ditunda", progress: 45, note: "@rapat berikutnya" },
      { number: 15, title: "Arsitektur SPBE daerah", description: base.description, legalBasis: base.legalBasis, agencyCode: null, responsibleUnit: null, pokjaId: 1, targetDate: utc(2026, 12, 31), status: "belum_dimulai", progress: 0, note: base.note },
      { number: 16, title: "Peta Rencana SPBE terpilih", description: base.description, legalBasis: base.legalBasis, agencyCode: null, responsibleUnit: null, pokjaId: 1, targetDate: utc(2026, 12, 31), status: "belum_dimulai", progress: 0, note: base.note },
    ]);
    expect(rowsOf(result).map((r) => r.scope)).toEqual([
      { scope: "national", agencyCodes: [] },
      { scope: "national", agencyCodes: [] },
      { scope: "national", agencyCodes: [] },
      { scope: "all", agencyCodes: [] },
      { scope: "list", agencyCodes: ["31", "35.78"] },
    ]);
    expect(result).toMatchObject({ delimiter: "," });
  });

  it("reads back what Excel in the Indonesian locale saves after editing the import export", () => {
    // Excel re-saves with semicolons, keeps the guard apostrophe as typed text, drops the leading
    // zero-padding of dates it recognised, and quotes only where needed.
    const resaved = file([
      TASK_CSV_COLUMNS.join(";"),
      '12;Penyusunan Arsitektur SPBE Nasional;"\'- menyusun arsitektur\n- peta rencana, standar; dan ""kebijakan""";Perpres 95/2018 Pasal 6-12;KOMINFO-LAIP;;Kebijakan;31/12/2026;berjalan;60;\'=HYPERLINK("http://contoh");',
      "14;'+Tugas dengan tanda plus;;;35.78;;;5/1/2027;ditunda;45;'@rapat berikutnya;Kab/Kota",
    ]);
    const result = parseTaskCsv(utf8(resaved, true), known);
    expect(result).toMatchObject({ ok: true, delimiter: ";" });
    expect(rowsOf(result).map((r) => [r.number, r.title, r.description, r.targetDate, r.status, r.progress, r.note])).toEqual([
      [12, base.title, base.description, utc(2026, 12, 31), "berjalan", 60, base.note],
      [14, "+Tugas dengan tanda plus", "", utc(2027, 1, 5), "ditunda", 45, "@rapat berikutnya"],
    ]);
    expect(rowsOf(result).map((r) => r.scope?.scope)).toEqual(["national", "regencies"]);
  });
});

describe("berlaku_untuk in the import file", () => {
  it("reads old files without the column (no scope: new tasks are national, existing ones keep theirs)", () => {
    const rows = rowsOf(parseLines(["nomor,judul", "1,Tugas lama tanpa kolom"]));
    expect(rows[0]!.scope).toBeUndefined();
  });

  it("reads words and lists, and refuses unknown words and agencies with line and column", () => {
    const result = parseLines([
      "nomor,judul,berlaku_untuk",
      "1,Tugas untuk semua instansi,Semua",
      "2,Tugas untuk provinsi,provinsi",
      '3,Tugas untuk daftar,"daftar: 35.78; 31"',
      "4,Tugas nasional,",
    ]);
    expect(rowsOf(result).map((r) => r.scope)).toEqual([
      { scope: "all", agencyCodes: [] },
      { scope: "provinces", agencyCodes: [] },
      { scope: "list", agencyCodes: ["35.78", "31"] },
      { scope: "national", agencyCodes: [] },
    ]);
    const errors = errorsOf(parseLines(["nomor,judul,berlaku_untuk", "1,Tugas untuk siapa,sebagian", '2,Tugas untuk daftar,"daftar: 35.78; 99.99; 98"', "3,Tugas kosong,daftar:"]));
    expect(errors).toEqual([
      { line: 2, column: "berlaku_untuk", code: "invalid_scope", params: { value: "sebagian" } },
      { line: 3, column: "berlaku_untuk", code: "unknown_scope_agency", params: { value: "99.99, 98" } },
      { line: 4, column: "berlaku_untuk", code: "empty_scope_list" },
    ]);
  });
});
