// Texts and keyboards of the per-agency screens of SPBE tasks (the derived figure on a task's card,
// provinces, who has not reported, a province's kabupaten/kota, /tugas_instansi), from plain data.
import { InlineKeyboard } from "grammy";
import type { Page } from "../shared/paging.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate, formatDateTime, formatNumber } from "../shared/time.js";
import {
  agencyEvidenceButton,
  agencyNotReportedButton,
  agencyProvincesButton,
  agencyRegenciesButton,
  agencyTasksButton,
  agencyUpdateButton,
  ALL_AREAS,
  taskCardButton,
} from "./spbe-tasks-buttons.js";
import { NOT_REPORTED, type AgencyFigure, type AgencyStatus, type ProvinceShare } from "./agency-progress-service.js";
import type { TaskScope } from "./task-scope.js";
import { statusLabel, type Viewer } from "./task-views.js";

type T = Viewer["t"];

/** The filters of /tugas_instansi as their button codes. */
export const AGENCY_TASK_FILTERS = ["a", "o", "n"] as const;
export type AgencyTaskFilterCode = (typeof AGENCY_TASK_FILTERS)[number];

const FILTER_KEYS: Record<AgencyTaskFilterCode, string> = {
  a: "task-agency-filter-all",
  o: "task-agency-filter-overdue",
  n: "task-agency-filter-not-reported",
};

const SCOPE_KEYS: Record<Exclude<TaskScope, "national">, string> = {
  all: "task-agency-scope-all",
  provinces: "task-agency-scope-provinces",
  regencies: "task-agency-scope-regencies",
  list: "task-agency-scope-list",
};

/** An agency's status in words; no entry is "belum melapor". */
export function agencyStatusLabel(t: T, status: AgencyStatus | string): string {
  return status === NOT_REPORTED ? t("task-agency-not-reported") : statusLabel(t, status);
}

/** Ten blocks, one per 10 % done (at least one once anything is done, all ten only when all are). */
export function textBar(percent: number): string {
  const full = percent <= 0 ? 0 : percent >= 100 ? 10 : Math.min(9, Math.max(1, Math.floor(percent / 10)));
  return "▓".repeat(full) + "░".repeat(10 - full);
}

/** One agency's entry as the card and lists show it. */
export interface EntryView {
  status: string;
  progress: number;
  note: string | null;
  evidenceUrl: string | null;
  evidenceFileName: string | null;
  updatedAt: Date;
  updatedByName: string | null;
}

const pageRow = (keyboard: InlineKeyboard, t: T, page: { page: number; pageCount: number }, pack: (page: number) => string) => {
  if (page.pageCount <= 1) return;
  if (page.page > 0) keyboard.text(t("button-previous"), pack(page.page - 1));
  keyboard.text(t("page-indicator", { page: page.page + 1, pages: page.pageCount }), "noop");
  if (page.page < page.pageCount - 1) keyboard.text(t("button-next"), pack(page.page + 1));
  keyboard.row();
};

/** The lines of a task's card that replace its single status: scope, the derived figure, counts. */
export function figureLines(v: Viewer, task: { title: string; scope: TaskScope }, figure: AgencyFigure): string[] {
  const { t } = v;
  const n = (x: number) => formatNumber(x, v.language);
  const scope = task.scope === "national" ? "" : t(SCOPE_KEYS[task.scope], { count: n(figure.total) });
  return [
    t("task-agency-applies", { scope }),
    t("task-agency-figure", { title: escapeHtml(task.title), done: n(figure.done), total: n(figure.total), percent: figure.donePercent }),
    t("task-agency-counts", {
      notReported: n(figure.counts.belum_melapor),
      notStarted: n(figure.counts.belum_dimulai),
      running: n(figure.counts.berjalan),
      done: n(figure.counts.selesai),
      postponed: n(figure.counts.ditunda),
      average: figure.averageProgress,
    }),
  ];
}

/** "Instansi Bapak/Ibu": its entry, or that it has not reported, or that the task is not for it. */
export function myEntryLines(v: Viewer, agencyName: string | null, applies: boolean, entry: EntryView | null, overdue: boolean): string[] {
  const { t } = v;
  if (!agencyName) return [];
  if (!applies) return [t("task-agency-mine-not-applicable", { agency: escapeHtml(agencyName) })];
  const lines = [t("task-agency-mine-title", { agency: escapeHtml(agencyName) })];
  const late = overdue ? ` · ${t("task-overdue-mark")}` : "";
  if (!entry) {
    lines.push(`${t("task-agency-not-reported")}${late}`);
    return lines;
  }
  lines.push(t("task-agency-mine-status", { status: statusLabel(t, entry.status), progress: entry.progress, late }));
  if (entry.note) lines.push(t("task-agency-mine-note", { note: escapeHtml(entry.note) }));
  if (entry.evidenceUrl) lines.push(t("task-agency-mine-evidence-link", { url: escapeHtml(entry.evidenceUrl) }));
  else if (entry.evidenceFileName) lines.push(t("task-agency-mine-evidence-file", { name: escapeHtml(entry.evidenceFileName) }));
  lines.push(
    t("task-agency-mine-updated", {
      at: formatDateTime(entry.updatedAt, v.timezone, v.language),
      by: escapeHtml(entry.updatedByName ?? "-"),
    }),
  );
  return lines;
}

/** The buttons a task that applies to agencies adds to its card. */
export function agencyCardButtons(
  keyboard: InlineKeyboard,
  t: T,
  number: number,
  options: { mayUpdate: boolean; area: string; provinceView: boolean; evidenceOf: number | null },
): InlineKeyboard {
  keyboard.row();
  if (options.mayUpdate) keyboard.text(t("task-agency-button-update"), agencyUpdateButton.pack({ number })).row();
  if (options.evidenceOf !== null) keyboard.text(t("task-agency-button-evidence"), agencyEvidenceButton.pack({ number, agency: options.evidenceOf })).row();
  keyboard
    .text(t("task-agency-button-provinces"), agencyProvincesButton.pack({ number, page: 0 }))
    .text(t("task-agency-button-not-reported"), agencyNotReportedButton.pack({ number, area: options.area, page: 0 }));
  if (options.provinceView) keyboard.row().text(t("task-agency-button-regencies"), agencyRegenciesButton.pack({ number, page: 0 }));
  return keyboard;
}

const backToTask = (keyboard: InlineKeyboard, t: T, number: number) =>
  keyboard.text(t("task-button-open", { number: String(number) }), taskCardButton.pack({ number }));

/** Provinces sorted by share done, ten a page, each with a bar. */
export function provincesView(v: Viewer, task: { number: number; title: string }, page: Page<ProvinceShare>, area: string) {
  const { t } = v;
  const n = (x: number) => formatNumber(x, v.language);
  const lines = [t("task-agency-provinces-title", { number: String(task.number), title: escapeHtml(task.title) }), ""];
  if (page.total === 0) lines.push(t("task-agency-none"));
  page.items.forEach((row, i) => {
    const name = escapeHtml(row.provinceName ?? t("task-agency-central-units"));
    lines.push(
      t("task-agency-province-line", {
        rank: page.page * 10 + i + 1,
        name,
        bar: textBar(row.donePercent),
        percent: row.donePercent,
        done: n(row.done),
        total: n(row.total),
        notReported: n(row.notReported),
      }),
    );
  });
  const keyboard = new InlineKeyboard();
  pageRow(keyboard, t, page, (p) => agencyProvincesButton.pack({ number: task.number, page: p }));
  keyboard.text(t("task-agency-button-not-reported"), agencyNotReportedButton.pack({ number: task.number, area, page: 0 })).row();
  backToTask(keyboard, t, task.number);
  return { text: lines.join("\n"), keyboard };
}

interface AgencyRow {
  agency: { id: number; name: string; kind: string; provinceCode: string | null };
  entry: { status: string; progress: number } | null;
}

/** Agencies that have not reported, in one province or everywhere; paged. */
export function notReportedView(
  v: Viewer,
  task: { number: number; title: string },
  page: Page<AgencyRow>,
  area: { code: string; name: string | null; own: string | null },
) {
  const { t } = v;
  const where = area.code === ALL_AREAS ? t("task-agency-everywhere") : escapeHtml(area.name ?? area.code);
  const lines = [
    t("task-agency-not-reported-title", { number: String(task.number), title: escapeHtml(task.title), area: where, count: formatNumber(page.total, v.language) }),
    "",
  ];
  if (page.total === 0) lines.push(t("task-agency-all-reported"));
  page.items.forEach((row, i) => lines.push(`${page.page * 10 + i + 1}. ${escapeHtml(row.agency.name)}`));
  const keyboard = new InlineKeyboard();
  pageRow(keyboard, t, page, (p) => agencyNotReportedButton.pack({ number: task.number, area: area.code, page: p }));
  if (area.code !== ALL_AREAS) keyboard.text(t("task-agency-button-everywhere"), agencyNotReportedButton.pack({ number: task.number, area: ALL_AREAS, page: 0 }));
  else if (area.own) keyboard.text(t("task-agency-button-my-province"), agencyNotReportedButton.pack({ number: task.number, area: area.own, page: 0 }));
  keyboard.row();
  backToTask(keyboard, t, task.number);
  return { text: lines.join("\n"), keyboard };
}

/** The kabupaten/kota of a province for one task, each with its status (or not reported). */
export function regenciesView(v: Viewer, task: { number: number; title: string }, province: string, page: Page<AgencyRow>) {
  const { t } = v;
  const lines = [
    t("task-agency-regencies-title", { number: String(task.number), title: escapeHtml(task.title), province: escapeHtml(province), count: formatNumber(page.total, v.language) }),
    "",
  ];
  if (page.total === 0) lines.push(t("task-agency-none"));
  page.items.forEach((row, i) => {
    const state = row.entry ? `${statusLabel(t, row.entry.status)}, ${row.entry.progress}%` : t("task-agency-not-reported");
    lines.push(`${page.page * 10 + i + 1}. ${escapeHtml(row.agency.name)} — ${state}`);
  });
  const keyboard = new InlineKeyboard();
  pageRow(keyboard, t, page, (p) => agencyRegenciesButton.pack({ number: task.number, page: p }));
  backToTask(keyboard, t, task.number);
  return { text: lines.join("\n"), keyboard };
}

interface AgencyTaskRow {
  task: { number: number; title: string; targetDate: Date | null };
  entry: { status: string; progress: number } | null;
  overdue: boolean;
}

/** /tugas_instansi: my agency's figure, then its tasks (overdue first), with filters and pages. */
export function agencyTasksView(
  v: Viewer,
  agency: { name: string },
  summary: AgencyFigure & { overdue: number },
  filter: AgencyTaskFilterCode,
  page: Page<AgencyTaskRow>,
  provinceView: boolean,
) {
  const { t } = v;
  const n = (x: number) => formatNumber(x, v.language);
  const lines = [
    t("task-agency-mine-list-title", { agency: escapeHtml(agency.name) }),
    t("task-agency-mine-summary", {
      total: n(summary.total),
      done: n(summary.done),
      percent: summary.donePercent,
      overdue: n(summary.overdue),
      notReported: n(summary.counts.belum_melapor),
    }),
    t("task-agency-mine-filter", { filter: t(FILTER_KEYS[filter]), count: n(page.total) }),
    "",
  ];
  if (summary.total === 0) lines.push(t("task-agency-mine-none"));
  else if (page.total === 0) lines.push(t("task-list-empty"));
  for (const row of page.items) {
    const state = row.entry ? `${statusLabel(t, row.entry.status)}, ${row.entry.progress}%` : t("task-agency-not-reported");
    const target = row.task.targetDate ? ` · ${t("task-agency-target", { target: formatDate(row.task.targetDate, "UTC", v.language) })}` : "";
    const late = row.overdue ? ` · ${t("task-overdue-mark")}` : "";
    lines.push(`<b>${row.task.number}.</b> ${escapeHtml(row.task.title)} — ${state}${target}${late}`);
  }
  const keyboard = new InlineKeyboard();
  page.items.forEach((row, i) => {
    keyboard.text(String(row.task.number), taskCardButton.pack({ number: row.task.number }));
    if (i % 5 === 4) keyboard.row();
  });
  keyboard.row();
  if (provinceView && page.items.length > 0) {
    page.items.forEach((row, i) => {
      keyboard.text(t("task-agency-button-regencies-of", { number: String(row.task.number) }), agencyRegenciesButton.pack({ number: row.task.number, page: 0 }));
      if (i % 5 === 4) keyboard.row();
    });
    keyboard.row();
  }
  pageRow(keyboard, t, page, (p) => agencyTasksButton.pack({ page: p, filter }));
  for (const code of AGENCY_TASK_FILTERS) {
    keyboard.text(`${code === filter ? "• " : ""}${t(FILTER_KEYS[code])}`, agencyTasksButton.pack({ page: 0, filter: code }));
  }
  return { text: lines.join("\n"), keyboard };
}
