// Every kind of button of the secretariat's /admin screens (and of the registration notice sent to
// admins). The gate lets only admins press them; the ids in them are only hints, read again now.
import { defineButton } from "../bot/callback-data.js";
import { normalizeSearchText } from "../agencies/agency-registry.js";
import { SETTABLE_ROLES } from "./admin-keys.js";

export const ADMIN_BUTTONS = {
  pendingPage: defineButton("adm:pending", { page: "int" }, "admin"),
  /** From the notice to admins. */
  approve: defineButton("adm:approve", { memberId: "id" }, "admin"),
  /** From the pending list, which is shown again at that page. */
  approveFromList: defineButton("adm:approvelist", { memberId: "id", page: "int" }, "admin"),
  reject: defineButton("adm:reject", { memberId: "id" }, "admin"),
  search: defineButton("adm:search", {}, "admin"),
  /** A page of search results; the query travels as its search words joined by "_". */
  searchPage: defineButton("adm:find", { page: "int", query: "token" }, "admin"),
  member: defineButton("adm:member", { memberId: "id" }, "admin"),
  /** Coordinators are appointed per pokja (memberCoordinationButton), not by a bare role. */
  role: defineButton("adm:role", { memberId: "id", role: SETTABLE_ROLES }, "admin"),
  suspend: defineButton("adm:suspend", { memberId: "id" }, "admin"),
  reinstate: defineButton("adm:reinstate", { memberId: "id" }, "admin"),
} as const;

const QUERY_TOKEN_MAX = 40;

/**
 * A search query as a button field: its search words (what the search matches on anyway) joined
 * by "_", cut to the field's length. "_" alone stands for a query with no words.
 */
export function queryToken(query: string): string {
  const words = normalizeSearchText(query).split(" ").filter(Boolean).join("_").slice(0, QUERY_TOKEN_MAX).replace(/_+$/, "");
  return words || "_";
}

export function queryOfToken(token: string): string {
  return token.replace(/_/g, " ").trim();
}
