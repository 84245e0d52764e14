import type { Agency, Member } from "../generated/prisma/client.js";

export const MEMBER_STATUSES = ["pending", "approved", "rejected", "suspended", "erased"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_ROLES = ["member", "coordinator", "admin"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type MemberWithAgency = Member & { agency: Agency };
