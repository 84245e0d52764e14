// The vocabulary of recommendations (usulan): categories, statuses and the steps between them.

export const CATEGORIES = ["kebijakan", "infrastruktur", "aplikasi", "data", "keamanan", "sdm", "lainnya"] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ["diajukan", "ditinjau", "dibahas", "diterima", "ditolak", "perlu_revisi", "ditindaklanjuti", "selesai"] as const;
export type Status = (typeof STATUSES)[number];

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** The periods of /rekap_usulan: the last 30 or 90 days, this calendar year, everything. */
export const REPORT_PERIODS = ["30", "90", "year", "all"] as const;
export type Period = (typeof REPORT_PERIODS)[number];

/** What supporting a recommendation can come to. */
export type SupportResult = "ok" | "own" | "already" | "not_found";

/**
 * The steps a coordinator may take from each status. "Perlu revisi" goes back to "Diajukan" only
 * when the submitter resubmits; a wrong step is undone separately (it restores the previous status).
 */
export const NEXT_STATUSES: Readonly<Record<Status, readonly Status[]>> = {
  diajukan: ["ditinjau"],
  ditinjau: ["dibahas", "diterima", "ditolak", "perlu_revisi"],
  dibahas: ["diterima", "ditolak", "perlu_revisi"],
  diterima: ["ditindaklanjuti"],
  ditolak: [],
  perlu_revisi: [],
  ditindaklanjuti: ["selesai"],
  selesai: [],
};

/** A rejection or a revision request must say why. */
export const REASON_REQUIRED: ReadonlySet<Status> = new Set(["ditolak", "perlu_revisi"]);

/** Still waiting for the pokja to act, for the review queue. */
export const OPEN_STATUSES: readonly Status[] = ["diajukan", "ditinjau", "dibahas", "diterima", "ditindaklanjuti"];

export const TITLE_MIN = 10;
export const TITLE_MAX = 120;
/** Masalah, usulan solusi and manfaat together. */
export const DESCRIPTION_MAX = 3000;
export const PART_MIN = 10;
export const ATTACHMENTS_MAX = 3;
export const DEFAULT_DAILY_LIMIT = 5;
