// SPBE tasks: the national summary (GET /api/tasks/summary) with its charts: tasks by status,
// overdue by pokja, each pokja's tasks by status; the list with search and filters; a task's page
// (its own chunk) when one is opened.
import { useEffect, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import { BarChart, StackedBars, type BarItem } from "../charts.js";
import { formatDateTime, formatNumber, t } from "../i18n.js";
import { TASK_STATUS_KEYS } from "../labels.js";
import type { ScreenProps } from "../main.js";
import type { Me, TaskSummary } from "../types.js";
import { Notice, Show, useApi } from "../ui.js";
import { STATUS_COLORS } from "./status-colors.js";
import { TaskList } from "./task-list.js";

type TaskPageProps = { number: number; me: Me; onBack: () => void };

function LazyTaskPage(props: TaskPageProps) {
  const [Page, setPage] = useState<ComponentType<TaskPageProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import("./task-page.js").then(
      (module) => live && setPage(() => module.default),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <Notice messageKey="webapp-error-network" />;
  return Page ? <Page {...props} /> : <p class="loading">{t("webapp-loading")}</p>;
}

function pokjaName(row: { pokjaId: number | null; name: string }) {
  return row.pokjaId === null ? t("webapp-tasks-national") : row.name;
}

function Summary({ summary, me }: { summary: TaskSummary } & ScreenProps) {
  const statusItems: BarItem[] = summary.statuses.map((s) => ({ key: s, label: t(TASK_STATUS_KEYS[s]), value: summary.total.counts[s] ?? 0, color: STATUS_COLORS[s] }));
  const pokjaRows = summary.byPokja.filter((r) => r.total > 0);
  return (
    <section>
      <div class="stats">
        <div class="stat" data-stat="total">
          <strong>{formatNumber(summary.total.total)}</strong>
          <span>{t("webapp-tasks-total")}</span>
        </div>
        <div class="stat" data-stat="progress">
          <strong>{formatNumber(Math.round(summary.total.averageProgress))}%</strong>
          <span>{t("webapp-tasks-average-progress")}</span>
        </div>
        <div class={`stat${summary.total.overdue > 0 ? " stat-alert" : ""}`} data-stat="overdue">
          <strong>{formatNumber(summary.total.overdue)}</strong>
          <span>{t("webapp-tasks-overdue")}</span>
        </div>
      </div>
      {summary.total.total === 0 ? (
        <p class="hint">{t("webapp-tasks-none")}</p>
      ) : (
        <>
          <BarChart id="status" title={t("webapp-tasks-chart-status")} items={statusItems} />
          <BarChart
            id="overdue"
            title={t("webapp-tasks-chart-overdue")}
            items={pokjaRows.map((r) => ({ key: String(r.pokjaId ?? "national"), label: pokjaName(r), value: r.overdue, color: "var(--c-late)" }))}
          />
          <StackedBars
            id="pokja"
            title={t("webapp-tasks-chart-pokja")}
            legend={statusItems}
            rows={pokjaRows.map((r) => ({
              key: String(r.pokjaId ?? "national"),
              label: pokjaName(r),
              parts: summary.statuses.map((s) => ({ key: s, label: t(TASK_STATUS_KEYS[s]), value: r.counts[s] ?? 0, color: STATUS_COLORS[s] })),
            }))}
          />
          <table class="table">
            <thead>
              <tr>
                <th>{t("webapp-tasks-col-pokja")}</th>
                <th class="num">{t("webapp-tasks-col-total")}</th>
                <th class="num">{t("webapp-tasks-col-progress")}</th>
                <th class="num">{t("webapp-tasks-col-overdue")}</th>
              </tr>
            </thead>
            <tbody>
              {pokjaRows.map((r) => (
                <tr key={String(r.pokjaId)}>
                  <td>{pokjaName(r)}</td>
                  <td class="num">{formatNumber(r.total)}</td>
                  <td class="num">{formatNumber(Math.round(r.averageProgress))}%</td>
                  <td class="num">{formatNumber(r.overdue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p class="hint small">{t("webapp-tasks-generated", { time: formatDateTime(summary.generatedAt, me.timezone, me.zone) })}</p>
    </section>
  );
}

export default function TasksScreen({ me }: ScreenProps) {
  const [summary] = useApi<TaskSummary>("/api/tasks/summary");
  const [open, setOpen] = useState<number | null>(null);
  const [scroll, setScroll] = useState(0);
  useEffect(() => {
    if (open === null) window.scrollTo(0, scroll);
    else window.scrollTo(0, 0);
  }, [open]);
  // The list stays mounted under an open task, so its filters and page are kept on the way back.
  return (
    <>
      {open !== null ? <LazyTaskPage number={open} me={me} onBack={() => setOpen(null)} /> : null}
      <div hidden={open !== null}>
        <h2>{t("webapp-tasks-title")}</h2>
        <Show loaded={summary}>
          {(data) => (
            <>
              <Summary summary={data} me={me} />
              <TaskList
                summary={data}
                onOpen={(n) => {
                  setScroll(window.scrollY);
                  setOpen(n);
                }}
              />
            </>
          )}
        </Show>
      </div>
    </>
  );
}
