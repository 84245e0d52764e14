// Reminders: planned as rows with their due time when a meeting (or a version of it) is made,
// then claimed when due and handed to the delivery pipeline exactly once. Meeting reminders and
// action-item reminders are rows of the same shape and share the claim and hand-over steps.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/client.js";
import type { DeliveryRequest } from "../delivery/delivery-types.js";
import { insertDeliveries } from "../delivery/outbox.js";
import type { Clock } from "../shared/clock.js";
import { withOwner, withPokja, type MeetingWithPokja, type Tx } from "./meeting-model.js";

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
  findMany(args: { where: ReturnType<typeof dueOrAbandoned>; orderBy: [{ dueAt: "asc" }, { id: "asc" }]; take: number; select: { id: true } }): Promise<{ id: number }[]>;
  updateMany(args: { where: ReturnType<typeof dueOrAbandoned> & { id: { in: number[] } }; data: { state: string; handedAt: Date; reason: string } }): Promise<unknown>;
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

/**
 * Claims up to `limit` due (or abandoned) rows at once, conditionally, so two processes never
 * claim the same row; returns the claim's token (in `reason`), or null when nothing was due.
 * Rows due at the same time are taken, and later read back, in id (planning) order on both providers.
 */
async function claimRows(rows: ClaimableRows, now: Date, limit: number): Promise<string | null> {
  const claimable = dueOrAbandoned(now);
  const candidates = await rows.findMany({ where: claimable, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: limit, select: { id: true } });
  if (candidates.length === 0) return null;
  const token = `claim:${randomUUID()}`;
  await rows.updateMany({ where: { ...claimable, id: { in: candidates.map((c) => c.id) } }, data: { state: "claimed", handedAt: now, reason: token } });
  return token;
}

/** Plans one reminder per invitee and offset, for reminders still in the future. */
export async function planReminders(
  tx: Tx,
  now: Date,
  meeting: { id: number; startsAt: Date; reminderOffsets: string; sequence: number },
  memberIds: number[],
) {
  const rows = reminderRows(now, meeting, memberIds);
  for (let i = 0; i < rows.length; i += 500) await tx.meetingReminder.createMany({ data: rows.slice(i, i + 500) });
  return rows.length;
}

/** The reminder rows planReminders writes: one per member and offset still in the future. */
export function reminderRows(now: Date, meeting: { id: number; startsAt: Date; reminderOffsets: string; sequence: number }, memberIds: readonly number[]) {
  const offsets = JSON.parse(meeting.reminderOffsets) as number[];
  return memberIds.flatMap((memberId) =>
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
}

/**
 * Plans the group reminders of a meeting whose coordinator chose them (one per offset still in
 * the future, for the meeting's current version); rows of this version switched off earlier are
 * turned back on rather than planned twice.
 */
export async function planGroupReminders(
  tx: Tx,
  now: Date,
  meeting: { id: number; pokjaId: number | null; startsAt: Date; reminderOffsets: string; sequence: number; remindGroups: boolean; status: string },
) {
  if (!meeting.remindGroups || meeting.pokjaId === null || meeting.status !== "scheduled") return 0;
  const existing = await tx.meetingGroupReminder.findMany({ where: { meetingId: meeting.id, sequence: meeting.sequence }, select: { offsetMinutes: true } });
  const planned = new Set(existing.map((r) => r.offsetMinutes));
  const rows = (JSON.parse(meeting.reminderOffsets) as number[])
    .map((offsetMinutes) => ({ meetingId: meeting.id, offsetMinutes, dueAt: new Date(meeting.startsAt.getTime() - offsetMinutes * 60_000), sequence: meeting.sequence }))
    .filter((r) => r.dueAt.getTime() > now.getTime() && !planned.has(r.offsetMinutes));
  if (rows.length > 0) await tx.meetingGroupReminder.createMany({ data: rows });
  await tx.meetingGroupReminder.updateMany({
    where: { meetingId: meeting.id, sequence: meeting.sequence, state: "cancelled", reason: "off", dueAt: { gt: now } },
    data: { state: "pending", reason: null },
  });
  return rows.length;
}

/** Stops the group reminders not yet handed over (the choice was switched off, or a new version replans them). */
export async function cancelGroupReminders(tx: Tx, meetingIds: number[], reason: "off" | "replanned" | "cancelled") {
  await tx.meetingGroupReminder.updateMany({ where: { meetingId: { in: meetingIds }, state: { in: ["pending", "claimed"] } }, data: { state: "cancelled", reason } });
}

/** A due group reminder: sent once to each group linked to the meeting's pokja at hand-over. */
export interface DueGroupReminder {
  id: number;
  claim: string;
  offsetMinutes: number;
  sequence: number;
  meeting: MeetingWithPokja;
  groups: { chatId: bigint }[];
}

/** Why a claimed meeting reminder is not sent, or null when it goes out. */
function dropReason(
  reminder: { sequence: number },
  meeting: MeetingWithPokja,
  invite: { rsvp: string; muted: boolean; member: { status: string; remindersMuted: boolean } } | undefined,
  now: Date,
) {
  if (meeting.status === "cancelled") return "cancelled";
  if (meeting.startsAt.getTime() <= now.getTime()) return "started";
  if (reminder.sequence !== meeting.sequence) return "replanned";
  if (!invite || invite.member.status !== "approved") return "not_invited";
  if (invite.rsvp === "tidak_hadir") return "declined";
  if (invite.muted || invite.member.remindersMuted) return "muted";
  return null;
}

export function createReminderService({ db, clock }: { db: Database; clock: Clock }) {
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
    const claimed = await db.meetingReminder.findMany({ where: { reason: token }, orderBy: { id: "asc" } });
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
      const drop = dropReason(r, meeting, invite, now);
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

  /** Due action-item reminders, claimed once (like meeting reminders); done items are dropped. */
  async function claimDueActionReminders(limit = 500) {
    const token = await claimRows(db.actionItemReminder, clock.now(), limit);
    if (!token) return [];
    const claimed = await db.actionItemReminder.findMany({
      where: { reason: token },
      orderBy: { id: "asc" },
      include: { actionItem: { include: { ...withOwner, meeting: { select: { id: true, title: true, timezone: true } } } } },
    });
    const due = [];
    for (const r of claimed) {
      const item = r.actionItem;
      const drop = item.doneAt ? "done" : !item.owner || item.owner.status !== "approved" ? "no_owner" : null;
      if (drop) await db.actionItemReminder.updateMany({ where: { id: r.id, reason: token }, data: { state: "dropped", reason: drop } });
      else if (item.owner) due.push({ id: r.id, claim: token, kind: r.kind, remindAt: r.dueAt, item, owner: item.owner });
    }
    return due;
  }

  /**
   * Claims due group reminders like invitee reminders; a meeting cancelled, started, changed since
   * (another version) or whose choice was switched off drops them, and of two due at once for a
   * meeting only the nearer goes out.
   */
  async function claimDueGroupReminders(limit = 100): Promise<DueGroupReminder[]> {
    const now = clock.now();
    const token = await claimRows(db.meetingGroupReminder, now, limit);
    if (!token) return [];
    const claimed = await db.meetingGroupReminder.findMany({ where: { reason: token }, orderBy: [{ offsetMinutes: "asc" }, { id: "asc" }] });
    const meetingIds = [...new Set(claimed.map((r) => r.meetingId))];
    const meetingsById = new Map((await db.meeting.findMany({ where: { id: { in: meetingIds } }, include: withPokja })).map((m) => [m.id, m]));
    const pokjaIds = [...new Set([...meetingsById.values()].map((m) => m.pokjaId).filter((id): id is number => id !== null))];
    // A retired pokja's groups hear nothing more from it (as its broadcasts and screens).
    const groups = await db.pokjaGroup.findMany({ where: { pokjaId: { in: pokjaIds }, pokja: { retiredAt: null } }, select: { pokjaId: true, chatId: true } });
    const due: DueGroupReminder[] = [];
    const dropped = new Map<string, number[]>();
    const drop = (reason: string, id: number) => dropped.set(reason, [...(dropped.get(reason) ?? []), id]);
    for (const r of claimed) {
      const meeting = meetingsById.get(r.meetingId)!;
      const reason =
        meeting.status === "cancelled"
          ? "cancelled"
          : meeting.startsAt.getTime() <= now.getTime()
            ? "started"
            : r.sequence !== meeting.sequence
              ? "replanned"
              : !meeting.remindGroups
                ? "off"
                : due.some((d) => d.meeting.id === meeting.id)
                  ? "superseded"
                  : null;
      const linked = groups.filter((g) => g.pokjaId === meeting.pokjaId);
      if (reason) drop(reason, r.id);
      else if (linked.length === 0) drop("no_group", r.id);
      else due.push({ id: r.id, claim: token, offsetMinutes: r.offsetMinutes, sequence: r.sequence, meeting, groups: linked });
    }
    for (const [reason, ids] of dropped) await db.meetingGroupReminder.updateMany({ where: { id: { in: ids }, reason: token }, data: { state: "dropped", reason } });
    return due;
  }

  /** Group reminders are handed over like the others; one reminder row may carry one request per group. */
  async function handOverGroupReminders(entries: readonly HandOverEntry[]) {
    return handOverClaimed((tx) => tx.meetingGroupReminder, entries);
  }

  /** Switches the group reminders of a meeting on or off (its managers' choice on the card). */
  async function setRemindGroups(meetingId: number, on: boolean) {
    return db.$transaction(async (tx) => {
      const meeting = await tx.meeting.update({ where: { id: meetingId }, data: { remindGroups: on }, include: withPokja });
      if (on) await planGroupReminders(tx, clock.now(), meeting);
      else await cancelGroupReminders(tx, [meetingId], "off");
      return meeting;
    });
  }

  return {
    claimDueReminders,
    hasDueReminders,
    handOver,
    handOverActionReminders,
    claimDueActionReminders,
    claimDueGroupReminders,
    handOverGroupReminders,
    setRemindGroups,
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
