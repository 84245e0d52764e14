// One validator per column of the task import file. Each reads its cell from the row, reports what
// is wrong with it (code and params, never words) and returns the value the database takes.
import { cleanUserText, cutText } from "../shared/user-text.js";
import { parseTaskScope, type ParsedScope } from "./task-scope.js";
import { TASK_CSV_QUOTE_MAX, TASK_STATUSES, STATUS_WORDS, type ErrorParams, type KnownTaskReferences, type TaskCsvErrorCode, type TaskStatus } from "./task-csv-types.js";

const LIMITS = { titleMin: 5, title: 200, description: 2000, legalBasis: 200, unit: 200, note: 1000 };
const YEAR_MIN = 2018;
const YEAR_MAX = 2100;
const NUMBER_MAX = 2_147_483_647; // the database's Int
const STATUS_LIST = TASK_STATUSES.map((s) => STATUS_WORDS[s]).join(", ");

export const length = (text: string) => [...text].length;

/** A value quoted back in an error, cut to TASK_CSV_QUOTE_MAX characters (never half an emoji). */
export const clip = (text: string) => cutText(text, TASK_CSV_QUOTE_MAX);

/** Spreadsheet text: one kind of line break, no control, bidi or zero-width characters (cells
 * become titles and notes everyone reads), no surrounding space, and the apostrophe that
 * `toCsv` puts before formula-like text (see src/shared/csv.ts) taken off again. */
export function cleanValue(raw: string): string {
  let value = cleanUserText(raw).trim();
  if (/^'[=+\-@\t\n]/.test(value)) value = value.slice(1).trim();
  return value;
}

/** One record as the validators see it. */
export interface RowReader {
  /** The cleaned cell of a column; "" when the file has no such column. */
  get(column: string): string;
  has(column: string): boolean;
  /** Reports a problem on this row (column undefined: the row as a whole). */
  fail(column: string | undefined, code: TaskCsvErrorCode, params?: ErrorParams): void;
}

/** Free text with a maximum length. */
export function readText(row: RowReader, column: string, max: number): string {
  const value = row.get(column);
  if (length(value) > max) row.fail(column, "too_long", { max, length: length(value) });
  return value;
}

/** nomor: "12" or "Tugas 12"; 0 when missing or invalid (the row is refused then). */
export function readNumber(row: RowReader): number {
  const text = row.get("nomor");
  const match = /^(?:tugas\s*)?(\d+)$/i.exec(text);
  if (text === "") {
    if (row.has("nomor")) row.fail("nomor", "required");
    return 0;
  }
  if (!match || Number(match[1]) < 1 || Number(match[1]) > NUMBER_MAX) {
    row.fail("nomor", "invalid_number", { value: text });
    return 0;
  }
  return Number(match[1]);
}

export function readTitle(row: RowReader): string {
  const title = row.get("judul");
  if (title === "") {
    if (row.has("judul")) row.fail("judul", "required");
  } else if (length(title) < LIMITS.titleMin) {
    row.fail("judul", "too_short", { min: LIMITS.titleMin, length: length(title) });
  } else if (length(title) > LIMITS.title) {
    row.fail("judul", "too_long", { max: LIMITS.title, length: length(title) });
  }
  return title;
}

export const readDescription = (row: RowReader) => readText(row, "deskripsi", LIMITS.description);
export const readLegalBasis = (row: RowReader) => readText(row, "dasar_hukum", LIMITS.legalBasis);
export const readUnit = (row: RowReader) => readText(row, "unit_pelaksana", LIMITS.unit);
export const readNote = (row: RowReader) => readText(row, "catatan", LIMITS.note);

/** The lookups of the known agencies and pokja, built once per file. */
export function createReferenceLookup(known: KnownTaskReferences) {
  const agencyByLowerCode = new Map<string, string>();
  for (const code of known.agencyCodes) agencyByLowerCode.set(code.toLowerCase(), code);
  const pokjaKey = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();
  return {
    /** instansi_kode: a known code, matched exactly or else ignoring case. */
    agency(row: RowReader): string | null {
      const text = row.get("instansi_kode");
      if (text === "") return null;
      const code = known.agencyCodes.has(text) ? text : (agencyByLowerCode.get(text.toLowerCase()) ?? null);
      if (code === null) row.fail("instansi_kode", "unknown_agency", { value: text });
      return code;
    },
    /** pokja: by slug, or by a name only one pokja has. */
    pokja(row: RowReader): number | null {
      const text = row.get("pokja");
      if (text === "") return null;
      const key = pokjaKey(text);
      const bySlug = known.pokja.find((p) => p.slug.toLowerCase() === key);
      if (bySlug) return bySlug.id;
      const byName = new Set(known.pokja.filter((p) => pokjaKey(p.name) === key).map((p) => p.id));
      if (byName.size === 1) return [...byName][0]!;
      row.fail("pokja", byName.size > 1 ? "ambiguous_pokja" : "unknown_pokja", { value: text });
      return null;
    },
  };
}

type DateResult = { date: Date } | { code: TaskCsvErrorCode; params: ErrorParams };

function parseDate(value: string): DateResult {
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

/** target: YYYY-MM-DD or DD/MM/YYYY, as UTC midnight of that calendar day. */
export function readTarget(row: RowReader): Date | null {
  const text = row.get("target");
  if (text === "") return null;
  const parsed = parseDate(text);
  if ("date" in parsed) return parsed.date;
  row.fail("target", parsed.code, parsed.params);
  return null;
}

/** status: the words in any case, with spaces, "_" or "-"; belum_dimulai when empty. */
export function readStatus(row: RowReader): TaskStatus {
  const text = row.get("status");
  if (text === "") return "belum_dimulai";
  const key = text.toLowerCase().replace(/[\s_-]+/g, "_");
  if ((TASK_STATUSES as readonly string[]).includes(key)) return key as TaskStatus;
  row.fail("status", "invalid_status", { value: text, allowed: STATUS_LIST });
  return "belum_dimulai";
}

/** progres: "45", "45%", "45 %", "45,0", "45.00", 0-100; 100 for a finished task when empty. */
export function readProgress(row: RowReader, status: TaskStatus): number {
  const fallback = status === "selesai" ? 100 : 0;
  const text = row.get("progres");
  if (text === "") return fallback;
  const m = /^(-?\d{1,6})(?:[.,]0+)?\s*%?$/.exec(text);
  if (!m) {
    row.fail("progres", "invalid_progress", { value: text });
    return fallback;
  }
  const progress = Number(m[1]);
  if (progress < 0 || progress > 100) {
    row.fail("progres", "progress_out_of_range", { value: text, min: 0, max: 100 });
    return fallback;
  }
  if (status === "selesai" && progress < 100) row.fail("progres", "done_needs_100", { value: progress });
  return progress;
}

/**
 * berlaku_untuk: nasional | semua | provinsi | kabkota | a list of agency codes (task-scope.ts);
 * undefined when the file has no such column. Unknown codes are all named at once.
 */
export function readScope(row: RowReader, agencyCodes: ReadonlySet<string>): ParsedScope | undefined {
  if (!row.has("berlaku_untuk")) return undefined;
  const text = row.get("berlaku_untuk");
  const parsed = parseTaskScope(text, agencyCodes);
  if (parsed.ok) return parsed.value;
  const error = parsed.error;
  if (error.code === "invalid_scope") row.fail("berlaku_untuk", "invalid_scope", { value: text });
  else if (error.code === "empty_list") row.fail("berlaku_untuk", "empty_scope_list");
  else if (error.code === "too_many_agencies") row.fail("berlaku_untuk", "too_many_scope_agencies", { max: error.max, count: error.count });
  else row.fail("berlaku_untuk", "unknown_scope_agency", { value: error.codes.join(", ") });
  return { scope: "national", agencyCodes: [] };
}
