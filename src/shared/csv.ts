/**
 * CSV as Excel and LibreOffice open it without questions: UTF-8 with a byte-order mark, CRLF line
 * ends, every field quoted when it needs to be. Text that starts like a formula (user input such as
 * "=HYPERLINK(...)") is prefixed with an apostrophe so that a spreadsheet does not run it; plain
 * numbers such as "+6281234567890" are left alone.
 */
import { setImmediate as nextTurn } from "node:timers/promises";

export type CsvValue = string | number | null | undefined;

function cell(value: CsvValue): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+$/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of CSV, each ending in CRLF. */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(cell).join(",")}\r\n`).join("");
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): Buffer {
  return Buffer.from(`\uFEFF${csvLines([headers, ...rows])}`, "utf8");
}

/**
 * The same CSV built from pages of rows (an async iterator reading the database a page at a time):
 * only one page of rows is held as values at once, each page becomes bytes before the next is read.
 * Between pages the event loop gets a turn: with SQLite every query resolves at once, so without it
 * the whole export would be one long run that no other chat's update could interrupt.
 */
export async function csvFromPages<T>(
  headers: readonly string[],
  pages: AsyncIterable<readonly T[]>,
  toRow: (item: T, index: number) => readonly CsvValue[],
): Promise<{ bytes: Buffer; rows: number }> {
  const chunks = [Buffer.from(`\uFEFF${csvLines([headers])}`, "utf8")];
  let rows = 0;
  for await (const page of pages) {
    chunks.push(Buffer.from(csvLines(page.map((item) => toRow(item, rows++))), "utf8"));
    await nextTurn();
  }
  return { bytes: Buffer.concat(chunks), rows };
}
