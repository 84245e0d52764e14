// The task list with search and filters (GET /api/tasks: q, status, pokja, overdue, page), as /tugas.
import { useState } from "preact/hooks";
import { formatDay, t } from "../i18n.js";
import { TASK_STATUS_KEYS } from "../labels.js";
import { Pager } from "../pager.js";
import type { Paged, TaskListItem, TaskStatus, TaskSummary } from "../types.js";
import { FilterSelect, Show, useApi } from "../ui.js";

const STATUSES: TaskStatus[] = ["belum_dimulai", "berjalan", "selesai", "ditunda"];

export function TaskList({ summary, onOpen }: { summary: TaskSummary; onOpen: (number: number) => void }) {
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("");
  const [pokja, setPokja] = useState("");
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(0);
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (status) query.set("status", status);
  if (pokja) query.set("pokja", pokja);
  if (overdue) query.set("overdue", "1");
  query.set("page", String(page));
  const [list] = useApi<Paged<TaskListItem>>(`/api/tasks?${query.toString()}`);
  const pokjaOptions = summary.byPokja.filter((r) => r.pokjaId !== null && r.total > 0);

  return (
    <section>
      <h2>{t("webapp-tasks-list-title")}</h2>
      <form
        class="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQ(typed.trim());
          setPage(0);
        }}
      >
        <input type="search" name="q" value={typed} maxLength={200} placeholder={t("webapp-tasks-search")} aria-label={t("webapp-tasks-search")} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
        <button type="submit">{t("webapp-tasks-search-button")}</button>
        <FilterSelect
          name="status"
          value={status}
          label={t("webapp-tasks-filter-status")}
          allLabel={t("webapp-tasks-filter-all-statuses")}
          options={STATUSES.map((s) => ({ value: s, label: t(TASK_STATUS_KEYS[s]) }))}
          onChange={(value) => {
            setStatus(value);
            setPage(0);
          }}
        />
        <FilterSelect
          name="pokja"
          value={pokja}
          label={t("webapp-tasks-filter-pokja")}
          allLabel={t("webapp-tasks-filter-all-pokja")}
          options={pokjaOptions.map((p) => ({ value: String(p.pokjaId), label: p.name }))}
          onChange={(value) => {
            setPokja(value);
            setPage(0);
          }}
        />
        <label class="check">
          <input
            type="checkbox"
            name="overdue"
            checked={overdue}
            onChange={(e) => {
              setOverdue((e.target as HTMLInputElement).checked);
              setPage(0);
            }}
          />
          {t("webapp-tasks-filter-overdue")}
        </label>
      </form>
      <Show loaded={list}>
        {(data) => (
          <>
            <p class="hint small">{t("webapp-tasks-found", { count: data.total })}</p>
            {data.items.length === 0 ? <p class="hint">{t("webapp-tasks-none-found")}</p> : null}
            {data.items.map((task) => (
              <button key={task.number} type="button" class="card row-card" data-task={task.number} onClick={() => onOpen(task.number)}>
                <strong>
                  {task.number}. {task.title}
                </strong>
                <span class="meta">
                  {t(TASK_STATUS_KEYS[task.status])} · {task.progress}%{task.pokja ? ` · ${task.pokja.name}` : ""}
                </span>
                {task.targetDate ? (
                  <span class={`meta${task.overdue ? " late" : ""}`}>
                    {t(task.overdue ? "webapp-tasks-target-overdue" : "webapp-tasks-target", { date: formatDay(task.targetDate) })}
                  </span>
                ) : null}
                {task.scope !== "national" ? <span class="badge">{t("webapp-tasks-per-agency")}</span> : null}
              </button>
            ))}
            <Pager page={data.page} pageCount={data.pageCount} onPage={setPage} />
          </>
        )}
      </Show>
    </section>
  );
}
