// The daily SPBE task digest. Coordinators: their pokja's national tasks that became overdue since
// yesterday or are due within 7 days, and a roll-up of their pokja's tasks that apply to agencies and
// are past their target (done/total, agencies overdue). Agencies: each approved member of an agency
// with overdue entries is reminded of them. Only when there is something to report. node-cron
// decides when and one process runs it (scheduled-jobs.ts); every message goes through the outbox
// with one dedupe key per person per day, so several processes (or a rerun) send it once.
import { InlineKeyboard } from "grammy";
import type { Messenger } from "../bot/messenger.js";
import type { Translator } from "../bot/i18n.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate, formatNumber } from "../shared/time.js";
import type { AgencyFigure, AgencyProgressService } from "./agency-progress-service.js";
import { agencyTasksButton, encodeFilter, taskListButton } from "./spbe-tasks-buttons.js";
import type { TaskService, TaskWithRelations } from "./task-service.js";
import { statusLabel } from "./task-views.js";

/** Agencies read per query when reminding them. */
const AGENCY_BATCH = 100;
/** Lines of one message (the rest counted). */
const SHOWN_LINES = 10;

export interface TaskDigestDeps {
  tasks: TaskService;
  messenger: Messenger;
  i18n: Translator;
  clock: Clock;
  /** Defaults to the task service's own. */
  agencyProgress?: AgencyProgressService;
}

/** The calendar day of `now` in a zone, as the dedupe keys carry it ("30-November-2026"). */
const dayKey = (now: Date, timezone: string) => formatDate(now, timezone, "en").replace(/\s+/g, "-");

export function createTaskDigest({ tasks, messenger, i18n, clock, agencyProgress = tasks.agencyProgress }: TaskDigestDeps) {
  type Overdue = Awaited<ReturnType<AgencyProgressService["overdueTasks"]>>[number];

  /** Coordinators: national tasks newly overdue or due soon, and the roll-up of overdue tasks that apply to agencies. */
  async function coordinatorDigests(now: Date, overdue: readonly Overdue[], figures: Map<number, AgencyFigure>): Promise<number> {
    let sent = 0;
    for (const coordinator of await tasks.coordinatorsWithTasks()) {
      const { becameOverdue, dueSoon, overdueTotal } = await tasks.digestFor(coordinator.id);
      const pokjaIds = new Set(overdue.length > 0 ? await tasks.coordinatedPokjaIds(coordinator.id) : []);
      const rollup = overdue.filter((task) => task.pokjaId !== null && pokjaIds.has(task.pokjaId) && figures.get(task.id)!.done < figures.get(task.id)!.total);
      if (becameOverdue.length === 0 && dueSoon.length === 0 && rollup.length === 0) continue;
      const t = (key: string, vars?: Record<string, string | number>) => i18n.t(coordinator.language, key, vars);
      const n = (x: number) => formatNumber(x, coordinator.language);
      const line = (task: TaskWithRelations) =>
        t("task-digest-line", {
          number: String(task.number),
          title: escapeHtml(task.title),
          target: task.targetDate ? formatDate(task.targetDate, "UTC", coordinator.language) : "-",
          progress: task.progress,
        });
      const parts = [t("task-digest-title", { date: formatDate(now, coordinator.timezone, coordinator.language) })];
      if (becameOverdue.length > 0) {
        parts.push("", t("task-digest-overdue", { count: becameOverdue.length }), ...becameOverdue.slice(0, 20).map(line));
      }
      if (dueSoon.length > 0) parts.push("", t("task-digest-due-soon", { count: dueSoon.length }), ...dueSoon.slice(0, 20).map(line));
      if (becameOverdue.length > 0 || dueSoon.length > 0) parts.push("", t("task-digest-overdue-total", { count: overdueTotal }));
      if (rollup.length > 0) {
        parts.push("", t("task-digest-agency-rollup", { count: rollup.length }));
        for (const task of rollup.slice(0, 20)) {
          const figure = figures.get(task.id)!;
          parts.push(
            t("task-digest-agency-rollup-line", {
              number: String(task.number),
              title: escapeHtml(task.title),
              target: task.targetDate ? formatDate(task.targetDate, "UTC", coordinator.language) : "-",
              done: n(figure.done),
              total: n(figure.total),
              percent: figure.donePercent,
              late: n(figure.total - figure.done),
            }),
          );
        }
      }
      const keyboard = new InlineKeyboard().text(t("task-button-overdue"), taskListButton.pack({ page: 0, filter: encodeFilter({ overdueOnly: true }) }));
      // One digest per coordinator per day of their own calendar.
      await messenger.send(coordinator.telegramId, parts.join("\n"), keyboard, `task-digest:${coordinator.id}:${dayKey(now, coordinator.timezone)}`);
      sent += 1;
    }
    return sent;
  }

  /** Agencies: each approved member of an agency with overdue entries, once a day. Returns how many messages. */
  async function agencyReminders(now: Date): Promise<number> {
    let sent = 0;
    for (let after = 0; ; ) {
      const batch = await agencyProgress.agenciesWithOverdue(after, AGENCY_BATCH);
      if (batch.length === 0) break;
      for (const agency of batch) {
        const late = await agencyProgress.agencyTasks(agency.id, { overdueOnly: true }, 0);
        if (late.total === 0) continue;
        const members = await tasks.approvedMembersOf(agency.id);
        const messages = members.map((member) => {
          const t = (key: string, vars?: Record<string, string | number>) => i18n.t(member.language, key, vars);
          const lines = late.items.slice(0, SHOWN_LINES).map(({ task, entry }) =>
            t("task-digest-agency-line", {
              number: String(task.number),
              title: escapeHtml(task.title),
              target: task.targetDate ? formatDate(task.targetDate, "UTC", member.language) : "-",
              status: entry ? `${statusLabel(t, entry.status)}, ${entry.progress}%` : t("task-agency-not-reported"),
            }),
          );
          const more = late.total > lines.length ? [t("task-digest-agency-more", { count: late.total - lines.length })] : [];
          const text = [
            t("task-digest-agency-title", { date: formatDate(now, member.timezone, member.language) }),
            t("task-digest-agency-intro", { agency: escapeHtml(agency.name), count: late.total }),
            "",
            ...lines,
            ...more,
            "",
            t("task-digest-agency-footer"),
          ].join("\n");
          const keyboard = new InlineKeyboard().text(t("task-digest-agency-button"), agencyTasksButton.pack({ page: 0, filter: "o" }));
          return { chatId: member.telegramId, text, keyboard, dedupeKey: `task-agency-digest:${member.id}:${dayKey(now, member.timezone)}` };
        });
        if (messages.length > 0) await messenger.sendMany(messages);
        sent += messages.length;
      }
      after = batch.at(-1)!.id;
    }
    return sent;
  }

  return {
    /** Returns how many digests and reminders were handed to the outbox (a repeat the same day adds none to Telegram). */
    async run(): Promise<number> {
      const now = clock.now();
      // Settles any derived national status a racing write left behind, before anything is counted.
      await agencyProgress.syncAllTaskStates();
      const overdue = await agencyProgress.overdueTasks();
      const figures = new Map<number, AgencyFigure>();
      for (const task of overdue) figures.set(task.id, await agencyProgress.figure(task));
      return (await coordinatorDigests(now, overdue, figures)) + (await agencyReminders(now));
    },
  };
}

export type TaskDigest = ReturnType<typeof createTaskDigest>;
