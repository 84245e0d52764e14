import type { Database } from "../db/client.js";
import { keptReads, tableWritesOf } from "../db/table-writes.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Actor, AuditService } from "../audit/audit-service.js";
import type { Clock } from "../shared/clock.js";
import { normalizeSearchText, SECRETARIAT_AGENCY_CODE } from "../agencies/agency-registry.js";
import { clampPage, type Page } from "../shared/paging.js";
import { coordinationEndedBySuspension, endCoordination, type EndedCoordination } from "../pokja/coordination-end.js";
import type { Language, MemberRole, MemberStatus, MemberWithAgency } from "./member-types.js";
import { fitText } from "../shared/user-text.js";

/** Bumped whenever the consent statement in locales/ changes, so we know what each member agreed to. */
export const CONSENT_VERSION = "2026-12-pdp-v2";
/** The consent version of a record made for an admin named in ADMIN_TELEGRAM_IDS on first contact. */
export const CONFIGURED_ADMIN_CONSENT = "configured-admin";

export interface RegistrationInput {
  telegramId: bigint;
  telegramUsername: string | null;
  fullName: string;
  agencyId: number;
  position: string;
  nip: string | null;
  phone: string | null;
  language: Language;
  timezone: string;
}

export type RegisterResult =
  | { ok: true; member: MemberWithAgency; resubmitted: boolean; autoApprovedAdmin: boolean }
  | { ok: false; reason: "already_registered"; member: MemberWithAgency }
  | { ok: false; reason: "agency_not_found" };

export type ReviewResult =
  | { ok: true; member: MemberWithAgency }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "already_reviewed"; member: MemberWithAgency; reviewerName: string | null };

export type MemberChangeResult =
  | { ok: true; member: MemberWithAgency; previous: MemberWithAgency }
  | { ok: false; reason: "not_found" | "not_approved" | "unchanged" | "self" | "configured_admin" | "last_admin" };

/**
 * Suspension and reinstatement also say which coordinator duties ended: with the suspension (a
 * suspended coordinator gets no join requests and is listed nowhere), or, for a reinstatement, which
 * ones the suspension had ended and are not given back.
 */
export type StatusChangeResult =
  | (Extract<MemberChangeResult, { ok: true }> & { endedCoordination: EndedCoordination[] })
  | Extract<MemberChangeResult, { ok: false }>;

export interface ProfilePatch {
  fullName?: string;
  position?: string;
  agencyId?: number;
  nip?: string | null;
  phone?: string | null;
  language?: Language;
  timezone?: string;
}

export type { Page } from "../shared/paging.js";

const withAgency = { agency: true } as const;

/** Members whose records are kept between their updates (the most recently active). */
const KEPT_MEMBERS = 2000;

function memberSearchText(m: { fullName: string; position: string; telegramUsername: string | null }, agencyName: string) {
  return normalizeSearchText([m.fullName, m.position, agencyName, m.telegramUsername ?? ""].join(" "));
}

export interface MemberServiceDeps {
  db: Database;
  clock: Clock;
  audit: AuditService;
  /** Telegram ids from ADMIN_TELEGRAM_IDS. */
  configuredAdminIds: readonly bigint[];
}

export function createMemberService({ db, clock, audit, configuredAdminIds }: MemberServiceDeps) {
  const isConfiguredAdmin = (telegramId: bigint) => configuredAdminIds.includes(telegramId);

  // Read on every update (access-middleware.ts): kept until a member or agency row changes.
  const byTelegramId = keptReads<bigint, MemberWithAgency | null>(tableWritesOf(db), ["Member", "Agency"], KEPT_MEMBERS);

  /** The member with this Telegram id; the record is shared and frozen, never to be changed in place. */
  async function findByTelegramId(telegramId: bigint): Promise<MemberWithAgency | null> {
    return byTelegramId.get(telegramId, () => db.member.findUnique({ where: { telegramId }, include: withAgency }));
  }

  async function findById(id: number): Promise<MemberWithAgency | null> {
    return db.member.findUnique({ where: { id }, include: withAgency });
  }

  async function register(input: RegistrationInput): Promise<RegisterResult> {
    const agency = await db.agency.findUnique({ where: { id: input.agencyId } });
    if (!agency) return { ok: false, reason: "agency_not_found" };
    const now = clock.now();
    const autoApprovedAdmin = isConfiguredAdmin(input.telegramId);

    return db.$transaction(async (tx) => {
      const existing = await tx.member.findUnique({ where: { telegramId: input.telegramId }, include: withAgency });
      if (existing && existing.status !== "rejected") {
        return { ok: false, reason: "already_registered", member: existing } as const;
      }
      const data = {
        telegramUsername: input.telegramUsername,
        fullName: input.fullName,
        agencyId: input.agencyId,
        position: input.position,
        nip: input.nip,
        phone: input.phone,
        language: input.language,
        timezone: input.timezone,
        consentAt: now,
        consentVersion: CONSENT_VERSION,
        registeredAt: now,
        status: autoApprovedAdmin ? "approved" : "pending",
        role: autoApprovedAdmin ? "admin" : "member",
        reviewedAt: autoApprovedAdmin ? now : null,
        reviewedById: null,
        rejectionReason: null,
        searchText: memberSearchText(input, agency.name),
      };
      const member = existing
        ? await tx.member.update({ where: { id: existing.id }, data, include: withAgency })
        : await tx.member.create({ data: { telegramId: input.telegramId, ...data }, include: withAgency });
      const actor: Actor = { memberId: member.id, telegramId: input.telegramId };
      await audit.record(tx, {
        actor,
        action: existing ? "registration.resubmitted" : "registration.submitted",
        targetMemberId: member.id,
        details: { agencyId: input.agencyId },
      });
      if (autoApprovedAdmin) {
        await audit.record(tx, {
          actor: null,
          action: "registration.auto_approved_admin",
          targetMemberId: member.id,
          details: { reason: "ADMIN_TELEGRAM_IDS" },
        });
      }
      return { ok: true, member, resubmitted: Boolean(existing), autoApprovedAdmin } as const;
    });
  }

  /** Moves a pending registration to approved or rejected; only one reviewer can win. */
  async function review(
    memberId: number,
    actor: Actor,
    decision: "approved" | "rejected",
    reason: string | null,
  ): Promise<ReviewResult> {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const updated = await tx.member.updateMany({
        where: { id: memberId, status: "pending" },
        data: {
          status: decision,
          reviewedAt: now,
          reviewedById: actor.memberId,
          rejectionReason: decision === "rejected" ? reason : null,
        },
      });
      const member = await tx.member.findUnique({
        where: { id: memberId },
        include: { agency: true, reviewedBy: { select: { fullName: true } } },
      });
      // An erased applicant (/hapus_akun or retention) is gone as far as reviewers are concerned.
      if (!member || member.status === "erased") return { ok: false, reason: "not_found" } as const;
      if (updated.count === 0) {
        const { reviewedBy, ...rest } = member;
        return { ok: false, reason: "already_reviewed", member: rest, reviewerName: reviewedBy?.fullName ?? null } as const;
      }
      await audit.record(tx, {
        actor,
        action: decision === "approved" ? "registration.approved" : "registration.rejected",
        targetMemberId: memberId,
        details: decision === "rejected" ? { reason } : {},
      });
      const { reviewedBy: _ignored, ...rest } = member;
      return { ok: true, member: rest } as const;
    });
  }

  async function change(
    memberId: number,
    actor: Actor,
    apply: (member: MemberWithAgency) => { data: Record<string, unknown>; action: Parameters<AuditService["record"]>[1]["action"]; details: Record<string, unknown> } | MemberChangeResult,
    alsoInTransaction?: (tx: Prisma.TransactionClient, member: MemberWithAgency) => Promise<void>,
    afterInTransaction?: (tx: Prisma.TransactionClient, member: MemberWithAgency) => Promise<void>,
  ): Promise<MemberChangeResult> {
    return db.$transaction(async (tx) => {
      const previous = await tx.member.findUnique({ where: { id: memberId }, include: withAgency });
      if (!previous) return { ok: false, reason: "not_found" } as const;
      const plan = apply(previous);
      if ("ok" in plan) return plan;
      await alsoInTransaction?.(tx, previous);
      const member = await tx.member.update({ where: { id: memberId }, data: plan.data, include: withAgency });
      await audit.record(tx, { actor, action: plan.action, targetMemberId: memberId, details: plan.details });
      await afterInTransaction?.(tx, member);
      return { ok: true, member, previous } as const;
    });
  }

  async function setRole(memberId: number, role: MemberRole, actor: Actor): Promise<MemberChangeResult> {
    const adminCount = role === "admin" ? 0 : await db.member.count({ where: { role: "admin", status: "approved" } });
    return change(memberId, actor, (m) => {
      if (m.status !== "approved") return { ok: false, reason: "not_approved" };
      if (m.role === role) return { ok: false, reason: "unchanged" };
      if (isConfiguredAdmin(m.telegramId)) return { ok: false, reason: "configured_admin" };
      if (m.id === actor.memberId) return { ok: false, reason: "self" };
      if (m.role === "admin" && adminCount <= 1 && configuredAdminIds.length === 0) return { ok: false, reason: "last_admin" };
      return { data: { role }, action: "member.role_changed", details: { from: m.role, to: role } };
    }, async (tx, member) => {
      // "Anggota" means a plain member: coordinating a pokja ends with it.
      if (role === "member") await tx.pokjaCoordinator.deleteMany({ where: { memberId: member.id } });
    });
  }

  /**
   * Suspends an approved member. Their coordinator duties end with it (the role "coordinator"
   * follows the appointments, so it becomes "member"); a reinstatement does not give them back.
   */
  async function suspend(memberId: number, actor: Actor, reason: string): Promise<StatusChangeResult> {
    let ended: EndedCoordination[] = [];
    const result = await change(
      memberId,
      actor,
      (m) => {
        if (m.status !== "approved") return { ok: false, reason: "not_approved" };
        if (isConfiguredAdmin(m.telegramId)) return { ok: false, reason: "configured_admin" };
        if (m.id === actor.memberId) return { ok: false, reason: "self" };
        const role = m.role === "coordinator" ? { role: "member" } : {};
        return { data: { status: "suspended", suspensionReason: reason, ...role }, action: "member.suspended", details: { reason } };
      },
      undefined,
      async (tx, member) => {
        ended = await endCoordination(tx, audit, member.id, actor, "suspended");
      },
    );
    return result.ok ? { ...result, endedCoordination: ended } : result;
  }

  /** Reinstates a suspended member as a plain member (or admin): coordinator duties are appointed again if wanted. */
  async function reinstate(memberId: number, actor: Actor): Promise<StatusChangeResult> {
    let ended: EndedCoordination[] = [];
    const result = await change(
      memberId,
      actor,
      (m) => {
        if (m.status !== "suspended") return { ok: false, reason: "unchanged" };
        const role = m.role === "coordinator" ? { role: "member" } : {};
        return { data: { status: "approved", suspensionReason: null, ...role }, action: "member.reinstated", details: {} };
      },
      undefined,
      async (tx, member) => {
        // Appointments left from before suspensions ended them (older records) end now, not silently return.
        await endCoordination(tx, audit, member.id, actor, "reinstated");
        ended = await coordinationEndedBySuspension(tx, member.id);
      },
    );
    return result.ok ? { ...result, endedCoordination: ended } : result;
  }

  async function updateProfile(memberId: number, patch: ProfilePatch, actor: Actor): Promise<MemberChangeResult> {
    const agency = patch.agencyId === undefined ? null : await db.agency.findUnique({ where: { id: patch.agencyId } });
    if (patch.agencyId !== undefined && !agency) return { ok: false, reason: "not_found" };
    return change(memberId, actor, (m) => {
      const changes: Record<string, unknown> = {};
      const erased: string[] = [];
      for (const [key, value] of Object.entries(patch) as [keyof ProfilePatch, unknown][]) {
        if (value !== undefined && m[key] !== value) {
          // NIP and phone are personal data: the audit notes that they changed or were erased, never their values.
          const personal = key === "nip" || key === "phone";
          changes[key] = personal ? { from: m[key] ? "***" : null, to: value ? "***" : null } : { from: m[key], to: value };
          if (personal && value === null) erased.push(key);
        }
      }
      if (Object.keys(changes).length === 0) return { ok: false, reason: "unchanged" };
      if (erased.length > 0) changes.erased = erased;
      const merged = { ...m, ...patch };
      const searchText = memberSearchText(merged, agency?.name ?? m.agency.name);
      return { data: { ...patch, searchText }, action: "member.profile_updated", details: changes };
    });
  }

  async function setBroadcastOptOut(memberId: number, optOut: boolean): Promise<void> {
    await db.member.update({ where: { id: memberId }, data: { broadcastOptOut: optOut } });
  }

  async function listByStatus(status: MemberStatus, page: number, pageSize: number): Promise<Page<MemberWithAgency>> {
    const total = await db.member.count({ where: { status } });
    const { page: current, pageCount } = clampPage(total, page, pageSize);
    const items = await db.member.findMany({
      where: { status },
      include: withAgency,
      orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
      skip: current * pageSize,
      take: pageSize,
    });
    return { items, total, page: current, pageCount };
  }

  /** Every word of the query must appear in the name, jabatan, instansi or username. */
  async function search(query: string, page: number, pageSize: number): Promise<Page<MemberWithAgency>> {
    const tokens = normalizeSearchText(query).split(" ").filter(Boolean);
    const nipQuery = query.replace(/\D/g, "");
    const where =
      /^\d{6,18}$/.test(nipQuery) && nipQuery.length === query.replace(/[\s.-]/g, "").length
        ? { nip: { startsWith: nipQuery }, status: { not: "erased" } }
        : { AND: tokens.map((token) => ({ searchText: { contains: token } })), status: { not: "erased" } };
    const total = await db.member.count({ where });
    const { page: current, pageCount } = clampPage(total, page, pageSize);
    const items = await db.member.findMany({
      where,
      include: withAgency,
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      skip: current * pageSize,
      take: pageSize,
    });
    return { items, total, page: current, pageCount };
  }

  async function countByStatus(): Promise<Record<MemberStatus, number>> {
    const groups = await db.member.groupBy({ by: ["status"], _count: { _all: true } });
    const counts: Record<MemberStatus, number> = { pending: 0, approved: 0, rejected: 0, suspended: 0, erased: 0 };
    for (const g of groups) counts[g.status as MemberStatus] = g._count._all;
    return counts;
  }

  /** Where to tell admins about new registrations: approved admins plus ADMIN_TELEGRAM_IDS. */
  /** Admins to notify; timezone is null for a configured admin who has no profile yet. */
  async function adminRecipients(): Promise<{ telegramId: bigint; language: Language; timezone: string | null }[]> {
    const admins = await db.member.findMany({
      where: { OR: [{ role: "admin", status: "approved" }, { telegramId: { in: [...configuredAdminIds] } }] },
      select: { telegramId: true, language: true, timezone: true },
    });
    const recipients = new Map<bigint, { language: Language; timezone: string | null }>();
    for (const id of configuredAdminIds) recipients.set(id, { language: "id", timezone: null });
    for (const a of admins) recipients.set(a.telegramId, { language: a.language as Language, timezone: a.timezone });
    return [...recipients].map(([telegramId, r]) => ({ telegramId, ...r }));
  }

  /** Admins and coordinators, whose private chats get a longer command menu. */
  async function staff(): Promise<{ telegramId: bigint; role: "coordinator" | "admin" }[]> {
    const rows = await db.member.findMany({
      where: { status: "approved", role: { in: ["admin", "coordinator"] } },
      select: { telegramId: true, role: true },
    });
    const result = new Map<bigint, "coordinator" | "admin">(configuredAdminIds.map((id) => [id, "admin"]));
    for (const r of rows) if (!result.has(r.telegramId)) result.set(r.telegramId, r.role as "coordinator" | "admin");
    return [...result].map(([telegramId, role]) => ({ telegramId, role }));
  }

  /** At start-up, members listed in ADMIN_TELEGRAM_IDS become approved admins (audited once). */
  async function applyConfiguredAdmins(): Promise<number> {
    let changed = 0;
    for (const telegramId of configuredAdminIds) {
      const member = await db.member.findUnique({ where: { telegramId } });
      if (!member || (member.role === "admin" && member.status === "approved")) continue;
      await db.$transaction(async (tx) => {
        await tx.member.update({ where: { id: member.id }, data: { role: "admin", status: "approved", reviewedAt: clock.now() } });
        await audit.record(tx, {
          actor: null,
          action: "member.role_changed",
          targetMemberId: member.id,
          details: { from: member.role, to: "admin", fromStatus: member.status, reason: "ADMIN_TELEGRAM_IDS" },
        });
      });
      changed += 1;
    }
    return changed;
  }

  /**
   * An admin named in ADMIN_TELEGRAM_IDS is a complete member from the first message: a record is
   * made from their Telegram name at the forum secretariat (they correct it in /profil), or an
   * existing one is made an approved admin. Audited once; safe when two updates race.
   */
  async function ensureConfiguredAdmin(input: {
    telegramId: bigint;
    fullName: string;
    telegramUsername: string | null;
    language: Language;
    timezone: string;
  }): Promise<MemberWithAgency | null> {
    if (!isConfiguredAdmin(input.telegramId)) return findByTelegramId(input.telegramId);
    const existing = await db.member.findUnique({ where: { telegramId: input.telegramId } });
    if (existing) {
      await applyConfiguredAdmins();
      return findByTelegramId(input.telegramId);
    }
    const agency = await db.agency.findUnique({ where: { code: SECRETARIAT_AGENCY_CODE } });
    if (!agency) return null;
    const now = clock.now();
    const fullName = fitText(input.fullName.trim(), 100) || "Admin Sekretariat";
    try {
      await db.$transaction(async (tx) => {
        const member = await tx.member.create({
          data: {
            telegramId: input.telegramId,
            telegramUsername: input.telegramUsername,
            fullName,
            agencyId: agency.id,
            position: "Admin Sekretariat Forum Kominfo",
            nip: null,
            phone: null,
            language: input.language,
            timezone: input.timezone,
            // No personal data beyond the Telegram name is kept, so no consent statement was shown.
            consentAt: now,
            consentVersion: CONFIGURED_ADMIN_CONSENT,
            registeredAt: now,
            status: "approved",
            role: "admin",
            reviewedAt: now,
            searchText: memberSearchText({ fullName, position: "Admin Sekretariat Forum Kominfo", telegramUsername: input.telegramUsername }, agency.name),
          },
        });
        await audit.record(tx, {
          actor: null,
          action: "registration.auto_approved_admin",
          targetMemberId: member.id,
          details: { reason: "ADMIN_TELEGRAM_IDS", createdOnFirstContact: true },
        });
      });
    } catch (error) {
      // Two first messages at once: the other one made the record.
      if (!(await db.member.findUnique({ where: { telegramId: input.telegramId } }))) throw error;
    }
    return findByTelegramId(input.telegramId);
  }

  return {
    ensureConfiguredAdmin,
    isConfiguredAdmin,
    findByTelegramId,
    findById,
    register,
    approve: (memberId: number, actor: Actor) => review(memberId, actor, "approved", null),
    /** A null reason: the admin confirmed rejecting without one. */
    reject: (memberId: number, actor: Actor, reason: string | null) => review(memberId, actor, "rejected", reason),
    setRole,
    suspend,
    reinstate,
    updateProfile,
    setBroadcastOptOut,
    listByStatus,
    search,
    countByStatus,
    adminRecipients,
    staff,
    applyConfiguredAdmins,
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
