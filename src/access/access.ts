// Who is asking: worked out on the server for every update (and every web request), never taken
// from the client. The questions "may this person do this to that?" are answered in permissions.ts.
import type { MemberRole, MemberStatus, MemberWithAgency } from "../members/member-types.js";

/** What a Telegram user is right now. */
export interface Access {
  /** null for someone who has not registered. */
  member: MemberWithAgency | null;
  status: MemberStatus | "unregistered";
  role: MemberRole | null;
  /** Listed in ADMIN_TELEGRAM_IDS: admin from the first message, whatever the database says. */
  isConfiguredAdmin: boolean;
  isApproved: boolean;
  isAdmin: boolean;
  /** The zone the person reads times in: their own, else the forum's default (DEFAULT_TIMEZONE). */
  timezone: string;
}

export function resolveAccess(member: MemberWithAgency | null, isConfiguredAdmin: boolean, defaultTimezone: string): Access {
  const timezone = member?.timezone ?? defaultTimezone;
  if (isConfiguredAdmin) {
    return { member, status: "approved", role: "admin", isConfiguredAdmin, isApproved: true, isAdmin: true, timezone };
  }
  if (!member) {
    return { member, status: "unregistered", role: null, isConfiguredAdmin, isApproved: false, isAdmin: false, timezone };
  }
  const status = member.status as MemberStatus;
  const isApproved = status === "approved";
  const role = member.role as MemberRole;
  return { member, status, role, isConfiguredAdmin, isApproved, isAdmin: isApproved && role === "admin", timezone };
}

/**
 * Who a command or a kind of button is for. "unapproved" is anyone who is not an approved member
 * yet (to register); "coordinator" means a coordinator of some pokja, or an admin.
 */
export const AUDIENCES = ["everyone", "unapproved", "approved", "coordinator", "admin"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Coordinators of any pokja and admins: the staff tools (checked per pokja where it matters). */
export function isStaff(access: Access): boolean {
  return access.isAdmin || (access.isApproved && access.role === "coordinator");
}

export function hasAudience(access: Access, audience: Audience): boolean {
  switch (audience) {
    case "everyone":
      return true;
    case "unapproved":
      return !access.isApproved;
    case "approved":
      return access.isApproved;
    case "coordinator":
      return isStaff(access);
    case "admin":
      return access.isAdmin;
  }
}

/** Why an audience refuses someone, as a reason the bot and the web API turn into a message. */
export type Refusal = "not_approved" | "staff_only" | "admin_only" | "already_member";

export function refusalFor(access: Access, audience: Audience): Refusal | null {
  if (hasAudience(access, audience)) return null;
  if (audience === "unapproved") return "already_member";
  if (!access.isApproved) return "not_approved";
  return audience === "admin" ? "admin_only" : "staff_only";
}
