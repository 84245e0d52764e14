// Meetings: my coming meetings with my answers (GET /api/meetings), answered from the page
// (POST /api/meetings/:id/rsvp, the same service call as the chat's buttons), and recent ones.
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { formatDateTime, t } from "../i18n.js";
import { RSVP_BUTTON_KEYS, RSVP_KEYS } from "../labels.js";
import type { ScreenProps } from "../main.js";
import type { MeetingItem, MeetingList, Rsvp } from "../types.js";
import { asApiError, Notice, safeUrl, Show, useApi } from "../ui.js";

const ANSWERS: Exclude<Rsvp, "pending">[] = ["hadir", "tidak_hadir", "diwakilkan"];


function Meeting({ meeting, me }: { meeting: MeetingItem } & ScreenProps) {
  const [answer, setAnswer] = useState(meeting.myAnswer);
  const [deputyOpen, setDeputyOpen] = useState(false);
  const [deputy, setDeputy] = useState(meeting.myAnswer.deputyName ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const link = safeUrl(meeting.onlineUrl);

  async function send(rsvp: Exclude<Rsvp, "pending">) {
    if (rsvp === "diwakilkan" && !deputyOpen) {
      setDeputyOpen(true);
      return;
    }
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const result = await api<{ rsvp: Rsvp; deputyName: string | null }>(`/api/meetings/${meeting.id}/rsvp`, {
        method: "POST",
        body: rsvp === "diwakilkan" ? { answer: rsvp, deputyName: deputy.trim() } : { answer: rsvp },
      });
      setAnswer({ rsvp: result.rsvp, deputyName: result.deputyName, respondedAt: new Date().toISOString() });
      setDeputyOpen(false);
      setSaved(true);
    } catch (e) {
      const apiError = asApiError(e);
      const reason = apiError.body?.reason;
      const field = apiError.body?.field;
      setError(
        field === "deputyName" ? "webapp-meetings-error-deputy" : reason === "cancelled" ? "webapp-meetings-error-cancelled" : reason === "over" ? "webapp-meetings-error-over" : reason === "not_invited" ? "webapp-meetings-error-not-invited" : apiError.messageKey,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="card" data-meeting={meeting.id}>
      <h3>{meeting.title}</h3>
      <p class="meta">
        {formatDateTime(meeting.startsAt, me.timezone, me.zone)}
        {meeting.pokja ? ` · ${meeting.pokja.name}` : ` · ${t("webapp-meetings-plenary")}`}
      </p>
      {meeting.place ? <p class="meta">{t("webapp-meetings-place", { place: meeting.place })}</p> : null}
      {link ? (
        <p class="meta">
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t("webapp-meetings-online")}
          </a>
        </p>
      ) : null}
      {meeting.status === "cancelled" ? <p class="badge badge-late">{t("webapp-meetings-cancelled")}</p> : null}
      <p class="answer" data-rsvp={answer.rsvp}>
        {t("webapp-meetings-my-answer")} <strong>{t(RSVP_KEYS[answer.rsvp])}</strong>
        {answer.rsvp === "diwakilkan" && answer.deputyName ? ` (${answer.deputyName})` : ""}
      </p>
      {meeting.canAnswer ? (
        <div class="actions">
          {ANSWERS.map((a) => (
            <button key={a} type="button" class={answer.rsvp === a ? "primary" : ""} data-answer={a} disabled={busy} onClick={() => void send(a)}>
              {t(RSVP_BUTTON_KEYS[a])}
            </button>
          ))}
        </div>
      ) : null}
      {deputyOpen ? (
        <form
          class="deputy"
          onSubmit={(event) => {
            event.preventDefault();
            void send("diwakilkan");
          }}
        >
          <label>
            {t("webapp-meetings-deputy-label")}
            <input name="deputy" value={deputy} minLength={3} maxLength={100} required onInput={(event) => setDeputy((event.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="primary" disabled={busy}>
            {t("webapp-meetings-deputy-send")}
          </button>
        </form>
      ) : null}
      {saved ? <p class="notice notice-info" role="status">{t("webapp-meetings-saved")}</p> : null}
      {error ? <Notice messageKey={error} /> : null}
    </article>
  );
}

export default function MeetingsScreen({ me }: ScreenProps) {
  const [list] = useApi<MeetingList>("/api/meetings");
  return (
    <>
      <h2>{t("webapp-meetings-title")}</h2>
      <Show loaded={list}>
        {(data) => (
          <>
            {data.upcoming.length === 0 ? <p class="hint">{t("webapp-meetings-none")}</p> : data.upcoming.map((m) => <Meeting key={m.id} meeting={m} me={me} />)}
            {data.recent.length > 0 ? (
              <>
                <h2>{t("webapp-meetings-recent")}</h2>
                {data.recent.map((m) => (
                  <Meeting key={m.id} meeting={m} me={me} />
                ))}
              </>
            ) : null}
          </>
        )}
      </Show>
    </>
  );
}
