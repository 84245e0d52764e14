// The CSV file with which admins load the official list of SPBE tasks, and the exports.
// Everything here is pure: bytes in, rows or error codes out (the bot words the codes).
import { toCsv } from "../shared/csv.js";

export const TASK_STATUSES = ["belum_dimulai", "berjalan", "selesai", "ditunda"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TaskImportRow {
  number: number;
  title: string;
  description: string;
  legalBasis: string;
  agencyCode: string | null;
  responsibleUnit: string | null;
  pokjaId: number | null;
  /** UTC midnight of the date. */
  targetDate: Date | null;
  status: TaskStatus;
  progress: number;
  note: string | null;
  /** Physical line of the file where the record starts (header = 1). */
  line: number;
}

export interface TaskCsvError {
  /** 1-based physical line where the record starts; 0 for the file as a whole. */
  line: number;
  column?: string;
  code: string;
  params?: Record<string, string | number>;
}

/** Every code `parseTaskCsv` reports; see the params of each in the module's report to the bot. */
export const TASK_CSV_ERROR_CODES = [
  "file_too_large",
  "encoding",
  "empty",
  "unclosed_quote",
  "unknown_column",
  "missing_column",
  "duplicate_column",
  "unnamed_column",
  "field_count",
  "required",
  "invalid_number",
  "duplicate_number",
  "too_short",
  "too_long",
  "unknown_agency",
  "agency_and_unit",
  "unknown_pokja",
  "ambiguous_pokja",
  "invalid_date",
  "impossible_date",
  "date_out_of_range",
  "invalid_status",
  "invalid_progress",
  "progress_out_of_range",
  "done_needs_100",
  "too_many_errors",
] as const;
export type TaskCsvErrorCode = (typeof TASK_CSV_ERROR_CODES)[number];

/** An error as built here: the code checked against the list above. */
type Problem = TaskCsvError & { code: TaskCsvErrorCode };

export type TaskCsvResult = { ok: true; rows: TaskImportRow[]; delimiter: "," | ";" } | { ok: false; errors: TaskCsvError[] };

export interface KnownTaskReferences {
  agencyCodes: ReadonlySet<string>;
  pokja: readonly { id: number; slug: string; name: string }[];
}

/** The import columns, in the documented order. */
export const TASK_CSV_COLUMNS: readonly string[] = [
  "nomor",
  "judul",
  "deskripsi",
  "dasar_hukum",
  "instansi_kode",
  "unit_pelaksana",
  "pokja",
  "target",
  "status",
  "progres",
  "catatan",
];
const REQUIRED_COLUMNS = ["nomor", "judul"];

export const TASK_CSV_MAX_BYTES = 1_048_576;
export const TASK_CSV_MAX_ERRORS = 100;
const LIMITS = { titleMin: 5, title: 200, description: 2000, legalBasis: 200, unit: 200, note: 1000 };
const YEAR_MIN = 2018;
const YEAR_MAX = 2100;
const NUMBER_MAX = 2_147_483_647; // the database's Int

const STATUS_WORDS: Record<TaskStatus, string> = {
  belum_dimulai: "belum dimulai",
  berjalan: "berjalan",
  selesai: "selesai",
  ditunda: "ditunda",
};
const STATUS_LIST = TASK_STATUSES.map((s) => STATUS_WORDS[s]).join(", ");

// ---------------------------------------------------------------------------------------------
// Bytes -> text

type Decoded = { ok: true; text: string } | { ok: false; error: Problem };

const LINE_BREAK = /\r\n|\r|\n/g;

function decode(bytes: Uint8Array): Decoded {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  const refuse = (detected: string, line = 0): Decoded => ({ ok: false, error: { line, code: "encoding", params: { detected } } });
  if (starts(0xff, 0xfe)) return refuse("utf-16le");
  if (starts(0xfe, 0xff)) return refuse("utf-16be");
  // Workbooks uploaded instead of a CSV: .xlsx is a zip, .xls an OLE compound file.
  if (starts(0x50, 0x4b, 0x03, 0x04)) return refuse("xlsx");
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return refuse("xls");
  // Valid UTF-8 but never text: UTF-16 without a byte-order mark, or another binary file.
  if (bytes.includes(0)) return refuse("binary");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Usually Windows-1252 ("CSV (Comma delimited)" in Excel instead of "CSV UTF-8"): say where.
    const lossy = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const bad = lossy.indexOf("\uFFFD");
    const line = bad < 0 ? 0 : 1 + (lossy.slice(0, bad).match(LINE_BREAK)?.length ?? 0);
    return refuse("not-utf-8", line);
  }
  return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}

// ---------------------------------------------------------------------------------------------
// Text -> records

interface RawRecord {
  line: number;
  fields: string[];
}

/** RFC 4180 with "" escapes and line breaks inside quotes; CRLF, LF and CR each end one line. */
function splitRecords(text: string, delimiter: string, firstLine: number): { records: RawRecord[]; unclosedQuoteLine: number | null } {
  const records: RawRecord[] = [];
  const plain = delimiter === ";" ? /[;\r\n]/g : /[,\r\n]/g; // the end of an unquoted stretch
  const breaks = (chunk: string) => chunk.match(LINE_BREAK)?.length ?? 0;
  let fields: string[] = [];
  let line = firstLine;
  let recordLine = firstLine;
  let i = 0;
  for (;;) {
    // One field starts at i.
    let field = "";
    if (text[i] === '"') {
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return { records, unclosedQuoteLine: recordLine };
        field += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      line += breaks(field);
    }
    // Unquoted text, or whatever follows a closing quote, is kept as it is up to the delimiter or line end.
    plain.lastIndex = i;
    const end = plain.exec(text);
    const stop = end ? end.index : text.length;
    field += text.slice(i, stop);
    fields.push(field);
    if (!end) {
      if (fields.length > 1 || field !== "" || text[text.length - 1] === '"') records.push({ line: recordLine, fields });
      return { records, unclosedQuoteLine: null };
    }
    i = stop + 1;
    if (end[0] !== delimiter) {
      if (end[0] === "\r" && text[i] === "\n") i++;
      records.push({ line: recordLine, fields });
      fields = [];
      line++;
      recordLine = line;
      if (i >= text.length) return { records, unclosedQuoteLine: null };
    }
  }
}

const headerName = (raw: string) => raw.trim().replace(/^"(.*)"$/s, "$1").trim().toLowerCase();

/** Whichever of "," and ";" splits the header line into more known column names; "," on a tie. */
function detectDelimiter(headerLine: string): "," | ";" {
  const known = (d: string) => headerLine.split(d).filter((name) => TASK_CSV_COLUMNS.includes(headerName(name))).length;
  return known(";") > known(",") ? ";" : ",";
}

// ---------------------------------------------------------------------------------------------
// Values

/** Spreadsheet text: one kind of line break, no surrounding space, and the apostrophe that
 * `toCsv` puts before formula-like text (see src/shared/csv.ts) taken off again. */
function cleanValue(raw: string): string {
  let value = raw.replace(/\r\n?/g, "\n").trim();
  if (/^'[=+\-@\t\n]/.test(value)) value = value.slice(1).trim();
  return value;
}

const length = (text: string) => [...text].length;

/** Values quoted back in errors are cut to a length a chat message can carry. */
export const TASK_CSV_QUOTE_MAX = 100;
const clip = (text: string) => (length(text) > TASK_CSV_QUOTE_MAX ? `${[...text].slice(0, TASK_CSV_QUOTE_MAX - 1).join("")}…` : text);

function parseDate(value: string): { date: Date } | { code: TaskCsvErrorCode; params: Record<string, string | number> } {
  let year: number;
  let month: number;
  let day: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/.exec(value))) {
    [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  } else {
    return { code: "invalid_date", params: { value } };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { code: "impossible_date", params: { value } };
  }
  if (year < YEAR_MIN || year > YEAR_MAX) return { code: "date_out_of_range", params: { value, min: YEAR_MIN, max: YEAR_MAX } };
  return { date };
}

function parseStatus(value: string): TaskStatus | null {
  const key = value.toLowerCase().replace(/[\s_-]+/g, "_");
  return (TASK_STATUSES as readonly string[]).includes(key) ? (key as TaskStatus) : null;
}

/** "45", "45%", "45 %", "45,0", "45.00"; null when not a whole number. */
function parseProgress(value: string): number | null {
  const m = /^(-?\d{1,6})(?:[.,]0+)?\s*%?$/.exec(value);
  return m ? Number(m[1]) : null;
}

// ---------------------------------------------------------------------------------------------
// The file

export function parseTaskCsv(bytes: Uint8Array, known: KnownTaskReferences): TaskCsvResult {
  if (bytes.length > TASK_CSV_MAX_BYTES) {
    const tooLarge: Problem = { line: 0, code: "file_too_large", params: { size: bytes.length, max: TASK_CSV_MAX_BYTES } };
    return { ok: false, errors: [tooLarge] };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  let text = decoded.text;

  // Leading blank lines, then an optional Excel "sep=;" line, then the header.
  let firstLine = 1;
  const skipLine = () => {
    const m = /\r\n|\r|\n/.exec(text);
    text = m ? text.slice(m.index + m[0].length) : "";
    firstLine++;
  };
  const firstPhysicalLine = () => text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  while (text !== "" && /^[\s,;]*$/.test(firstPhysicalLine())) skipLine();
  if (text === "") return { ok: false, errors: [{ line: 0, code: "empty" } satisfies Problem] };
  let delimiter: "," | ";";
  const sep = /^sep=([,;])\s*$/i.exec(firstPhysicalLine());
  if (sep) {
    delimiter = sep[1] as "," | ";";
    skipLine();
  } else {
    delimiter = detectDelimiter(firstPhysicalLine());
  }

  const { records, unclosedQuoteLine } = splitRecords(text, delimiter, firstLine);
  const errors: Problem[] = [];
  const empty: Problem = { line: 0, code: "empty" };
  if (unclosedQuoteLine !== null) errors.push({ line: unclosedQuoteLine, code: "unclosed_quote" });

  const blank = (record: RawRecord) => record.fields.every((f) => f.trim() === "");
  const [header, ...rest] = records.filter((record) => !blank(record));
  if (!header) return { ok: false, errors: errors.length > 0 ? errors : [empty] };

  // Header: column name -> field index.
  const columnIndex = new Map<string, number>();
  const unnamed: number[] = [];
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (name === "") {
      unnamed.push(index);
    } else if (!TASK_CSV_COLUMNS.includes(name)) {
      errors.push({ line: header.line, column: clip(raw.trim()), code: "unknown_column", params: { allowed: TASK_CSV_COLUMNS.join(", ") } });
    } else if (columnIndex.has(name)) {
      errors.push({ line: header.line, column: name, code: "duplicate_column" });
    } else {
      columnIndex.set(name, index);
    }
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!columnIndex.has(name)) errors.push({ line: header.line, column: name, code: "missing_column" });
  }
  if (rest.length === 0) errors.push({ line: header.line, code: "empty" });

  const agencyByLowerCode = new Map<string, string>();
  for (const code of known.agencyCodes) agencyByLowerCode.set(code.toLowerCase(), code);
  const pokjaKey = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

  const rows: TaskImportRow[] = [];
  const firstLineOfNumber = new Map<number, number>();
  for (const record of rest) {
    const { line, fields } = record;
    if (fields.length !== header.fields.length) {
      errors.push({ line, code: "field_count", params: { expected: header.fields.length, actual: fields.length } });
      continue;
    }
    const rowErrorsBefore = errors.length;
    const fail = (column: string | undefined, code: TaskCsvErrorCode, params?: Record<string, string | number>) => {
      const error: Problem = { line, code };
      if (column !== undefined) error.column = column;
      if (params !== undefined) {
        error.params = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === "string" && key !== "allowed" ? clip(value) : value]));
      }
      errors.push(error);
    };
    for (const index of unnamed) {
      if (fields[index]!.trim() !== "") fail(undefined, "unnamed_column", { position: index + 1 });
    }
    const get = (column: string) => {
      const index = columnIndex.get(column);
      return index === undefined ? "" : cleanValue(fields[index] ?? "");
    };
    const text = (column: string, max: number) => {
      const value = get(column);
      if (length(value) > max) fail(column, "too_long", { max, length: length(value) });
      return value;
    };

    // nomor
    let number = 0;
    const numberText = get("nomor");
    const numberMatch = /^(?:tugas\s*)?(\d+)$/i.exec(numberText);
    if (numberText === "") {
      if (columnIndex.has("nomor")) fail("nomor", "required");
    } else if (!numberMatch || Number(numberMatch[1]) < 1 || Number(numberMatch[1]) > NUMBER_MAX) {
      fail("nomor", "invalid_number", { value: numberText });
    } else {
      number = Number(numberMatch[1]);
      const first = firstLineOfNumber.get(number);
      if (first !== undefined) fail("nomor", "duplicate_number", { value: number, first });
      else firstLineOfNumber.set(number, line);
    }

    // judul
    const title = get("judul");
    if (title === "") {
      if (columnIndex.has("judul")) fail("judul", "required");
    } else if (length(title) < LIMITS.titleMin) {
      fail("judul", "too_short", { min: LIMITS.titleMin, length: length(title) });
    } else if (length(title) > LIMITS.title) {
      fail("judul", "too_long", { max: LIMITS.title, length: length(title) });
    }

    const description = text("deskripsi", LIMITS.description);
    const legalBasis = text("dasar_hukum", LIMITS.legalBasis);

    // instansi_kode / unit_pelaksana
    const agencyText = get("instansi_kode");
    let agencyCode: string | null = null;
    if (agencyText !== "") {
      agencyCode = known.agencyCodes.has(agencyText) ? agencyText : (agencyByLowerCode.get(agencyText.toLowerCase()) ?? null);
      if (agencyCode === null) fail("instansi_kode", "unknown_agency", { value: agencyText });
    }
    const unit = text("unit_pelaksana", LIMITS.unit);
    if (agencyText !== "" && unit !== "") fail(undefined, "agency_and_unit");

    // pokja
    const pokjaText = get("pokja");
    let pokjaId: number | null = null;
    if (pokjaText !== "") {
      const key = pokjaKey(pokjaText);
      const bySlug = known.pokja.find((p) => p.slug.toLowerCase() === key);
      const byName = new Set(known.pokja.filter((p) => pokjaKey(p.name) === key).map((p) => p.id));
      if (bySlug) pokjaId = bySlug.id;
      else if (byName.size === 1) pokjaId = [...byName][0]!;
      else if (byName.size > 1) fail("pokja", "ambiguous_pokja", { value: pokjaText });
      else fail("pokja", "unknown_pokja", { value: pokjaText });
    }

    // target
    const targetText = get("target");
    let targetDate: Date | null = null;
    if (targetText !== "") {
      const parsed = parseDate(targetText);
      if ("date" in parsed) targetDate = parsed.date;
      else fail("target", parsed.code, parsed.params);
    }

    // status
    const statusText = get("status");
    let status: TaskStatus = "belum_dimulai";
    if (statusText !== "") {
      const parsed = parseStatus(statusText);
      if (parsed) status = parsed;
      else fail("status", "invalid_status", { value: statusText, allowed: STATUS_LIST });
    }

    // progres
    const progressText = get("progres");
    let progress = status === "selesai" ? 100 : 0;
    if (progressText !== "") {
      const parsed = parseProgress(progressText);
      if (parsed === null) {
        fail("progres", "invalid_progress", { value: progressText });
      } else if (parsed < 0 || parsed > 100) {
        fail("progres", "progress_out_of_range", { value: progressText, min: 0, max: 100 });
      } else {
        progress = parsed;
        if (status === "selesai" && progress < 100) fail("progres", "done_needs_100", { value: progress });
      }
    }

    const note = text("catatan", LIMITS.note);

    if (errors.length === rowErrorsBefore) {
      rows.push({
        number,
        title,
        description,
        legalBasis,
        agencyCode,
        responsibleUnit: unit === "" ? null : unit,
        pokjaId,
        targetDate,
        status,
        progress,
        note: note === "" ? null : note,
        line,
      });
    }
  }

  if (errors.length > 0) {
    const sorted = [...errors].sort((a, b) => a.line - b.line); // stable: a line's errors keep their column order
    if (sorted.length <= TASK_CSV_MAX_ERRORS) return { ok: false, errors: sorted };
    const shown = sorted.slice(0, TASK_CSV_MAX_ERRORS);
    shown.push({ line: 0, code: "too_many_errors", params: { count: sorted.length - TASK_CSV_MAX_ERRORS, total: sorted.length } });
    return { ok: false, errors: shown };
  }
  return { ok: true, rows, delimiter };
}

// ---------------------------------------------------------------------------------------------
// Exports

export interface TaskExportRow {
  number: number;
  title: string;
  description: string;
  legalBasis: string;
  agencyCode: string | null;
  agencyName: string | null;
  responsibleUnit: string | null;
  pokjaName: string | null;
  targetDate: Date | null;
  status: TaskStatus;
  progress: number;
  overdue: boolean;
  note: string | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

const JAKARTA_OFFSET_MS = 7 * 3_600_000; // Asia/Jakarta has no daylight saving

function ddmmyyyy(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
/** A target date is a calendar date stored as UTC midnight: its own UTC parts are the date. */
const calendarDate = (date: Date | null) => (date ? ddmmyyyy(date) : "");
/** An instant, as its date in Asia/Jakarta. */
const jakartaDate = (date: Date | null) => (date ? ddmmyyyy(new Date(date.getTime() + JAKARTA_OFFSET_MS)) : "");

export const TASK_EXPORT_HEADINGS: readonly string[] = [
  "No",
  "Judul",
  "Deskripsi",
  "Dasar Hukum",
  "Kode Instansi",
  "Instansi Penanggung Jawab",
  "Unit Pelaksana",
  "Pokja",
  "Target",
  "Status",
  "Progres (%)",
  "Terlambat",
  "Catatan Terakhir",
  "Diperbarui",
  "Diperbarui Oleh",
];

/** CSV with Indonesian headings for people (not re-importable as is). */
export function tasksToCsv(rows: readonly TaskExportRow[]): Buffer {
  return toCsv(
    TASK_EXPORT_HEADINGS,
    rows.map((r) => [
      r.number,
      r.title,
      r.description,
      r.legalBasis,
      r.agencyCode,
      r.agencyName,
      r.responsibleUnit,
      r.pokjaName,
      calendarDate(r.targetDate),
      STATUS_WORDS[r.status],
      r.progress,
      r.overdue ? "Ya" : "Tidak",
      r.note,
      jakartaDate(r.updatedAt),
      r.updatedBy,
    ]),
  );
}

/**
 * A CSV in the import format from the same rows, so an admin can export, edit in Excel and import
 * again. Target as DD/MM/YYYY (what Excel in the Indonesian locale writes back), pokja by name.
 */
export function tasksToImportCsv(rows: readonly TaskExportRow[]): Buffer {
  return toCsv(
    TASK_CSV_COLUMNS,
    rows.map((r) => [
      r.number,
      r.title,
      r.description,
      r.legalBasis,
      r.agencyCode,
      r.responsibleUnit,
      r.pokjaName,
      calendarDate(r.targetDate),
      STATUS_WORDS[r.status],
      r.progress,
      r.note,
    ]),
  );
}
