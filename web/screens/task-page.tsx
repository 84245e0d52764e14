// A task's page (GET /api/tasks/:number): its details, national status and history; for a task that
// applies to agencies, the derived figure, the caller's agency's entry, the provinces sorted with
// bars (GET .../provinces) and, for a chosen province, its agencies and who has not reported
// (GET .../agencies). Its own chunk, loaded when a task is opened.
import { useState } from "preact/hooks";
import { StackedBars, type BarItem } from "../charts.js";
import { formatDateTime, formatDay, formatNumber, t } from "../i18n.js";
import { TASK_STATUS_KEYS } from "../labels.js";
import { Pager } from "../pager.js";
import type { AgencyFigure, AgencyStatus, Me, TaskAgencies, TaskHistoryItem, TaskPage, TaskProvinces } from "../types.js";
import { FilterSelect, safeUrl, Show, useApi } from "../ui.js";
import { AGENCY_STATUSES, STATUS_COLORS } from "./status-colors.js";

function figureParts(figure: AgencyFigure): BarItem[] {
  return AGENCY_STATUSES.map((s) => ({ key: s, label: t(TASK_STATUS_KEYS[s]), value: figure.counts[s] ?? 0, color: STATUS_COLORS[s] }));
}

function historyLine(item: TaskHistoryItem): string {
  const parts: string[] = [];
  const { status, progress, note, ...others } = item.changes;
  if (status) parts.push(t("webapp-history-status", { from: t(TASK_STATUS_KEYS[status.from as AgencyStatus] ?? String(status.from)), to: t(TASK_STATUS_KEYS[status.to as AgencyStatus] ?? String(status.to)) }));
  if (progress) parts.push(t("webapp-history-progress", { from: String(progress.from ?? 0), to: String(progress.to ?? 0) }));
  if (note) parts.push(t("webapp-history-note"));
  const otherCount = Object.keys(others).length;
  if (otherCount > 0) parts.push(t("webapp-history-fields", { count: otherCount }));
  if (parts.length === 0) parts.push(t("webapp-history-created"));
  if (item.source === "import") parts.push(t("webapp-history-import"));
  return parts.join(", ");
}


function Agencies({ number, province, provinceName, onClose }: { number: number; province: string; provinceName: string; onClose: () => void }) {
  const [status, setStatus] = useState("");
  const [page, setPage] = useState(0);
  const query = new URLSearchParams({ province, page: String(page) });
  if (status) query.set("status", status);
  const [list] = useApi<TaskAgencies>(`/api/tasks/${number}/agencies?${query.toString()}`);
  return (
    <section class="card" data-province-agencies={province}>
      <h3>{t("webapp-task-agencies-title", { province: provinceName })}</h3>
      <div class="filters">
        <FilterSelect
          name="agency-status"
          value={status}
          label={t("webapp-tasks-filter-status")}
          allLabel={t("webapp-tasks-filter-all-statuses")}
          options={AGENCY_STATUSES.map((s) => ({ value: s, label: t(TASK_STATUS_KEYS[s]) }))}
          onChange={(value) => {
            setStatus(value);
            setPage(0);
          }}
        />
        <button type="button" onClick={onClose}>
          {t("webapp-close")}
        </button>
      </div>
      <Show loaded={list}>
        {(data) => (
          <>
            <table class="table">
              <tbody>
                {data.items.map((row) => (
                  <tr key={row.agency.id} data-agency={row.agency.code} data-status={row.status}>
                    <td>{row.agency.name}</td>
                    <td>
                      {t(TASK_STATUS_KEYS[row.status])}
                      {row.entry ? ` · ${row.entry.progress}%` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.items.length === 0 ? <p class="hint">{t("webapp-tasks-none-found")}</p> : null}
            <Pager page={data.page} pageCount={data.pageCount} onPage={setPage} />
          </>
        )}
      </Show>
    </section>
  );
}

function Provinces({ number }: { number: number }) {
  const [sort, setSort] = useState("done");
  const [open, setOpen] = useState<{ code: string; name: string } | null>(null);
  const [data] = useApi<TaskProvinces>(`/api/tasks/${number}/provinces?sort=${sort}`);
  return (
    <section>
      <h3>{t("webapp-task-provinces-title")}</h3>
      <div class="filters">
        <select name="sort" value={sort} aria-label={t("webapp-task-sort")} onChange={(e) => setSort((e.target as HTMLSelectElement).value)}>
          <option value="done">{t("webapp-task-sort-done")}</option>
          <option value="lag">{t("webapp-task-sort-lag")}</option>
          <option value="code">{t("webapp-task-sort-code")}</option>
        </select>
      </div>
      {open ? <Agencies number={number} province={open.code} provinceName={open.name} onClose={() => setOpen(null)} /> : null}
      <Show loaded={data}>
        {(answer) => (
          <table class="table" data-table="provinces">
            <thead>
              <tr>
                <th>{t("webapp-task-col-province")}</th>
                <th>{t("webapp-task-col-done")}</th>
                <th class="num">{t("webapp-task-col-not-reported")}</th>
              </tr>
            </thead>
            <tbody>
              {answer.provinces.map((p) => {
                const name = p.provinceName ?? t("webapp-task-central");
                return (
                  <tr key={p.provinceCode ?? "central"} data-province={p.provinceCode ?? ""} data-done-percent={p.donePercent}>
                    <td>
                      {p.provinceCode ? (
                        <button type="button" class="link-button" onClick={() => setOpen({ code: p.provinceCode!, name })}>
                          {name}
                        </button>
                      ) : (
                        name
                      )}
                    </td>
                    <td>
                      <div class="bar" role="img" aria-label={`${p.donePercent}%`}>
                        <span style={{ width: `${Math.min(100, Math.max(0, p.donePercent))}%` }} />
                      </div>
                      <span class="small">{t("webapp-task-done-of", { done: formatNumber(p.done), total: formatNumber(p.total), percent: p.donePercent })}</span>
                    </td>
                    <td class="num">{formatNumber(p.counts.belum_melapor ?? 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}

function Page({ page, me, number, historyPage, onHistoryPage }: { page: TaskPage; me: Me; number: number; historyPage: number; onHistoryPage: (n: number) => void }) {
  const task = page.task;
  const agencies = page.agencies;
  const evidence = safeUrl(agencies?.myAgency?.entry?.evidenceUrl ?? null);
  return (
    <article data-task-page={task.number}>
      <h2>
        {task.number}. {task.title}
      </h2>
      {task.pokja ? <p class="meta">{task.pokja.name}</p> : null}
      {task.targetDate ? <p class={`meta${task.overdue ? " late" : ""}`}>{t(task.overdue ? "webapp-tasks-target-overdue" : "webapp-tasks-target", { date: formatDay(task.targetDate) })}</p> : null}
      {task.description ? <p class="pre">{task.description}</p> : null}
      {task.legalBasis ? <p class="meta">{t("webapp-task-legal-basis", { text: task.legalBasis })}</p> : null}
      {task.agency || task.responsibleUnit ? <p class="meta">{t("webapp-task-responsible", { text: [task.agency?.name, task.responsibleUnit].filter(Boolean).join(" · ") })}</p> : null}

      {agencies ? (
        <>
          <p class="figure" data-figure-done={agencies.figure.done} data-figure-total={agencies.figure.total}>
            {t("webapp-task-figure", { done: formatNumber(agencies.figure.done), total: formatNumber(agencies.figure.total), percent: agencies.figure.donePercent })}
          </p>
          <StackedBars id="agencies" title={t("webapp-task-chart-agencies")} legend={figureParts(agencies.figure)} rows={[{ key: "all", label: t("webapp-task-all-agencies"), parts: figureParts(agencies.figure) }]} />
          {agencies.myAgency ? (
            <section class="card" data-my-agency={agencies.myAgency.agency.code}>
              <h3>{t("webapp-task-my-agency", { agency: agencies.myAgency.agency.name })}</h3>
              {!agencies.myAgency.applies ? (
                <p class="hint">{t("webapp-task-not-applicable")}</p>
              ) : agencies.myAgency.entry ? (
                <>
                  <p>
                    {t(TASK_STATUS_KEYS[agencies.myAgency.entry.status])} · {agencies.myAgency.entry.progress}%
                  </p>
                  {agencies.myAgency.entry.note ? <p class="pre">{agencies.myAgency.entry.note}</p> : null}
                  {evidence ? (
                    <p>
                      <a href={evidence} target="_blank" rel="noopener noreferrer">
                        {t("webapp-task-evidence")}
                      </a>
                    </p>
                  ) : null}
                  <p class="meta">{t("webapp-task-updated", { time: formatDateTime(agencies.myAgency.entry.updatedAt, me.timezone, me.zone), name: agencies.myAgency.entry.updatedByName ?? "-" })}</p>
                </>
              ) : (
                <p class="late">{t("webapp-status-belum-melapor")}</p>
              )}
              {agencies.agencyEntryScope ? <p class="hint small">{t("webapp-task-update-in-bot", { number: task.number })}</p> : null}
            </section>
          ) : null}
          <Provinces number={number} />
        </>
      ) : (
        <section class="card">
          <p data-national-status={task.status}>
            {t("webapp-task-national-status")} <strong>{t(TASK_STATUS_KEYS[task.status])}</strong> · {task.progress}%
          </p>
          <div class="bar">
            <span style={{ width: `${Math.min(100, Math.max(0, task.progress))}%` }} />
          </div>
          {task.note ? <p class="pre">{task.note}</p> : null}
          {task.updatedAt ? <p class="meta">{t("webapp-task-updated", { time: formatDateTime(task.updatedAt, me.timezone, me.zone), name: task.updatedByName ?? "-" })}</p> : null}
          {page.canUpdateNational ? <p class="hint small">{t("webapp-task-update-in-bot", { number: task.number })}</p> : null}
        </section>
      )}

      <section>
        <h3>{t("webapp-task-history")}</h3>
        {page.history.items.length === 0 ? <p class="hint">{t("webapp-task-history-none")}</p> : null}
        <ul class="history">
          {page.history.items.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <span class="meta">{formatDateTime(h.at, me.timezone, me.zone)}</span> {h.actorName ?? ""}: {historyLine(h)}
              {h.note ? <span class="pre"> — {h.note}</span> : null}
            </li>
          ))}
        </ul>
        <Pager page={historyPage} pageCount={page.history.pageCount} onPage={onHistoryPage} />
      </section>
    </article>
  );
}

export default function TaskPageScreen({ number, me, onBack }: { number: number; me: Me; onBack: () => void }) {
  const [historyPage, setHistoryPage] = useState(0);
  const [page] = useApi<TaskPage>(`/api/tasks/${number}?historyPage=${historyPage}`);
  return (
    <>
      <button type="button" class="link-button back" onClick={onBack}>
        ‹ {t("webapp-back")}
      </button>
      <Show loaded={page}>{(data) => <Page page={data} me={me} number={number} historyPage={historyPage} onHistoryPage={setHistoryPage} />}</Show>
    </>
  );
}
