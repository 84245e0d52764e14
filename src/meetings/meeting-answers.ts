// Invitees and their answers (RSVP, muting a meeting or every reminder), and attendance: offered
// to the managers at the start, opened, "Saya hadir", corrections, and the past meetings.
import type { Database } from "../db/client.js";
import type { DeliveryRequest } from "../delivery/delivery-types.js";
import { insertDeliveries } from "../delivery/outbox.js";
import type { Clock } from "../shared/clock.js";
import { findMeeting, withPokja, type MeetingWithPokja, type RsvpAnswer, type RsvpCounts } from "./meeting-model.js";

/** An attendance list message in a manager's chat (chat id as a string: JSON has no BigInt). */
export interface AttendanceListRef {
  chatId: string;
  messageId: number;
  language: string;
}

/** How many open list messages are refreshed (several managers, or a list opened again). */
const LISTS_KEPT = 5;

/** Why an answer was not recorded. */
export type RsvpRefusal = "not_found" | "cancelled" | "over" | "not_invited";

export function createAnswerService({ db, clock }: { db: Database; clock: Clock }) {
  const find = (meetingId: number) => findMeeting(db, meetingId);

  /** What a notice to an invitee needs of them. */
  const noticeFields = { id: true, telegramId: true, language: true, timezone: true, fullName: true, status: true, agency: { select: { name: true } } } as const;

  /** Invitees with their chat, for the announcement (or just `onlyMemberIds` of them: members who joined later). */
  async function invitees(meetingId: number, onlyMemberIds?: readonly number[]) {
    return db.meetingInvite.findMany({
      where: { meetingId, ...(onlyMemberIds ? { memberId: { in: [...onlyMemberIds] } } : {}) },
      include: { member: { select: noticeFields } },
      orderBy: { id: "asc" },
    });
  }

  /** Members as a notice needs them, by id (members just invited to several meetings, read once). */
  async function membersForNotice(memberIds: readonly number[]) {
    return db.member.findMany({ where: { id: { in: [...memberIds] } }, select: noticeFields, orderBy: { id: "asc" } });
  }

  async function rsvp(meetingId: number, memberId: number, answer: RsvpAnswer, deputyName: string | null) {
    const meeting = await find(meetingId);
    const refused = (reason: RsvpRefusal) => ({ ok: false as const, reason });
    if (!meeting) return refused("not_found");
    if (meeting.status === "cancelled") return refused("cancelled");
    if (meeting.endsAt.getTime() <= clock.now().getTime()) return refused("over");
    const updated = await db.meetingInvite.updateMany({
      where: { meetingId, memberId },
      data: { rsvp: answer, deputyName: answer === "diwakilkan" ? deputyName : null, respondedAt: clock.now() },
    });
    if (updated.count === 0) return refused("not_invited");
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

  /** A pokja's meetings that have not ended (to put a recommendation on one's agenda). */
  async function upcomingOfPokja(pokjaId: number) {
    return db.meeting.findMany({ where: { pokjaId, status: "scheduled", endsAt: { gt: clock.now() } }, orderBy: { startsAt: "asc" }, take: 8 });
  }

  async function inviteOf(meetingId: number, memberId: number) {
    return db.meetingInvite.findUnique({ where: { meetingId_memberId: { meetingId, memberId } } });
  }

  async function muteMeeting(meetingId: number, memberId: number, muted: boolean) {
    return (await db.meetingInvite.updateMany({ where: { meetingId, memberId }, data: { muted } })).count > 0;
  }

  /**
   * Meetings that have just started and whose managers have not yet been offered the attendance
   * list: each is offered once (several processes may tick), with the messages `messages` makes.
   */
  async function offerAttendance(messages: (meeting: MeetingWithPokja, managers: Awaited<ReturnType<typeof managersOf>>) => DeliveryRequest[]) {
    const now = clock.now();
    const due = await db.meeting.findMany({
      where: { status: "scheduled", attendancePromptedAt: null, startsAt: { lte: now }, endsAt: { gt: now } },
      include: withPokja,
    });
    let offered = 0;
    for (const meeting of due) {
      const requests = messages(meeting, await managersOf(meeting));
      // Marked and queued together: a crash in between neither loses the offer nor sends it twice.
      offered += await db.$transaction(async (tx) => {
        const won = await tx.meeting.updateMany({ where: { id: meeting.id, attendancePromptedAt: null }, data: { attendancePromptedAt: now } });
        if (won.count === 0) return 0;
        await insertDeliveries(tx, requests, now);
        return 1;
      });
    }
    return offered;
  }

  /** Who manages a meeting: its pokja's coordinators, or its creator (and for plenary meetings). */
  async function managersOf(meeting: MeetingWithPokja) {
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

  /**
   * "Saya hadir" from the member, while the list is open (until an hour after the end). One who
   * sent a deputy is not marked (the coordinator marks the deputy present on the list).
   */
  async function markPresent(meetingId: number, memberId: number) {
    const meeting = await find(meetingId);
    if (!meeting?.attendanceOpenedAt) return "closed" as const;
    if (clock.now().getTime() > meeting.endsAt.getTime() + 3_600_000) return "closed" as const;
    const invite = await inviteOf(meetingId, memberId);
    if (invite?.rsvp === "diwakilkan") return "deputy" as const;
    const updated = await db.meetingInvite.updateMany({ where: { meetingId, memberId }, data: { attended: true, attendedAt: clock.now() } });
    return updated.count > 0 ? ("ok" as const) : ("not_invited" as const);
  }

  /** The attendance list messages open in managers' chats (the latest few), to refresh as members tap. */
  async function attendanceLists(meetingId: number): Promise<AttendanceListRef[]> {
    const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { attendanceListMessages: true } });
    try {
      const parsed: unknown = JSON.parse(meeting?.attendanceListMessages ?? "[]");
      return Array.isArray(parsed) ? (parsed as AttendanceListRef[]) : [];
    } catch {
      return [];
    }
  }

  async function rememberAttendanceList(meetingId: number, ref: AttendanceListRef) {
    const kept = (await attendanceLists(meetingId)).filter((r) => !(r.chatId === ref.chatId && r.messageId === ref.messageId));
    const lists = [...kept, ref].slice(-LISTS_KEPT);
    await db.meeting.update({ where: { id: meetingId }, data: { attendanceListMessages: JSON.stringify(lists) } });
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
    invitees,
    membersForNotice,
    rsvp,
    counts,
    upcomingFor,
    upcomingOfPokja,
    inviteOf,
    muteMeeting,
    setRemindersMuted,
    offerAttendance,
    openAttendance,
    markPresent,
    attendanceLists,
    rememberAttendanceList,
    setAttended,
    pastFor,
    attendedCount,
  };
}

export type AnswerService = ReturnType<typeof createAnswerService>;
