// The jobs a worker thread runs for the bot (src/shared/off-thread.ts): each takes and returns plain
// data (structured clone), and is the same pure function the code would otherwise call in place.
import { reportXlsx } from "../recommendations/report-export.js";
import type { ExportLabels } from "../recommendations/report-export.js";
import type { ReportRow, ReportSummary } from "../recommendations/report-summary.js";
import { parseTaskCsv } from "../spbe-tasks/task-csv.js";
import type { KnownTaskReferences } from "../spbe-tasks/task-csv-types.js";
import { renderSvgToPngHere } from "./svg-chart.js";

export const OFF_THREAD_JOBS = {
  /** An SVG chart as PNG bytes (resvg: parsing, layout with the bundled font, rasterising, PNG encoding). */
  renderPng: (svg: string): Promise<Uint8Array> => renderSvgToPngHere(svg),
  /** The task import file checked and read (decoding, splitting and every row's validation). */
  parseTaskCsv: (input: { bytes: Uint8Array; known: KnownTaskReferences }) => Promise.resolve(parseTaskCsv(input.bytes, input.known)),
  /** The recommendations report as a workbook (exceljs: building the sheets and zipping them). */
  reportXlsx: (input: { rows: ReportRow[]; summary: ReportSummary; labels: ExportLabels; timezone: string }): Promise<Uint8Array> =>
    reportXlsx(input.rows, input.summary, input.labels, input.timezone),
};

export type OffThreadJobs = typeof OFF_THREAD_JOBS;
