// SPBE tasks for the Mini App: the national summary (GET /api/tasks/summary), the list and search
// as /tugas does (GET /api/tasks), a task's page with its history and, for a task that applies to
// agencies, the derived figure and the caller's agency's entry (GET /api/tasks/:number), the
// per-province figures (…/provinces) and the agencies with their entries (…/agencies). Counted and
// cut by the database through TaskService and AgencyProgressService.
import type { Access } from "../access/access.js";
import type { Permissions } from "../access/permissions.js";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import {
  AGENCY_PROGRESS_PAGE_SIZE,
  NOT_REPORTED,
  type AgencyFigure,
  type AgencyProgressService,
  type AgencyStatus,
  type ProvinceFigure,
} from "../spbe-tasks/agency-progress-service.js";
import { isOverdue, TASK_PAGE_SIZE, TASK_STATUSES, type SummaryRow, type TaskService, type TaskWithRelations } from "../spbe-tasks/task-service.js";
import { queryEnum, queryInt, queryPage, queryText, pathId } from "./api-input.js";
import { ApiError, badRequest, forbidden, notFound, type ApiEndpoint } from "./api-types.js";
import { dayOf, isoOf, pageFields, parsedChanges } from "./json-fields.js";
import { taskHistoryPage } from "./task-queries.js";

export interface TaskEndpointDeps {
  db: Database;
  clock: Clock;
  permissions: Permissions;
  tasks: Pick<TaskService, "summary" | "search" | "findByNumber" | "isFollowing">;
  agencyProgress: Pick<AgencyProgressService, "figure" | "byProvince" | "agencies" | "entryOf" | "appliesTo">;
}

const AGENCY_STATUSES = [NOT_REPORTED, ...TASK_STATUSES] as const;
const AGENCY_KINDS = ["pusat", "provinsi", "kabupaten", "kota"] as const;

function row(r: SummaryRow) {
  return { total: r.total, counts: { ...r.counts }, overdue: r.overdue, averageProgress: r.averageProgress };
}

function figureOf(f: AgencyFigure) {
  return { total: f.total, counts: { ...f.counts }, reported: f.reported, done: f.done, donePercent: f.donePercent, averageProgress: f.averageProgress };
}

function provinceOf(p: ProvinceFigure) {
  return {
    provinceCode: p.provinceCode,
    provinceName: p.provinceName,
    ...figureOf(p),
    provinceAgency: p.provinceAgency ? { status: p.provinceAgency.status } : null,
  };
}

function entryOf(entry: { status: string; progress: number; note: string | null; evidenceUrl: string | null; evidenceFileName: string | null; updatedAt: Date } | null) {
  // The evidence document's Telegram file id stays on the server: the page shows its name.
  return entry
    ? { status: entry.status, progress: entry.progress, note: entry.note, evidenceUrl: entry.evidenceUrl, evidenceFileName: entry.evidenceFileName, updatedAt: isoOf(entry.updatedAt) }
    : null;
}

function taskBrief(task: { number: number; title: string; scope: string }) {
  return { number: task.number, title: task.title, scope: task.scope };
}

export function taskEndpoints(deps: TaskEndpointDeps): ApiEndpoint[] {
  const { db, clock, permissions, tasks, agencyProgress } = deps;

  async function taskOr404(params: Record<string, string>) {
    const found = await tasks.findByNumber(pathId(params, "number", "task"));
    if (!found) throw new ApiError(notFound("task"));
    return found.task;
  }

  function mustSeeAgencyProgress(access: Access) {
    if (!permissions.seesAgencyProgress(access)) throw new ApiError(forbidden("not_allowed"));
  }

  const listItem = (task: TaskWithRelations, now: Date) => ({
    number: task.number,
    title: task.title,
    status: task.status,
    progress: task.progress,
    targetDate: dayOf(task.targetDate),
    overdue: isOverdue(task, now),
    scope: task.scope,
    pokja: task.pokja ? { id: task.pokja.id, name: task.pokja.name } : null,
  });

  /** The caller's agency's entry of a task that applies to agencies, with its latest changes. */
  async function myAgencyOf(access: Access, task: { id: number; scope: string }) {
    const member = access.member;
    if (!member) return null;
    const agency = { id: member.agency.id, code: member.agency.code, name: member.agency.name };
    if (!(await agencyProgress.appliesTo(task, member.agencyId))) return { agency, applies: false, entry: null, history: [] };
    const { entry, history } = await agencyProgress.entryOf(task.id, member.agencyId, 5);
    return {
      agency,
      applies: true,
      entry: entry ? { ...entryOf(entry)!, updatedByName: entry.updatedBy?.fullName ?? null } : null,
      history: history.map((h) => ({
        at: isoOf(h.createdAt),
        fromStatus: h.fromStatus,
        toStatus: h.toStatus,
        fromProgress: h.fromProgress,
        toProgress: h.toProgress,
        note: h.note,
        evidence: h.evidence,
        actorName: h.actor?.fullName ?? null,
      })),
    };
  }

  return [
    {
      method: "GET",
      path: "/api/tasks/summary",
      audience: "approved",
      async handle() {
        const summary = await tasks.summary();
        return {
          body: {
            generatedAt: clock.now().toISOString(),
            statuses: TASK_STATUSES,
            total: row(summary.total),
            // pokjaId null: tasks of no (active) pokja, the national ones; the page names that row.
            byPokja: summary.byPokja.map((r) => ({ pokjaId: r.pokjaId, name: r.name, ...row(r) })),
          },
        };
      },
    },
    {
      method: "GET",
      path: "/api/tasks",
      audience: "approved",
      async handle({ url }) {
        const overdue = queryText(url, "overdue", 5);
        if (overdue !== undefined && !["0", "1", "true", "false"].includes(overdue)) throw new ApiError(badRequest("overdue"));
        const filter = {
          status: queryEnum(url, "status", TASK_STATUSES),
          pokjaId: queryInt(url, "pokja", 1, Number.MAX_SAFE_INTEGER),
          overdueOnly: overdue === "1" || overdue === "true",
          text: queryText(url, "q", 200),
        };
        const page = await tasks.search(filter, queryPage(url));
        const now = clock.now();
        return { body: { ...pageFields(page, TASK_PAGE_SIZE), items: page.items.map((t) => listItem(t, now)) } };
      },
    },
    {
      method: "GET",
      path: "/api/tasks/:number",
      audience: "approved",
      async handle({ access, url, params }) {
        const historyPage = queryPage(url, "historyPage");
        const task = await taskOr404(params);
        const history = await taskHistoryPage(db, task.id, historyPage);
        const member = access.member;
        let agencies = null;
        if (task.scope !== "national" && permissions.seesAgencyProgress(access)) {
          const scope = await permissions.agencyEntryScope(access, task);
          const own = scope !== null && scope !== "any" && (await permissions.updatesAgencyEntry(access, task, scope.agencyId));
          agencies = {
            figure: figureOf(await agencyProgress.figure(task)),
            agencyEntryScope: scope === "any" ? "any" : own ? "own" : null,
            myAgency: await myAgencyOf(access, task),
          };
        }
        return {
          body: {
            task: {
              number: task.number,
              title: task.title,
              description: task.description,
              legalBasis: task.legalBasis,
              agency: task.agency ? { name: task.agency.name } : null,
              responsibleUnit: task.responsibleUnit,
              pokja: task.pokja ? { id: task.pokja.id, name: task.pokja.name } : null,
              targetDate: dayOf(task.targetDate),
              overdue: isOverdue(task, clock.now()),
              status: task.status,
              progress: task.progress,
              note: task.note,
              scope: task.scope,
              updatedAt: isoOf(task.updatedAt),
              updatedByName: task.updatedByName,
            },
            canUpdateNational: await permissions.updatesTask(access, task),
            following: member ? await tasks.isFollowing(task.id, member.id) : false,
            history: {
              ...pageFields(history, history.pageSize),
              items: history.items.map((h) => ({ at: isoOf(h.createdAt), actorName: h.actorName, source: h.source, changes: parsedChanges(h.changes), note: h.note })),
            },
            agencies,
          },
        };
      },
    },
    {
      method: "GET",
      path: "/api/tasks/:number/provinces",
      audience: "approved",
      async handle({ access, url, params }) {
        mustSeeAgencyProgress(access);
        const sort = queryEnum(url, "sort", ["done", "lag", "code"] as const) ?? "done";
        const task = await taskOr404(params);
        const rows = (await agencyProgress.byProvince(task.id)).map(provinceOf);
        const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => (a.provinceName ?? "\uffff").localeCompare(b.provinceName ?? "\uffff", "id");
        if (sort === "done") rows.sort((a, b) => b.donePercent - a.donePercent || b.averageProgress - a.averageProgress || byName(a, b));
        if (sort === "lag") rows.sort((a, b) => a.donePercent - b.donePercent || a.averageProgress - b.averageProgress || byName(a, b));
        return { body: { task: taskBrief(task), figure: figureOf(await agencyProgress.figure(task)), provinces: rows } };
      },
    },
    {
      method: "GET",
      path: "/api/tasks/:number/agencies",
      audience: "approved",
      async handle({ access, url, params }) {
        mustSeeAgencyProgress(access);
        const province = queryText(url, "province", 2);
        if (province !== undefined && !/^\d{2}$/.test(province)) throw new ApiError(badRequest("province"));
        const status = queryEnum(url, "status", AGENCY_STATUSES);
        const kindText = queryText(url, "kind", 60);
        const kinds = kindText?.split(",").map((k) => k.trim());
        if (kinds && !kinds.every((k) => (AGENCY_KINDS as readonly string[]).includes(k))) throw new ApiError(badRequest("kind"));
        const page = queryPage(url);
        const task = await taskOr404(params);
        const result = await agencyProgress.agencies(task.id, { provinceCode: province, kinds, status }, page);
        return {
          body: {
            task: taskBrief(task),
            ...pageFields(result, AGENCY_PROGRESS_PAGE_SIZE),
            items: result.items.map(({ agency, entry }) => ({
              agency: { id: agency.id, code: agency.code, name: agency.name, kind: agency.kind, provinceCode: agency.provinceCode },
              status: (entry?.status as AgencyStatus | undefined) ?? NOT_REPORTED,
              entry: entryOf(entry),
            })),
          },
        };
      },
    },
  ];
}
