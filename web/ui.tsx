// Shared pieces of the screens: loading an API answer, the message shown instead of a screen.
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { api, ApiError } from "./api.js";
import { t } from "./i18n.js";

export type Loaded<T> = { state: "loading" } | { state: "error"; error: ApiError } | { state: "ready"; data: T };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, "webapp-error-server", null);
}

/** GETs `path` (again when it changes or reload() is called). */
export function useApi<T>(path: string | null): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setLoaded({ state: "loading" });
    api<T>(path).then(
      (data) => live && setLoaded({ state: "ready", data }),
      (error: unknown) => live && setLoaded({ state: "error", error: asApiError(error) }),
    );
    return () => {
      live = false;
    };
  }, [path, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [loaded, reload];
}

export function Notice({ messageKey, kind = "error" }: { messageKey: string; kind?: "error" | "info" }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === "error" ? "alert" : "status"} data-message={messageKey}>
      {t(messageKey)}
    </div>
  );
}

/** Renders `children(data)` when ready, a spinner line while loading, the refusal otherwise. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === "loading") return <p class="loading">{t("webapp-loading")}</p>;
  if (loaded.state === "error") return <Notice messageKey={loaded.error.messageKey} />;
  return <>{children(loaded.data)}</>;
}


/** A filter's drop-down: "all" first, then the choices; changing it calls onChange with the value ("" for all). */
export function FilterSelect({ name, value, label, allLabel, options, onChange }: { name: string; value: string; label: string; allLabel: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void }) {
  return (
    <select name={name} value={value} aria-label={label} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Only http(s) links become links (a link in a meeting or an evidence entry is typed by people). */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export { asApiError };
