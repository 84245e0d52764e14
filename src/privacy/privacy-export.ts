// /data_saya: everything the bot stores about one person, gathered for them (UU 27/2022 PDP: the
// right to access). Other people's personal data stays out: reviewers and coordinators appear by
// role, not by name. Plain TypeScript: no grammY.
import type { AuditService } from "../audit/audit-service.js";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";

/** JSON-safe: big integers as strings, dates as ISO text. */
export type Exported = Record<string, unknown>;

/** Who acted on an audit entry, as the person may know it: themselves, someone of the forum, the system. */
type ActorKind = "self" | "forum" | "system";

/** A stored payload, or null once the outbox has blanked it (after delivery). */
function payloadOf(stored: string): unknown {
  return stored ? (JSON.parse(stored) as unknown) : null;
}

/** The names of the flows open in one stored conversation state. */
function flowNames(value: string): string[] {
  try {
    const stored = JSON.parse(value) as { state?: Record<string, unknown> };
    return Object.keys(stored.state ?? {});
  } catch {
    return [];
  }
}

/** The flow state keys of a person's chats: "conv:<chat>:<user>". */
function conversationKeys(telegramId: bigint) {
  return { startsWith: "conv:", endsWith: `:${telegramId}` };
}

export function createPrivacyExport(db: Database, clock: Clock, audit: AuditService) {
  async function collect(memberId: number): Promise<Exported | null> {
    const member = await db.member.findUnique({ where: { id: memberId }, include: { agency: true } });
    if (!member) return null;
    const [memberships, coordinatorOf, invites, actionItems, submitted, supported, followedRecs, followedTasks] = await Promise.all([
      db.pokjaMembership.findMany({ where: { memberId }, include: { pokja: { select: { name: true } } }, orderBy: { id: "asc" } }),
      db.pokjaCoordinator.findMany({ where: { memberId }, include: { pokja: { select: { name: true } } }, orderBy: { id: "asc" } }),
      db.meetingInvite.findMany({ where: { memberId }, include: { meeting: { select: { id: true, title: true, startsAt: true, status: true } } }, orderBy: { id: "asc" } }),
      db.meetingActionItem.findMany({ where: { ownerId: memberId }, include: { meeting: { select: { title: true } } }, orderBy: { id: "asc" } }),
      db.recommendation.findMany({
        where: { submitterId: memberId },
        include: { pokja: { select: { name: true } }, attachments: true, events: { orderBy: { id: "asc" } } },
        orderBy: { id: "asc" },
      }),
      db.recommendationSupport.findMany({ where: { memberId }, include: { recommendation: { select: { id: true, title: true } } } }),
      db.recommendationFollower.findMany({ where: { memberId }, include: { recommendation: { select: { id: true, title: true } } } }),
      db.spbeTaskFollower.findMany({ where: { memberId }, include: { task: { select: { number: true, title: true } } } }),
    ]);
    const [audit, broadcasts, deliveries, flows, unreachable] = await Promise.all([
      db.auditLog.findMany({
        where: { OR: [{ targetMemberId: memberId }, { actorId: memberId, targetMemberId: null }] },
        orderBy: { id: "asc" },
      }),
      db.broadcast.findMany({ where: { senderTelegramId: member.telegramId }, orderBy: { id: "asc" } }),
      db.delivery.findMany({ where: { chatId: member.telegramId }, orderBy: { id: "asc" } }),
      db.conversationState.findMany({ where: { key: conversationKeys(member.telegramId) } }),
      db.unreachableChat.findUnique({ where: { chatId: member.telegramId } }),
    ]);
    // Replies to broadcast senders carry the member's chat id in their key.
    const replies = await db.delivery.findMany({ where: { dedupeKey: { startsWith: "bcreply:", contains: `:${member.telegramId}:` } }, orderBy: { id: "asc" } });

    const actorOf = (actorId: number | null): ActorKind => (actorId === memberId ? "self" : actorId === null ? "system" : "forum");
    return plain({
      exportedAt: clock.now(),
      member: {
        id: member.id,
        telegramId: member.telegramId,
        telegramUsername: member.telegramUsername,
        fullName: member.fullName,
        agency: { code: member.agency.code, name: member.agency.name, provinceName: member.agency.provinceName },
        position: member.position,
        nip: member.nip,
        phone: member.phone,
        status: member.status,
        role: member.role,
        rejectionReason: member.rejectionReason,
        suspensionReason: member.suspensionReason,
        consentAt: member.consentAt,
        consentVersion: member.consentVersion,
        registeredAt: member.registeredAt,
        reviewedAt: member.reviewedAt,
        createdAt: member.createdAt,
        updatedAt: member.updatedAt,
      },
      settings: {
        language: member.language,
        timezone: member.timezone,
        broadcastOptOut: member.broadcastOptOut,
        remindersMuted: member.remindersMuted,
      },
      pokjaMemberships: memberships.map((m) => ({ pokja: m.pokja.name, status: m.status, requestedAt: m.requestedAt, joinedAt: m.joinedAt })),
      coordinatorOf: coordinatorOf.map((c) => ({ pokja: c.pokja.name, assignedAt: c.assignedAt })),
      meetingInvites: invites.map((i) => ({
        meetingId: i.meeting.id,
        meeting: i.meeting.title,
        startsAt: i.meeting.startsAt,
        meetingStatus: i.meeting.status,
        answer: i.rsvp,
        deputyName: i.deputyName,
        answeredAt: i.respondedAt,
        remindersMuted: i.muted,
        attended: i.attended,
        attendedAt: i.attendedAt,
      })),
      actionItems: actionItems.map((a) => ({ meeting: a.meeting.title, description: a.description, dueAt: a.dueAt, doneAt: a.doneAt })),
      recommendationsSubmitted: submitted.map((r) => ({
        id: r.id,
        pokja: r.pokja.name,
        category: r.category,
        title: r.title,
        problem: r.problem,
        solution: r.solution,
        benefit: r.benefit,
        status: r.status,
        supportCount: r.supportCount,
        submittedAt: r.submittedAt,
        attachments: r.attachments.map((a) => ({ kind: a.kind, fileName: a.fileName })),
        // Steps by reviewers are shown without their names.
        history: r.events.map((e) => ({ kind: e.kind, from: e.fromStatus, to: e.toStatus, comment: e.comment, by: actorOf(e.actorId), at: e.createdAt })),
      })),
      recommendationsSupported: supported.map((s) => ({ id: s.recommendation.id, title: s.recommendation.title, at: s.createdAt })),
      recommendationsFollowed: followedRecs.map((f) => ({ id: f.recommendation.id, title: f.recommendation.title, at: f.createdAt })),
      tasksFollowed: followedTasks.map((f) => ({ number: f.task.number, title: f.task.title, at: f.createdAt })),
      auditEntries: audit.map((a) => ({ action: a.action, by: actorOf(a.actorId), details: JSON.parse(a.details) as unknown, at: a.createdAt })),
      broadcastsSent: broadcasts.map((b) => ({ id: b.id, audience: b.audienceLabel, payload: payloadOf(b.payload), createdAt: b.createdAt, state: b.state })),
      broadcastRepliesSent: replies.map((d) => ({ payload: payloadOf(d.payload), state: d.state, createdAt: d.createdAt })),
      // Messages to the person may name others (an admin's registration notices): when and how they went, not what they said.
      messagesToYou: deliveries.map((d) => ({ state: d.state, createdAt: d.createdAt, sentAt: d.sentAt, broadcastId: d.broadcastId })),
      // A flow's stored state replays whole updates, others' messages too: which flows, and since when.
      unfinishedFlows: flows.map((f) => ({ flows: flowNames(f.value), updatedAt: f.updatedAt })),
      unreachableSince: unreachable?.since ?? null,
    });
  }

  /** Audited like any other access to personal data: who asked, when (not what was sent). */
  async function recordExport(memberId: number, telegramId: bigint): Promise<void> {
    await audit.record(db, { actor: { memberId, telegramId }, action: "member.data_exported", targetMemberId: memberId });
  }

  return { collect, recordExport };
}

/** Dates to ISO text, big integers to strings, at any depth. */
function plain(value: unknown): Exported {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? String(v) : v))) as Exported;
}

export type PrivacyExport = ReturnType<typeof createPrivacyExport>;
