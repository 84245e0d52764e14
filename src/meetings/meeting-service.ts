// Meetings: who is invited, RSVP, reminders planned as rows with their due time, and the tick
// that hands due reminders to the delivery pipeline exactly once.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { SupportedTimezone } from "../config/config.js";
import type { DeliveryRequest } from "../delivery/delivery-types.js";
import { insertDeliveries } from "../delivery/outbox.js";
import type { Clock } from "../shared/clock.js";
import { occurrenceStarts, sameMonthlyPosition, type Frequency } from "./recurrence.js";

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
  /** A recurring meeting: occurrences from startsAt up to and including the day of `until`. */
  recurrence?: { frequency: Frequency; until: Date } | null;
}

/** Tindak lanjut written with the minutes. */
export interface NewActionItem {
  description: string;
  /** The member who owns it (gets its reminders), or null when only a name was written. */
  ownerId: number | null;
  ownerName: string;
  /** 09.00 on the due day, in the meeting's zone. */
  dueAt: Date;
}

export interface SharedMinutes {
  text: string | null;
  fileId: string | null;
  fileName: string | null;
  byName: string;
  actionItems: NewActionItem[];
}

/** What can be changed besides the time: where (both together), the title, the agenda. */
export type MeetingDetails = { place: string | null; onlineUrl: string | null } | { title: string } | { agenda: string };

/** "one": only this meeting; "following": this occurrence and the later ones of its series. */
export type ChangeScope = "one" | "following";
export const MINUTES_TEXT_MAX = 3500;
export const ACTION_ITEMS_MAX = 15;

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
  /** The claim it was taken under; only that claim may hand it over. */
  claim: string;
  offsetMinutes: number;
  member: { id: number; telegramId: bigint; language: string; timezone: string };
  meeting: MeetingWithPokja;
  rsvp: string;
}

/** A claimed reminder and the outbox row that sends it. */
export interface HandOverEntry {
  reminder: { id: number; claim: string };
  request: DeliveryRequest;
}

/** What handing over needs of a reminder table (meeting or action-item reminders). */
interface ReminderRows {
  findMany(args: { where: { id: { in: number[] }; state: string }; select: { id: true; reason: true } }): Promise<{ id: number; reason: string | null }[]>;
  updateMany(args: { where: { id: { in: number[] } }; data: { state: string; reason: null } }): Promise<unknown>;
}

/** What claiming needs of a reminder table. */
interface ClaimableRows {
  findMany(args: { where: ReturnType<typeof dueOrAbandoned>; orderBy: { dueAt: "asc" }; take: number; select: { id: true } }): Promise<{ id: number }[]>;
  updateMany(args: { where: ReturnType<typeof dueOrAbandoned> & { id: { in: number[] } }; data: { state: string; handedAt: Date; reason: string } }): Promise<unknown>;
}

/**
 * Claims up to `limit` due (or abandoned) rows at once, conditionally, so two processes never
 * claim the same row; returns the claim's token (in `reason`), or null when nothing was due.
 */
async function claimRows(rows: ClaimableRows, now: Date, limit: number): Promise<string | null> {
  const claimable = dueOrAbandoned(now);
  const candidates = await rows.findMany({ where: claimable, orderBy: { dueAt: "asc" }, take: limit, select: { id: true } });
  if (candidates.length === 0) return null;
  const token = `claim:${randomUUID()}`;
  await rows.updateMany({ where: { ...claimable, id: { in: candidates.map((c) => c.id) } }, data: { state: "claimed", handedAt: now, reason: token } });
  return token;
}

/** A claim not followed by its outbox rows within this time was left by a process that died. */
export const CLAIM_TIMEOUT_MS = 2 * 60_000;

/** Reminder rows to claim: due and pending, or claimed long ago by a process that died. */
function dueOrAbandoned(now: Date) {
  return {
    OR: [
      { state: "pending", dueAt: { lte: now } },
      { state: "claimed", handedAt: { lt: new Date(now.getTime() - CLAIM_TIMEOUT_MS) } },
    ],
  };
}

export function createMeetingService({ db, clock }: { db: Database; clock: Clock }) {
  /** Approved members of the pokja, or every approved member for a plenary meeting (or just `onlyMemberId`, if one of them). */
  async function inviteeIds(pokjaId: number | null, onlyMemberId?: number): Promise<number[]> {
    const members = await db.member.findMany({
      where: {
        status: "approved",
        ...(onlyMemberId === undefined ? {} : { id: onlyMemberId }),
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
    let starts = [input.startsAt];
    if (input.recurrence) {
      const planned = occurrenceStarts(input.startsAt, input.recurrence.frequency, input.recurrence.until, input.timezone as SupportedTimezone);
      if (!planned.ok) throw new RangeError(`recurrence refused: ${planned.reason}`);
      starts = planned.starts;
    }
    const memberIds = await inviteeIds(input.pokjaId);
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
          reminders += await planReminders(tx, meeting, memberIds);
          occurrences.push(meeting);
        }
        return { meeting: occurrences[0]!, occurrences, invited: memberIds.length, reminders };
      },
      { timeout: 120_000 },
    );
  }

  /**
   * Keeps the coming meetings' invitations in step with who belongs: members who joined the pokja
   * (or were approved, for plenary meetings) after the announcement are invited and get reminders;
   * those who left get no more reminders (their invitation stays, as history); those who came back
   * get theirs again. With `onlyMemberId`, just that member (when they open /rapat).
   */
  async function syncInvites(onlyMemberId?: number) {
    const now = clock.now();
    const upcoming = await db.meeting.findMany({ where: { status: "scheduled", startsAt: { gt: now } }, include: withPokja, orderBy: { startsAt: "asc" } });
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
    for (const meeting of upcoming) {
      // For one member (their /rapat), whether that member belongs, not the whole pokja's list.
      if (!eligibleOf.has(meeting.pokjaId)) eligibleOf.set(meeting.pokjaId, new Set(await inviteeIds(meeting.pokjaId, onlyMemberId)));
      const eligible = eligibleOf.get(meeting.pokjaId)!;
      const invited = invitedOf.get(meeting.id)!;
      const newcomers = [...eligible].filter((id) => !invited.has(id) && (onlyMemberId === undefined || id === onlyMemberId));
      const leavers = [...invited].filter((id) => !eligible.has(id));
      const stayed = [...invited].filter((id) => eligible.has(id));
      if (newcomers.length > 0) {
        try {
          await db.$transaction(async (tx) => {
            await tx.meetingInvite.createMany({ data: newcomers.map((memberId) => ({ meetingId: meeting.id, memberId })) });
            await planReminders(tx, meeting, newcomers);
          });
          joined.push({ meeting, memberIds: newcomers });
        } catch (error) {
          // Another sync (the tick, or the member's own /rapat) invited them at the same moment.
          if (!(typeof error === "object" && error !== null && "code" in error && error.code === "P2002")) throw error;
        }
      }
      if (leavers.length > 0) {
        left += (
          await db.meetingReminder.updateMany({ where: { meetingId: meeting.id, memberId: { in: leavers }, state: { in: ["pending", "claimed"] } }, data: { state: "cancelled", reason: "left" } })
        ).count;
      }
      if (stayed.length > 0) {
        await db.meetingReminder.updateMany({
          where: { meetingId: meeting.id, memberId: { in: stayed }, state: "cancelled", reason: "left", sequence: meeting.sequence, dueAt: { gt: now } },
          data: { state: "pending", reason: null },
        });
      }
    }
    return { joined, left };
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
      include: { member: { select: { id: true, telegramId: true, language: true, timezone: true, fullName: true, status: true, agency: { select: { name: true } } } } },
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
   * Claims the reminders due now (atomically, so two processes never both claim one) and decides
   * each: to be handed to the outbox, or dropped with the reason (meeting started or cancelled,
   * the member declined or muted). A reminder whose time passed while the bot was down is still
   * sent if the meeting has not started. Claimed rows become "handed" in the transaction that
   * writes their outbox rows (handOver); a claim left behind by a process that died in between is
   * taken again after CLAIM_TIMEOUT_MS, and the old claim can then no longer hand it over.
   */
  async function claimDueReminders(limit = 500): Promise<DueReminder[]> {
    const now = clock.now();
    const token = await claimRows(db.meetingReminder, now, limit);
    if (!token) return [];
    const claimed = await db.meetingReminder.findMany({ where: { reason: token } });
    if (claimed.length === 0) return [];
    // One query for the meetings and one for the invitations, however many reminders are due.
    const meetingIds = [...new Set(claimed.map((r) => r.meetingId))];
    const meetingsById = new Map((await db.meeting.findMany({ where: { id: { in: meetingIds } }, include: withPokja })).map((m) => [m.id, m]));
    const invites = await db.meetingInvite.findMany({
      where: { meetingId: { in: meetingIds }, memberId: { in: [...new Set(claimed.map((r) => r.memberId))] } },
      include: { member: { select: { id: true, telegramId: true, language: true, timezone: true, remindersMuted: true, status: true } } },
    });
    const inviteOfPair = new Map(invites.map((i) => [`${i.meetingId}:${i.memberId}`, i]));
    const due: DueReminder[] = [];
    const dropped = new Map<string, number[]>();
    for (const r of claimed) {
      const meeting = meetingsById.get(r.meetingId)!;
      const invite = inviteOfPair.get(`${r.meetingId}:${r.memberId}`);
      const drop =
        meeting.status === "cancelled"
          ? "cancelled"
          : meeting.startsAt.getTime() <= now.getTime()
            ? "started"
            : r.sequence !== meeting.sequence
              ? "replanned"
              : !invite || invite.member.status !== "approved"
                ? "not_invited"
                : invite.rsvp === "tidak_hadir"
                  ? "declined"
                  : invite.muted || invite.member.remindersMuted
                    ? "muted"
                    : null;
      if (drop) dropped.set(drop, [...(dropped.get(drop) ?? []), r.id]);
      else if (invite) due.push({ id: r.id, claim: token, offsetMinutes: r.offsetMinutes, member: invite.member, meeting, rsvp: invite.rsvp });
    }
    // Two reminders of one meeting due at once (the day-before one was missed, or the meeting was
    // moved closer): only the nearer one goes out, so nobody gets "1 day before" an hour before.
    const nearest = new Map<string, DueReminder>();
    for (const r of due) {
      const key = `${r.meeting.id}:${r.member.id}`;
      const kept = nearest.get(key);
      if (!kept || r.offsetMinutes < kept.offsetMinutes) nearest.set(key, r);
    }
    const superseded = due.filter((r) => nearest.get(`${r.meeting.id}:${r.member.id}`) !== r).map((r) => r.id);
    if (superseded.length > 0) {
      dropped.set("superseded", superseded);
      due.splice(0, due.length, ...due.filter((r) => !superseded.includes(r.id)));
    }
    for (const [reason, ids] of dropped) await db.meetingReminder.updateMany({ where: { id: { in: ids }, reason: token }, data: { state: "dropped", reason } });
    return due;
  }

  /** Whether a reminder is due and not yet claimed (the tick keeps claiming until none is). */
  async function hasDueReminders() {
    return (await db.meetingReminder.findFirst({ where: dueOrAbandoned(clock.now()), select: { id: true } })) !== null;
  }

  /**
   * Puts claimed reminders into the outbox and marks them handed, in one transaction, and only
   * those still held by the claim they were taken under: one cancelled, replanned or re-claimed
   * meanwhile is left out. Returns how many went in; call outbox.notify() after.
   */
  async function handOver(entries: readonly HandOverEntry[]) {
    return handOverClaimed((tx) => tx.meetingReminder, entries);
  }

  /** The same for action-item reminders. */
  async function handOverActionReminders(entries: readonly HandOverEntry[]) {
    return handOverClaimed((tx) => tx.actionItemReminder, entries);
  }

  /** Meeting and action-item reminders are rows of the same shape (state, claim token in `reason`). */
  async function handOverClaimed(table: (tx: Tx) => ReminderRows, entries: readonly HandOverEntry[]) {
    if (entries.length === 0) return 0;
    return db.$transaction(
      async (tx) => {
        const rows = table(tx);
        const held = await rows.findMany({ where: { id: { in: entries.map((e) => e.reminder.id) }, state: "claimed" }, select: { id: true, reason: true } });
        const holder = new Map(held.map((r) => [r.id, r.reason]));
        const kept = entries.filter((e) => holder.get(e.reminder.id) === e.reminder.claim);
        await insertDeliveries(tx, kept.map((e) => e.request), clock.now());
        await rows.updateMany({ where: { id: { in: kept.map((e) => e.reminder.id) } }, data: { state: "handed", reason: null } });
        return kept.length;
      },
      { timeout: 60_000 },
    );
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
    const memberIds = (await tx.meetingInvite.findMany({ where: { meetingId }, select: { memberId: true } })).map((i) => i.memberId);
    await planReminders(tx, updated, memberIds);
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

  /**
   * Shares (or replaces) the minutes and adds their action items, each with a reminder to its
   * owner the day before and on the due day (those still ahead). One transaction: nothing half-saved.
   */
  async function shareMinutes(meetingId: number, minutes: SharedMinutes) {
    const now = clock.now();
    return db.$transaction(async (tx) => {
      const meeting = await tx.meeting.update({
        where: { id: meetingId },
        data: {
          minutesText: minutes.text,
          minutesFileId: minutes.fileId,
          minutesFileName: minutes.fileName,
          minutesSharedAt: now,
          minutesByName: minutes.byName,
          minutesVersion: { increment: 1 },
        },
        include: withPokja,
      });
      const items = [];
      for (const item of minutes.actionItems) {
        const created = await tx.meetingActionItem.create({
          data: { meetingId, description: item.description, ownerId: item.ownerId, ownerName: item.ownerName, dueAt: item.dueAt, createdAt: now },
        });
        if (item.ownerId !== null) {
          const plan = [
            { kind: "before", dueAt: new Date(item.dueAt.getTime() - 86_400_000) },
            { kind: "due", dueAt: item.dueAt },
          ].filter((r) => r.dueAt.getTime() > now.getTime());
          if (plan.length > 0) await tx.meetingActionItem.update({ where: { id: created.id }, data: { reminders: { create: plan } } });
        }
        items.push(created);
      }
      return { meeting, items };
    });
  }

  const withOwner = { owner: { select: { id: true, telegramId: true, language: true, timezone: true, status: true } } } as const;

  async function actionItemsOf(meetingId: number) {
    return db.meetingActionItem.findMany({ where: { meetingId }, include: withOwner, orderBy: [{ dueAt: "asc" }, { id: "asc" }] });
  }

  /** The member's open action items, soonest first. */
  async function openActionItemsOf(memberId: number) {
    return db.meetingActionItem.findMany({
      where: { ownerId: memberId, doneAt: null },
      include: { meeting: { select: { id: true, title: true, timezone: true } } },
      orderBy: { dueAt: "asc" },
      take: 20,
    });
  }

  async function findActionItem(itemId: number) {
    return db.meetingActionItem.findUnique({ where: { id: itemId }, include: { meeting: { include: withPokja } } });
  }

  /** Marks an action item done (once); its reminders still pending are dropped. */
  async function completeActionItem(itemId: number) {
    return db.$transaction(async (tx) => {
      const done = await tx.meetingActionItem.updateMany({ where: { id: itemId, doneAt: null }, data: { doneAt: clock.now() } });
      if (done.count === 0) return false;
      await tx.actionItemReminder.updateMany({ where: { actionItemId: itemId, state: { in: ["pending", "claimed"] } }, data: { state: "dropped", reason: "done" } });
      return true;
    });
  }

  /** Approved invitees whose name contains every word typed, to pick an action item's owner. */
  async function inviteesNamed(meetingId: number, query: string) {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const people = await db.meetingInvite.findMany({
      where: { meetingId, member: { status: "approved" } },
      include: { member: { select: { id: true, fullName: true, agency: { select: { name: true } } } } },
    });
    return people
      .map((p) => p.member)
      .filter((m) => words.every((w) => m.fullName.toLowerCase().includes(w)))
      .slice(0, 8);
  }

  /** Due action-item reminders, claimed once (like meeting reminders); done items are dropped. */
  async function claimDueActionReminders(limit = 500) {
    const token = await claimRows(db.actionItemReminder, clock.now(), limit);
    if (!token) return [];
    const claimed = await db.actionItemReminder.findMany({
      where: { reason: token },
      include: { actionItem: { include: { ...withOwner, meeting: { select: { id: true, title: true, timezone: true } } } } },
    });
    const due = [];
    for (const r of claimed) {
      const item = r.actionItem;
      const drop = item.doneAt ? "done" : !item.owner || item.owner.status !== "approved" ? "no_owner" : null;
      if (drop) await db.actionItemReminder.updateMany({ where: { id: r.id, reason: token }, data: { state: "dropped", reason: drop } });
      else if (item.owner) due.push({ id: r.id, claim: token, kind: r.kind, item, owner: item.owner });
    }
    return due;
  }

  async function setRemindersMuted(memberId: number, muted: boolean) {
    await db.member.update({ where: { id: memberId }, data: { remindersMuted: muted } });
  }

  return {
    inviteeIds,
    syncInvites,
    create,
    find,
    setIcsFileId,
    invitees,
    rsvp,
    counts,
    upcomingFor,
    upcomingOfPokja,
    inviteOf,
    muteMeeting,
    claimDueReminders,
    hasDueReminders,
    handOver,
    handOverActionReminders,
    reschedule,
    changeDetails,
    cancel,
    followingCount,
    occurrencesOf,
    seriesOf,
    shareMinutes,
    actionItemsOf,
    openActionItemsOf,
    findActionItem,
    completeActionItem,
    inviteesNamed,
    claimDueActionReminders,
    offerAttendance,
    openAttendance,
    markPresent,
    setAttended,
    pastFor,
    attendedCount,
    setRemindersMuted,
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
