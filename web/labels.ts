// Statuses and answers to their whole message keys (never built from pieces, so every key is findable).
import type { Rsvp, TaskStatus } from "./types.js";

export const TASK_STATUS_KEYS: Record<TaskStatus | "belum_melapor", string> = {
  belum_dimulai: "webapp-status-belum-dimulai",
  berjalan: "webapp-status-berjalan",
  selesai: "webapp-status-selesai",
  ditunda: "webapp-status-ditunda",
  belum_melapor: "webapp-status-belum-melapor",
};

export const RSVP_KEYS: Record<Rsvp, string> = {
  pending: "webapp-rsvp-pending",
  hadir: "webapp-rsvp-hadir",
  tidak_hadir: "webapp-rsvp-tidak-hadir",
  diwakilkan: "webapp-rsvp-diwakilkan",
};

export const RSVP_BUTTON_KEYS: Record<Exclude<Rsvp, "pending">, string> = {
  hadir: "webapp-rsvp-button-hadir",
  tidak_hadir: "webapp-rsvp-button-tidak-hadir",
  diwakilkan: "webapp-rsvp-button-diwakilkan",
};

export const REC_STATUSES = ["diajukan", "ditinjau", "dibahas", "diterima", "ditolak", "perlu_revisi", "ditindaklanjuti", "selesai"] as const;
export const REC_CATEGORIES = ["kebijakan", "infrastruktur", "aplikasi", "data", "keamanan", "sdm", "lainnya"] as const;

export const REC_STATUS_KEYS: Record<(typeof REC_STATUSES)[number], string> = {
  diajukan: "webapp-rec-status-diajukan",
  ditinjau: "webapp-rec-status-ditinjau",
  dibahas: "webapp-rec-status-dibahas",
  diterima: "webapp-rec-status-diterima",
  ditolak: "webapp-rec-status-ditolak",
  perlu_revisi: "webapp-rec-status-perlu-revisi",
  ditindaklanjuti: "webapp-rec-status-ditindaklanjuti",
  selesai: "webapp-rec-status-selesai",
};

export const REC_CATEGORY_KEYS: Record<(typeof REC_CATEGORIES)[number], string> = {
  kebijakan: "webapp-rec-category-kebijakan",
  infrastruktur: "webapp-rec-category-infrastruktur",
  aplikasi: "webapp-rec-category-aplikasi",
  data: "webapp-rec-category-data",
  keamanan: "webapp-rec-category-keamanan",
  sdm: "webapp-rec-category-sdm",
  lainnya: "webapp-rec-category-lainnya",
};
