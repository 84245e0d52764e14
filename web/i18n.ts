// The page's strings: Indonesian built in, English loaded (its own small chunk) for members who chose it.
import id from "webapp-messages:id";

export type Lang = "id" | "en";
export type T = (key: string, args?: Record<string, string | number>) => string;

let current: Record<string, string> = id;
let currentLang: Lang = "id";

export async function setLanguage(lang: Lang): Promise<void> {
  if (lang === "en") {
    current = { ...id, ...(await import("webapp-messages:en")).default };
  } else {
    current = id;
  }
  currentLang = lang;
  document.documentElement.lang = lang;
}

export function lang(): Lang {
  return currentLang;
}

/** The message `key` with its {$name} placeables filled; the key itself when unknown (seen in tests). */
export const t: T = (key, args) => {
  const text = current[key] ?? id[key] ?? key;
  return args ? text.replace(/\{\$(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole)) : text;
};

const locale = () => (currentLang === "en" ? "en-GB" : "id-ID");

export function formatNumber(n: number): string {
  return n.toLocaleString(locale());
}

/** A date and time in the member's zone, e.g. "Sel, 2 Des 2026 09.00 WIB". */
export function formatDateTime(iso: string, timeZone: string, zone: string | null): string {
  const text = new Date(iso).toLocaleString(locale(), { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone });
  return zone ? `${text} ${zone}` : text;
}

export function formatDate(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleDateString(locale(), { day: "numeric", month: "short", year: "numeric", timeZone });
}

/** A calendar day ("2026-11-01") as "1 Nov 2026" (no zone: it is a day, not an instant). */
export function formatDay(day: string): string {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`).toLocaleDateString(locale(), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
