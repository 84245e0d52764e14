// Meetings: who is invited, RSVP, reminders planned as rows with their due time, and the tick
// that hands due reminders to the delivery pipeline exactly once.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Clock } from "../shared/clock.js";

export const RSVP_ANSWERS = ["hadir", "tidak_hadir", "diwakilkan"] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];
export const DEFAULT_REMINDERS = [1440, 60];
export const TITLE_MAX = 120;
export const AGENDA_MAX = 2000;

export interface NewMeeting {
  pokjaId: number | null;
  title: string;
  agenda: string;
  startsAt: Date;
  durationMinutes: number;
  timezone: string;
  place: string | null;
  onlineUrl: string | null;
  reminderOffsets: number[];
  createdById: number | null;
  createdByName: string;
}

const withPokja = { pokja: true } as const;
export type MeetingWithPokja = Prisma.MeetingGetPayload<{ include: typeof withPokja }>;

export interface RsvpCounts {
  hadir: number;
  tidak_hadir: number;
  diwakilkan: number;
  pending: number;
}

/** A due reminder, claimed for handing to the outbox. */
export interface DueReminder {
  id: number;
  offsetMinutes: number;
  member: { id: number; telegramId: bigint; language: string; timezone: string };
  meeting: MeetingWithPokja;
  rsvp: string;
}

export function createMeetingService({ db, clock }: { db: Database; clock: Clock }) {
  /** Approved members of the pokja, or every approved member for a plenary meeting. */
  async function inviteeIds(pokjaId: number | null): Promise<number[]> {
    const members = await db.member.findMany({
      where: {
        status: "approved",
        ...(pokjaId === null ? {} : { pokjaMemberships: { some: { pokjaId, status: "active" } } }),
      },
      select: { id: true },
    });
    return members.map((m) => m.id);
  }

  type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

  /** Plans one reminder per invitee and offset, for reminders still in the future. */
  async function planReminders(tx: Tx, meeting: { id: number; startsAt: Date; reminderOffsets: string; sequence: number }, memberIds: number[]) {
    const now = clock.now();
    const offsets = JSON.parse(meeting.reminderOffsets) as number[];
    const rows = memberIds.flatMap((memberId) =>
      offsets
        .map((offsetMinutes) => ({
          meetingId: meeting.id,
          memberId,
          offsetMinutes,
          dueAt: new Date(meeting.startsAt.getTime() - offsetMinutes * 60_000),
          sequence: meeting.sequence,
        }))
        .filter((r) => r.dueAt.getTime() > now.getTime()),
    );
    for (let i = 0; i < rows.length; i += 500) await tx.meetingReminder.createMany({ data: rows.slice(i, i + 500) });
    return rows.length;
  }

  async function create(input: NewMeeting) {
    const now = clock.now();
    const memberIds = await inviteeIds(input.pokjaId);
    return db.$transaction(
      async (tx) => {
        const meeting = await tx.meeting.create({
          data: {
            pokjaId: input.pokjaId,
            title: input.title,
            agenda: input.agenda,
            startsAt: input.startsAt,
            endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
            timezone: input.timezone,
            place: input.place,
            onlineUrl: input.onlineUrl,
            reminderOffsets: JSON.stringify([...new Set(input.reminderOffsets)].sort((a, b) => b - a)),
            createdById: input.createdById,
            createdByName: input.createdByName,
            createdAt: now,
          },
          include: withPokja,
        });
        for (let i = 0; i < memberIds.length; i += 500) {
          await tx.meetingInvite.createMany({ data: memberIds.slice(i, i + 500).map((memberId) => ({ meetingId: meeting.id, memberId })) });
        }
        const reminders = await planReminders(tx, meeting, memberIds);
        return { meeting, invited: memberIds.length, reminders };
      },
      { timeout: 60_000 },
    );
  }

  async function find(meetingId: number) {
    return db.meeting.findUnique({ where: { id: meetingId }, include: withPokja });
  }

  async function setIcsFileId(meetingId: number, fileId: string) {
    await db.meeting.update({ where: { id: meetingId }, data: { icsFileId: fileId } });
  }

  /** Invitees with their chat, for the announcement. */
  async function invitees(meetingId: number) {
    return db.meetingInvite.findMany({
      where: { meetingId },
      include: { member: { select: { id: true, telegramId: true, language: true, timezone: true, fullName: true, agency: { select: { name: true } } } } },
      orderBy: { id: "asc" },
    });
  }

  async function rsvp(meetingId: number, memberId: number, answer: RsvpAnswer, deputyName: string | null) {
    const meeting = await find(meetingId);
    if (!meeting) return { ok: false as const, reason: "not_found" as const };
    if (meeting.status === "cancelled") return { ok: false as const, reason: "cancelled" as const };
    if (meeting.endsAt.getTime() <= clock.now().getTime()) return { ok: false as const, reason: "over" as const };
    const updated = await db.meetingInvite.updateMany({
      where: { meetingId, memberId },
      data: { rsvp: answer, deputyName: answer === "diwakilkan" ? deputyName : null, respondedAt: clock.now() },
    });
    if (updated.count === 0) return { ok: false as const, reason: "not_invited" as const };
    return { ok: true as const, meeting };
  }

  async function counts(meetingId: number): Promise<RsvpCounts> {
    const groups = await db.meetingInvite.groupBy({ by: ["rsvp"], where: { meetingId }, _count: { _all: true } });
    const result: RsvpCounts = { hadir: 0, tidak_hadir: 0, diwakilkan: 0, pending: 0 };
    for (const g of groups) result[g.rsvp as keyof RsvpCounts] = g._count._all;
    return result;
  }

  /** The member's meetings that have not ended, with their own answer. */
  async function upcomingFor(memberId: number) {
    return db.meetingInvite.findMany({
      where: { memberId, meeting: { status: "scheduled", endsAt: { gt: clock.now() } } },
      include: { meeting: { include: withPokja } },
      orderBy: { meeting: { startsAt: "asc" } },
      take: 20,
    });
  }

  async function inviteOf(meetingId: number, memberId: number) {
    return db.meetingInvite.findUnique({ where: { meetingId_memberId: { meetingId, memberId } } });
  }

  async function muteMeeting(meetingId: number, memberId: number, muted: boolean) {
    return (await db.meetingInvite.updateMany({ where: { meetingId, memberId }, data: { muted } })).count > 0;
  }

  /**
   * Claims the reminders due now (atomically, so two processes never both hand one) and decides
   * each: handed to the outbox, or dropped with the reason (meeting started or cancelled, the
   * member declined or muted). A reminder whose time passed while the bot was down is still
   * handed if the meeting has not started.
   */
  async function claimDueReminders(limit = 200): Promise<DueReminder[]> {
    const now = clock.now();
    const candidates = await db.meetingReminder.findMany({
      where: { state: "pending", dueAt: { lte: now } },
      orderBy: { dueAt: "asc" },
      take: limit,
      select: { id: true },
    });
    if (candidates.length === 0) return [];
    const token = `claim:${randomUUID()}`;
    await db.meetingReminder.updateMany({
      where: { id: { in: candidates.map((c) => c.id) }, state: "pending" },
      data: { state: "handed", handedAt: now, reason: token },
    });
    const claimed = await db.meetingReminder.findMany({
      where: { reason: token },
      include: { meeting: { include: withPokja } },
    });
    const due: DueReminder[] = [];
    for (const r of claimed) {
      const invite = await db.meetingInvite.findUnique({
        where: { meetingId_memberId: { meetingId: r.meetingId, memberId: r.memberId } },
        include: { member: { select: { id: true, telegramId: true, language: true, timezone: true, remindersMuted: true, status: true } } },
      });
      const drop =
        r.meeting.status === "cancelled"
          ? "cancelled"
          : r.meeting.startsAt.getTime() <= now.getTime()
            ? "started"
            : r.sequence !== r.meeting.sequence
              ? "replanned"
              : !invite || invite.member.status !== "approved"
                ? "not_invited"
                : invite.rsvp === "tidak_hadir"
                  ? "declined"
                  : invite.muted || invite.member.remindersMuted
                    ? "muted"
                    : null;
      await db.meetingReminder.update({ where: { id: r.id }, data: drop ? { state: "dropped", reason: drop } : { reason: null } });
      if (!drop && invite) {
        due.push({ id: r.id, offsetMinutes: r.offsetMinutes, member: invite.member, meeting: r.meeting, rsvp: invite.rsvp });
      }
    }
    return due;
  }

  /** Moves a meeting (same duration) and replans every reminder; calendar files follow the sequence. */
  async function reschedule(meetingId: number, startsAt: Date) {
    return db.$transaction(async (tx) => {
      const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
      if (!meeting || meeting.status !== "scheduled") return null;
      const duration = meeting.endsAt.getTime() - meeting.startsAt.getTime();
      const previousStart = meeting.startsAt;
      const updated = await tx.meeting.update({
        where: { id: meetingId },
        data: { startsAt, endsAt: new Date(startsAt.getTime() + duration), sequence: { increment: 1 }, icsFileId: null },
        include: withPokja,
      });
      await tx.meetingReminder.updateMany({ where: { meetingId, state: "pending" }, data: { state: "cancelled", reason: "replanned" } });
      const memberIds = (await tx.meetingInvite.findMany({ where: { meetingId }, select: { memberId: true } })).map((i) => i.memberId);
      await planReminders(tx, updated, memberIds);
      return { meeting: updated, previousStart };
    });
  }

  /** Cancels with a reason; no reminder of it goes out any more. */
  async function cancel(meetingId: number, reason: string) {
    return db.$transaction(async (tx) => {
      const changed = await tx.meeting.updateMany({
        where: { id: meetingId, status: "scheduled" },
        data: { status: "cancelled", cancelReason: reason, sequence: { increment: 1 } },
      });
      if (changed.count === 0) return null;
      await tx.meetingReminder.updateMany({ where: { meetingId, state: "pending" }, data: { state: "cancelled", reason: "cancelled" } });
      return tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: withPokja });
    });
  }

  /**
   * Meetings that have just started and whose managers have not yet been offered the attendance
   * list; each is claimed once (several processes may tick).
   */
  async function claimStartedForAttendance() {
    const now = clock.now();
    const due = await db.meeting.findMany({
      where: { status: "scheduled", attendancePromptedAt: null, startsAt: { lte: now }, endsAt: { gt: now } },
      include: withPokja,
    });
    const claimed: MeetingWithPokja[] = [];
    for (const meeting of due) {
      const won = await db.meeting.updateMany({ where: { id: meeting.id, attendancePromptedAt: null }, data: { attendancePromptedAt: now } });
      if (won.count === 1) claimed.push(meeting);
    }
    return claimed;
  }

  /** Who manages a meeting: its pokja's coordinators, or its creator (and for plenary meetings). */
  async function managers(meeting: MeetingWithPokja) {
    const ids = new Set<number>();
    if (meeting.pokjaId !== null) {
      for (const c of await db.pokjaCoordinator.findMany({ where: { pokjaId: meeting.pokjaId }, select: { memberId: true } })) ids.add(c.memberId);
    }
    if (meeting.createdById !== null) ids.add(meeting.createdById);
    return db.member.findMany({ where: { id: { in: [...ids] }, status: "approved" }, select: { id: true, telegramId: true, language: true, timezone: true } });
  }

  async function openAttendance(meetingId: number) {
    const opened = await db.meeting.updateMany({ where: { id: meetingId, status: "scheduled", attendanceOpenedAt: null }, data: { attendanceOpenedAt: clock.now() } });
    return opened.count > 0;
  }

  /** "Saya hadir" from the member, while the list is open (until an hour after the end). */
  async function markPresent(meetingId: number, memberId: number) {
    const meeting = await find(meetingId);
    if (!meeting?.attendanceOpenedAt) return "closed" as const;
    if (clock.now().getTime() > meeting.endsAt.getTime() + 3_600_000) return "closed" as const;
    const updated = await db.meetingInvite.updateMany({ where: { meetingId, memberId }, data: { attended: true, attendedAt: clock.now() } });
    return updated.count > 0 ? ("ok" as const) : ("not_invited" as const);
  }

  /** A coordinator's correction of the list. */
  async function setAttended(meetingId: number, memberId: number, attended: boolean) {
    return (
      await db.meetingInvite.updateMany({
        where: { meetingId, memberId },
        data: { attended, attendedAt: attended ? clock.now() : null },
      })
    ).count > 0;
  }

  /** Meetings that have ended, that the member was invited to or manages; newest first. */
  async function pastFor(memberId: number, coordinatedPokjaIds: number[], isAdmin: boolean) {
    return db.meeting.findMany({
      where: {
        endsAt: { lte: clock.now() },
        ...(isAdmin ? {} : { OR: [{ invites: { some: { memberId } } }, { pokjaId: { in: coordinatedPokjaIds } }] }),
      },
      include: { pokja: true, _count: { select: { invites: true } } },
      orderBy: { startsAt: "desc" },
      take: 10,
    });
  }

  async function attendedCount(meetingId: number) {
    return db.meetingInvite.count({ where: { meetingId, attended: true } });
  }

  async function setRemindersMuted(memberId: number, muted: boolean) {
    await db.member.update({ where: { id: memberId }, data: { remindersMuted: muted } });
  }

  return {
    inviteeIds,
    create,
    find,
    setIcsFileId,
    invitees,
    rsvp,
    counts,
    upcomingFor,
    inviteOf,
    muteMeeting,
    claimDueReminders,
    reschedule,
    cancel,
    claimStartedForAttendance,
    managers,
    openAttendance,
    markPresent,
    setAttended,
    pastFor,
    attendedCount,
    setRemindersMuted,
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
