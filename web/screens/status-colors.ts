// One colour per task status (and "not reported" for an agency), the same in every chart.
import type { AgencyStatus } from "../types.js";

export const STATUS_COLORS: Record<AgencyStatus, string> = {
  belum_melapor: "var(--c-none)",
  belum_dimulai: "var(--c-idle)",
  berjalan: "var(--c-running)",
  selesai: "var(--c-done)",
  ditunda: "var(--c-held)",
};

export const AGENCY_STATUSES: AgencyStatus[] = ["belum_melapor", "belum_dimulai", "berjalan", "selesai", "ditunda"];
