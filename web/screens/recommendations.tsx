// Recommendations: the pokja's board by status in columns (GET /api/recommendations/board), with
// support and follow from the card; for coordinators and admins the report with its charts
// (GET /api/recommendations/report).
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { BarChart } from "../charts.js";
import { formatDate, t } from "../i18n.js";
import { REC_CATEGORIES, REC_CATEGORY_KEYS, REC_STATUS_KEYS, REC_STATUSES } from "../labels.js";
import type { ScreenProps } from "../main.js";
import { Pager } from "../pager.js";
import type { Paged, PokjaList, RecBoard, RecCard, RecReport, RecStatus } from "../types.js";
import { asApiError, Notice, Show, useApi } from "../ui.js";

function Card({ card, me }: { card: RecCard } & ScreenProps) {
  const [state, setState] = useState(card);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(action: "support" | "follow" | "unfollow") {
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ supported?: boolean; following: boolean; supportCount?: number }>(`/api/recommendations/${state.id}/${action}`, { method: "POST", body: {} });
      setState((s) => ({ ...s, following: result.following, supported: result.supported ?? s.supported, supportCount: result.supportCount ?? s.supportCount }));
    } catch (e) {
      const apiError = asApiError(e);
      setError(apiError.body?.reason === "already" ? "webapp-rec-error-already" : apiError.body?.reason === "own" ? "webapp-rec-error-own" : apiError.messageKey);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="card" data-recommendation={state.id}>
      <strong>{state.title}</strong>
      <p class="meta">
        {t(REC_CATEGORY_KEYS[state.category])} · {formatDate(state.submittedAt, me.timezone)}
      </p>
      <p class="meta">{state.submitter.agencyName ? `${state.submitter.name} (${state.submitter.agencyName})` : state.submitter.name}</p>
      <p class="meta" data-support-count={state.supportCount}>
        {t("webapp-rec-supports", { count: state.supportCount })}
      </p>
      <div class="actions">
        {!state.mine && !state.supported ? (
          <button type="button" data-action="support" disabled={busy} onClick={() => void act("support")}>
            {t("webapp-rec-support")}
          </button>
        ) : null}
        {state.supported ? <span class="badge">{t("webapp-rec-supported")}</span> : null}
        <button type="button" data-action={state.following ? "unfollow" : "follow"} class={state.following ? "primary" : ""} disabled={busy} onClick={() => void act(state.following ? "unfollow" : "follow")}>
          {t(state.following ? "webapp-rec-unfollow" : "webapp-rec-follow")}
        </button>
      </div>
      {error ? <Notice messageKey={error} /> : null}
    </article>
  );
}

function Column({ pokjaId, first, me }: { pokjaId: number; first: Paged<RecCard> & { status: RecStatus } } & ScreenProps) {
  const [page, setPage] = useState(first.page);
  const [loaded] = useApi<RecBoard>(page === first.page ? null : `/api/recommendations/board?pokja=${pokjaId}&status=${first.status}&page=${page}`);
  const column = page === first.page ? first : loaded.state === "ready" ? (loaded.data.columns[0] ?? first) : null;
  return (
    <section class="column" data-column={first.status}>
      <h3>
        {t(REC_STATUS_KEYS[first.status])} ({first.total})
      </h3>
      {column ? column.items.map((card) => <Card key={card.id} card={card} me={me} />) : loaded.state === "error" ? <Notice messageKey={loaded.error.messageKey} /> : <p class="loading">{t("webapp-loading")}</p>}
      {first.total === 0 ? <p class="hint small">{t("webapp-rec-column-empty")}</p> : null}
      <Pager page={page} pageCount={first.pageCount} onPage={setPage} />
    </section>
  );
}

function Report({ pokjaId, me }: { pokjaId: number } & ScreenProps) {
  const [report] = useApi<RecReport>(`/api/recommendations/report?pokja=${pokjaId}`);
  return (
    <section data-report>
      <h2>{t("webapp-rec-report-title")}</h2>
      <Show loaded={report}>
        {(data) => (
          <>
            <p class="hint">
              {t("webapp-rec-report-total", { count: data.total })}
              {data.scheduledForMeeting > 0 ? ` ${t("webapp-rec-report-scheduled", { count: data.scheduledForMeeting })}` : ""}
            </p>
            <BarChart id="recStatus" title={t("webapp-rec-chart-status")} items={REC_STATUSES.map((s) => ({ key: s, label: t(REC_STATUS_KEYS[s]), value: data.byStatus[s] ?? 0, color: "var(--c-running)" }))} />
            <BarChart id="recCategory" title={t("webapp-rec-chart-category")} items={REC_CATEGORIES.map((c) => ({ key: c, label: t(REC_CATEGORY_KEYS[c]), value: data.byCategory[c] ?? 0, color: "var(--c-held)" }))} />
            {data.byMonth.length > 0 ? (
              <BarChart
                id="recMonth"
                title={t("webapp-rec-chart-month")}
                items={data.byMonth.map((m) => ({ key: m.month, label: new Date(`${m.month}-01T00:00:00Z`).toLocaleDateString(me.language === "en" ? "en-GB" : "id-ID", { month: "short", year: "numeric", timeZone: "UTC" }), value: m.count, color: "var(--c-done)" }))}
              />
            ) : null}
            {data.byProvince.length > 0 ? (
              <BarChart id="recProvince" title={t("webapp-rec-chart-province")} items={data.byProvince.map((p) => ({ key: p.province, label: p.province, value: p.count, color: "var(--c-idle)" }))} />
            ) : null}
          </>
        )}
      </Show>
    </section>
  );
}

function Board({ pokja, me, manages }: { pokja: number; manages: boolean } & ScreenProps) {
  const [board] = useApi<RecBoard>(`/api/recommendations/board?pokja=${pokja}`);
  return (
    <>
      <Show loaded={board}>
        {(data) => (
          <>
            <p class="hint small">{t("webapp-rec-board-total", { count: data.total })}</p>
            <div class="board">
              {data.columns.map((column) => (
                <Column key={`${data.pokja.id}-${column.status}`} pokjaId={data.pokja.id} first={column} me={me} />
              ))}
            </div>
          </>
        )}
      </Show>
      {manages ? <Report pokjaId={pokja} me={me} /> : null}
    </>
  );
}

export default function RecommendationsScreen({ me }: ScreenProps) {
  const [list] = useApi<PokjaList>("/api/pokja");
  const [chosen, setChosen] = useState<number | null>(null);
  return (
    <>
      <h2>{t("webapp-rec-title")}</h2>
      <Show loaded={list}>
        {(data) => {
          if (data.items.length === 0) return <p class="hint">{t("webapp-rec-no-pokja")}</p>;
          const pokja = data.items.find((p) => p.id === chosen) ?? data.items[0]!;
          return (
            <>
              {data.items.length > 1 ? (
                <div class="filters">
                  <select name="pokja" value={String(pokja.id)} aria-label={t("webapp-tasks-filter-pokja")} onChange={(e) => setChosen(Number((e.target as HTMLSelectElement).value))}>
                    {data.items.map((p) => (
                      <option key={p.id} value={String(p.id)}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </div>
              ) : (
                <p class="meta">{pokja.name}</p>
              )}
              <p class="hint small">{t("webapp-rec-submit-in-bot")}</p>
              <Board key={pokja.id} pokja={pokja.id} manages={pokja.manages} me={me} />
            </>
          );
        }}
      </Show>
    </>
  );
}
