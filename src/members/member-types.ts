import type { Agency, Member } from "../generated/prisma/client.js";

export const MEMBER_STATUSES = ["pending", "approved", "rejected", "suspended"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_ROLES = ["member", "coordinator", "admin"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type MemberWithAgency = Member & { agency: Agency };

/** What a Telegram user may do right now, worked out on the server for every update. */
export interface Access {
  /** null for someone who has not registered (a configured admin may still have none). */
  member: MemberWithAgency | null;
  status: MemberStatus | "unregistered";
  role: MemberRole | null;
  /** Listed in ADMIN_TELEGRAM_IDS: admin from the first start, whatever the database says. */
  isConfiguredAdmin: boolean;
  isApproved: boolean;
  isAdmin: boolean;
}

export function resolveAccess(member: MemberWithAgency | null, isConfiguredAdmin: boolean): Access {
  if (isConfiguredAdmin) {
    return { member, status: "approved", role: "admin", isConfiguredAdmin, isApproved: true, isAdmin: true };
  }
  if (!member) {
    return { member, status: "unregistered", role: null, isConfiguredAdmin, isApproved: false, isAdmin: false };
  }
  const status = member.status as MemberStatus;
  const isApproved = status === "approved";
  const role = member.role as MemberRole;
  return { member, status, role, isConfiguredAdmin, isApproved, isAdmin: isApproved && role === "admin" };
}
