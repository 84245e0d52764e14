// The shapes of the task import file: its columns, the rows it gives, and the error codes the bot
// words (task-import-error-* in locales/*/spbe-tasks.ftl, mapped in task-import-flow.ts).
import type { ParsedScope } from "./task-scope.js";

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
  /**
   * berlaku_untuk: who the task falls on. Absent when the file has no such column (an older file):
   * new tasks are then national and existing ones keep theirs.
   */
  scope?: ParsedScope | null;
  /** Physical line of the file where the record starts (header = 1). */
  line: number;
}

/** Every code `parseTaskCsv` reports. */
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
  "invalid_scope",
  "empty_scope_list",
  "too_many_scope_agencies",
  "unknown_scope_agency",
  "too_many_errors",
] as const;
export type TaskCsvErrorCode = (typeof TASK_CSV_ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export interface TaskCsvError {
  /** 1-based physical line where the record starts; 0 for the file as a whole. */
  line: number;
  column?: string;
  code: TaskCsvErrorCode;
  params?: ErrorParams;
}

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
  "berlaku_untuk",
];
export const REQUIRED_COLUMNS: readonly string[] = ["nomor", "judul"];

export const TASK_CSV_MAX_BYTES = 1_048_576;
export const TASK_CSV_MAX_ERRORS = 100;
/** Values quoted back in errors are cut to a length a chat message can carry. */
export const TASK_CSV_QUOTE_MAX = 100;

/** How the file and the exports write each status. */
export const STATUS_WORDS: Record<TaskStatus, string> = {
  belum_dimulai: "belum dimulai",
  berjalan: "berjalan",
  selesai: "selesai",
  ditunda: "ditunda",
};

/** A record as split from the text, before its values are read. */
export interface RawRecord {
  line: number;
  fields: string[];
}
