// The recommendations report's rows and their counts by status, category and province. Pure:
// the service queries the rows, the chart and the exports are drawn from what comes back here.
import { CATEGORIES, STATUSES, type Category, type Status } from "./recommendation-types.js";

export interface ReportRow {
  id: number;
  pokjaName: string;
  category: Category;
  status: Status;
  title: string;
  submitterName: string;
  agencyName: string;
  /** null for the ministry (Kementerian/pusat). */
  provinceName: string | null;
  supportCount: number;
  submittedAt: Date;
  updatedAt: Date;
  relatedTaskNumber: number | null;
  /** Status "dibahas" with its meeting still to come: shown as "Dijadwalkan dibahas". */
  meetingAhead?: boolean;
}

export interface ReportSummary {
  total: number;
  /** Every status, 0 when none. */
  byStatus: Record<Status, number>;
  /** Every category, 0 when none. */
  byCategory: Record<Category, number>;
  /** Provinces with at least one recommendation, most first, then by name. */
  byProvince: { province: string; count: number }[];
}

// ---------------------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------------------

const provinceCollator = new Intl.Collator("id", { sensitivity: "base", numeric: true });

/**
 * Counts of `rows` by status, category and province. A row without a province (a ministry unit) is
 * counted under `centralLabel` ("Kementerian/pusat"). A status or category outside the known lists
 * (a database value the code does not know yet) is counted in `total` only.
 */
export function summarizeReport(rows: readonly ReportRow[], centralLabel: string): ReportSummary {
  const tally = createReportTally(centralLabel);
  tally.add(rows);
  return tally.summary();
}

/** The same counts taken page by page, so that no one holds every row (the chart of a big report). */
export function createReportTally(centralLabel: string) {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const provinces = new Map<string, number>();
  let total = 0;
  /** "Dibahas" rows whose meeting is still to come (counted apart in the text). */
  let meetingAhead = 0;
  return {
    add(rows: readonly ReportRow[]) {
      for (const row of rows) {
        total += 1;
        if (Object.hasOwn(byStatus, row.status)) byStatus[row.status] += 1;
        if (Object.hasOwn(byCategory, row.category)) byCategory[row.category] += 1;
        if (row.status === "dibahas" && row.meetingAhead) meetingAhead += 1;
        const province = row.provinceName?.trim() || centralLabel;
        provinces.set(province, (provinces.get(province) ?? 0) + 1);
      }
    },
    meetingAhead: () => meetingAhead,
    summary(): ReportSummary {
      const byProvince = [...provinces]
        .map(([province, count]) => ({ province, count }))
        .sort((a, b) => b.count - a.count || provinceCollator.compare(a.province, b.province));
      return { total, byStatus: { ...byStatus }, byCategory: { ...byCategory }, byProvince };
    },
  };
}
