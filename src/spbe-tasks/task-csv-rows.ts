// Checks across the rows of the task import file: every task number once, every record as wide as
// the header, and the list of errors put in file order and kept to a length a person will read.
import { cleanValue } from "./task-csv-columns.js";
import type { ColumnMap } from "./task-csv-header.js";
import { TASK_CSV_MAX_ERRORS, type RawRecord, type TaskCsvError } from "./task-csv-types.js";

/** Remembers the line where each task number first appeared. */
export function createNumberRegister() {
  const firstLineOf = new Map<number, number>();
  return {
    /** The line that already used `number`, or null (and it is now this line's). */
    claim(number: number, line: number): number | null {
      const first = firstLineOf.get(number);
      if (first !== undefined) return first;
      firstLineOf.set(number, line);
      return null;
    },
  };
}

/** A record with more or fewer fields than the header cannot be read column by column. */
export function fieldCountError(record: RawRecord, columns: ColumnMap): TaskCsvError | null {
  if (record.fields.length === columns.width) return null;
  return { line: record.line, code: "field_count", params: { expected: columns.width, actual: record.fields.length } };
}

/** A record whose every field is blank is skipped, wherever it is. */
export const isBlank = (record: RawRecord) => record.fields.every((f) => cleanValue(f) === "");

/**
 * The errors by line (stable: a line's errors keep their column order), at most TASK_CSV_MAX_ERRORS
 * of them, then one that says how many more there are.
 */
export function orderErrors(errors: readonly TaskCsvError[]): TaskCsvError[] {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  if (sorted.length <= TASK_CSV_MAX_ERRORS) return sorted;
  const shown = sorted.slice(0, TASK_CSV_MAX_ERRORS);
  shown.push({ line: 0, code: "too_many_errors", params: { count: sorted.length - TASK_CSV_MAX_ERRORS, total: sorted.length } });
  return shown;
}
