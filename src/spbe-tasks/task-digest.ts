// The coordinators' daily digest: their pokja's tasks that became overdue since yesterday or are
// due within 7 days, only when there is something to report. node-cron decides when; one dedupe key per
// coordinator per day means several processes send it once.
import { InlineKeyboard } from "grammy";
import type { Messenger } from "../bot/messenger.js";
import type { Translator } from "../bot/i18n.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate } from "../shared/time.js";
import { encodeFilter, taskListButton } from "./spbe-tasks-buttons.js";
import type { TaskService, TaskWithRelations } from "./task-service.js";

export function createTaskDigest({ tasks, messenger, i18n, clock }: { tasks: TaskService; messenger: Messenger; i18n: Translator; clock: Clock }) {
  return {
    /** Returns how many coordinators were sent a digest. */
    async run(): Promise<number> {
      const now = clock.now();
      let sent = 0;
      for (const coordinator of await tasks.coordinatorsWithTasks()) {
        const { becameOverdue, dueSoon, overdueTotal } = await tasks.digestFor(coordinator.id);
        if (becameOverdue.length === 0 && dueSoon.length === 0) continue;
        const t = (key: string, vars?: Record<string, string | number>) => i18n.t(coordinator.language, key, vars);
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
        parts.push("", t("task-digest-overdue-total", { count: overdueTotal }));
        const keyboard = new InlineKeyboard().text(t("task-button-overdue"), taskListButton.pack({ page: 0, filter: encodeFilter({ overdueOnly: true }) }));
        // One digest per coordinator per day of their own calendar.
        const day = formatDate(now, coordinator.timezone, "en").replace(/\s+/g, "-");
        await messenger.send(coordinator.telegramId, parts.join("\n"), keyboard, `task-digest:${coordinator.id}:${day}`);
        sent += 1;
      }
      return sent;
    },
  };
}

export type TaskDigest = ReturnType<typeof createTaskDigest>;
