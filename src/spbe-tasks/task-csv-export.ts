// The task catalogue as CSV: for people (Indonesian headings, words, Ya/Tidak), and in the import
// format so that an admin can export, edit in Excel and import again.
import { csvFromPages, toCsv, type CsvValue } from "../shared/csv.js";
import { localDay } from "../shared/time.js";
import { STATUS_WORDS, TASK_CSV_COLUMNS, type TaskStatus } from "./task-csv-types.js";
import { formatTaskScope, type TaskScope } from "./task-scope.js";

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
  /** Who the task falls on; for "list", the agencies' codes. */
  scope: TaskScope;
  scopeCodes: readonly string[];
  /** For a task that applies to agencies: how many have finished, of how many (null for national tasks). */
  agenciesDone: number | null;
  agenciesTotal: number | null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const ddmmyyyy = (day: { year: number; month: number; day: number }) => `${pad(day.day)}/${pad(day.month)}/${day.year}`;

/** A target date is a calendar date stored as UTC midnight: its own UTC parts are the date. */
const calendarDate = (date: Date | null) =>
  date ? ddmmyyyy({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }) : "";

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
  "Berlaku Untuk",
  "Instansi Selesai",
  "Instansi Berlaku",
];

/** One row of the people's CSV; "Diperbarui" is the day in `timezone`. */
function exportCells(r: TaskExportRow, timezone: string): CsvValue[] {
  return [
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
    r.updatedAt ? ddmmyyyy(localDay(r.updatedAt, timezone)) : "",
    r.updatedBy,
    formatTaskScope(r.scope, r.scopeCodes),
    r.agenciesDone,
    r.agenciesTotal,
  ];
}

/** CSV with Indonesian headings for people (not re-importable as is); "Diperbarui" is the day in `timezone`. */
export function tasksToCsv(rows: readonly TaskExportRow[], timezone: string): Buffer {
  return toCsv(
    TASK_EXPORT_HEADINGS,
    rows.map((r) => exportCells(r, timezone)),
  );
}

/** The same CSV written batch by batch as the database is read (TaskService.exportBatches). */
export function tasksCsvFromBatches(batches: AsyncIterable<readonly TaskExportRow[]>, timezone: string): Promise<{ bytes: Buffer; rows: number }> {
  return csvFromPages(TASK_EXPORT_HEADINGS, batches, (r) => exportCells(r, timezone));
}

/**
 * A CSV in the import format from the same rows. Target as DD/MM/YYYY (what Excel in the Indonesian
 * locale writes back), pokja by name.
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
      formatTaskScope(r.scope, r.scopeCodes),
    ]),
  );
}
