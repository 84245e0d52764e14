// Locale keys of the members feature's statuses, roles and refusals: typed tables, so every key
// is written out in full and a new status or reason cannot go without its message.
import type { MemberRole, MemberStatus } from "./member-types.js";
import { nipKind, type NipFailureReason, type NipKind } from "./nip.js";
import type { FullNameProblem, PositionProblem } from "./profile-rules.js";

export const STATUS_KEYS: Record<MemberStatus, string> = {
  pending: "status-pending",
  approved: "status-approved",
  rejected: "status-rejected",
  suspended: "status-suspended",
  erased: "status-erased",
};

export const ROLE_KEYS: Record<MemberRole, string> = {
  member: "role-member",
  coordinator: "role-coordinator",
  admin: "role-admin",
};

/** Statuses and roles as stored (plain strings in the database). */
export const statusKey = (status: string) => STATUS_KEYS[status as MemberStatus] ?? "status-pending";
export const roleKey = (role: string) => ROLE_KEYS[role as MemberRole] ?? "role-member";

/** /start for someone who is registered but not (or no longer) an approved member. */
// An erased member's row no longer carries their Telegram id, so nobody reaches these as "erased":
// they start again as someone new.
export const START_KEYS: Record<Exclude<MemberStatus, "approved">, string> = {
  pending: "start-pending",
  rejected: "start-rejected",
  suspended: "start-suspended",
  erased: "start-rejected",
};

export const FULL_NAME_PROBLEM_KEYS: Record<FullNameProblem, string> = {
  too_short: "reg-name-too-short",
  too_long: "reg-name-too-long",
  invalid_characters: "reg-name-invalid-characters",
};

export const POSITION_PROBLEM_KEYS: Record<PositionProblem, string> = {
  too_short: "reg-position-too-short",
  too_long: "reg-position-too-long",
};

export const NIP_PROBLEM_KEYS: Record<NipFailureReason, string> = {
  format: "reg-nip-invalid-format",
  length: "reg-nip-invalid-length",
  birth_date: "reg-nip-invalid-birth-date",
  tmt: "reg-nip-invalid-tmt",
  gender: "reg-nip-invalid-gender",
  serial: "reg-nip-invalid-serial",
};

/** A civil servant's NIP or a PPPK employee's NI PPPK, by how the number is built. */
export const NIP_LABEL_KEYS: Record<NipKind, string> = {
  pns: "nip-label-pns",
  pppk: "nip-label-pppk",
};

export const nipLabelKey = (nip: string | null) => NIP_LABEL_KEYS[nip ? nipKind(nip) : "pns"];
