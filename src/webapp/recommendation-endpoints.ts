// Recommendations in the Mini App: the pokja's board by status (kanban columns, each paged), support
// and follow with the same service calls and rules as the card's buttons, and the report's counts as
// /rekap_usulan takes them (the pokja the caller manages; counted page by page).
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Permissions } from "../access/permissions.js";
import type { Database } from "../db/client.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import { createReportTally } from "../recommendations/recommendation-report.js";
import { PAGE_SIZE, type RecommendationFull, type RecommendationService } from "../recommendations/recommendation-service.js";
import { STATUSES } from "../recommendations/recommendation-types.js";
import type { Clock } from "../shared/clock.js";
import { localDay, ZONE_OFFSET_MINUTES } from "../shared/time.js";
import { isSupportedTimezone, WIB } from "../shared/time-zones.js";
import { pathId, queryDay, queryEnum, queryInt, queryPage } from "./api-input.js";
import { ApiError, badRequest, conflict, forbidden, notFound, type ApiEndpoint } from "./api-types.js";
import { isoOf, pageFields } from "./json-fields.js";
import { supportAndFollowOf } from "./recommendation-queries.js";

export interface RecommendationEndpointDeps {
  db: Database;
  clock: Clock;
  permissions: Permissions;
  pokja: Pick<PokjaService, "findActive" | "list">;
  recommendations: Pick<RecommendationService, "find" | "listForPokja" | "support" | "setFollowing" | "reportPages">;
  /** What the report calls recommendations of central units in a language (the chat's "rec-central"). */
  centralLabel: (language: string) => string;
}

const DAY_MS = 86_400_000;

function offsetMs(timezone: string): number {
  return ZONE_OFFSET_MINUTES[isSupportedTimezone(timezone) ? timezone : WIB] * 60_000;
}

export function recommendationEndpoints(deps: RecommendationEndpointDeps): ApiEndpoint[] {
  const { db, clock, permissions, pokja, recommendations } = deps;

  /** The recommendation behind a member's press, if they may see it (else 404, as the chat's "not found"). */
  async function seenOr404(access: Parameters<Permissions["seesRecommendation"]>[0], params: Record<string, string>) {
    const rec = await recommendations.find(pathId(params, "id", "recommendation"));
    if (!rec || !access.member || !(await permissions.seesRecommendation(access, rec))) throw new ApiError(notFound("recommendation"));
    return { rec, memberId: access.member.id };
  }

  const card = (r: RecommendationFull, memberId: number | null, marks: { supported: Set<number>; following: Set<number> }) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    status: r.status,
    supportCount: r.supportCount,
    submittedAt: isoOf(r.submittedAt),
    updatedAt: isoOf(r.updatedAt),
    submitter: { name: r.submitter.fullName, agencyName: r.submitter.agency?.name ?? null },
    mine: r.submitterId === memberId,
    supported: marks.supported.has(r.id),
    following: marks.following.has(r.id),
  });

  return [
    {
      method: "GET",
      path: "/api/pokja",
      audience: "approved",
      async handle({ access }) {
        const all = await pokja.list(access.member?.id ?? null);
        const items = [];
        for (const p of all) {
          if (!(await permissions.seesPokjaRecommendations(access, p.id))) continue;
          items.push({ id: p.id, name: p.name, manages: await permissions.managesPokja(access, p.id) });
        }
        return { body: { items } };
      },
    },
    {
      method: "GET",
      path: "/api/recommendations/board",
      audience: "approved",
      async handle({ access, url }) {
        const pokjaId = queryInt(url, "pokja", 1, Number.MAX_SAFE_INTEGER);
        if (pokjaId === undefined) throw new ApiError(badRequest("pokja"));
        const status = queryEnum(url, "status", STATUSES);
        const page = queryPage(url);
        if (status === undefined && page !== 0) throw new ApiError(badRequest("page"));
        const found = await pokja.findActive(pokjaId);
        if (!found) return notFound("pokja");
        if (!(await permissions.seesPokjaRecommendations(access, pokjaId))) return forbidden("not_allowed");
        const memberId = access.member?.id ?? null;
        const columns = [];
        let total = 0;
        for (const s of status ? [status] : STATUSES) {
          const column = await recommendations.listForPokja(pokjaId, { status: s }, status ? page : 0);
          const marks = memberId === null ? { supported: new Set<number>(), following: new Set<number>() } : await supportAndFollowOf(db, memberId, column.items.map((r) => r.id));
          total += column.total;
          columns.push({ status: s, ...pageFields(column, PAGE_SIZE), items: column.items.map((r) => card(r, memberId, marks)) });
        }
        return { body: { pokja: { id: found.id, name: found.name }, total, columns } };
      },
    },
    {
      method: "POST",
      path: "/api/recommendations/:id/support",
      audience: "approved",
      async handle({ access, params }) {
        const { rec, memberId } = await seenOr404(access, params);
        const result = await recommendations.support(rec.id, memberId);
        if (result === "not_found") return notFound("recommendation");
        if (result !== "ok") return conflict(result);
        const now = await recommendations.find(rec.id);
        return { body: { id: rec.id, supported: true, following: true, supportCount: now?.supportCount ?? rec.supportCount + 1 } };
      },
    },
    ...(["follow", "unfollow"] as const).map(
      (action): ApiEndpoint => ({
        method: "POST",
        path: `/api/recommendations/:id/${action}`,
        audience: "approved",
        async handle({ access, params }) {
          const { rec, memberId } = await seenOr404(access, params);
          await recommendations.setFollowing(rec.id, memberId, action === "follow");
          return { body: { id: rec.id, following: action === "follow" } };
        },
      }),
    ),
    {
      method: "GET",
      path: "/api/recommendations/report",
      audience: "coordinator",
      async handle({ access, url }) {
        const pokjaId = queryInt(url, "pokja", 1, Number.MAX_SAFE_INTEGER);
        const fromDay = queryDay(url, "from");
        const toDay = queryDay(url, "to");
        const zone = access.timezone;
        const from = fromDay ? new Date(Date.UTC(fromDay.year, fromDay.month - 1, fromDay.day) - offsetMs(zone)) : null;
        const now = clock.now();
        // "to" is inclusive: until the end of that day in the caller's zone, and never past now.
        const toEnd = toDay ? new Date(Date.UTC(toDay.year, toDay.month - 1, toDay.day) - offsetMs(zone) + DAY_MS - 1) : now;
        const to = toEnd.getTime() > now.getTime() ? now : toEnd;
        if (from && from.getTime() > toEnd.getTime()) throw new ApiError(badRequest("from"));
        // The pokja the caller manages, as /rekap_usulan: every pokja for admins (null).
        const managed = await permissions.managedPokjaIds(access);
        let scope = managed;
        if (pokjaId !== undefined) {
          if (!(await pokja.findActive(pokjaId))) return notFound("pokja");
          if (managed !== null && !managed.includes(pokjaId)) return forbidden("not_allowed");
          scope = [pokjaId];
        }
        const tally = createReportTally(deps.centralLabel(access.member?.language ?? "id"));
        const months = new Map<string, number>();
        for await (const page of recommendations.reportPages(from, to, scope)) {
          tally.add(page);
          for (const row of page) {
            const d = localDay(row.submittedAt, zone);
            const key = `${d.year}-${String(d.month).padStart(2, "0")}`;
            months.set(key, (months.get(key) ?? 0) + 1);
          }
          await nextTurn();
        }
        const summary = tally.summary();
        const day = (d: Date) => {
          const l = localDay(d, zone);
          return `${l.year}-${String(l.month).padStart(2, "0")}-${String(l.day).padStart(2, "0")}`;
        };
        return {
          body: {
            from: from ? day(from) : null,
            to: day(to),
            total: summary.total,
            byStatus: summary.byStatus,
            scheduledForMeeting: tally.meetingAhead(),
            byCategory: summary.byCategory,
            byProvince: summary.byProvince,
            byMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
          },
        };
      },
    },
  ];
}
