// The CSV file with which admins load the official list of SPBE tasks, and the exports.
// Everything here is pure: bytes in, rows or error codes out (the bot words the codes). The steps
// live in their own files: bytes and records (task-csv-text.ts), header mapping (task-csv-header.ts),
// one validator per column (task-csv-columns.ts), checks across rows (task-csv-rows.ts).
import {
  cleanValue,
  clip,
  createReferenceLookup,
  readDescription,
  readLegalBasis,
  readNote,
  readNumber,
  readProgress,
  readScope,
  readStatus,
  readTarget,
  readTitle,
  readUnit,
  type RowReader,
} from "./task-csv-columns.js";
import { mapHeader, readPreamble, type ColumnMap } from "./task-csv-header.js";
import { createNumberRegister, fieldCountError, isBlank, orderErrors } from "./task-csv-rows.js";
import { decode, splitRecords } from "./task-csv-text.js";
import {
  TASK_CSV_MAX_BYTES,
  type KnownTaskReferences,
  type RawRecord,
  type TaskCsvError,
  type TaskCsvResult,
  type TaskImportRow,
} from "./task-csv-types.js";

export * from "./task-csv-types.js";
export { TASK_EXPORT_HEADINGS, tasksCsvFromBatches, tasksToCsv, tasksToImportCsv, type TaskExportRow } from "./task-csv-export.js";

/** A reader of one record that reports its problems into `errors`. */
function rowReader(record: RawRecord, columns: ColumnMap, errors: TaskCsvError[]): RowReader {
  return {
    get(column) {
      const index = columns.index.get(column);
      return index === undefined ? "" : cleanValue(record.fields[index] ?? "");
    },
    has: (column) => columns.index.has(column),
    fail(column, code, params) {
      const error: TaskCsvError = { line: record.line, code };
      if (column !== undefined) error.column = column;
      if (params !== undefined) {
        // Quoted values are cut; the list of allowed values is the program's own and stays whole.
        error.params = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === "string" && key !== "allowed" ? clip(value) : value]));
      }
      errors.push(error);
    },
  };
}

export function parseTaskCsv(bytes: Uint8Array, known: KnownTaskReferences): TaskCsvResult {
  if (bytes.length > TASK_CSV_MAX_BYTES) {
    return { ok: false, errors: [{ line: 0, code: "file_too_large", params: { size: bytes.length, max: TASK_CSV_MAX_BYTES } }] };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const preamble = readPreamble(decoded.text);
  if (!preamble) return { ok: false, errors: [{ line: 0, code: "empty" }] };

  const { records, unclosedQuoteLine } = splitRecords(preamble.text, preamble.delimiter, preamble.firstLine);
  const errors: TaskCsvError[] = [];
  if (unclosedQuoteLine !== null) errors.push({ line: unclosedQuoteLine, code: "unclosed_quote" });
  const [header, ...rest] = records.filter((record) => !isBlank(record));
  if (!header) return { ok: false, errors: errors.length > 0 ? errors : [{ line: 0, code: "empty" }] };
  const columns = mapHeader(header, errors);
  if (rest.length === 0) errors.push({ line: header.line, code: "empty" });

  const lookup = createReferenceLookup(known);
  const numbers = createNumberRegister();
  const rows: TaskImportRow[] = [];
  for (const record of rest) {
    const widthError = fieldCountError(record, columns);
    if (widthError) {
      errors.push(widthError);
      continue;
    }
    const before = errors.length;
    const row = rowReader(record, columns, errors);
    for (const position of columns.unnamed) {
      if (cleanValue(record.fields[position]!) !== "") row.fail(undefined, "unnamed_column", { position: position + 1 });
    }
    const number = readNumber(row);
    if (number > 0) {
      const first = numbers.claim(number, record.line);
      if (first !== null) row.fail("nomor", "duplicate_number", { value: number, first });
    }
    const title = readTitle(row);
    const description = readDescription(row);
    const legalBasis = readLegalBasis(row);
    const agencyCode = lookup.agency(row);
    const unit = readUnit(row);
    if (row.get("instansi_kode") !== "" && unit !== "") row.fail(undefined, "agency_and_unit");
    const pokjaId = lookup.pokja(row);
    const targetDate = readTarget(row);
    const status = readStatus(row);
    const progress = readProgress(row, status);
    const note = readNote(row);
    const scope = readScope(row, known.agencyCodes);
    if (errors.length > before) continue;
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
      scope,
      line: record.line,
    });
  }

  if (errors.length > 0) return { ok: false, errors: orderErrors(errors) };
  return { ok: true, rows, delimiter: preamble.delimiter };
}
