// Where the table starts and what its columns are: leading blank lines and Excel's "sep=;" line
// are skipped, the delimiter is found, and the header row is mapped to field positions.
import { cleanUserText } from "../shared/user-text.js";
import { clip } from "./task-csv-columns.js";
import { REQUIRED_COLUMNS, TASK_CSV_COLUMNS, type RawRecord, type TaskCsvError } from "./task-csv-types.js";

// An invisible character (a zero-width space pasted with the name) must not make a column unknown.
const headerName = (raw: string) => cleanUserText(raw).trim().replace(/^"(.*)"$/s, "$1").trim().toLowerCase();

/** Whichever of "," and ";" splits the header line into more known column names; "," on a tie. */
function detectDelimiter(headerLine: string): "," | ";" {
  const known = (d: string) => headerLine.split(d).filter((name) => TASK_CSV_COLUMNS.includes(headerName(name))).length;
  return known(";") > known(",") ? ";" : ",";
}

export interface Preamble {
  /** The text from the header line on. */
  text: string;
  /** Physical line number of the first line of `text`. */
  firstLine: number;
  delimiter: "," | ";";
}

/** Leading blank lines, then an optional "sep=;" line, then the header; null when there is no text. */
export function readPreamble(decoded: string): Preamble | null {
  let text = decoded;
  let firstLine = 1;
  const skipLine = () => {
    const m = /\r\n|\r|\n/.exec(text);
    text = m ? text.slice(m.index + m[0].length) : "";
    firstLine++;
  };
  const firstPhysicalLine = () => text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  while (text !== "" && /^[\s,;]*$/.test(firstPhysicalLine())) skipLine();
  if (text === "") return null;
  const sep = /^sep=([,;])\s*$/i.exec(firstPhysicalLine());
  if (sep) {
    skipLine();
    return { text, firstLine, delimiter: sep[1] as "," | ";" };
  }
  return { text, firstLine, delimiter: detectDelimiter(firstPhysicalLine()) };
}

export interface ColumnMap {
  line: number;
  /** How many fields every record must have. */
  width: number;
  /** Column name -> field index. */
  index: ReadonlyMap<string, number>;
  /** Positions of columns with no name (they must stay empty). */
  unnamed: readonly number[];
}

/** The header row as a column map; unknown, duplicate and missing columns are reported in `errors`. */
export function mapHeader(header: RawRecord, errors: TaskCsvError[]): ColumnMap {
  const index = new Map<string, number>();
  const unnamed: number[] = [];
  header.fields.forEach((raw, position) => {
    const name = cleanUserText(raw).trim().toLowerCase();
    if (name === "") {
      unnamed.push(position);
    } else if (!TASK_CSV_COLUMNS.includes(name)) {
      errors.push({ line: header.line, column: clip(cleanUserText(raw).trim()), code: "unknown_column", params: { allowed: TASK_CSV_COLUMNS.join(", ") } });
    } else if (index.has(name)) {
      errors.push({ line: header.line, column: name, code: "duplicate_column" });
    } else {
      index.set(name, position);
    }
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!index.has(name)) errors.push({ line: header.line, column: name, code: "missing_column" });
  }
  return { line: header.line, width: header.fields.length, index, unnamed };
}
