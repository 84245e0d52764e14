// Recommendations (usulan): submission with a daily limit and a near-duplicate check, the review
// lifecycle with its history (every step, its comment, undo), support, followers, and the report
// rows. Plain TypeScript: no grammY, testable alone.
import type { Database } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Clock } from "../shared/clock.js";
import { clampPage, type Page } from "../shared/paging.js";
import {
  DEFAULT_DAILY_LIMIT,
  NEXT_STATUSES,
  OPEN_STATUSES,
  REASON_REQUIRED,
  type Category,
  type Status,
  type SupportResult,
} from "./recommendation-types.js";
import { SIMILAR_THRESHOLD, titleSimilarity } from "./similarity.js";
import type { ReportRow } from "./recommendation-report.js";
import { startOfLocalDay } from "./recommendation-dates.js";

export interface RecommendationActor {
  memberId: number | null;
  name: string;
}

export interface NewAttachment {
  kind: "document" | "photo";
  fileId: string;
  fileName: string | null;
}

export interface NewRecommendation {
  pokjaId: number;
  submitterId: number;
  submitterName: string;
  category: Category;
  title: string;
  problem: string;
  solution: string;
  benefit: string;
  relatedTaskId: number | null;
  attachments: NewAttachment[];
  /** The submitter's zone: "per day" is their calendar day. */
  timezone: string;
}

export interface Revision {
  title: string;
  problem: string;
  solution: string;
  benefit: string;
}

const full = {
  pokja: true,
  submitter: { select: { id: true, fullName: true, telegramId: true, language: true, timezone: true, agency: { select: { name: true, provinceName: true } } } },
  relatedTask: { select: { id: true, number: true, title: true } },
  followUpTask: { select: { id: true, number: true, title: true } },
  meeting: { select: { id: true, title: true, startsAt: true, timezone: true } },
  attachments: { orderBy: { position: "asc" } },
} as const;
export type RecommendationFull = Prisma.RecommendationGetPayload<{ include: typeof full }>;

export type ChangeRefusal = "not_found" | "stale" | "not_allowed" | "reason_required" | "nothing_to_undo";
export type ChangeResult = { ok: true; recommendation: RecommendationFull; eventId: number } | { ok: false; reason: ChangeRefusal };

export const PAGE_SIZE = 10;
/** Report rows read per query (exports, chart). */
export const REPORT_PAGE_SIZE = 100;

export function createRecommendationService({ db, clock, dailyLimit = DEFAULT_DAILY_LIMIT }: { db: Database; clock: Clock; dailyLimit?: number }) {
  type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

  /**
   * How many the member has submitted today (their calendar day), the limit, and when their next
   * day begins (midnight in their zone), for the answer to one who has used them up.
   */
  async function quota(memberId: number, timezone: string, tx: Tx = db) {
    const now = clock.now();
    const used = await tx.recommendation.count({ where: { submitterId: memberId, submittedAt: { gte: startOfLocalDay(now, timezone) } } });
    return { used, limit: dailyLimit, left: Math.max(0, dailyLimit - used), resetsAt: startOfLocalDay(now, timezone, -1) };
  }

  /** Recommendations of the pokja whose title is close to this one, closest first (at most 3). */
  async function similar(pokjaId: number, title: string) {
    const rows = await db.recommendation.findMany({ where: { pokjaId }, select: { id: true, title: true, status: true, supportCount: true } });
    return rows
      .map((r) => ({ ...r, score: titleSimilarity(title, r.title) }))
      .filter((r) => r.score >= SIMILAR_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, 3);
  }

  /** Saves the recommendation, its attachments and the first history entry, in one transaction. */
  async function submit(input: NewRecommendation) {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      // Checked again here: two submissions at once must not both slip under the limit.
      if ((await quota(input.submitterId, input.timezone, tx)).left === 0) return { ok: false as const, reason: "limit" as const };
      const created = await tx.recommendation.create({
        data: {
          pokjaId: input.pokjaId,
          submitterId: input.submitterId,
          category: input.category,
          title: input.title,
          problem: input.problem,
          solution: input.solution,
          benefit: input.benefit,
          relatedTaskId: input.relatedTaskId,
          submittedAt: now,
          updatedAt: now,
          attachments: { create: input.attachments.map((a, position) => ({ ...a, position })) },
          events: { create: { kind: "submitted", toStatus: "diajukan", actorId: input.submitterId, actorName: input.submitterName, createdAt: now } },
          followers: { create: { memberId: input.submitterId, createdAt: now } },
        },
        include: full,
      });
      return { ok: true as const, recommendation: created };
    });
  }

  async function find(id: number) {
    return db.recommendation.findUnique({ where: { id }, include: full });
  }

  async function history(id: number) {
    return db.recommendationEvent.findMany({ where: { recommendationId: id }, orderBy: { id: "asc" } });
  }

  /** One support per member; supporting also follows. The submitter's own does not count. */
  async function support(id: number, memberId: number): Promise<SupportResult> {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const rec = await tx.recommendation.findUnique({ where: { id }, select: { submitterId: true } });
      if (!rec) return "not_found" as const;
      if (rec.submitterId === memberId) return "own" as const;
      const existing = await tx.recommendationSupport.findUnique({ where: { recommendationId_memberId: { recommendationId: id, memberId } } });
      if (existing) return "already" as const;
      await tx.recommendationSupport.create({ data: { recommendationId: id, memberId, createdAt: now } });
      await tx.recommendation.update({ where: { id }, data: { supportCount: { increment: 1 } } });
      await tx.recommendationFollower.upsert({
        where: { recommendationId_memberId: { recommendationId: id, memberId } },
        create: { recommendationId: id, memberId, createdAt: now },
        update: {},
      });
      return "ok" as const;
    });
  }

  async function hasSupported(id: number, memberId: number) {
    return (await db.recommendationSupport.count({ where: { recommendationId: id, memberId } })) > 0;
  }

  async function isFollowing(id: number, memberId: number) {
    return (await db.recommendationFollower.count({ where: { recommendationId: id, memberId } })) > 0;
  }

  async function setFollowing(id: number, memberId: number, follow: boolean) {
    if (follow) {
      await db.recommendationFollower.upsert({
        where: { recommendationId_memberId: { recommendationId: id, memberId } },
        create: { recommendationId: id, memberId, createdAt: clock.now() },
        update: {},
      });
    } else {
      await db.recommendationFollower.deleteMany({ where: { recommendationId: id, memberId } });
    }
  }

  type Recommendation = NonNullable<Awaited<ReturnType<typeof db.recommendation.findUnique>>>;
  type Decision = ChangeRefusal | { data: Prisma.RecommendationUpdateManyMutationInput & { meetingId?: number | null; followUpTaskId?: number }; event: EventData };
  type EventData = Omit<Prisma.RecommendationEventUncheckedCreateInput, "recommendationId" | "createdAt" | "actorId" | "actorName">;

  /**
   * One change of a recommendation, in a transaction: it must exist, `authorize` may refuse, it
   * must still be the version the caller saw (a button from an older card is stale), and `decide`
   * refuses or says what changes; then the new version is written with its history entry.
   */
  async function change(
    id: number,
    expectedVersion: number,
    actor: RecommendationActor,
    decide: (tx: Tx, rec: Recommendation, now: Date) => Promise<Decision> | Decision,
    authorize: (rec: Recommendation) => ChangeRefusal | null = () => null,
  ): Promise<ChangeResult> {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const rec = await tx.recommendation.findUnique({ where: { id } });
      if (!rec) return { ok: false, reason: "not_found" };
      const refused = authorize(rec);
      if (refused) return { ok: false, reason: refused };
      if (rec.version !== expectedVersion) return { ok: false, reason: "stale" };
      const decision = await decide(tx, rec, now);
      if (typeof decision === "string") return { ok: false, reason: decision };
      const changed = await tx.recommendation.updateMany({ where: { id, version: expectedVersion }, data: { ...decision.data, version: { increment: 1 }, updatedAt: now } });
      if (changed.count === 0) return { ok: false, reason: "stale" };
      const event = await tx.recommendationEvent.create({
        data: { ...decision.event, recommendationId: id, actorId: actor.memberId, actorName: actor.name, createdAt: now },
      });
      return { ok: true, recommendation: await tx.recommendation.findUniqueOrThrow({ where: { id }, include: full }), eventId: event.id };
    });
  }

  /**
   * One step of the lifecycle, taken only from the version the reviewer saw and only along
   * NEXT_STATUSES; a rejection or revision needs a reason.
   */
  async function transition(id: number, to: Status, comment: string | null, actor: RecommendationActor, expectedVersion: number): Promise<ChangeResult> {
    return change(id, expectedVersion, actor, (_tx, rec) => {
      if (!NEXT_STATUSES[rec.status as Status].includes(to)) return "not_allowed";
      if (REASON_REQUIRED.has(to) && !comment) return "reason_required";
      return { data: { status: to }, event: { kind: "status", fromStatus: rec.status, toStatus: to, comment } };
    });
  }

  /** Undoes the latest status step that is still in force: the previous status comes back. */
  async function undo(id: number, actor: RecommendationActor, expectedVersion: number): Promise<ChangeResult> {
    return change(id, expectedVersion, actor, async (tx, rec, now) => {
      const last = await tx.recommendationEvent.findFirst({ where: { recommendationId: id, kind: { in: ["status", "resubmitted"] }, undoneAt: null }, orderBy: { id: "desc" } });
      if (!last || last.kind !== "status" || !last.fromStatus || last.toStatus !== rec.status) return "nothing_to_undo";
      await tx.recommendationEvent.update({ where: { id: last.id }, data: { undoneAt: now } });
      // Undoing "Dibahas" also takes it off the meeting's agenda.
      const offAgenda = last.toStatus === "dibahas" ? { meetingId: null } : {};
      return { data: { status: last.fromStatus, ...offAgenda }, event: { kind: "undo", fromStatus: rec.status, toStatus: last.fromStatus } };
    });
  }

  /** The submitter's edit after "Perlu revisi": the text changes and it is submitted again. */
  async function resubmit(id: number, memberId: number, revision: Revision, actorName: string, expectedVersion: number): Promise<ChangeResult> {
    return change(
      id,
      expectedVersion,
      { memberId, name: actorName },
      () => ({ data: { ...revision, status: "diajukan" }, event: { kind: "resubmitted", fromStatus: "perlu_revisi", toStatus: "diajukan" } }),
      (rec) => (rec.submitterId !== memberId || rec.status !== "perlu_revisi" ? "not_allowed" : null),
    );
  }

  /** Puts it on a meeting's agenda (of its pokja, not yet ended); "Ditinjau" becomes "Dibahas". */
  async function scheduleInMeeting(id: number, meetingId: number, actor: RecommendationActor, expectedVersion: number): Promise<ChangeResult> {
    return change(id, expectedVersion, actor, async (tx, rec, now) => {
      const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
      if (!meeting || meeting.status !== "scheduled" || meeting.pokjaId !== rec.pokjaId || meeting.endsAt.getTime() <= now.getTime() || !["ditinjau", "dibahas"].includes(rec.status)) {
        return "not_allowed";
      }
      return {
        data: { meetingId, status: "dibahas" },
        event: { kind: rec.status === "dibahas" ? "meeting" : "status", fromStatus: rec.status, toStatus: "dibahas", comment: meeting.title },
      };
    });
  }

  /** Links an accepted recommendation to the SPBE task it is carried out under. */
  async function linkTask(id: number, taskId: number, actor: RecommendationActor, expectedVersion: number): Promise<ChangeResult> {
    return change(id, expectedVersion, actor, async (tx, rec) => {
      const task = await tx.spbeTask.findUnique({ where: { id: taskId } });
      if (!task || !["diterima", "ditindaklanjuti", "selesai"].includes(rec.status)) return "not_allowed";
      return { data: { followUpTaskId: taskId }, event: { kind: "task", comment: `${task.number}` } };
    });
  }

  /**
   * Who may hear of a change: the submitter and the followers who are approved members, never the
   * one who made the change. Whether a follower still sees it is for permissions to say.
   */
  async function audience(id: number, exceptMemberId: number | null) {
    const rec = await db.recommendation.findUnique({ where: { id }, select: { submitterId: true } });
    if (!rec) return [];
    return db.member.findMany({
      where: {
        status: "approved",
        ...(exceptMemberId === null ? {} : { id: { not: exceptMemberId } }),
        OR: [{ id: rec.submitterId }, { recommendationFollows: { some: { recommendationId: id } } }],
      },
      select: { id: true, status: true, role: true, telegramId: true, language: true, timezone: true },
      orderBy: { id: "asc" },
    });
  }

  /** The review queue: open recommendations of these pokja (all for admins), oldest first. */
  async function queue(pokjaIds: number[] | null, page: number): Promise<Page<RecommendationFull>> {
    const where = { status: { in: [...OPEN_STATUSES] }, ...(pokjaIds === null ? {} : { pokjaId: { in: pokjaIds } }) };
    const total = await db.recommendation.count({ where });
    const clamped = clampPage(total, page, PAGE_SIZE);
    const items = await db.recommendation.findMany({ where, include: full, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], skip: clamped.page * PAGE_SIZE, take: PAGE_SIZE });
    return { items, total, ...clamped };
  }

  /** A pokja's recommendations, newest first, optionally of one status and/or category. */
  async function listForPokja(pokjaId: number, filter: { status?: Status; category?: Category }, page: number): Promise<Page<RecommendationFull>> {
    const where = { pokjaId, ...(filter.status ? { status: filter.status } : {}), ...(filter.category ? { category: filter.category } : {}) };
    const total = await db.recommendation.count({ where });
    const clamped = clampPage(total, page, PAGE_SIZE);
    const items = await db.recommendation.findMany({ where, include: full, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], skip: clamped.page * PAGE_SIZE, take: PAGE_SIZE });
    return { items, total, ...clamped };
  }

  async function mine(memberId: number, page: number): Promise<Page<RecommendationFull>> {
    const where = { submitterId: memberId };
    const total = await db.recommendation.count({ where });
    const clamped = clampPage(total, page, PAGE_SIZE);
    const items = await db.recommendation.findMany({ where, include: full, orderBy: [{ submittedAt: "desc" }, { id: "desc" }], skip: clamped.page * PAGE_SIZE, take: PAGE_SIZE });
    return { items, total, ...clamped };
  }

  /** Recommendations on the agenda of a meeting (shown on its card). */
  async function onMeeting(meetingId: number) {
    return db.recommendation.findMany({ where: { meetingId }, select: { id: true, title: true, status: true }, orderBy: { id: "asc" } });
  }

  /** The report's rows as queried: submitted in [from, to], of these pokja (all for admins). */
  const reportWhere = (from: Date | null, to: Date, pokjaIds: number[] | null): Prisma.RecommendationWhereInput => ({
    submittedAt: { ...(from ? { gte: from } : {}), lte: to },
    ...(pokjaIds === null ? {} : { pokjaId: { in: pokjaIds } }),
  });
  const reportInclude = {
    pokja: true,
    submitter: { select: { fullName: true, agency: { select: { name: true, provinceName: true } } } },
    relatedTask: { select: { number: true } },
    meeting: { select: { startsAt: true } },
  } as const;
  type ReportRecord = Prisma.RecommendationGetPayload<{ include: typeof reportInclude }>;

  function reportRow(r: ReportRecord, now: number): ReportRow {
    return {
      id: r.id,
      pokjaName: r.pokja.name,
      category: r.category as Category,
      status: r.status as Status,
      title: r.title,
      submitterName: r.submitter.fullName,
      agencyName: r.submitter.agency?.name ?? "",
      provinceName: r.submitter.agency?.provinceName ?? null,
      supportCount: r.supportCount,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      relatedTaskNumber: r.relatedTask?.number ?? null,
      meetingAhead: r.status === "dibahas" && r.meeting !== null && r.meeting.startsAt.getTime() > now,
    };
  }

  /** Rows for the report and its exports: submitted in [from, to], of these pokja (all for admins). */
  async function reportRows(from: Date | null, to: Date, pokjaIds: number[] | null): Promise<ReportRow[]> {
    const rows: ReportRow[] = [];
    for await (const page of reportPages(from, to, pokjaIds)) {
      rows.push(...page);
      await nextTurn(); // the event loop's turn between pages (SQLite queries resolve at once)
    }
    return rows;
  }

  /**
   * The same rows by id, `batch` at a time (each page continues after the last id read): an export
   * holds one page, and the event loop is never held by one big result.
   */
  async function* reportPages(from: Date | null, to: Date, pokjaIds: number[] | null, batch = REPORT_PAGE_SIZE): AsyncGenerator<ReportRow[]> {
    const where = reportWhere(from, to, pokjaIds);
    const now = clock.now().getTime();
    let after = 0;
    for (;;) {
      const page = await db.recommendation.findMany({ where: { ...where, id: { gt: after } }, include: reportInclude, orderBy: { id: "asc" }, take: batch });
      if (page.length === 0) return;
      yield page.map((r) => reportRow(r, now));
      if (page.length < batch) return;
      after = page.at(-1)!.id;
    }
  }

  /** Whether some of the report's rows are "dibahas" with their meeting still to come (the export names "Dibahas" after that). */
  async function reportHasMeetingAhead(from: Date | null, to: Date, pokjaIds: number[] | null): Promise<boolean> {
    const ahead = await db.recommendation.count({ where: { ...reportWhere(from, to, pokjaIds), status: "dibahas", meeting: { startsAt: { gt: clock.now() } } } });
    return ahead > 0;
  }

  return {
    quota,
    similar,
    submit,
    find,
    history,
    support,
    hasSupported,
    isFollowing,
    setFollowing,
    transition,
    undo,
    resubmit,
    scheduleInMeeting,
    linkTask,
    audience,
    queue,
    listForPokja,
    mine,
    onMeeting,
    reportRows,
    reportPages,
    reportHasMeetingAhead,
  };
}

export type RecommendationService = ReturnType<typeof createRecommendationService>;
