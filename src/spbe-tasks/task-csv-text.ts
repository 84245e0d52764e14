// Bytes -> text -> records: the encoding is checked (UTF-8 only, with the usual wrong uploads named)
// and the text is split as RFC 4180 says, keeping the physical line where each record starts.
import type { RawRecord, TaskCsvError } from "./task-csv-types.js";

export type Decoded = { ok: true; text: string } | { ok: false; error: TaskCsvError };

export const LINE_BREAK = /\r\n|\r|\n/g;

export function decode(bytes: Uint8Array): Decoded {
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

/** RFC 4180 with "" escapes and line breaks inside quotes; CRLF, LF and CR each end one line. */
export function splitRecords(text: string, delimiter: string, firstLine: number): { records: RawRecord[]; unclosedQuoteLine: number | null } {
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
