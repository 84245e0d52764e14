// Pokja (working groups): the list, membership (open or moderated), coordinators, linked Telegram
// groups and the member directory. Plain TypeScript; every change is audited.
import type { Database } from "../db/client.js";
import { keptReads, tableWritesOf } from "../db/table-writes.js";
import type { Pokja, PokjaGroup, Prisma } from "../generated/prisma/client.js";
import type { Actor, AuditService } from "../audit/audit-service.js";
import type { Clock } from "../shared/clock.js";
import { clampPage, type Page } from "../shared/paging.js";
import type { MemberWithAgency } from "../members/member-types.js";

export type MembershipStatus = "active" | "requested";

export const POKJA_NAME_MAX = 60;
export const POKJA_DESCRIPTION_MAX = 300;
export const DIRECTORY_PAGE_SIZE = 20;
/** Rows read per query when exporting: memory stays flat however many members a pokja has. */
export const EXPORT_BATCH_SIZE = 500;

export interface PokjaOverview {
  id: number;
  slug: string;
  name: string;
  description: string;
  isOpen: boolean;
  /** Members who leave are also removed from its linked groups (the coordinators' choice). */
  removeOnLeave: boolean;
  memberCount: number;
  requestCount: number;
  groupCount: number;
  /** The viewer's membership, if any. */
  myStatus: MembershipStatus | null;
  iCoordinate: boolean;
}

/** One line of the directory on screen. */
export interface DirectoryEntry {
  memberId: number;
  fullName: string;
  position: string;
  agency: string;
  provinceName: string | null;
  isCoordinator: boolean;
}

/** One row of the directory's CSV; username, NIP and phone are null unless read for the secretariat. */
export interface DirectoryExportEntry extends DirectoryEntry {
  telegramUsername: string | null;
  nip: string | null;
  phone: string | null;
  joinedAt: Date | null;
}

export type JoinRefusal = "not_found" | "retired" | "already_member" | "already_requested" | "not_approved";

export type JoinResult = { ok: true; status: MembershipStatus; pokja: Pokja } | { ok: false; reason: JoinRefusal };

/** Why appointing or removing a coordinator changed nothing. */
export type CoordinatorRefusal = "not_found" | "not_approved" | "unchanged";

export type DecisionResult =
  | { ok: true; member: MemberWithAgency; pokja: Pokja; accepted: boolean }
  | { ok: false; reason: "not_found" | "not_pending" | "retired" };

export type LinkResult =
  | { ok: true; group: PokjaGroup; pokja: Pokja }
  | { ok: false; reason: "not_found" | "retired"; pokjaName?: string }
  | { ok: false; reason: "already_linked"; pokjaName: string };

/** Messages already say "Pokja { $pokja }", so a typed "Pokja Kebijakan" is kept as "Kebijakan". */
export function pokjaNameFromInput(text: string): string {
  return text.replace(/^\s*pokja\s+/i, "").trim();
}

function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "pokja"
  );
}

export interface PokjaServiceDeps {
  db: Database;
  clock: Clock;
  audit: AuditService;
}

export function createPokjaService({ db, clock, audit }: PokjaServiceDeps) {
  const active = { retiredAt: null } as const;

  async function findActive(pokjaId: number): Promise<Pokja | null> {
    return db.pokja.findFirst({ where: { id: pokjaId, ...active } });
  }

  // The pokja and their counts, the same for everyone: kept on SQLite until one of them changes.
  const shared = keptReads<"all", Awaited<ReturnType<typeof readShared>>>(tableWritesOf(db), ["Pokja", "PokjaMembership", "PokjaGroup"], 1);
  async function readShared() {
    const pokjas = await db.pokja.findMany({ where: active, orderBy: { id: "asc" } });
    const counts = await db.pokjaMembership.groupBy({ by: ["pokjaId", "status"], _count: { _all: true } });
    const groups = await db.pokjaGroup.groupBy({ by: ["pokjaId"], _count: { _all: true } });
    return { pokjas, counts, groups };
  }

  async function list(viewerMemberId: number | null): Promise<PokjaOverview[]> {
    const { pokjas, counts, groups } = await shared.get("all", readShared);
    const mine = viewerMemberId === null ? [] : await db.pokjaMembership.findMany({ where: { memberId: viewerMemberId } });
    const coordinated =
      viewerMemberId === null ? [] : await db.pokjaCoordinator.findMany({ where: { memberId: viewerMemberId } });
    const count = (pokjaId: number, status: MembershipStatus) =>
      counts.find((c) => c.pokjaId === pokjaId && c.status === status)?._count._all ?? 0;
    return pokjas.map((p) => ({
      id: p.id,
      slug: p.slug,
      name: p.name,
      description: p.description,
      isOpen: p.isOpen,
      removeOnLeave: p.removeOnLeave,
      memberCount: count(p.id, "active"),
      requestCount: count(p.id, "requested"),
      groupCount: groups.find((g) => g.pokjaId === p.id)?._count._all ?? 0,
      myStatus: (mine.find((m) => m.pokjaId === p.id)?.status as MembershipStatus | undefined) ?? null,
      iCoordinate: coordinated.some((c) => c.pokjaId === p.id),
    }));
  }

  async function overview(pokjaId: number, viewerMemberId: number | null): Promise<PokjaOverview | null> {
    return (await list(viewerMemberId)).find((p) => p.id === pokjaId) ?? null;
  }

  /** Its approved coordinators: a suspended one (an older record) neither hears of requests nor is listed. */
  async function coordinators(pokjaId: number): Promise<MemberWithAgency[]> {
    const rows = await db.pokjaCoordinator.findMany({
      where: { pokjaId, member: { status: "approved" } },
      include: { member: { include: { agency: true } } },
      orderBy: { assignedAt: "asc" },
    });
    return rows.map((r) => r.member);
  }

  async function coordinatedPokja(memberId: number): Promise<Pokja[]> {
    const rows = await db.pokjaCoordinator.findMany({ where: { memberId, pokja: active }, include: { pokja: true } });
    return rows.map((r) => r.pokja).sort((a, b) => a.id - b.id);
  }

  async function create(actor: Actor, input: { name: string; description: string; isOpen: boolean }) {
    const taken = await db.pokja.findFirst({ where: { name: input.name, ...active } });
    if (taken) return { ok: false as const, reason: "name_taken" as const };
    let slug = slugify(input.name);
    for (let n = 2; await db.pokja.findUnique({ where: { slug } }); n++) slug = `${slugify(input.name)}-${n}`;
    return db.$transaction(async (tx) => {
      const pokja = await tx.pokja.create({ data: { ...input, slug, createdAt: clock.now() } });
      await audit.record(tx, { actor, action: "pokja.created", targetMemberId: null, pokjaId: pokja.id, details: input });
      return { ok: true as const, pokja };
    });
  }

  async function update(actor: Actor, pokjaId: number, patch: { name?: string; description?: string; isOpen?: boolean; removeOnLeave?: boolean }) {
    const pokja = await findActive(pokjaId);
    if (!pokja) return { ok: false as const, reason: "not_found" as const };
    if (patch.name && patch.name !== pokja.name && (await db.pokja.findFirst({ where: { name: patch.name, ...active } }))) {
      return { ok: false as const, reason: "name_taken" as const };
    }
    const changes = Object.fromEntries(
      Object.entries(patch).filter(([key, value]) => value !== undefined && pokja[key as keyof Pokja] !== value),
    );
    if (Object.keys(changes).length === 0) return { ok: false as const, reason: "unchanged" as const };
    return db.$transaction(async (tx) => {
      const updated = await tx.pokja.update({ where: { id: pokjaId }, data: changes });
      const details = Object.fromEntries(Object.keys(changes).map((k) => [k, { from: pokja[k as keyof Pokja], to: changes[k] }]));
      await audit.record(tx, { actor, action: "pokja.updated", targetMemberId: null, pokjaId, details });
      return { ok: true as const, pokja: updated };
    });
  }

  /** Retired pokja disappear from lists; memberships and history stay for the record. */
  async function retire(actor: Actor, pokjaId: number) {
    const pokja = await findActive(pokjaId);
    if (!pokja) return { ok: false as const, reason: "not_found" as const };
    return db.$transaction(async (tx) => {
      const retired = await tx.pokja.update({ where: { id: pokjaId }, data: { retiredAt: clock.now() } });
      await tx.pokjaMembership.deleteMany({ where: { pokjaId, status: "requested" } });
      // Its groups are unlinked with it, so they may be linked to another pokja and hear nothing more from this one.
      const groups = await tx.pokjaGroup.findMany({ where: { pokjaId }, select: { chatId: true, title: true } });
      await tx.pokjaGroup.deleteMany({ where: { pokjaId } });
      await audit.record(tx, {
        actor,
        action: "pokja.retired",
        targetMemberId: null,
        pokjaId,
        details: { name: pokja.name, unlinkedGroups: groups.map((g) => ({ chatId: String(g.chatId), title: g.title })) },
      });
      return { ok: true as const, pokja: retired };
    });
  }

  async function join(member: MemberWithAgency, pokjaId: number): Promise<JoinResult> {
    if (member.status !== "approved") return { ok: false, reason: "not_approved" };
    const pokja = await db.pokja.findUnique({ where: { id: pokjaId } });
    if (!pokja) return { ok: false, reason: "not_found" };
    if (pokja.retiredAt) return { ok: false, reason: "retired" };
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const existing = await tx.pokjaMembership.findUnique({ where: { pokjaId_memberId: { pokjaId, memberId: member.id } } });
      if (existing) return { ok: false, reason: existing.status === "active" ? "already_member" : "already_requested" } as const;
      const status: MembershipStatus = pokja.isOpen ? "active" : "requested";
      await tx.pokjaMembership.create({
        data: { pokjaId, memberId: member.id, status, requestedAt: now, joinedAt: status === "active" ? now : null },
      });
      await audit.record(tx, {
        actor: { memberId: member.id, telegramId: member.telegramId },
        action: status === "active" ? "pokja.joined" : "pokja.join_requested",
        targetMemberId: member.id,
        pokjaId,
      });
      return { ok: true, status, pokja } as const;
    });
  }

  /** Leaving also ends a pending request; a coordinator who leaves stops coordinating. */
  async function leave(member: MemberWithAgency, pokjaId: number) {
    return db.$transaction(async (tx) => {
      const removed = await tx.pokjaMembership.deleteMany({ where: { pokjaId, memberId: member.id } });
      if (removed.count === 0) return { ok: false as const, reason: "not_member" as const };
      await tx.pokjaCoordinator.deleteMany({ where: { pokjaId, memberId: member.id } });
      await syncCoordinatorRole(tx, member.id);
      await audit.record(tx, {
        actor: { memberId: member.id, telegramId: member.telegramId },
        action: "pokja.left",
        targetMemberId: member.id,
        pokjaId,
      });
      return { ok: true as const };
    });
  }

  /** A coordinator (or admin) accepts or declines a request; only the first decision counts. */
  async function decide(actor: Actor, pokjaId: number, memberId: number, accept: boolean): Promise<DecisionResult> {
    const pokja = await db.pokja.findUnique({ where: { id: pokjaId } });
    if (!pokja) return { ok: false, reason: "not_found" };
    if (pokja.retiredAt) return { ok: false, reason: "retired" };
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const where = { pokjaId, memberId, status: "requested" };
      const changed = accept
        ? await tx.pokjaMembership.updateMany({ where, data: { status: "active", joinedAt: now } })
        : await tx.pokjaMembership.deleteMany({ where });
      if (changed.count === 0) return { ok: false, reason: "not_pending" } as const;
      await audit.record(tx, {
        actor,
        action: accept ? "pokja.join_accepted" : "pokja.join_declined",
        targetMemberId: memberId,
        pokjaId,
      });
      const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, include: { agency: true } });
      return { ok: true, member, pokja, accepted: accept } as const;
    });
  }

  type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

  /** The "coordinator" role follows the assignments: set with the first, cleared with the last. */
  async function syncCoordinatorRole(tx: Tx, memberId: number) {
    const member = await tx.member.findUniqueOrThrow({ where: { id: memberId } });
    if (member.role === "admin") return;
    const count = await tx.pokjaCoordinator.count({ where: { memberId } });
    const role = count > 0 ? "coordinator" : "member";
    if (member.role !== role) await tx.member.update({ where: { id: memberId }, data: { role } });
  }

  async function assignCoordinator(actor: Actor, pokjaId: number, memberId: number) {
    const pokja = await findActive(pokjaId);
    if (!pokja) return { ok: false as const, reason: "not_found" as const };
    const member = await db.member.findUnique({ where: { id: memberId }, include: { agency: true } });
    if (!member) return { ok: false as const, reason: "not_found" as const };
    if (member.status !== "approved") return { ok: false as const, reason: "not_approved" as const };
    const now = clock.now();
    return db.$transaction(async (tx) => {
      if (await tx.pokjaCoordinator.findUnique({ where: { pokjaId_memberId: { pokjaId, memberId } } })) {
        return { ok: false as const, reason: "unchanged" as const };
      }
      await tx.pokjaCoordinator.create({ data: { pokjaId, memberId, assignedById: actor.memberId, assignedAt: now } });
      // A coordinator is a member of the pokja they coordinate.
      await tx.pokjaMembership.upsert({
        where: { pokjaId_memberId: { pokjaId, memberId } },
        create: { pokjaId, memberId, status: "active", requestedAt: now, joinedAt: now },
        update: { status: "active", joinedAt: now },
      });
      await syncCoordinatorRole(tx, memberId);
      await audit.record(tx, { actor, action: "pokja.coordinator_assigned", targetMemberId: memberId, pokjaId });
      const updated = await tx.member.findUniqueOrThrow({ where: { id: memberId }, include: { agency: true } });
      return { ok: true as const, member: updated, pokja };
    });
  }

  async function removeCoordinator(actor: Actor, pokjaId: number, memberId: number) {
    const pokja = await db.pokja.findUnique({ where: { id: pokjaId } });
    if (!pokja) return { ok: false as const, reason: "not_found" as const };
    return db.$transaction(async (tx) => {
      const removed = await tx.pokjaCoordinator.deleteMany({ where: { pokjaId, memberId } });
      if (removed.count === 0) return { ok: false as const, reason: "unchanged" as const };
      await syncCoordinatorRole(tx, memberId);
      await audit.record(tx, { actor, action: "pokja.coordinator_removed", targetMemberId: memberId, pokjaId });
      const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, include: { agency: true } });
      return { ok: true as const, member, pokja };
    });
  }

  async function pendingRequests(pokjaId: number) {
    return db.pokjaMembership.findMany({
      where: { pokjaId, status: "requested" },
      include: { member: { include: { agency: true } } },
      orderBy: { requestedAt: "asc" },
    });
  }

  /** Active memberships of approved members: who the directory lists. */
  const listed = (pokjaId: number) => ({ pokjaId, status: "active", member: { status: "approved" } });

  /** The columns the directory shows; personal ones (username, NIP, phone) only for the export that may include them. */
  const directorySelect = (pokjaId: number, personal: boolean) =>
    ({
      memberId: true,
      joinedAt: true,
      member: {
        select: {
          fullName: true,
          position: true,
          telegramUsername: personal,
          nip: personal,
          phone: personal,
          agency: { select: { name: true, provinceName: true } },
          coordinatorOf: { where: { pokjaId }, select: { memberId: true } },
        },
      },
    }) as const;

  type DirectoryRow = {
    memberId: number;
    joinedAt: Date | null;
    member: {
      fullName: string;
      position: string;
      telegramUsername?: string | null;
      nip?: string | null;
      phone?: string | null;
      agency: { name: string; provinceName: string | null };
      coordinatorOf: { memberId: number }[];
    };
  };

  function toEntry(r: DirectoryRow): DirectoryExportEntry {
    return {
      memberId: r.memberId,
      fullName: r.member.fullName,
      position: r.member.position,
      agency: r.member.agency.name,
      provinceName: r.member.agency.provinceName,
      isCoordinator: r.member.coordinatorOf.length > 0,
      telegramUsername: r.member.telegramUsername ?? null,
      nip: r.member.nip ?? null,
      phone: r.member.phone ?? null,
      joinedAt: r.joinedAt,
    };
  }

  // Names are stored as typed (title case, see members/name-case.ts), so the database's order is the
  // alphabetical one; the member id breaks ties so that pages never overlap. Central units (no
  // province) come first on both databases (SQLite and PostgreSQL differ in where NULL goes).
  const byName = [{ member: { fullName: "asc" } }, { memberId: "asc" }] as const;

  /** Members of a pokja, 20 a page, counted, ordered and cut in the database; by province (then name) on request. */
  async function directoryPage(pokjaId: number, page: number, byProvince: boolean): Promise<Page<DirectoryEntry>> {
    const total = await db.pokjaMembership.count({ where: listed(pokjaId) });
    const { page: current, pageCount } = clampPage(total, page, DIRECTORY_PAGE_SIZE);
    // Read from the member's side (the same rows: one membership per member and pokja): sorting on
    // the member's own columns costs the database about a quarter less than through the membership.
    const rows = await db.member.findMany({
      where: { status: "approved", pokjaMemberships: { some: { pokjaId, status: "active" } } },
      select: {
        id: true,
        fullName: true,
        position: true,
        agency: { select: { name: true, provinceName: true } },
        coordinatorOf: { where: { pokjaId }, select: { memberId: true } },
      },
      orderBy: [
        ...(byProvince ? [{ agency: { provinceName: { sort: "asc", nulls: "first" } } } as const] : []),
        { fullName: "asc" },
        { id: "asc" },
      ],
      skip: current * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
    });
    const items = rows.map((m) => ({
      memberId: m.id,
      fullName: m.fullName,
      position: m.position,
      agency: m.agency.name,
      provinceName: m.agency.provinceName,
      isCoordinator: m.coordinatorOf.length > 0,
    }));
    return { items, total, page: current, pageCount };
  }

  /**
   * The whole directory by name, `batch` rows at a time (for the CSV export): each batch continues
   * after the last (name, id) read, so memory holds one batch whatever the size of the pokja.
   */
  async function* directoryBatches(pokjaId: number, personal: boolean, batch = EXPORT_BATCH_SIZE): AsyncGenerator<DirectoryExportEntry[]> {
    let after: { fullName: string; memberId: number } | null = null;
    for (;;) {
      const where: Prisma.PokjaMembershipWhereInput = after
        ? {
            AND: [
              listed(pokjaId),
              {
                OR: [
                  { member: { fullName: { gt: after.fullName } } },
                  { member: { fullName: after.fullName }, memberId: { gt: after.memberId } },
                ],
              },
            ],
          }
        : listed(pokjaId);
      const rows = await db.pokjaMembership.findMany({ where, select: directorySelect(pokjaId, personal), orderBy: [...byName], take: batch });
      if (rows.length === 0) return;
      const entries = rows.map(toEntry);
      yield entries;
      if (rows.length < batch) return;
      const last = entries.at(-1)!;
      after = { fullName: last.fullName, memberId: last.memberId };
    }
  }

  async function groupByChat(chatId: bigint) {
    return db.pokjaGroup.findUnique({ where: { chatId }, include: { pokja: true } });
  }

  async function groupById(id: number) {
    return db.pokjaGroup.findFirst({ where: { id, pokja: active }, include: { pokja: true } });
  }

  async function groupsOf(pokjaId: number) {
    return db.pokjaGroup.findMany({ where: { pokjaId }, orderBy: { linkedAt: "asc" } });
  }

  async function linkGroup(actor: Actor, pokjaId: number, chatId: bigint, title: string): Promise<LinkResult> {
    const pokja = await db.pokja.findUnique({ where: { id: pokjaId } });
    if (!pokja) return { ok: false, reason: "not_found" };
    if (pokja.retiredAt) return { ok: false, reason: "retired", pokjaName: pokja.name };
    return db.$transaction(async (tx) => {
      const existing = await tx.pokjaGroup.findUnique({ where: { chatId }, include: { pokja: true } });
      if (existing) return { ok: false, reason: "already_linked", pokjaName: existing.pokja.name } as const;
      const group = await tx.pokjaGroup.create({
        data: { pokjaId, chatId, title, linkedById: actor.memberId, linkedAt: clock.now() },
      });
      await audit.record(tx, {
        actor,
        action: "pokja.group_linked",
        targetMemberId: null,
        pokjaId,
        details: { chatId: String(chatId), title },
      });
      return { ok: true, group, pokja } as const;
    });
  }

  /** Unlinks a group; `actor` is null when Telegram told us the bot left or was removed. */
  async function unlinkGroup(actor: Actor | null, chatId: bigint, reason: string) {
    return db.$transaction(async (tx) => {
      const group = await tx.pokjaGroup.findUnique({ where: { chatId }, include: { pokja: true } });
      if (!group) return null;
      await tx.pokjaGroup.delete({ where: { id: group.id } });
      await audit.record(tx, {
        actor,
        action: "pokja.group_unlinked",
        targetMemberId: null,
        pokjaId: group.pokjaId,
        details: { chatId: String(chatId), title: group.title, reason },
      });
      return group;
    });
  }

  /** A group upgraded to a supergroup gets a new chat id; the link follows it. */
  async function migrateGroup(fromChatId: bigint, toChatId: bigint) {
    return db.$transaction(async (tx) => {
      const group = await tx.pokjaGroup.findUnique({ where: { chatId: fromChatId } });
      if (!group || (await tx.pokjaGroup.findUnique({ where: { chatId: toChatId } }))) return null;
      const moved = await tx.pokjaGroup.update({ where: { id: group.id }, data: { chatId: toChatId } });
      await audit.record(tx, {
        actor: null,
        action: "pokja.group_migrated",
        targetMemberId: null,
        pokjaId: group.pokjaId,
        details: { from: String(fromChatId), to: String(toChatId) },
      });
      return moved;
    });
  }

  async function renameGroup(chatId: bigint, title: string) {
    await db.pokjaGroup.updateMany({ where: { chatId, NOT: { title } }, data: { title } });
  }

  return {
    findActive,
    list,
    overview,
    coordinators,
    coordinatedPokja,
    create,
    update,
    retire,
    join,
    leave,
    decide,
    assignCoordinator,
    removeCoordinator,
    pendingRequests,
    directoryPage,
    directoryBatches,
    groupByChat,
    groupById,
    groupsOf,
    linkGroup,
    unlinkGroup,
    migrateGroup,
    renameGroup,
  };
}

export type PokjaService = ReturnType<typeof createPokjaService>;
