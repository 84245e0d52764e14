// Minutes (notulen) and their action items (tindak lanjut): shared in one transaction with the
// reminders of each item's owner, listed, looked up and marked done.
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import { daysBetween, previousWorkingDay } from "../shared/holidays.js";
import { localDay } from "../shared/time.js";
import { withOwner, withPokja, type SharedMinutes } from "./meeting-model.js";

export function createMinutesService({ db, clock }: { db: Database; clock: Clock }) {
  /**
   * Shares (or replaces) the minutes and adds their action items, each with a reminder to its
   * owner the working day before and on the due day (those still ahead). One transaction: nothing half-saved.
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
          // "The day before" is the working day before the due day (Friday for a Monday deadline).
          const dueDay = localDay(item.dueAt, meeting.timezone);
          const dayBefore = new Date(Date.UTC(dueDay.year, dueDay.month - 1, dueDay.day - 1));
          const before = previousWorkingDay({ year: dayBefore.getUTCFullYear(), month: dayBefore.getUTCMonth() + 1, day: dayBefore.getUTCDate() });
          const plan = [
            { kind: "before", dueAt: new Date(item.dueAt.getTime() - daysBetween(before, dueDay) * 86_400_000) },
            { kind: "due", dueAt: item.dueAt },
          ].filter((r) => r.dueAt.getTime() > now.getTime());
          if (plan.length > 0) await tx.meetingActionItem.update({ where: { id: created.id }, data: { reminders: { create: plan } } });
        }
        items.push(created);
      }
      return { meeting, items };
    });
  }

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

  return { shareMinutes, actionItemsOf, openActionItemsOf, findActionItem, completeActionItem, inviteesNamed };
}

export type MinutesService = ReturnType<typeof createMinutesService>;
