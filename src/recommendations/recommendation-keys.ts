// Message keys of recommendations' statuses, steps, categories, periods and refusals, as full
// strings: a key is never built from a value, so the locale test sees every key the code uses.
import type { ChangeRefusal } from "./recommendation-service.js";
import type { Category, Period, Status, SupportResult } from "./recommendation-types.js";

export const STATUS_KEYS: Readonly<Record<Status, string>> = {
  diajukan: "rec-status-diajukan",
  ditinjau: "rec-status-ditinjau",
  dibahas: "rec-status-dibahas",
  diterima: "rec-status-diterima",
  ditolak: "rec-status-ditolak",
  perlu_revisi: "rec-status-perlu-revisi",
  ditindaklanjuti: "rec-status-ditindaklanjuti",
  selesai: "rec-status-selesai",
};

/**
 * What a member is shown: a stored status, or "Dijadwalkan dibahas" while the meeting that will
 * discuss it is still to come (derived when shown; the database holds "dibahas").
 */
export type ShownStatus = Status | "dijadwalkan_dibahas";

export const SHOWN_STATUS_KEYS: Readonly<Record<ShownStatus, string>> = {
  ...STATUS_KEYS,
  dijadwalkan_dibahas: "rec-status-dijadwalkan-dibahas",
};

/** The reviewer's button that takes a recommendation to a status ("Diajukan" is never a step). */
export const ACTION_KEYS: Readonly<Record<Exclude<Status, "diajukan">, string>> = {
  ditinjau: "rec-action-ditinjau",
  dibahas: "rec-action-dibahas",
  diterima: "rec-action-diterima",
  ditolak: "rec-action-ditolak",
  perlu_revisi: "rec-action-perlu-revisi",
  ditindaklanjuti: "rec-action-ditindaklanjuti",
  selesai: "rec-action-selesai",
};

export const CATEGORY_KEYS: Readonly<Record<Category, string>> = {
  kebijakan: "rec-category-kebijakan",
  infrastruktur: "rec-category-infrastruktur",
  aplikasi: "rec-category-aplikasi",
  data: "rec-category-data",
  keamanan: "rec-category-keamanan",
  sdm: "rec-category-sdm",
  lainnya: "rec-category-lainnya",
};

/** The three parts of a recommendation's text, in the order they are asked. */
export const PARTS = ["problem", "solution", "benefit"] as const;
export type Part = (typeof PARTS)[number];

export const PART_QUESTION_KEYS: Readonly<Record<Part, string>> = {
  problem: "rec-ask-problem",
  solution: "rec-ask-solution",
  benefit: "rec-ask-benefit",
};

export const PERIOD_KEYS: Readonly<Record<Period, string>> = {
  "30": "rec-period-30",
  "90": "rec-period-90",
  year: "rec-period-year",
  all: "rec-period-all",
};

/** Why a change was refused: by the service, or because the presser no longer reviews it. */
export type RecommendationRefusal = ChangeRefusal | "not_reviewer";

export const REFUSAL_KEYS: Readonly<Record<RecommendationRefusal, string>> = {
  not_found: "rec-refused-not-found",
  stale: "rec-refused-stale",
  not_allowed: "rec-refused-not-allowed",
  reason_required: "rec-refused-reason-required",
  nothing_to_undo: "rec-refused-nothing-to-undo",
  not_reviewer: "rec-refused-not-reviewer",
};

export const SUPPORT_KEYS: Readonly<Record<SupportResult, string>> = {
  ok: "rec-support-ok",
  own: "rec-support-own",
  already: "rec-support-already",
  not_found: "rec-support-not-found",
};
