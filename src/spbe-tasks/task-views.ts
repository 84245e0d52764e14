// Texts and keyboards of the SPBE task screens, built from plain data.
import { InlineKeyboard } from "grammy";
import type { SpbeTaskHistory } from "../generated/prisma/client.js";
import type { Page } from "../shared/paging.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate, formatNumber } from "../shared/time.js";
import { agencyTasksButton, encodeFilter, taskCardButton, taskCsvButton, taskFollowButton, taskListButton, taskUnfollowButton, taskUpdateButton } from "./spbe-tasks-buttons.js";
import { isOverdue, TASK_STATUSES, type SummaryRow, type TaskFilter, type TaskStatus, type TaskWithRelations } from "./task-service.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export interface Viewer {
  t: T;
  language: string;
  timezone: string;
  now: Date;
}

/** The locale key of each status. */
export const TASK_STATUS_KEYS: Record<TaskStatus, string> = {
  belum_dimulai: "task-status-belum-dimulai",
  berjalan: "task-status-berjalan",
  selesai: "task-status-selesai",
  ditunda: "task-status-ditunda",
};

/** A status in words; a value this version does not know is shown as it is stored. */
export function statusLabel(t: T, status: string): string {
  return Object.hasOwn(TASK_STATUS_KEYS, status) ? t(TASK_STATUS_KEYS[status as TaskStatus]) : status;
}

function responsible(task: TaskWithRelations, t: T): string {
  return escapeHtml(task.agency?.name ?? task.responsibleUnit ?? t("task-none"));
}

export function summaryText(v: Viewer, total: SummaryRow, byPokja: SummaryRow[]): string {
  const { t, language } = v;
  const n = (x: number) => formatNumber(x, language);
  const line = (row: SummaryRow) =>
    t("task-summary-line", {
      name: escapeHtml(row.name || t("task-no-pokja")),
      total: n(row.total),
      done: n(row.counts.selesai),
      running: n(row.counts.berjalan),
      overdue: n(row.overdue),
      average: n(row.averageProgress),
    });
  return [
    t("task-summary-title", { date: formatDate(v.now, v.timezone, language) }),
    "",
    t("task-summary-total", {
      total: n(total.total),
      notStarted: n(total.counts.belum_dimulai),
      running: n(total.counts.berjalan),
      done: n(total.counts.selesai),
      postponed: n(total.counts.ditunda),
      overdue: n(total.overdue),
      average: n(total.averageProgress),
    }),
    "",
    ...byPokja.map(line),
  ].join("\n");
}

const listButton = (page: number, filter: TaskFilter) => taskListButton.pack({ page, filter: encodeFilter(filter) });

/** A button that opens a task's card (in notices and digests too). */
export function openTaskKeyboard(label: string, number: number): InlineKeyboard {
  return new InlineKeyboard().text(label, taskCardButton.pack({ number }));
}

export function summaryKeyboard(t: T, byPokja: SummaryRow[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  TASK_STATUSES.forEach((status, i) => {
    keyboard.text(statusLabel(t, status), listButton(0, { status }));
    if (i % 2 === 1) keyboard.row();
  });
  for (const row of byPokja) if (row.pokjaId !== null) keyboard.text(`Pokja ${row.name}`, listButton(0, { pokjaId: row.pokjaId })).row();
  return keyboard
    .text(t("task-button-overdue"), listButton(0, { overdueOnly: true }))
    .text(t("task-button-all"), listButton(0, {}))
    .row()
    // Most SPBE obligations fall on every agency: its own tasks, one press from the summary.
    .text(t("task-button-my-agency"), agencyTasksButton.pack({ page: 0, filter: "a" }))
    .row()
    .text(t("task-button-csv"), taskCsvButton.pack({ filter: encodeFilter({}) }));
}

/** Done of total agencies, for a task that applies to agencies (it has no single status). */
export type AgencyCounts = ReadonlyMap<number, { done: number; total: number; donePercent: number }>;

export function taskLine(v: Viewer, task: TaskWithRelations, agencies?: AgencyCounts): string {
  const figure = agencies?.get(task.id);
  if (figure) {
    const counts = v.t("task-agency-line-figure", { done: formatNumber(figure.done, v.language), total: formatNumber(figure.total, v.language), percent: figure.donePercent });
    return `<b>${task.number}.</b> ${escapeHtml(task.title)} — ${counts}`;
  }
  const late = isOverdue(task, v.now) ? ` · ${v.t("task-overdue-mark")}` : "";
  return `<b>${task.number}.</b> ${escapeHtml(task.title)} — ${statusLabel(v.t, task.status)}, ${task.progress}%${late}`;
}

export function listView(v: Viewer, filter: TaskFilter, page: Page<TaskWithRelations>, filterLabel: string, agencies?: AgencyCounts) {
  const { t } = v;
  const code = encodeFilter(filter);
  const lines = [t("task-list-title", { filter: escapeHtml(filterLabel), count: formatNumber(page.total, v.language) }), ""];
  if (page.total === 0) lines.push(t("task-list-empty"));
  for (const task of page.items) lines.push(taskLine(v, task, agencies));
  const keyboard = new InlineKeyboard();
  page.items.forEach((task, i) => {
    keyboard.text(String(task.number), taskCardButton.pack({ number: task.number }));
    if (i % 5 === 4) keyboard.row();
  });
  keyboard.row();
  if (page.pageCount > 1) {
    if (page.page > 0) keyboard.text(t("button-previous"), taskListButton.pack({ page: page.page - 1, filter: code }));
    keyboard.text(t("page-indicator", { page: page.page + 1, pages: page.pageCount }), "noop");
    if (page.page < page.pageCount - 1) keyboard.text(t("button-next"), taskListButton.pack({ page: page.page + 1, filter: code }));
    keyboard.row();
  }
  if (page.total > 0) keyboard.text(t("task-button-csv"), taskCsvButton.pack({ filter: code }));
  return { text: lines.join("\n"), keyboard };
}

function historyLine(v: Viewer, entry: SpbeTaskHistory): string {
  const { t } = v;
  const changes = JSON.parse(entry.changes) as Record<string, { from: unknown; to: unknown }>;
  const parts: string[] = [];
  if (changes.created) parts.push(t("task-history-created"));
  if (changes.status) {
    parts.push(t("task-history-status", { from: statusLabel(t, String(changes.status.from)), to: statusLabel(t, String(changes.status.to)) }));
  }
  if (changes.progress) parts.push(t("task-history-progress", { from: String(changes.progress.from), to: String(changes.progress.to) }));
  const other = Object.keys(changes).filter((k) => !["created", "status", "progress", "note"].includes(k));
  if (other.length > 0) parts.push(t("task-history-fields", { count: other.length }));
  if (entry.note) parts.push(`"${escapeHtml(entry.note)}"`);
  if (parts.length === 0 && changes.note) parts.push(t("task-history-note"));
  const source = entry.source === "import" ? ` ${t("task-history-import")}` : "";
  return `• ${formatDate(entry.createdAt, v.timezone, v.language)} — ${parts.join("; ")} (${escapeHtml(entry.actorName)}${source})`;
}

/**
 * A task's card. For a task that applies to agencies, `agencies` gives the derived figure (in place of
 * the single status) and the viewer's own agency's entry.
 */
export function cardText(v: Viewer, task: TaskWithRelations, history: SpbeTaskHistory[], agencies?: { figure: string[]; mine: string[] }): string {
  const { t } = v;
  const lines = [
    t("task-card-title", { number: String(task.number), title: escapeHtml(task.title) }),
    ...(agencies
      ? agencies.figure
      : [
          t("task-card-status", {
            status: statusLabel(t, task.status),
            progress: task.progress,
            late: isOverdue(task, v.now) ? ` · ${t("task-overdue-mark")}` : "",
          }),
        ]),
    t("task-card-target", { target: task.targetDate ? formatDate(task.targetDate, "UTC", v.language) : t("task-none") }),
    t("task-card-responsible", { responsible: responsible(task, t) }),
    t("task-card-pokja", { pokja: escapeHtml(task.pokja?.name ?? t("task-none")) }),
    t("task-card-legal", { legal: escapeHtml(task.legalBasis || t("task-none")) }),
  ];
  if (task.description) lines.push("", escapeHtml(task.description));
  if (task.note) {
    lines.push(
      "",
      t("task-card-note", {
        note: escapeHtml(task.note),
        by: escapeHtml(task.updatedByName ?? "-"),
        at: task.updatedAt ? formatDate(task.updatedAt, v.timezone, v.language) : "-",
      }),
    );
  }
  if (agencies && agencies.mine.length > 0) lines.push("", ...agencies.mine);
  if (history.length > 0) lines.push("", t("task-card-history"), ...history.map((h) => historyLine(v, h)));
  return lines.join("\n");
}

export function cardKeyboard(t: T, task: { number: number }, following: boolean, mayUpdate: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(
    following ? t("task-button-unfollow") : t("task-button-follow"),
    (following ? taskUnfollowButton : taskFollowButton).pack({ number: task.number }),
  );
  if (mayUpdate) keyboard.text(t("task-button-update"), taskUpdateButton.pack({ number: task.number }));
  return keyboard;
}
