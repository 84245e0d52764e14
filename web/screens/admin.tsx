// For admins: members waiting for approval (GET /api/admin/registrations), approved or rejected from
// the page with the same rules, audit and notice as in the chat.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { formatDateTime, t } from "../i18n.js";
import type { ScreenProps } from "../main.js";
import { Pager } from "../pager.js";
import type { Paged, Registration } from "../types.js";
import { asApiError, Notice, Show, useApi } from "../ui.js";

function Applicant({ person, me }: { person: Registration } & ScreenProps) {
  const [done, setDone] = useState<"approved" | "rejected" | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function decide(action: "approve" | "reject") {
    setBusy(true);
    setError(null);
    try {
      const body = action === "reject" ? { reason: reason.trim() === "" ? null : reason.trim() } : {};
      const result = await api<{ status: "approved" | "rejected" }>(`/api/admin/registrations/${person.id}/${action}`, { method: "POST", body });
      setDone(result.status);
      setRejecting(false);
    } catch (e) {
      const apiError = asApiError(e);
      setError(apiError.body?.reason === "already_reviewed" ? "webapp-admin-error-reviewed" : apiError.body?.field === "reason" ? "webapp-admin-error-reason" : apiError.messageKey);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="card" data-registration={person.id}>
      <strong>{person.fullName}</strong>
      {person.position ? <p class="meta">{person.position}</p> : null}
      <p class="meta">{person.agency.provinceName ? `${person.agency.name} · ${person.agency.provinceName}` : person.agency.name}</p>
      {person.telegramUsername ? <p class="meta">@{person.telegramUsername}</p> : null}
      <p class="meta">{t("webapp-admin-registered", { time: formatDateTime(person.registeredAt, me.timezone, me.zone) })}</p>
      {done ? (
        <p class="notice notice-info" role="status" data-decision={done}>
          {t(done === "approved" ? "webapp-admin-approved" : "webapp-admin-rejected")}
        </p>
      ) : (
        <div class="actions">
          <button type="button" class="primary" data-action="approve" disabled={busy} onClick={() => void decide("approve")}>
            {t("webapp-admin-approve")}
          </button>
          <button type="button" data-action="reject" disabled={busy} onClick={() => setRejecting(true)}>
            {t("webapp-admin-reject")}
          </button>
        </div>
      )}
      {rejecting && !done ? (
        <form
          class="deputy"
          onSubmit={(event) => {
            event.preventDefault();
            void decide("reject");
          }}
        >
          <label>
            {t("webapp-admin-reason")}
            <input name="reason" value={reason} maxLength={500} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" disabled={busy}>
            {t("webapp-admin-reject-send")}
          </button>
        </form>
      ) : null}
      {error ? <Notice messageKey={error} /> : null}
    </article>
  );
}

export default function AdminScreen({ me }: ScreenProps) {
  const [page, setPage] = useState(0);
  const [list] = useApi<Paged<Registration>>(`/api/admin/registrations?page=${page}`);
  return (
    <>
      <h2>{t("webapp-admin-title")}</h2>
      <Show loaded={list}>
        {(data) => (
          <>
            {data.total === 0 ? <p class="hint">{t("webapp-admin-none")}</p> : <p class="hint small">{t("webapp-admin-count", { count: data.total })}</p>}
            {data.items.map((person) => (
              <Applicant key={person.id} person={person} me={me} />
            ))}
            <Pager page={data.page} pageCount={data.pageCount} onPage={setPage} />
          </>
        )}
      </Show>
    </>
  );
}
