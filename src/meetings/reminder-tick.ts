// node-cron looks every 15 seconds; what is due lives in the database. A reminder is claimed once,
// then written to the outbox and marked handed in one transaction (with its own dedupe key), so it
// reaches the member once even when two processes tick at the same moment, and not after its
// meeting was cancelled or moved while it was being prepared.
import { InlineKeyboard } from "grammy";
import type { Translator } from "../bot/i18n.js";
import type { Outbox } from "../delivery/outbox.js";
import type { Clock } from "../shared/clock.js";
import type { MeetingAnnouncer } from "./meeting-announcer.js";
import type { MeetingService } from "./meeting-service.js";
import { openAttendanceButton } from "./meeting-buttons.js";
import { actionItemKeyboard, groupReminderText, openCardKeyboard, reminderText, rsvpKeyboard } from "./meeting-views.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate } from "../shared/time.js";

const BATCH = 500;

/** How often (on the bot's clock) invitations are brought in step with pokja membership. */
export const INVITE_SYNC_INTERVAL_MS = 5 * 60_000;

export function createReminderTick({
  meetings,
  announcer,
  outbox,
  i18n,
  clock,
  onError,
}: {
  meetings: MeetingService;
  announcer: MeetingAnnouncer;
  outbox: Outbox;
  i18n: Translator;
  clock: Clock;
  /** Told about a step that failed (the others still run). */
  onError?: (error: unknown, step: string) => void;
}) {
  let lastInviteSync = Number.NEGATIVE_INFINITY;
  /** Delays (ms) between due time and hand-over of the latest reminders, for tests and benchmarks. */
  const delays: number[] = [];
  const DELAYS_KEPT = 10_000;

  /** One step of the tick; a failure is reported and does not keep the other steps from running. */
  async function step<T>(name: string, run: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      (onError ?? (() => undefined))(error, name);
      return fallback;
    }
  }

  /** At the start time, the coordinators are offered the attendance list. */
  async function offerAttendance() {
    const offered = await meetings.offerAttendance((meeting, people) =>
      people.map((m) => {
        const t = (key: string, vars?: Record<string, string | number>) => i18n.t(m.language, key, vars);
        return {
          chatId: m.telegramId,
          payload: {
            kind: "text" as const,
            text: t("meeting-attendance-prompt", { title: escapeHtml(meeting.title) }),
            parseMode: "HTML" as const,
            replyMarkup: { inline_keyboard: new InlineKeyboard().text(t("meeting-button-open-attendance"), openAttendanceButton.pack({ meetingId: meeting.id })).inline_keyboard },
          },
          dedupeKey: `meeting-attendance:${meeting.id}:${m.id}`,
        };
      }),
    );
    if (offered > 0) outbox.notify();
  }

  /** Action items: the day before and on the due day, to their owner, until marked done. */
  async function remindActionItems() {
    let handed = 0;
    for (;;) {
      const due = await meetings.claimDueActionReminders(BATCH);
      if (due.length === 0) return handed;
      handed += await meetings.handOverActionReminders(
        due.map((r) => {
          const t = (key: string, vars?: Record<string, string | number>) => i18n.t(r.owner.language, key, vars);
          return {
            reminder: r,
            request: {
              chatId: r.owner.telegramId,
              payload: {
                kind: "text" as const,
                text: t(actionReminderKey(r.kind, r.remindAt, r.item.dueAt), {
                  what: escapeHtml(r.item.description),
                  title: escapeHtml(r.item.meeting.title),
                  due: formatDate(r.item.dueAt, r.owner.timezone, r.owner.language),
                }),
                parseMode: "HTML" as const,
                replyMarkup: { inline_keyboard: actionItemKeyboard(t, r.item.id).inline_keyboard },
              },
              dedupeKey: `action-reminder:${r.id}`,
            },
          };
        }),
      );
      outbox.notify();
    }
  }

  /** One batch of meeting reminders: claimed, then written to the outbox with their hand-over. */
  async function handOverBatch(): Promise<number> {
    const due = await meetings.claimDueReminders(BATCH);
    if (due.length === 0) return 0;
    const now = clock.now().getTime();
    if (delays.length > DELAYS_KEPT) delays.splice(0, delays.length - DELAYS_KEPT);
    const handed = await meetings.handOver(
      due.map((r) => {
        delays.push(Math.max(0, now - (r.meeting.startsAt.getTime() - r.offsetMinutes * 60_000)));
        const t = (key: string, vars?: Record<string, string | number>) => i18n.t(r.member.language, key, vars);
        const keyboard = r.rsvp === "pending" ? rsvpKeyboard(t, r.meeting.id, null) : openCardKeyboard(t, r.meeting.id);
        return {
          reminder: r,
          request: {
            chatId: r.member.telegramId,
            payload: {
              kind: "text" as const,
              text: reminderText(t, r.meeting, r.offsetMinutes, r.member.timezone, r.member.language),
              parseMode: "HTML" as const,
              replyMarkup: { inline_keyboard: keyboard.inline_keyboard },
            },
            dedupeKey: `meeting-reminder:${r.id}`,
          },
        };
      }),
    );
    outbox.notify();
    return handed;
  }

  /** Reminders to the pokja's groups (where the coordinator chose so): one per group, no buttons. */
  async function remindGroups() {
    let handed = 0;
    for (;;) {
      const due = await meetings.claimDueGroupReminders(BATCH);
      if (due.length === 0) return handed;
      const t = (key: string, vars?: Record<string, string | number>) => i18n.t("id", key, vars);
      handed += await meetings.handOverGroupReminders(
        due.flatMap((r) =>
          r.groups.map((group) => ({
            reminder: r,
            request: {
              chatId: group.chatId,
              payload: { kind: "text" as const, text: groupReminderText(t, r.meeting, r.offsetMinutes, "id"), parseMode: "HTML" as const },
              dedupeKey: `meeting-group-reminder:${r.meeting.id}:${group.chatId}:${r.offsetMinutes}:${r.sequence}`,
            },
          })),
        ),
      );
      outbox.notify();
    }
  }

  return {
    delays,

    /** Returns how many meeting reminders went to the outbox. */
    async run(): Promise<number> {
      // Members who joined a pokja since its meetings were announced are invited (every few minutes).
      if (clock.now().getTime() - lastInviteSync >= INVITE_SYNC_INTERVAL_MS) {
        lastInviteSync = clock.now().getTime();
        await step("invite-newcomers", () => announcer.inviteNewcomers(), 0);
      }
      await step("attendance", offerAttendance, undefined);
      await step("action-items", remindActionItems, 0);
      await step("groups", remindGroups, 0);
      // Claimed in batches until none is due, so a plenary meeting's thousands of reminders
      // are all handed over in this tick, not one batch per tick.
      return step(
        "reminders",
        async () => {
          let handed = 0;
          do handed += await handOverBatch();
          while (await meetings.hasDueReminders());
          return handed;
        },
        0,
      );
    },
  };
}

export type ReminderTick = ReturnType<typeof createReminderTick>;

/** "Tenggat besok", or, when a holiday or weekend lies between, "tenggat pada hari kerja berikutnya". */
function actionReminderKey(kind: string, remindAt: Date, dueAt: Date): string {
  if (kind !== "before") return "meeting-action-reminder-due";
  return dueAt.getTime() - remindAt.getTime() > 86_400_000 ? "meeting-action-reminder-before-workday" : "meeting-action-reminder-before";
}
