// Meetings themselves: scheduling (once or as a series), invitations kept in step with who
// belongs, finding them, and their changes: moved, details changed or cancelled, one occurrence
// or it and the later ones, each change a new version with its reminders planned again.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Database } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { SupportedTimezone } from "../config/config.js";
import type { Clock } from "../shared/clock.js";
import { findMeeting, inviteeIds, withPokja, type ChangeScope, type MeetingDetails, type MeetingWithPokja, type NewMeeting, type Tx } from "./meeting-model.js";
import { cancelGroupReminders, planGroupReminders, planReminders, reminderRows } from "./meeting-reminders.js";
import { occurrenceStarts, sameMonthlyPosition } from "./recurrence.js";

/** Rows (invitations and reminders) written per transaction when inviting to many meetings at once. */
const INVITE_ROWS_PER_TRANSACTION = 150;

/** The meetings to invite to, cut into parts of about INVITE_ROWS_PER_TRANSACTION rows (a meeting is never split). */
function inviteBatches<T extends { meeting: { reminderOffsets: string }; memberIds: number[] }>(toInvite: readonly T[]): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let rows = 0;
  for (const one of toInvite) {
    const size = one.memberIds.length * (1 + (JSON.parse(one.meeting.reminderOffsets) as unknown[]).length);
    if (part.length > 0 && rows + size > INVITE_ROWS_PER_TRANSACTION) {
      parts.push(part);
      part = [];
      rows = 0;
    }
    part.push(one);
    rows += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

export function createScheduleService({ db, clock }: { db: Database; clock: Clock }) {
  async function create(input: NewMeeting) {
    const now = clock.now();
    let starts = [input.startsAt];
    if (input.recurrence) {
      const planned = occurrenceStarts(input.startsAt, input.recurrence.frequency, input.recurrence.until, input.timezone as SupportedTimezone);
      if (!planned.ok) throw new RangeError(`recurrence refused: ${planned.reason}`);
      starts = planned.starts;
    }
    const memberIds = await inviteeIds(db, input.pokjaId);
    const reminderOffsets = JSON.stringify([...new Set(input.reminderOffsets)].sort((a, b) => b - a));
    return db.$transaction(
      async (tx) => {
        const series = input.recurrence
          ? await tx.meetingSeries.create({ data: { frequency: input.recurrence.frequency, until: input.recurrence.until, createdAt: now } })
          : null;
        const occurrences: MeetingWithPokja[] = [];
        let reminders = 0;
        for (const [index, startsAt] of starts.entries()) {
          const meeting = await tx.meeting.create({
            data: {
              pokjaId: input.pokjaId,
              title: input.title,
              agenda: input.agenda,
              startsAt,
              endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
              timezone: input.timezone,
              place: input.place,
              onlineUrl: input.onlineUrl,
              reminderOffsets,
              remindGroups: Boolean(input.remindGroups) && input.pokjaId !== null,
              seriesId: series?.id ?? null,
              seriesIndex: series ? index + 1 : null,
              createdById: input.createdById,
              createdByName: input.createdByName,
              createdAt: now,
            },
            include: withPokja,
          });
          for (let i = 0; i < memberIds.length; i += 500) {
            await tx.meetingInvite.createMany({ data: memberIds.slice(i, i + 500).map((memberId) => ({ meetingId: meeting.id, memberId })) });
          }
          reminders += await planReminders(tx, now, meeting, memberIds);
          await planGroupReminders(tx, now, meeting);
          occurrences.push(meeting);
        }
        return { meeting: occurrences[0]!, occurrences, invited: memberIds.length, reminders };
      },
      { timeout: 120_000 },
    );
  }

  /**
   * For one member's /rapat, the coming meetings where something may change for them, instead of
   * every coming meeting: those of their pokja (or plenary) they are not invited to yet, those they
   * are invited to with reminders still planned although they no longer belong, and those whose
   * reminders stopped when they left. Usually none.
   */
  async function meetingsToSyncFor(memberId: number, now: Date): Promise<Prisma.MeetingWhereInput> {
    const approved = (await db.member.count({ where: { id: memberId, status: "approved" } })) > 0;
    const belongs: Prisma.MeetingWhereInput = approved ? { OR: [{ pokjaId: null }, { pokja: { memberships: { some: { memberId, status: "active" } } } }] } : { id: { lt: 0 } };
    return {
      OR: [
        { AND: [belongs, { invites: { none: { memberId } } }] },
        { AND: [{ NOT: belongs }, { reminders: { some: { memberId, state: { in: ["pending", "claimed"] } } } }] },
        { reminders: { some: { memberId, state: "cancelled", reason: "left", dueAt: { gt: now } } } },
      ],
    };
  }

  /**
   * Keeps the coming meetings' invitations in step with who belongs: members who joined the pokja
   * (or were approved, for plenary meetings) after the announcement are invited and get reminders;
   * those who left get no more reminders (their invitation stays, as history); those who came back
   * get theirs again. With `onlyMemberId`, just that member (when they open /rapat).
   */
  async function syncInvites(onlyMemberId?: number) {
    const now = clock.now();
    const onlyThese = onlyMemberId === undefined ? {} : await meetingsToSyncFor(onlyMemberId, now);
    const upcoming = await db.meeting.findMany({ where: { status: "scheduled", startsAt: { gt: now }, ...onlyThese }, include: withPokja, orderBy: { startsAt: "asc" } });
    const eligibleOf = new Map<number | null, Set<number>>();
    const joined: { meeting: MeetingWithPokja; memberIds: number[] }[] = [];
    let left = 0;
    // Every invitation of the coming meetings in one query, grouped by meeting.
    const invitedOf = new Map<number, Set<number>>(upcoming.map((m) => [m.id, new Set<number>()]));
    const invites = await db.meetingInvite.findMany({
      where: { meetingId: { in: upcoming.map((m) => m.id) }, ...(onlyMemberId === undefined ? {} : { memberId: onlyMemberId }) },
      select: { meetingId: true, memberId: true },
    });
    for (const invite of invites) invitedOf.get(invite.meetingId)!.add(invite.memberId);
    // Reminders stopped when their member left, to switch on again for members who are back: one read
    // for all the meetings (usually it finds none), so an unchanged plan costs no write.
    const stoppedOnLeaving = await db.meetingReminder.findMany({
      where: {
        meetingId: { in: upcoming.map((m) => m.id) },
        state: "cancelled",
        reason: "left",
        dueAt: { gt: now },
        ...(onlyMemberId === undefined ? {} : { memberId: onlyMemberId }),
      },
      select: { meetingId: true, memberId: true, sequence: true },
    });
    const toInvite: { meeting: MeetingWithPokja; memberIds: number[] }[] = [];
    for (const meeting of upcoming) {
      // For one member (their /rapat), whether that member belongs, not the whole pokja's list.
      if (!eligibleOf.has(meeting.pokjaId)) eligibleOf.set(meeting.pokjaId, new Set(await inviteeIds(db, meeting.pokjaId, onlyMemberId)));
      const eligible = eligibleOf.get(meeting.pokjaId)!;
      const invited = invitedOf.get(meeting.id)!;
      const newcomers = [...eligible].filter((id) => !invited.has(id) && (onlyMemberId === undefined || id === onlyMemberId));
      const leavers = [...invited].filter((id) => !eligible.has(id));
      const back = [
        ...new Set(stoppedOnLeaving.filter((r) => r.meetingId === meeting.id && r.sequence === meeting.sequence && invited.has(r.memberId) && eligible.has(r.memberId)).map((r) => r.memberId)),
      ];
      if (newcomers.length > 0) toInvite.push({ meeting, memberIds: newcomers });
      if (leavers.length > 0) {
        // A member who left stays invited (history), so is a leaver on every sync: write only while
        // reminders of theirs are still planned.
        const stillPlanned = { meetingId: meeting.id, memberId: { in: leavers }, state: { in: ["pending", "claimed"] } };
        if (await db.meetingReminder.findFirst({ where: stillPlanned, select: { id: true } })) {
          left += (await db.meetingReminder.updateMany({ where: stillPlanned, data: { state: "cancelled", reason: "left" } })).count;
        }
      }
      if (back.length > 0) {
        await db.meetingReminder.updateMany({
          where: { meetingId: meeting.id, memberId: { in: back }, state: "cancelled", reason: "left", sequence: meeting.sequence, dueAt: { gt: now } },
          data: { state: "pending", reason: null },
        });
      }
    }
    joined.push(...(await invite(toInvite, now)));
    return { joined, left };
  }

  /**
   * Writes the newcomers' invitations and reminders, a few meetings per transaction (a member who
   * joins a busy pokja may be due many): on SQLite a transaction holds the one connection, so between
   * two of them other chats' queries get their turn instead of waiting for the whole batch. When
   * another sync (the tick, or the member's own /rapat) invited some of them at the same moment, that
   * part is written meeting by meeting, leaving out what the other wrote. What a crash leaves unwritten
   * the next sync finds missing and writes.
   */
  async function invite(toInvite: { meeting: MeetingWithPokja; memberIds: number[] }[], now: Date) {
    const write = async (tx: Tx, some: typeof toInvite) => {
      const invites = some.flatMap(({ meeting, memberIds }) => memberIds.map((memberId) => ({ meetingId: meeting.id, memberId })));
      const reminders = some.flatMap(({ meeting, memberIds }) => reminderRows(now, meeting, memberIds));
      for (let i = 0; i < invites.length; i += 500) await tx.meetingInvite.createMany({ data: invites.slice(i, i + 500) });
      for (let i = 0; i < reminders.length; i += 500) await tx.meetingReminder.createMany({ data: reminders.slice(i, i + 500) });
    };
    const isTaken = (error: unknown) => typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
    const written: typeof toInvite = [];
    for (const [index, part] of inviteBatches(toInvite).entries()) {
      if (index > 0) await nextTurn();
      try {
        await db.$transaction((tx) => write(tx, part), { timeout: 60_000 });
        written.push(...part);
        continue;
      } catch (error) {
        if (!isTaken(error)) throw error;
      }
      for (const one of part.length > 1 ? part : []) {
        try {
          await db.$transaction((tx) => write(tx, [one]));
          written.push(one);
        } catch (error) {
          if (!isTaken(error)) throw error;
        }
      }
    }
    return written;
  }

  async function find(meetingId: number) {
    return findMeeting(db, meetingId);
  }

  async function setIcsFileId(meetingId: number, fileId: string) {
    await db.meeting.update({ where: { id: meetingId }, data: { icsFileId: fileId } });
  }

  /**
   * The meetings a change with this scope touches: the meeting itself, or it and the later
   * occurrences of its series that are still scheduled.
   */
  async function scopeOf(tx: Tx, meetingId: number, scope: ChangeScope) {
    const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
    // A meeting that has started is no longer moved or cancelled (a flow may have been opened before).
    if (!meeting || meeting.status !== "scheduled" || meeting.startsAt.getTime() <= clock.now().getTime()) return [];
    if (scope === "one" || meeting.seriesId === null) return [meeting];
    return tx.meeting.findMany({
      where: { seriesId: meeting.seriesId, status: "scheduled", startsAt: { gte: meeting.startsAt } },
      orderBy: { startsAt: "asc" },
    });
  }

  /** How many occurrences a "this and the following" change would touch (1 for a single meeting). */
  async function followingCount(meetingId: number) {
    return (await scopeOf(db, meetingId, "following")).length;
  }

  /**
   * Moves a meeting (same duration) to `startsAt`, or with scope "following" moves its later
   * occurrences by the same amount; replans every reminder; calendar files follow the sequence.
   */
  async function reschedule(meetingId: number, startsAt: Date, scope: ChangeScope = "one") {
    return db.$transaction(
      async (tx) => {
        const targets = await scopeOf(tx, meetingId, scope);
        const anchor = targets[0];
        if (!anchor) return null;
        const shift = startsAt.getTime() - anchor.startsAt.getTime();
        // Monthly meetings keep their day of the month (clamped, like the series itself): a fixed
        // shift would turn 30 January → 31 January into 28 February → 3 March.
        const series = scope === "following" && anchor.seriesId !== null ? await tx.meetingSeries.findUnique({ where: { id: anchor.seriesId } }) : null;
        const newStartOf = (original: Date) =>
          series?.frequency === "monthly" ? sameMonthlyPosition(anchor.startsAt, startsAt, original, anchor.timezone as SupportedTimezone) : new Date(original.getTime() + shift);
        const moved: { meeting: MeetingWithPokja; previousStart: Date }[] = [];
        for (const meeting of targets) {
          const duration = meeting.endsAt.getTime() - meeting.startsAt.getTime();
          const start = newStartOf(meeting.startsAt);
          const updated = await revise(tx, meeting.id, { startsAt: start, endsAt: new Date(start.getTime() + duration), attendancePromptedAt: null });
          moved.push({ meeting: updated, previousStart: meeting.startsAt });
        }
        const seriesSequence = await bumpSeries(tx, anchor.seriesId, scope);
        return { meeting: moved[0]!.meeting, previousStart: moved[0]!.previousStart, moved, seriesSequence };
      },
      { timeout: 60_000 },
    );
  }

  /**
   * A new version of a meeting: the change, a higher sequence (calendars replace the event), and
   * its reminders planned again (those of the old version are cancelled, so none is sent twice).
   */
  async function revise(tx: Tx, meetingId: number, data: Prisma.MeetingUpdateInput) {
    const updated = await tx.meeting.update({ where: { id: meetingId }, data: { ...data, sequence: { increment: 1 }, icsFileId: null }, include: withPokja });
    await tx.meetingReminder.updateMany({ where: { meetingId, state: { in: ["pending", "claimed"] } }, data: { state: "cancelled", reason: "replanned" } });
    const memberIds = (await tx.meetingInvite.findMany({ where: { meetingId }, select: { memberId: true }, orderBy: { id: "asc" } })).map((i) => i.memberId);
    await planReminders(tx, clock.now(), updated, memberIds);
    await cancelGroupReminders(tx, [meetingId], "replanned");
    await planGroupReminders(tx, clock.now(), updated);
    return updated;
  }

  /** New place and link, title or agenda for the meeting (or it and the later ones of its series). */
  async function changeDetails(meetingId: number, patch: MeetingDetails, scope: ChangeScope = "one") {
    return db.$transaction(
      async (tx) => {
        const targets = await scopeOf(tx, meetingId, scope);
        if (targets.length === 0) return null;
        const changed: MeetingWithPokja[] = [];
        for (const meeting of targets) changed.push(await revise(tx, meeting.id, patch));
        return { meeting: changed[0]!, changed, seriesSequence: await bumpSeries(tx, targets[0]!.seriesId, scope) };
      },
      { timeout: 60_000 },
    );
  }

  /** A change to several occurrences is one notice; its version is the series' sequence. */
  async function bumpSeries(tx: Tx, seriesId: number | null, scope: ChangeScope) {
    if (seriesId === null || scope === "one") return null;
    return (await tx.meetingSeries.update({ where: { id: seriesId }, data: { sequence: { increment: 1 } } })).sequence;
  }

  /** Cancels with a reason (the meeting, or it and the later occurrences); no reminder of them goes out any more. */
  async function cancel(meetingId: number, reason: string, scope: ChangeScope = "one") {
    return db.$transaction(async (tx) => {
      const targets = await scopeOf(tx, meetingId, scope);
      if (targets.length === 0) return null;
      const ids = targets.map((m) => m.id);
      const changed = await tx.meeting.updateMany({
        where: { id: { in: ids }, status: "scheduled" },
        data: { status: "cancelled", cancelReason: reason, sequence: { increment: 1 } },
      });
      if (changed.count === 0) return null;
      await tx.meetingReminder.updateMany({ where: { meetingId: { in: ids }, state: { in: ["pending", "claimed"] } }, data: { state: "cancelled", reason: "cancelled" } });
      await cancelGroupReminders(tx, ids, "cancelled");
      const seriesSequence = await bumpSeries(tx, targets[0]!.seriesId, scope);
      const cancelled = await tx.meeting.findMany({ where: { id: { in: ids } }, include: withPokja, orderBy: { startsAt: "asc" } });
      return { meeting: cancelled[0]!, cancelled, seriesSequence };
    });
  }

  /** The occurrences of a series, in order (for the announcement and the calendar file). */
  async function occurrencesOf(seriesId: number) {
    return db.meeting.findMany({ where: { seriesId }, include: withPokja, orderBy: { startsAt: "asc" } });
  }

  async function seriesOf(seriesId: number) {
    return db.meetingSeries.findUnique({ where: { id: seriesId } });
  }

  return {
    inviteeIds: (pokjaId: number | null, onlyMemberId?: number) => inviteeIds(db, pokjaId, onlyMemberId),
    create,
    syncInvites,
    find,
    setIcsFileId,
    followingCount,
    reschedule,
    changeDetails,
    cancel,
    occurrencesOf,
    seriesOf,
  };
}

export type ScheduleService = ReturnType<typeof createScheduleService>;
