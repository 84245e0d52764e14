// The recommendations (usulan) report: counts by status, category and province, drawn as a PNG chart
// and exported as CSV or XLSX. Pure functions with no grammY: the caller queries the rows, passes the
// words from the locale files, and sends what comes back. The parts live in report-summary.ts,
// report-chart.ts (drawn with the shared chart helpers of src/shared/svg-chart.ts) and
// report-export.ts (exceljs is imported there only when an export is made).
export { createReportTally, summarizeReport, type ReportRow, type ReportSummary } from "./report-summary.js";
export {
  REPORT_CHART_COLORS,
  REPORT_CHART_TOP_PROVINCES,
  renderReportChart,
  reportChartLayout,
  reportChartSvg,
  type ReportChartLayout,
  type ReportChartPanel,
  type ReportChartRow,
  type ReportLabels,
} from "./report-chart.js";
export { reportCsv, reportCsvFromPages, reportXlsx, type ExportLabels } from "./report-export.js";
