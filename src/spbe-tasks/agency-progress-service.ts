// Each agency's own progress on SPBE tasks that apply to agencies (SpbeTask.scope other than
// "national"): which agencies a task falls on, their entries and history, and the national figure
// derived from them. Plain TypeScript, no grammY; who may update what is decided in
// src/access/permissions.ts, which uses applicableAgencyWhere below. Every list is counted, cut and
// filtered by the database; agencies are never all loaded to be filtered here.
import type { Database } from "../db/client.js";
import { Prisma } from "../generated/prisma/client.js";
import type { Clock } from "../shared/clock.js";
import { normalizeSearchText } from "../agencies/agency-registry.js";
import { clampPage, type Page } from "../shared/paging.js";
import { TASK_STATUSES, type TaskStatus } from "./task-csv-types.js";
import { overdueTargetBound } from "./task-deadline.js";
import { SCOPE_KINDS, isTaskScope, type ParsedScope, type TaskScope } from "./task-scope.js";

export const AGENCY_PROGRESS_PAGE_SIZE = 10;
/** The same cap as a national task's note. */
export const AGENCY_NOTE_MAX = 1000;
export const EVIDENCE_URL_MAX = 500;
export const EVIDENCE_FILE_NAME_MAX = 200;

/** An agency with no entry for a task has not reported; it counts as not started. */
export const NOT_REPORTED = "belum_melapor";
export type AgencyStatus = TaskStatus | typeof NOT_REPORTED;

export type AgencyStatusCounts = Record<AgencyStatus, number>;

/** The national figure of a task that applies to agencies: "312 dari 552 instansi selesai (57%)". */
export interface AgencyFigure {
  /** Agencies the task applies to. */
  total: number;
  /** Sums to total: agencies without an entry are belum_melapor. */
  counts: AgencyStatusCounts;
  reported: number;
  done: number;
  /** Whole percent of total done: never 100 before all are done, never 0 once one is. */
  donePercent: number;
  /** Mean progress over all applicable agencies (not reported = 0). */
  averageProgress: number;
}

export interface ProvinceFigure extends AgencyFigure {
  /** null for central units (a chosen list may name them). */
  provinceCode: string | null;
  provinceName: string | null;
  /** The province's own agency (Dinas Kominfo Provinsi) when the task applies to it: its status. */
  provinceAgency: { id: number; status: AgencyStatus } | null;
}

/** One province's row of a task's ranking: its agencies (own and kabupaten/kota), done, reported. */
export interface ProvinceShare {
  /** null for central units (a chosen list may name them). */
  provinceCode: string | null;
  provinceName: string | null;
  total: number;
  done: number;
  reported: number;
  notReported: number;
  donePercent: number;
}

export interface ProgressActor {
  memberId: number | null;
}

export type Evidence = { url: string } | { fileId: string; fileName: string };

export interface EntryPatch {
  status?: string;
  progress?: number;
  note?: string | null;
  /** A link or a Telegram document replaces the one before; null removes it. */
  evidence?: Evidence | null;
}

export type UpdateRefusal =
  | "unknown_task"
  | "not_applicable"
  | "invalid_status"
  | "invalid_progress"
  | "note_too_long"
  | "invalid_evidence_url"
  | "invalid_evidence_file";

export interface AgencyTaskFilter {
  status?: AgencyStatus;
  /** Tasks whose target day is over and which this agency has not finished. */
  overdueOnly?: boolean;
  /** Those overdue tasks first (by target date), then the rest by number; still cut by the database. */
  overdueFirst?: boolean;
}

/** Options of the "who has not reported" view: a province, kinds (kabupaten/kota for a province's view). */
export interface AgencyFilter {
  provinceCode?: string;
  kinds?: readonly string[];
  /** Words of the agency's name (all must appear), as agency search reads them. */
  text?: string;
}

type ScopedTask = { id: number; scope: string };

const emptyCounts = (): AgencyStatusCounts => ({ belum_melapor: 0, belum_dimulai: 0, berjalan: 0, selesai: 0, ditunda: 0 });

/**
 * The agencies a task applies to, as a query (null for a national task: none). Permissions use it
 * to check one agency: `db.agency.count({ where: { AND: [{ id }, applicableAgencyWhere(task)!] } })`.
 */
export function applicableAgencyWhere(task: ScopedTask): Prisma.AgencyWhereInput | null {
  if (task.scope === "list") return { scopedTasks: { some: { taskId: task.id } } };
  if (task.scope === "all" || task.scope === "provinces" || task.scope === "regencies") return { kind: { in: [...SCOPE_KINDS[task.scope]] } };
  return null;
}

/** The tasks that apply to one agency of a kind, as a query. */
export function tasksForAgencyWhere(agency: { id: number; kind: string }): Prisma.SpbeTaskWhereInput {
  const wholeKind = (Object.keys(SCOPE_KINDS) as (keyof typeof SCOPE_KINDS)[]).filter((s) => SCOPE_KINDS[s].includes(agency.kind));
  return {
    OR: [...(wholeKind.length ? [{ scope: { in: wholeKind } }] : []), { scope: "list", scopeAgencies: { some: { agencyId: agency.id } } }],
  };
}

/** Whole percent, honest at the ends. */
export function percentOf(part: number, total: number): number {
  if (total <= 0 || part <= 0) return 0;
  if (part >= total) return 100;
  return Math.min(99, Math.max(1, Math.round((part * 100) / total)));
}

/** The link's text when it is an http(s) address without credentials, else null. */
export function validEvidenceUrl(raw: string): string | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > EVIDENCE_URL_MAX || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password || !url.hostname) return null;
  return text;
}

function figureFrom(total: number, groups: readonly { status: string; count: number; progress: number }[]): AgencyFigure {
  const counts = emptyCounts();
  let reported = 0;
  let progress = 0;
  for (const g of groups) {
    if ((TASK_STATUSES as readonly string[]).includes(g.status)) counts[g.status as TaskStatus] += g.count;
    reported += g.count;
    progress += g.progress;
  }
  counts.belum_melapor = Math.max(0, total - reported);
  return {
    total,
    counts,
    reported,
    done: counts.selesai,
    donePercent: percentOf(counts.selesai, total),
    averageProgress: total ? Math.round(progress / total) : 0,
  };
}

/**
 * The national status and progress of a task that applies to agencies, derived from its agencies'
 * entries, so the national summary, lists, charts and exports count it as it stands: done when every
 * agency is done, under way once any has started, put off when every agency that reported put it off;
 * progress is the average over all its agencies (those that have not reported count as 0).
 */
export function derivedTaskState(f: AgencyFigure): { status: TaskStatus; progress: number } {
  const started = f.counts.berjalan > 0 || f.counts.selesai > 0 || f.averageProgress > 0;
  const status: TaskStatus =
    f.total > 0 && f.done === f.total ? "selesai" : started ? "berjalan" : f.reported > 0 && f.counts.ditunda === f.reported ? "ditunda" : "belum_dimulai";
  return { status, progress: status === "selesai" ? 100 : Math.min(99, f.averageProgress) };
}

export function createAgencyProgressService({ db, clock }: { db: Database; clock: Clock }) {

  async function taskOf(taskId: number): Promise<ScopedTask & { pokjaId: number | null; targetDate: Date | null }> {
    return db.spbeTask.findUniqueOrThrow({ where: { id: taskId }, select: { id: true, scope: true, pokjaId: true, targetDate: true } });
  }

  /** Entries that count: those of agencies the task still applies to (a list may have shrunk). */
  const countedEntryWhere = (taskId: number, applicable: Prisma.AgencyWhereInput): Prisma.AgencyTaskProgressWhereInput => ({
    taskId,
    agency: applicable,
  });

  /**
   * Sets who a task applies to (and, for a list, exactly those agencies), with a history entry on
   * the task. Entries already given stay; they count again if the agency comes back into scope.
   */
  async function setScope(taskId: number, actor: ProgressActor & { name: string }, parsed: ParsedScope) {
    const codes = parsed.scope === "list" ? [...parsed.agencyCodes] : [];
    const agencies = codes.length ? await db.agency.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }) : [];
    if (agencies.length !== codes.length) {
      const known = new Set(agencies.map((a) => a.code));
      throw new Error(`Unknown agency codes: ${codes.filter((c) => !known.has(c)).join(", ")}`);
    }
    if (parsed.scope === "list" && agencies.length === 0) throw new Error("A list scope needs at least one agency");
    const now = clock.now();
    const result = await db.$transaction(async (tx) => {
      const task = await tx.spbeTask.findUniqueOrThrow({ where: { id: taskId }, select: { scope: true } });
      const before = await tx.spbeTaskAgency.count({ where: { taskId } });
      await tx.spbeTaskAgency.deleteMany({ where: { taskId } });
      if (agencies.length) await tx.spbeTaskAgency.createMany({ data: agencies.map((a) => ({ taskId, agencyId: a.id })) });
      await tx.spbeTask.update({ where: { id: taskId }, data: { scope: parsed.scope } });
      const changes = { scope: { from: task.scope, to: parsed.scope }, ...(before || agencies.length ? { agencies: { from: before, to: agencies.length } } : {}) };
      await tx.spbeTaskHistory.create({
        data: { taskId, changes: JSON.stringify(changes), actorId: actor.memberId, actorName: actor.name, createdAt: now },
      });
      return { scope: parsed.scope, agencies: agencies.length };
    });
    await syncTaskState(taskId);
    return result;
  }

  /** Whether the task applies to this agency (false for national tasks). */
  async function appliesTo(task: ScopedTask, agencyId: number): Promise<boolean> {
    const where = applicableAgencyWhere(task);
    return Boolean(where && (await db.agency.count({ where: { AND: [{ id: agencyId }, where] } })) > 0);
  }

  /** The agencies a task applies to, with their entry, by code, a page at a time. */
  async function agencies(taskId: number, filter: AgencyFilter & { status?: AgencyStatus } = {}, page = 0) {
    const task = await taskOf(taskId);
    const applicable = applicableAgencyWhere(task);
    if (!applicable) return { items: [], total: 0, page: 0, pageCount: 1 };
    const where: Prisma.AgencyWhereInput = {
      AND: [
        applicable,
        ...(filter.provinceCode ? [{ provinceCode: filter.provinceCode }] : []),
        ...(filter.kinds ? [{ kind: { in: [...filter.kinds] } }] : []),
        ...(filter.text ? normalizeSearchText(filter.text).split(" ").filter(Boolean).map((token) => ({ searchText: { contains: token } })) : []),
        ...(filter.status === NOT_REPORTED ? [{ taskProgress: { none: { taskId } } }] : []),
        ...(filter.status && filter.status !== NOT_REPORTED ? [{ taskProgress: { some: { taskId, status: filter.status } } }] : []),
      ],
    };
    const total = await db.agency.count({ where });
    const { page: current, pageCount } = clampPage(total, page, AGENCY_PROGRESS_PAGE_SIZE);
    const items = await db.agency.findMany({
      where,
      select: { id: true, code: true, name: true, kind: true, provinceCode: true, taskProgress: { where: { taskId } } },
      orderBy: { code: "asc" },
      skip: current * AGENCY_PROGRESS_PAGE_SIZE,
      take: AGENCY_PROGRESS_PAGE_SIZE,
    });
    return {
      items: items.map(({ taskProgress, ...agency }) => ({ agency, entry: taskProgress[0] ?? null })),
      total,
      page: current,
      pageCount,
    };
  }

  /** "Which kabupaten/kota of province X have not reported": applicable agencies with no entry. */
  function notReported(taskId: number, filter: AgencyFilter = {}, page = 0) {
    return agencies(taskId, { ...filter, status: NOT_REPORTED }, page);
  }

  /** One agency's entry of a task, and its latest changes. */
  async function entryOf(taskId: number, agencyId: number, historyLimit = 5) {
    const entry = await db.agencyTaskProgress.findUnique({
      where: { taskId_agencyId: { taskId, agencyId } },
      include: { updatedBy: { select: { id: true, fullName: true } } },
    });
    const history = entry
      ? await db.agencyTaskHistory.findMany({
          where: { entryId: entry.id },
          include: { actor: { select: { id: true, fullName: true } } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: historyLimit,
        })
      : [];
    return { entry, history };
  }

  function validate(patch: EntryPatch): UpdateRefusal | null {
    if (patch.status !== undefined && !(TASK_STATUSES as readonly string[]).includes(patch.status)) return "invalid_status";
    if (patch.progress !== undefined && (!Number.isInteger(patch.progress) || patch.progress < 0 || patch.progress > 100)) return "invalid_progress";
    if (typeof patch.note === "string" && [...patch.note.trim()].length > AGENCY_NOTE_MAX) return "note_too_long";
    if (patch.evidence && "url" in patch.evidence && validEvidenceUrl(patch.evidence.url) === null) return "invalid_evidence_url";
    if (patch.evidence && "fileId" in patch.evidence) {
      const { fileId, fileName } = patch.evidence;
      if (!fileId.trim() || fileId.length > 200 || [...fileName].length > EVIDENCE_FILE_NAME_MAX) return "invalid_evidence_file";
    }
    return null;
  }

  /**
   * Saves an agency's entry with a history row in one transaction (the first report creates it).
   * "selesai" without a progress given means 100. Returns changed: false when nothing differs.
   * Whether the actor may do it is the caller's question (permissions.updatesAgencyEntry).
   */
  async function updateEntry(taskId: number, agencyId: number, actor: ProgressActor, patch: EntryPatch) {
    const refusal = validate(patch);
    if (refusal) return { ok: false as const, reason: refusal };
    const task = await db.spbeTask.findUnique({ where: { id: taskId }, select: { id: true, scope: true } });
    if (!task) return { ok: false as const, reason: "unknown_task" as const };
    if (!(await appliesTo(task, agencyId))) return { ok: false as const, reason: "not_applicable" as const };
    const now = clock.now();
    const note = patch.note === undefined ? undefined : patch.note?.trim() || null;
    const evidence =
      patch.evidence === undefined
        ? undefined
        : patch.evidence === null
          ? { evidenceUrl: null, evidenceFileId: null, evidenceFileName: null }
          : "url" in patch.evidence
            ? { evidenceUrl: patch.evidence.url.trim(), evidenceFileId: null, evidenceFileName: null }
            : { evidenceUrl: null, evidenceFileId: patch.evidence.fileId, evidenceFileName: patch.evidence.fileName };
    const progress = patch.progress ?? (patch.status === "selesai" ? 100 : undefined);
    const result = await db.$transaction(async (tx) => {
      const current = await tx.agencyTaskProgress.findUnique({ where: { taskId_agencyId: { taskId, agencyId } } });
      const next = {
        status: patch.status ?? current?.status ?? "belum_dimulai",
        progress: progress ?? current?.progress ?? 0,
        note: note === undefined ? (current?.note ?? null) : note,
        evidenceUrl: evidence ? evidence.evidenceUrl : (current?.evidenceUrl ?? null),
        evidenceFileId: evidence ? evidence.evidenceFileId : (current?.evidenceFileId ?? null),
        evidenceFileName: evidence ? evidence.evidenceFileName : (current?.evidenceFileName ?? null),
      };
      const evidenceChanged = current ? current.evidenceUrl !== next.evidenceUrl || current.evidenceFileId !== next.evidenceFileId : Boolean(evidence);
      const changed =
        !current || current.status !== next.status || current.progress !== next.progress || current.note !== next.note || evidenceChanged;
      if (!changed) return { ok: true as const, changed: false, entry: current };
      let entry;
      if (current) {
        entry = await tx.agencyTaskProgress.update({ where: { id: current.id }, data: { ...next, updatedAt: now, updatedById: actor.memberId } });
      } else {
        const agency = await tx.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { provinceCode: true } });
        entry = await tx.agencyTaskProgress.create({
          data: { taskId, agencyId, provinceCode: agency.provinceCode, ...next, updatedAt: now, updatedById: actor.memberId },
        });
      }
      await tx.agencyTaskHistory.create({
        data: {
          entryId: entry.id,
          taskId,
          agencyId,
          fromStatus: current?.status ?? null,
          toStatus: next.status,
          fromProgress: current?.progress ?? null,
          toProgress: next.progress,
          note: note ?? null,
          evidence: evidenceChanged ? (next.evidenceUrl ?? next.evidenceFileName) : null,
          actorId: actor.memberId,
          createdAt: now,
        },
      });
      return { ok: true as const, changed: true, entry };
    });
    if (result.changed) await syncTaskState(taskId);
    return result;
  }

  /**
   * Writes the task's derived national status and progress (derivedTaskState), when they differ.
   * Run after each change of an entry or of the scope; the daily digest runs it for every such task
   * too, so a write that raced another settles within a day.
   */
  async function syncTaskState(taskId: number) {
    await syncStateOf(await taskOf(taskId));
  }

  async function syncStateOf(task: ScopedTask) {
    if (!applicableAgencyWhere(task)) return;
    const { status, progress } = derivedTaskState(await figureOf(task));
    await db.spbeTask.updateMany({ where: { id: task.id, OR: [{ status: { not: status } }, { progress: { not: progress } }] }, data: { status, progress } });
  }

  /** syncTaskState for every task that applies to agencies (after an import, and daily). */
  async function syncAllTaskStates() {
    const tasks = await db.spbeTask.findMany({ where: { scope: { not: "national" } }, select: { id: true, scope: true }, orderBy: { id: "asc" } });
    for (const task of tasks) await syncStateOf(task);
    return tasks.length;
  }

  /**
   * The national figure of a task that applies to agencies: counts by status over the applicable
   * agencies. Callers that hold the task pass it (its id and scope), saving a read.
   */
  async function figure(task: number | ScopedTask): Promise<AgencyFigure> {
    return figureOf(typeof task === "number" ? await taskOf(task) : task);
  }

  async function figureOf(task: ScopedTask): Promise<AgencyFigure> {
    const applicable = applicableAgencyWhere(task);
    if (!applicable) return figureFrom(0, []);
    const total = await db.agency.count({ where: applicable });
    const groups = await db.agencyTaskProgress.groupBy({
      by: ["status"],
      where: countedEntryWhere(task.id, applicable),
      _count: { _all: true },
      _sum: { progress: true },
    });
    return figureFrom(
      total,
      groups.map((g) => ({ status: g.status, count: g._count._all, progress: g._sum.progress ?? 0 })),
    );
  }

  /**
   * The figure per province (its own agency and its kabupaten/kota together), by province code;
   * central units of a chosen list come last under provinceCode null. Three grouped queries and
   * one for the provinces' own agencies, whatever the number of agencies.
   */
  async function byProvince(taskId: number): Promise<ProvinceFigure[]> {
    const task = await taskOf(taskId);
    const applicable = applicableAgencyWhere(task);
    if (!applicable) return [];
    const totals = await db.agency.groupBy({ by: ["provinceCode"], where: applicable, _count: { _all: true } });
    const groups = await db.agencyTaskProgress.groupBy({
      by: ["provinceCode", "status"],
      where: countedEntryWhere(task.id, applicable),
      _count: { _all: true },
      _sum: { progress: true },
    });
    const provinces = await db.agency.findMany({
      where: { kind: "provinsi" },
      select: { id: true, provinceCode: true, provinceName: true, taskProgress: { where: { taskId }, select: { status: true } } },
    });
    const ownApplies = new Set(
      (await db.agency.findMany({ where: { AND: [{ kind: "provinsi" }, applicable] }, select: { id: true } })).map((a) => a.id),
    );
    const provinceOf = new Map(provinces.map((p) => [p.provinceCode, p]));
    const rows = totals.map((t) => {
      const p = t.provinceCode === null ? undefined : provinceOf.get(t.provinceCode);
      const parts = groups
        .filter((g) => g.provinceCode === t.provinceCode)
        .map((g) => ({ status: g.status, count: g._count._all, progress: g._sum.progress ?? 0 }));
      return {
        provinceCode: t.provinceCode,
        provinceName: p?.provinceName ?? null,
        provinceAgency: p && ownApplies.has(p.id) ? { id: p.id, status: (p.taskProgress[0]?.status as AgencyStatus) ?? NOT_REPORTED } : null,
        ...figureFrom(t._count._all, parts),
      };
    });
    return rows.sort((a, b) => (a.provinceCode === null ? 1 : b.provinceCode === null ? -1 : a.provinceCode.localeCompare(b.provinceCode)));
  }

  /**
   * Provinces ranked by share done (then by agencies done, then by code; central units last), a page
   * at a time: grouped, ordered and cut by the database in one query, counted in another.
   */
  async function provincesPage(taskId: number, page = 0): Promise<Page<ProvinceShare>> {
    const task = await taskOf(taskId);
    const applies =
      task.scope === "list"
        ? Prisma.sql`EXISTS (SELECT 1 FROM "SpbeTaskAgency" s WHERE s."taskId" = ${task.id} AND s."agencyId" = a."id")`
        : task.scope === "all" || task.scope === "provinces" || task.scope === "regencies"
          ? Prisma.sql`a."kind" IN (${Prisma.join([...SCOPE_KINDS[task.scope]])})`
          : null;
    if (!applies) return { items: [], total: 0, page: 0, pageCount: 1 };
    const [{ groups }] = await db.$queryRaw<[{ groups: bigint | number }]>`
      SELECT COUNT(*) AS "groups" FROM (SELECT a."provinceCode" FROM "Agency" a WHERE ${applies} GROUP BY a."provinceCode") g`;
    const total = Number(groups);
    const { page: current, pageCount } = clampPage(total, page, AGENCY_PROGRESS_PAGE_SIZE);
    const rows = await db.$queryRaw<{ code: string | null; name: string | null; total: bigint | number; done: bigint | number | null; reported: bigint | number }[]>`
      SELECT a."provinceCode" AS "code", MAX(a."provinceName") AS "name", COUNT(*) AS "total",
             SUM(CASE WHEN p."status" = 'selesai' THEN 1 ELSE 0 END) AS "done", COUNT(p."id") AS "reported"
      FROM "Agency" a
      LEFT JOIN "AgencyTaskProgress" p ON p."agencyId" = a."id" AND p."taskId" = ${task.id}
      WHERE ${applies}
      GROUP BY a."provinceCode"
      ORDER BY CASE WHEN a."provinceCode" IS NULL THEN 1 ELSE 0 END,
               SUM(CASE WHEN p."status" = 'selesai' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) DESC,
               SUM(CASE WHEN p."status" = 'selesai' THEN 1 ELSE 0 END) DESC,
               a."provinceCode" ASC
      LIMIT ${AGENCY_PROGRESS_PAGE_SIZE} OFFSET ${current * AGENCY_PROGRESS_PAGE_SIZE}`;
    const items = rows.map((r) => {
      const [all, done, reported] = [Number(r.total), Number(r.done ?? 0), Number(r.reported)];
      return { provinceCode: r.code, provinceName: r.name, total: all, done, reported, notReported: all - reported, donePercent: percentOf(done, all) };
    });
    return { items, total, page: current, pageCount };
  }

  /** The tasks that apply to an agency, by number, with its entry: counted and cut by the database. */
  async function agencyTasks(agencyId: number, filter: AgencyTaskFilter = {}, page = 0) {
    const agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { id: true, kind: true } });
    const bound = overdueTargetBound(clock.now());
    const overdue: Prisma.SpbeTaskWhereInput = { targetDate: { not: null, lte: bound }, agencyProgress: { none: { agencyId, status: "selesai" } } };
    const where: Prisma.SpbeTaskWhereInput = {
      AND: [
        tasksForAgencyWhere(agency),
        ...(filter.status === NOT_REPORTED ? [{ agencyProgress: { none: { agencyId } } }] : []),
        ...(filter.status && filter.status !== NOT_REPORTED ? [{ agencyProgress: { some: { agencyId, status: filter.status } } }] : []),
        ...(filter.overdueOnly ? [overdue] : []),
      ],
    };
    const total = await db.spbeTask.count({ where });
    const { page: current, pageCount } = clampPage(total, page, AGENCY_PROGRESS_PAGE_SIZE);
    const include = { pokja: true, agencyProgress: { where: { agencyId } } } as const;
    const start = current * AGENCY_PROGRESS_PAGE_SIZE;
    let tasks;
    if (filter.overdueFirst && !filter.overdueOnly) {
      // Two stretches, each cut by the database: the overdue ones by target date, then the others by number.
      const lateWhere = { AND: [where, overdue] };
      const late = await db.spbeTask.count({ where: lateWhere });
      const first =
        start < late
          ? await db.spbeTask.findMany({
              where: lateWhere,
              include,
              orderBy: [{ targetDate: "asc" }, { number: "asc" }],
              skip: start,
              take: AGENCY_PROGRESS_PAGE_SIZE,
            })
          : [];
      const rest = AGENCY_PROGRESS_PAGE_SIZE - first.length;
      const second =
        rest > 0
          ? await db.spbeTask.findMany({ where: { AND: [where, { NOT: overdue }] }, include, orderBy: { number: "asc" }, skip: Math.max(0, start - late), take: rest })
          : [];
      tasks = [...first, ...second];
    } else {
      tasks = await db.spbeTask.findMany({ where, include, orderBy: { number: "asc" }, skip: start, take: AGENCY_PROGRESS_PAGE_SIZE });
    }
    const items = tasks.map(({ agencyProgress, ...task }) => {
      const entry = agencyProgress[0] ?? null;
      return { task, entry, overdue: Boolean(task.targetDate && task.targetDate <= bound && entry?.status !== "selesai") };
    });
    return { items, total, page: current, pageCount } satisfies Page<unknown>;
  }

  /** An agency's own figure over the tasks that apply to it (for the top of /tugas_instansi). */
  async function agencySummary(agencyId: number): Promise<AgencyFigure & { overdue: number }> {
    const agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { id: true, kind: true } });
    const taskWhere = tasksForAgencyWhere(agency);
    const total = await db.spbeTask.count({ where: taskWhere });
    const groups = await db.agencyTaskProgress.groupBy({
      by: ["status"],
      where: { agencyId, task: taskWhere },
      _count: { _all: true },
      _sum: { progress: true },
    });
    const overdue = await db.spbeTask.count({
      where: { AND: [taskWhere, { targetDate: { not: null, lte: overdueTargetBound(clock.now()) }, agencyProgress: { none: { agencyId, status: "selesai" } } }] },
    });
    return { ...figureFrom(total, groups.map((g) => ({ status: g.status, count: g._count._all, progress: g._sum.progress ?? 0 }))), overdue };
  }

  /** Tasks that apply to agencies and whose target day is over, by target date (few; the digest's roll-up). */
  async function overdueTasks() {
    return db.spbeTask.findMany({
      where: { scope: { not: "national" }, targetDate: { not: null, lte: overdueTargetBound(clock.now()) } },
      select: { id: true, number: true, title: true, scope: true, pokjaId: true, targetDate: true },
      orderBy: [{ targetDate: "asc" }, { number: "asc" }],
    });
  }

  /**
   * For the digest: agencies (with approved members) that have not finished at least one overdue
   * task, `take` at a time after agency id `afterId` (the digest then reads each one's agencyTasks
   * with overdueOnly). One query per batch: the overdue tasks are few, each one OR clause.
   */
  async function agenciesWithOverdue(afterId = 0, take = 100) {
    const tasks = await overdueTasks();
    const clauses = tasks.flatMap((t) => {
      const applicable = applicableAgencyWhere(t);
      return applicable ? [{ AND: [applicable, { taskProgress: { none: { taskId: t.id, status: "selesai" } } }] }] : [];
    });
    if (clauses.length === 0) return [];
    return db.agency.findMany({
      where: { id: { gt: afterId }, members: { some: { status: "approved" } }, OR: clauses },
      select: { id: true, code: true, name: true, provinceCode: true },
      orderBy: { id: "asc" },
      take,
    });
  }

  return {
    syncTaskState,
    syncAllTaskStates,
    setScope,
    appliesTo,
    agencies,
    notReported,
    entryOf,
    updateEntry,
    figure,
    byProvince,
    provincesPage,
    agencyTasks,
    agencySummary,
    overdueTasks,
    agenciesWithOverdue,
    /** An agency's name by id, or null. */
    agencyName: async (agencyId: number): Promise<string | null> =>
      (await db.agency.findUnique({ where: { id: agencyId }, select: { name: true } }))?.name ?? null,
    /** A province's name by its code ("35" -> "Jawa Timur"), or null. */
    provinceName: async (provinceCode: string): Promise<string | null> =>
      (await db.agency.findFirst({ where: { kind: "provinsi", provinceCode }, select: { provinceName: true } }))?.provinceName ?? null,
    /** What a task's scope is, checked (the column is a plain string). */
    taskScope: async (taskId: number): Promise<TaskScope> => {
      const { scope } = await taskOf(taskId);
      return isTaskScope(scope) ? scope : "national";
    },
  };
}

export type AgencyProgressService = ReturnType<typeof createAgencyProgressService>;
