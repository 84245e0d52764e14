// The national SPBE tasks: summary, cards, search, updates with history, followers, digests,
// import and export. Plain TypeScript; the bot and the import flow call it.
import type { Database } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Clock } from "../shared/clock.js";
import { normalizeSearchText } from "../agencies/agency-registry.js";
import { pageOf, type Page } from "../shared/paging.js";
import { ZONE_OFFSET_MINUTES } from "../shared/time.js";
import { WIB } from "../shared/time-zones.js";
import { TASK_STATUSES, type TaskExportRow, type TaskImportRow, type TaskStatus } from "./task-csv.js";

export { TASK_STATUSES, type TaskStatus };

export const TASK_PAGE_SIZE = 10;
/** Tasks due within this many days are in the coordinators' digest. */
export const DUE_SOON_DAYS = 7;
/** National deadlines end with the target day in the capital (WIB), the ministry's zone. */
const WIB_OFFSET_MS = ZONE_OFFSET_MINUTES[WIB] * 60_000;

const withRelations = { agency: true, pokja: true } as const;
export type TaskWithRelations = Prisma.SpbeTaskGetPayload<{ include: typeof withRelations }>;

/** A target date is a calendar day; it has passed once that day is over in WIB. */
export function isOverdue(task: { targetDate: Date | null; status: string }, now: Date): boolean {
  if (!task.targetDate || task.status === "selesai") return false;
  return now.getTime() >= task.targetDate.getTime() + 86_400_000 - WIB_OFFSET_MS;
}

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

function summarize(
  name: string,
  pokjaId: number | null,
  tasks: { status: string; progress: number; targetDate: Date | null }[],
  now: Date,
): SummaryRow {
  const counts = emptyCounts();
  for (const t of tasks) counts[t.status as TaskStatus] += 1;
  const averageProgress = tasks.length ? Math.round(tasks.reduce((n, t) => n + t.progress, 0) / tasks.length) : 0;
  return { pokjaId, name, total: tasks.length, counts, overdue: tasks.filter((t) => isOverdue(t, now)).length, averageProgress };
}

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
  async function agencyIds(rows: readonly TaskImportRow[]) {
    const codes = [...new Set(rows.map((r) => r.agencyCode).filter((c): c is string => c !== null))];
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

  async function summary(): Promise<{ total: SummaryRow; byPokja: SummaryRow[] }> {
    const now = clock.now();
    const tasks = await db.spbeTask.findMany({ select: { status: true, progress: true, targetDate: true, pokjaId: true } });
    const pokjas = await db.pokja.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" } });
    const byPokja = pokjas.map((p) => summarize(p.name, p.id, tasks.filter((t) => t.pokjaId === p.id), now));
    const unassigned = tasks.filter((t) => t.pokjaId === null || !pokjas.some((p) => p.id === t.pokjaId));
    if (unassigned.length > 0) byPokja.push(summarize("", null, unassigned, now));
    return { total: summarize("", null, tasks, now), byPokja };
  }

  /** One pokja's tasks in one row (what its Telegram group is shown). */
  async function pokjaSummary(pokjaId: number, name: string): Promise<SummaryRow> {
    const tasks = await db.spbeTask.findMany({ where: { pokjaId }, select: { status: true, progress: true, targetDate: true } });
    return summarize(name, pokjaId, tasks, clock.now());
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

  /** Every task matching the filter, by number. Words must all appear; punctuation is ignored. */
  async function matching(filter: TaskFilter): Promise<TaskWithRelations[]> {
    const tokens = filter.text ? normalizeSearchText(filter.text).split(" ").filter(Boolean) : [];
    const tasks = await db.spbeTask.findMany({
      where: {
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.pokjaId !== undefined ? { pokjaId: filter.pokjaId } : {}),
        AND: tokens.map((token) => ({ searchText: { contains: token } })),
      },
      include: withRelations,
      orderBy: { number: "asc" },
    });
    const now = clock.now();
    return filter.overdueOnly ? tasks.filter((t) => isOverdue(t, now)) : tasks;
  }

  /** The matching tasks, 10 a page. */
  async function search(filter: TaskFilter, page: number): Promise<Page<TaskWithRelations>> {
    return pageOf(await matching(filter), page, TASK_PAGE_SIZE);
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
    const tasks = await db.spbeTask.findMany({
      where: { pokjaId: { in: pokjaIds }, status: { not: "selesai" }, targetDate: { not: null } },
      include: withRelations,
      orderBy: [{ targetDate: "asc" }, { number: "asc" }],
    });
    const soon = now.getTime() + DUE_SOON_DAYS * 86_400_000;
    const dayAgo = new Date(now.getTime() - 86_400_000);
    return {
      becameOverdue: tasks.filter((t) => isOverdue(t, now) && !isOverdue(t, dayAgo)),
      dueSoon: tasks.filter((t) => !isOverdue(t, now) && t.targetDate !== null && t.targetDate.getTime() <= soon),
      overdueTotal: tasks.filter((t) => isOverdue(t, now)).length,
    };
  }

  async function coordinatorsWithTasks() {
    return db.member.findMany({
      where: { status: "approved", coordinatorOf: { some: { pokja: { retiredAt: null, spbeTasks: { some: {} } } } } },
      select: { id: true, telegramId: true, language: true, timezone: true, fullName: true },
    });
  }

  /** What an import would do, row by row, against the catalogue as it is now. */
  async function planImport(rows: readonly TaskImportRow[]): Promise<ImportPlan> {
    const existing = new Map((await db.spbeTask.findMany()).map((t) => [t.number, t]));
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
      if (Object.keys(changes).length === 0) plan.unchanged += 1;
      else plan.update.push({ row, changes });
    }
    return plan;
  }

  /** Applies an import in one transaction, with a history entry for every created or changed task. */
  async function applyImport(rows: readonly TaskImportRow[], actor: TaskActor) {
    const plan = await planImport(rows);
    const now = clock.now();
    const agencies = await agencyIds(rows);
    await db.$transaction(
      async (tx) => {
        for (const row of [...plan.create, ...plan.update.map((u) => u.row)]) {
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
          const changes = plan.update.find((u) => u.row.number === row.number)?.changes ?? { created: { from: null, to: row.number } };
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
        }
      },
      { timeout: 120_000 },
    );
    return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged };
  }

  async function exportRows(filter: TaskFilter = {}): Promise<TaskExportRow[]> {
    const all = await matching(filter);
    const now = clock.now();
    return all.map((t) => ({
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
    }));
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
    planImport,
    applyImport,
    exportRows,
    count: () => db.spbeTask.count(),
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
