// node-cron looks every 15 seconds; what is due lives in the database. A reminder is claimed once
// and handed to the outbox with its own dedupe key, so it reaches the member once even when two
// processes tick at the same moment.
import { InlineKeyboard } from "grammy";
import type { Translator } from "../bot/i18n.js";
import type { Outbox } from "../delivery/outbox.js";
import type { Clock } from "../shared/clock.js";
import type { MeetingAnnouncer } from "./meeting-announcer.js";
import type { MeetingService } from "./meeting-service.js";
import { reminderText, rsvpKeyboard } from "./meeting-views.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate } from "../shared/time.js";
import { actionItemKeyboard } from "./minutes-conversation.js";

const BATCH = 500;

/** How often (on the bot's clock) invitations are brought in step with pokja membership. */
export const INVITE_SYNC_INTERVAL_MS = 5 * 60_000;

export function createReminderTick({
  meetings,
  announcer,
  outbox,
  i18n,
  clock,
}: {
  meetings: MeetingService;
  announcer: MeetingAnnouncer;
  outbox: Outbox;
  i18n: Translator;
  clock: Clock;
}) {
  let lastInviteSync = Number.NEGATIVE_INFINITY;
  /** Delays (ms) between due time and hand-over of the latest reminders, for tests and benchmarks. */
  const delays: number[] = [];
  const DELAYS_KEPT = 10_000;

  return {
    delays,

    async run(): Promise<number> {
      // Members who joined a pokja since its meetings were announced are invited (every few minutes).
      if (clock.now().getTime() - lastInviteSync >= INVITE_SYNC_INTERVAL_MS) {
        lastInviteSync = clock.now().getTime();
        await announcer.inviteNewcomers();
      }
      // At the start time, the coordinators are offered the attendance list.
      for (const meeting of await meetings.claimStartedForAttendance()) {
        const people = await meetings.managers(meeting);
        await outbox.enqueue(
          people.map((m) => {
            const t = (key: string, vars?: Record<string, string | number>) => i18n.t(m.language, key, vars);
            return {
              chatId: m.telegramId,
              payload: {
                kind: "text" as const,
                text: t("meeting-attendance-prompt", { title: escapeHtml(meeting.title) }),
                parseMode: "HTML" as const,
                replyMarkup: { inline_keyboard: new InlineKeyboard().text(t("meeting-button-open-attendance"), `mt:a:${meeting.id}`).inline_keyboard },
              },
              dedupeKey: `meeting-attendance:${meeting.id}:${m.id}`,
            };
          }),
        );
      }
      // Action items: the day before and on the due day, to their owner, until marked done.
      for (;;) {
        const dueItems = await meetings.claimDueActionReminders();
        if (dueItems.length === 0) break;
        await outbox.enqueue(
          dueItems.map((r) => {
            const t = (key: string, vars?: Record<string, string | number>) => i18n.t(r.owner.language, key, vars);
            return {
              chatId: r.owner.telegramId,
              payload: {
                kind: "text" as const,
                text: t(r.kind === "before" ? "meeting-action-reminder-before" : "meeting-action-reminder-due", {
                  what: escapeHtml(r.item.description),
                  title: escapeHtml(r.item.meeting.title),
                  due: formatDate(r.item.dueAt, r.owner.timezone, r.owner.language),
                }),
                parseMode: "HTML" as const,
                replyMarkup: { inline_keyboard: actionItemKeyboard(t, r.item.id).inline_keyboard },
              },
              dedupeKey: `action-reminder:${r.id}`,
            };
          }),
        );
        await meetings.markActionRemindersHanded(dueItems.map((r) => r.id));
      }
      // Claimed in batches until none is due, so a plenary meeting's thousands of reminders
      // are all handed over in this tick, not one batch per tick.
      let handed = 0;
      do handed += await handOver();
      while (await meetings.hasDueReminders());
      return handed;
    },
  };

  async function handOver(): Promise<number> {
    const due = await meetings.claimDueReminders(BATCH);
    if (due.length === 0) return 0;
    const now = clock.now().getTime();
    if (delays.length > DELAYS_KEPT) delays.splice(0, delays.length - DELAYS_KEPT);
    await outbox.enqueue(
      due.map((r) => {
        delays.push(Math.max(0, now - (r.meeting.startsAt.getTime() - r.offsetMinutes * 60_000)));
        const t = (key: string, vars?: Record<string, string | number>) => i18n.t(r.member.language, key, vars);
        const keyboard = r.rsvp === "pending" ? rsvpKeyboard(t, r.meeting.id, null) : new InlineKeyboard().text(t("meeting-button-open"), `mt:c:${r.meeting.id}`);
        return {
          chatId: r.member.telegramId,
          payload: {
            kind: "text" as const,
            text: reminderText(t, r.meeting, r.offsetMinutes, r.member.timezone, r.member.language),
            parseMode: "HTML" as const,
            replyMarkup: { inline_keyboard: keyboard.inline_keyboard },
          },
          dedupeKey: `meeting-reminder:${r.id}`,
        };
      }),
    );
    await meetings.markHanded(due.map((r) => r.id));
    return due.length;
  }
}

export type ReminderTick = ReturnType<typeof createReminderTick>;
