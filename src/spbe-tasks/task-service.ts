// The national SPBE tasks: summary, cards, search, updates with history, followers, digests,
// import and export. Plain TypeScript; the bot and the import flow call it.
import type { Database } from "../db/client.js";
import { isOverdue, overdueTargetBound } from "./task-deadline.js";
import type { Prisma } from "../generated/prisma/client.js";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Clock } from "../shared/clock.js";
import { normalizeSearchText } from "../agencies/agency-registry.js";
import { clampPage, type Page } from "../shared/paging.js";
import { TASK_STATUSES, type TaskExportRow, type TaskImportRow, type TaskStatus } from "./task-csv.js";
import { applicableAgencyWhere, createAgencyProgressService } from "./agency-progress-service.js";
import { isTaskScope, type ParsedScope } from "./task-scope.js";

export { TASK_STATUSES, type TaskStatus };

export const TASK_PAGE_SIZE = 10;
/** Tasks read per query when exporting (a page of 500 held the event loop ~80 ms: SQLite answers at once). */
export const TASK_EXPORT_BATCH_SIZE = 100;
/** Tasks an import reads per query, and writes per transaction (about 3 ms a task on SQLite). */
export const TASK_IMPORT_READ_SIZE = 100;
export const TASK_IMPORT_WRITE_SIZE = 20;
/** Tasks due within this many days are in the coordinators' digest. */
export const DUE_SOON_DAYS = 7;

const withRelations = { agency: true, pokja: true } as const;
export type TaskWithRelations = Prisma.SpbeTaskGetPayload<{ include: typeof withRelations }>;

export { isOverdue };

export function taskSearchText(task: { number: number; title: string; description: string; legalBasis: string }): string {
  return normalizeSearchText(`tugas ${task.number} ${task.title} ${task.description} ${task.legalBasis}`);
}

export interface StatusCounts {
  belum_dimulai: number;
  berjalan: number;
  selesai: number;
  ditunda: number;
}

export interface SummaryRow {
  pokjaId: number | null;
  name: string;
  total: number;
  counts: StatusCounts;
  overdue: number;
  averageProgress: number;
}

export interface TaskFilter {
  status?: TaskStatus;
  pokjaId?: number;
  overdueOnly?: boolean;
  text?: string;
}

export interface TaskPatch {
  status?: TaskStatus;
  progress?: number;
  note?: string | null;
}

export interface TaskActor {
  memberId: number | null;
  name: string;
}

export interface ImportPlan {
  create: TaskImportRow[];
  update: { row: TaskImportRow; changes: Record<string, { from: unknown; to: unknown }> }[];
  unchanged: number;
}

const emptyCounts = (): StatusCounts => ({ belum_dimulai: 0, berjalan: 0, selesai: 0, ditunda: 0 });

/** The fields an import may change, compared the way they are stored. */
const IMPORT_FIELDS = [
  "title",
  "description",
  "legalBasis",
  "agencyId",
  "responsibleUnit",
  "pokjaId",
  "targetDate",
  "status",
  "progress",
  "note",
] as const;

type ImportField = (typeof IMPORT_FIELDS)[number];

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.getTime() : (value ?? null);
}

export function createTaskService({ db, clock }: { db: Database; clock: Clock }) {
  const agencyProgress = createAgencyProgressService({ db, clock });

  async function agencyIds(rows: readonly TaskImportRow[]) {
    const codes = [...new Set(rows.flatMap((r) => [r.agencyCode, ...(r.scope?.agencyCodes ?? [])]).filter((c): c is string => c !== null))];
    return new Map((await db.agency.findMany({ where: { code: { in: codes } }, select: { code: true, id: true } })).map((a) => [a.code, a.id]));
  }

  function storedFields(row: TaskImportRow, agencies: Map<string, number>): Record<ImportField, unknown> {
    return {
      title: row.title,
      description: row.description,
      legalBasis: row.legalBasis,
      agencyId: row.agencyCode ? (agencies.get(row.agencyCode) ?? null) : null,
      responsibleUnit: row.responsibleUnit,
      pokjaId: row.pokjaId,
      targetDate: row.targetDate,
      status: row.status,
      progress: row.progress,
      note: row.note,
    };
  }

  /** Tasks not done whose target day is over in WIB (the same rule as isOverdue, as a query). */
  function overdueWhere(now: Date): Prisma.SpbeTaskWhereInput {
    return { status: { not: "selesai" }, targetDate: { not: null, lte: overdueTargetBound(now) } };
  }

  /** Status counts, progress sums and overdue counts per pokja, counted by the database. */
  async function countsByPokja(where: Prisma.SpbeTaskWhereInput) {
    const now = clock.now();
    // One after the other with a turn of the event loop between: each scans the catalogue (SQLite
    // answers at once, so two together would be one block twice as long).
    const byStatus = await db.spbeTask.groupBy({ by: ["pokjaId", "status"], where, _count: { _all: true }, _sum: { progress: true } });
    await nextTurn();
    const overdue = await db.spbeTask.groupBy({ by: ["pokjaId"], where: { AND: [where, overdueWhere(now)] }, _count: { _all: true } });
    const rows = new Map<number | null, { counts: StatusCounts; total: number; progress: number; overdue: number }>();
    const rowOf = (pokjaId: number | null) => {
      let row = rows.get(pokjaId);
      if (!row) rows.set(pokjaId, (row = { counts: emptyCounts(), total: 0, progress: 0, overdue: 0 }));
      return row;
    };
    for (const g of byStatus) {
      const row = rowOf(g.pokjaId);
      if (g.status in row.counts) row.counts[g.status as TaskStatus] += g._count._all;
      row.total += g._count._all;
      row.progress += g._sum.progress ?? 0;
    }
    for (const g of overdue) rowOf(g.pokjaId).overdue += g._count._all;
    return rows;
  }

  function summaryRow(name: string, pokjaId: number | null, parts: { counts: StatusCounts; total: number; progress: number; overdue: number }[]): SummaryRow {
    const counts = emptyCounts();
    let total = 0;
    let progress = 0;
    let overdue = 0;
    for (const part of parts) {
      for (const status of TASK_STATUSES) counts[status] += part.counts[status];
      total += part.total;
      progress += part.progress;
      overdue += part.overdue;
    }
    return { pokjaId, name, total, counts, overdue, averageProgress: total ? Math.round(progress / total) : 0 };
  }

  async function summary(): Promise<{ total: SummaryRow; byPokja: SummaryRow[] }> {
    const rows = await countsByPokja({});
    const pokjas = await db.pokja.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" }, select: { id: true, name: true } });
    const byPokja = pokjas.map((p) => summaryRow(p.name, p.id, rows.has(p.id) ? [rows.get(p.id)!] : []));
    const active = new Set(pokjas.map((p) => p.id));
    const unassigned = [...rows].filter(([pokjaId]) => pokjaId === null || !active.has(pokjaId)).map(([, row]) => row);
    if (unassigned.some((row) => row.total > 0)) byPokja.push(summaryRow("", null, unassigned));
    return { total: summaryRow("", null, [...rows.values()]), byPokja };
  }

  /** One pokja's tasks in one row (what its Telegram group is shown). */
  async function pokjaSummary(pokjaId: number, name: string): Promise<SummaryRow> {
    return summaryRow(name, pokjaId, [...(await countsByPokja({ pokjaId })).values()]);
  }

  async function findByNumber(number: number) {
    if (!Number.isSafeInteger(number)) return null;
    const task = await db.spbeTask.findUnique({ where: { number }, include: withRelations });
    if (!task) return null;
    const history = await db.spbeTaskHistory.findMany({
      where: { taskId: task.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 5,
    });
    return { task, history };
  }

  /** The filter as a query. Words must all appear; punctuation is ignored (searchText is normalised the same way). */
  function filterWhere(filter: TaskFilter): Prisma.SpbeTaskWhereInput {
    const tokens = filter.text ? normalizeSearchText(filter.text).split(" ").filter(Boolean) : [];
    return {
      AND: [
        ...(filter.status ? [{ status: filter.status }] : []),
        ...(filter.pokjaId !== undefined ? [{ pokjaId: filter.pokjaId }] : []),
        ...(filter.overdueOnly ? [overdueWhere(clock.now())] : []),
        ...tokens.map((token) => ({ searchText: { contains: token } })),
      ],
    };
  }

  /** The matching tasks by number, 10 a page: counted and cut by the database. */
  async function search(filter: TaskFilter, page: number): Promise<Page<TaskWithRelations>> {
    const where = filterWhere(filter);
    const total = await db.spbeTask.count({ where });
    const { page: current, pageCount } = clampPage(total, page, TASK_PAGE_SIZE);
    const items = await db.spbeTask.findMany({
      where,
      include: withRelations,
      orderBy: { number: "asc" },
      skip: current * TASK_PAGE_SIZE,
      take: TASK_PAGE_SIZE,
    });
    return { items, total, page: current, pageCount };
  }

  /** Saves a change with its history in one transaction; returns null when nothing changes. */
  async function update(taskId: number, actor: TaskActor, patch: TaskPatch) {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const task = await tx.spbeTask.findUniqueOrThrow({ where: { id: taskId } });
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (patch.status !== undefined && patch.status !== task.status) changes.status = { from: task.status, to: patch.status };
      if (patch.progress !== undefined && patch.progress !== task.progress) changes.progress = { from: task.progress, to: patch.progress };
      if (patch.note !== undefined && (patch.note ?? null) !== task.note) changes.note = { from: task.note, to: patch.note };
      if (Object.keys(changes).length === 0) return null;
      const updated = await tx.spbeTask.update({
        where: { id: taskId },
        data: {
          ...(changes.status ? { status: patch.status } : {}),
          ...(changes.progress ? { progress: patch.progress } : {}),
          ...(changes.note ? { note: patch.note } : {}),
          updatedAt: now,
          updatedById: actor.memberId,
          updatedByName: actor.name,
        },
        include: withRelations,
      });
      await tx.spbeTaskHistory.create({
        data: {
          taskId,
          changes: JSON.stringify(changes),
          note: patch.note ?? null,
          actorId: actor.memberId,
          actorName: actor.name,
          createdAt: now,
        },
      });
      return { task: updated, changes };
    });
  }

  async function follow(taskId: number, memberId: number): Promise<boolean> {
    const existing = await db.spbeTaskFollower.findUnique({ where: { taskId_memberId: { taskId, memberId } } });
    if (existing) return false;
    await db.spbeTaskFollower.create({ data: { taskId, memberId, createdAt: clock.now() } });
    return true;
  }

  async function unfollow(taskId: number, memberId: number): Promise<boolean> {
    return (await db.spbeTaskFollower.deleteMany({ where: { taskId, memberId } })).count > 0;
  }

  async function isFollowing(taskId: number, memberId: number): Promise<boolean> {
    return (await db.spbeTaskFollower.count({ where: { taskId, memberId } })) > 0;
  }

  /** Who hears of an update: followers, and the pokja's members when the updater chose so. */
  async function audienceOfUpdate(taskId: number, pokjaMembers: boolean) {
    const task = await db.spbeTask.findUniqueOrThrow({ where: { id: taskId } });
    const select = { id: true, telegramId: true, language: true, timezone: true } as const;
    const followers = await db.member.findMany({ where: { status: "approved", taskFollows: { some: { taskId } } }, select });
    const members =
      pokjaMembers && task.pokjaId !== null
        ? await db.member.findMany({
            where: { status: "approved", pokjaMemberships: { some: { pokjaId: task.pokjaId, status: "active" } } },
            select,
          })
        : [];
    return [...new Map([...followers, ...members].map((m) => [m.id, m])).values()];
  }

  /**
   * A coordinator's pokja tasks (not done) that became overdue in the last day, or fall due within
   * 7 days; and how many are overdue in all, for context. Long-overdue tasks are not repeated daily.
   */
  async function digestFor(memberId: number) {
    const now = clock.now();
    const pokjaIds = (
      await db.pokjaCoordinator.findMany({ where: { memberId, pokja: { retiredAt: null } }, select: { pokjaId: true } })
    ).map((c) => c.pokjaId);
    if (pokjaIds.length === 0) return { becameOverdue: [], dueSoon: [], overdueTotal: 0 };
    // Overdue since the last day, and due within 7 days, picked by the database (the isOverdue rule as bounds).
    // Tasks that apply to agencies have no national status to be late with: their roll-up is separate.
    const open = { pokjaId: { in: pokjaIds }, status: { not: "selesai" }, scope: "national" };
    const orderBy = [{ targetDate: "asc" }, { number: "asc" }] as const;
    const soon = new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000);
    const [becameOverdue, dueSoon, overdueTotal] = await Promise.all([
      db.spbeTask.findMany({
        where: { ...open, targetDate: { gt: overdueTargetBound(new Date(now.getTime() - 86_400_000)), lte: overdueTargetBound(now) } },
        include: withRelations,
        orderBy: [...orderBy],
      }),
      db.spbeTask.findMany({ where: { ...open, targetDate: { gt: overdueTargetBound(now), lte: soon } }, include: withRelations, orderBy: [...orderBy] }),
      db.spbeTask.count({ where: { ...open, ...overdueWhere(now) } }),
    ]);
    return { becameOverdue, dueSoon, overdueTotal };
  }

  /** The active pokja a member coordinates (the digest's roll-up of tasks that apply to agencies). */
  async function coordinatedPokjaIds(memberId: number): Promise<number[]> {
    const rows = await db.pokjaCoordinator.findMany({ where: { memberId, pokja: { retiredAt: null } }, select: { pokjaId: true } });
    return rows.map((r) => r.pokjaId);
  }

  /** An agency's approved members, who are reminded of its overdue entries. */
  async function approvedMembersOf(agencyId: number) {
    return db.member.findMany({
      where: { agencyId, status: "approved" },
      select: { id: true, telegramId: true, language: true, timezone: true },
      orderBy: { id: "asc" },
    });
  }

  async function coordinatorsWithTasks() {
    return db.member.findMany({
      where: { status: "approved", coordinatorOf: { some: { pokja: { retiredAt: null, spbeTasks: { some: {} } } } } },
      select: { id: true, telegramId: true, language: true, timezone: true, fullName: true },
    });
  }

  /** How a row's berlaku_untuk differs from the task's scope (nothing when the file has no such column). */
  function scopeChanges(scope: string, codes: readonly string[], next: ParsedScope | null): Record<string, { from: unknown; to: unknown }> {
    if (next === null) return {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (scope !== next.scope) changes.scope = { from: scope, to: next.scope };
    const before = [...codes].sort();
    const after = [...next.agencyCodes].sort();
    if (before.join(";") !== after.join(";")) changes.scopeAgencies = { from: before.length, to: after.length };
    return changes;
  }

  /** What an import would do, row by row, against the catalogue as it is now. */
  async function planImport(rows: readonly TaskImportRow[]): Promise<ImportPlan> {
    // Only the file's numbers are read, a page at a time, the event loop getting a turn in between.
    const existing = new Map<number, Awaited<ReturnType<typeof readExisting>>[number]>();
    const readExisting = (numbers: number[]) =>
      db.spbeTask.findMany({
        where: { number: { in: numbers } },
        include: { scopeAgencies: { select: { agency: { select: { code: true } } } } },
      });
    for (let start = 0; start < rows.length; start += TASK_IMPORT_READ_SIZE) {
      const numbers = rows.slice(start, start + TASK_IMPORT_READ_SIZE).map((r) => r.number);
      for (const task of await readExisting(numbers)) existing.set(task.number, task);
      await nextTurn();
    }
    const agencies = await agencyIds(rows);
    const plan: ImportPlan = { create: [], update: [], unchanged: 0 };
    for (const row of rows) {
      const current = existing.get(row.number);
      if (!current) {
        plan.create.push(row);
        continue;
      }
      const next = storedFields(row, agencies);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of IMPORT_FIELDS) {
        if (comparable(current[field]) !== comparable(next[field])) changes[field] = { from: current[field], to: next[field] };
      }
      Object.assign(changes, scopeChanges(current.scope, current.scopeAgencies.map((a) => a.agency.code), row.scope ?? null));
      if (Object.keys(changes).length === 0) plan.unchanged += 1;
      else plan.update.push({ row, changes });
    }
    return plan;
  }

  /**
   * Applies an import with a history entry for every created or changed task, TASK_IMPORT_WRITE_SIZE
   * tasks per transaction. On SQLite a transaction holds the one connection, so other chats' queries
   * get their turn between these short ones instead of waiting for the whole file (10 s for 3,000 tasks). The file
   * was checked whole before; should writing fail midway, the tasks written stay, and importing the
   * same file again writes the rest (unchanged tasks are skipped).
   */
  async function applyImport(rows: readonly TaskImportRow[], actor: TaskActor) {
    const plan = await planImport(rows);
    const now = clock.now();
    const agencies = await agencyIds(rows);
    const changesOf = new Map(plan.update.map((u) => [u.row.number, u.changes]));
    const writes = [...plan.create, ...plan.update.map((u) => u.row)];
    for (let start = 0; start < writes.length; start += TASK_IMPORT_WRITE_SIZE) {
      await db.$transaction(async (tx) => {
        for (const row of writes.slice(start, start + TASK_IMPORT_WRITE_SIZE)) {
          const data = {
            ...(storedFields(row, agencies) as Omit<Prisma.SpbeTaskUncheckedCreateInput, "number" | "createdAt">),
            searchText: taskSearchText(row),
            updatedAt: now,
            updatedById: actor.memberId,
            updatedByName: actor.name,
          };
          const task = await tx.spbeTask.upsert({
            where: { number: row.number },
            create: { number: row.number, createdAt: now, ...data },
            update: data,
          });
          const changes = changesOf.get(row.number) ?? { created: { from: null, to: row.number } };
          if (row.scope && (changes.created || changes.scope || changes.scopeAgencies)) {
            await tx.spbeTask.update({ where: { id: task.id }, data: { scope: row.scope.scope } });
            await tx.spbeTaskAgency.deleteMany({ where: { taskId: task.id } });
            const listed = row.scope.agencyCodes.flatMap((code) => (agencies.has(code) ? [{ taskId: task.id, agencyId: agencies.get(code)! }] : []));
            if (listed.length) await tx.spbeTaskAgency.createMany({ data: listed });
          }
          await tx.spbeTaskHistory.create({
            data: {
              taskId: task.id,
              changes: JSON.stringify(changes),
              note: null,
              actorId: actor.memberId,
              actorName: actor.name,
              source: "import",
              createdAt: now,
            },
          });
          // A task is a few ms of Prisma and SQLite on this thread: the loop gets a turn after each,
          // and other chats' queries wait at most for the rest of this short transaction.
          await nextTurn();
        }
      });
    }
    // A task that applies to agencies keeps the status and progress derived from its agencies, not the file's.
    if (writes.length > 0) await agencyProgress.syncAllTaskStates();
    return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged };
  }

  /** The columns an export writes. */
  const exportSelect = {
    number: true,
    title: true,
    description: true,
    legalBasis: true,
    responsibleUnit: true,
    targetDate: true,
    status: true,
    progress: true,
    note: true,
    updatedAt: true,
    updatedByName: true,
    agency: { select: { code: true, name: true } },
    pokja: { select: { name: true } },
    id: true,
    scope: true,
    scopeAgencies: { select: { agency: { select: { code: true } } }, orderBy: { agency: { code: "asc" } } },
  } as const;

  /**
   * The matching tasks for export, by number, `batch` at a time: each batch continues after the
   * last number read, so memory holds one batch whatever the size of the catalogue.
   */
  async function* exportBatches(filter: TaskFilter = {}, batch = TASK_EXPORT_BATCH_SIZE): AsyncGenerator<TaskExportRow[]> {
    const where = filterWhere(filter);
    const now = clock.now();
    let after: number | null = null;
    for (;;) {
      const batchWhere: Prisma.SpbeTaskWhereInput = after === null ? where : { AND: [where, { number: { gt: after } }] };
      const tasks = await db.spbeTask.findMany({
        where: batchWhere,
        select: exportSelect,
        orderBy: { number: "asc" },
        take: batch,
      });
      if (tasks.length === 0) return;
      // The derived figure of the few tasks that apply to agencies: two counts each.
      const figures = new Map<number, { done: number; total: number }>();
      for (const t of tasks) {
        const applicable = applicableAgencyWhere(t);
        if (!applicable) continue;
        const total = await db.agency.count({ where: applicable });
        const done = await db.agencyTaskProgress.count({ where: { taskId: t.id, status: "selesai", agency: applicable } });
        figures.set(t.id, { done, total });
      }
      yield tasks.map((t) => ({
        number: t.number,
        title: t.title,
        description: t.description,
        legalBasis: t.legalBasis,
        agencyCode: t.agency?.code ?? null,
        agencyName: t.agency?.name ?? null,
        responsibleUnit: t.responsibleUnit,
        pokjaName: t.pokja?.name ?? null,
        targetDate: t.targetDate,
        status: t.status as TaskStatus,
        progress: t.progress,
        overdue: isOverdue(t, now),
        note: t.note,
        updatedAt: t.updatedAt,
        updatedBy: t.updatedByName,
        scope: isTaskScope(t.scope) ? t.scope : "national",
        scopeCodes: t.scopeAgencies.map((a) => a.agency.code),
        agenciesDone: figures.get(t.id)?.done ?? null,
        agenciesTotal: figures.get(t.id)?.total ?? null,
      }));
      if (tasks.length < batch) return;
      after = tasks.at(-1)!.number;
    }
  }

  /** Every matching task for export at once (small catalogues and tests; the bot streams exportBatches). */
  async function exportRows(filter: TaskFilter = {}): Promise<TaskExportRow[]> {
    const rows: TaskExportRow[] = [];
    for await (const batch of exportBatches(filter)) rows.push(...batch);
    return rows;
  }

  return {
    summary,
    pokjaSummary,
    findByNumber,
    search,
    update,
    follow,
    unfollow,
    isFollowing,
    audienceOfUpdate,
    digestFor,
    coordinatorsWithTasks,
    coordinatedPokjaIds,
    approvedMembersOf,
    /** Each agency's own entries of tasks that apply to agencies (the same service as services.agencyProgress). */
    agencyProgress,
    planImport,
    applyImport,
    exportRows,
    exportBatches,
    count: () => db.spbeTask.count(),
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
