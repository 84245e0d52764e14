// Locale keys of the /admin screens that depend on a value: typed tables, written out in full.
import type { MemberChangeResult } from "../members/member-service.js";

export type MemberChangeRefusal = Extract<MemberChangeResult, { ok: false }>["reason"];

/** Why the secretariat's change to a member was refused. */
export const CHANGE_REFUSAL_KEYS: Record<MemberChangeRefusal, string> = {
  not_found: "admin-change-refused-not-found",
  not_approved: "admin-change-refused-not-approved",
  unchanged: "admin-change-refused-unchanged",
  self: "admin-change-refused-self",
  configured_admin: "admin-change-refused-configured-admin",
  last_admin: "admin-change-refused-last-admin",
};

/** The roles an admin sets directly (coordinators are appointed per pokja). */
export const SETTABLE_ROLES = ["member", "admin"] as const;
export type SettableRole = (typeof SETTABLE_ROLES)[number];

export const ROLE_BUTTON_KEYS: Record<SettableRole, string> = {
  member: "admin-button-role-member",
  admin: "admin-button-role-admin",
};
