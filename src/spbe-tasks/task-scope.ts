// Who an SPBE task falls on (SpbeTask.scope), and the one CSV cell that carries it, `berlaku_untuk`:
// nasional | semua | provinsi | kabkota | a list of agency codes ("daftar: 35.78; 35.15" or just the codes).
// Pure: the import and export call it; the agency codes are checked against the registry they pass.

/** national: one status for the country (as before). The others give each agency its own entry. */
export const TASK_SCOPES = ["national", "all", "provinces", "regencies", "list"] as const;
export type TaskScope = (typeof TASK_SCOPES)[number];

/** Agency kinds each whole-kind scope covers. "all" is every regional agency (the 552 Dinas), not the central units. */
export const SCOPE_KINDS: Record<Exclude<TaskScope, "national" | "list">, readonly string[]> = {
  all: ["provinsi", "kabupaten", "kota"],
  provinces: ["provinsi"],
  regencies: ["kabupaten", "kota"],
};

/** The CSV word for each scope (export writes these; import reads them and a few variants). */
export const SCOPE_WORDS: Record<Exclude<TaskScope, "list">, string> = {
  national: "nasional",
  all: "semua",
  provinces: "provinsi",
  regencies: "kabkota",
};

/** More codes than the registry has agencies is a mistake, and a cell that long a spreadsheet accident. */
export const SCOPE_LIST_MAX = 1000;

const WORDS: Record<string, Exclude<TaskScope, "list">> = {
  "": "national",
  nasional: "national",
  national: "national",
  semua: "all",
  "semua instansi": "all",
  all: "all",
  provinsi: "provinces",
  "semua provinsi": "provinces",
  kabkota: "regencies",
  "kab/kota": "regencies",
  "kab kota": "regencies",
  "kabupaten/kota": "regencies",
  "kabupaten kota": "regencies",
  "semua kabupaten/kota": "regencies",
  "semua kabkota": "regencies",
};

/** Kemendagri codes ("35", "35.78") and central units ("KOMINFO-APTIKA", "FORUM-SEKRETARIAT"). */
const CODE = /^(?:\d{2}(?:\.\d{2})?|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)$/;

export type ParsedScope = { scope: Exclude<TaskScope, "list">; agencyCodes: readonly [] } | { scope: "list"; agencyCodes: readonly string[] };

export type ScopeError =
  | { code: "invalid_scope"; value: string }
  | { code: "empty_list" }
  | { code: "too_many_agencies"; max: number; count: number }
  | { code: "unknown_agency"; codes: readonly string[] };

export type ScopeResult = { ok: true; value: ParsedScope } | { ok: false; error: ScopeError };

/**
 * Reads a `berlaku_untuk` cell. Words are case- and space-insensitive; a list is codes separated by
 * ";", ",", "|" or spaces, optionally after "daftar" (":" optional), kept once each in the order given.
 * With `knownCodes`, codes outside the registry are refused (all of them named, for one correction).
 */
export function parseTaskScope(raw: string, knownCodes?: ReadonlySet<string>): ScopeResult {
  const text = raw.trim().replace(/\s+/g, " ");
  const word = WORDS[text.toLowerCase().replace(/\s*\/\s*/g, "/")];
  if (word) return { ok: true, value: { scope: word, agencyCodes: [] } };
  const listText = text.replace(/^daftar\s*:?/i, "");
  const listed = listText !== text;
  const parts = listText.split(/[;,|\s]+/).filter(Boolean);
  if (parts.length === 0) return { ok: false, error: listed ? { code: "empty_list" } : { code: "invalid_scope", value: text } };
  const codes = [...new Set(parts.map((p) => p.toUpperCase()))];
  if (codes.some((c) => !CODE.test(c))) return { ok: false, error: { code: "invalid_scope", value: text } };
  if (codes.length > SCOPE_LIST_MAX) return { ok: false, error: { code: "too_many_agencies", max: SCOPE_LIST_MAX, count: codes.length } };
  if (knownCodes) {
    const unknown = codes.filter((c) => !knownCodes.has(c));
    if (unknown.length > 0) return { ok: false, error: { code: "unknown_agency", codes: unknown } };
  }
  return { ok: true, value: { scope: "list", agencyCodes: codes } };
}

/** The cell an export writes: the scope's word, or "daftar: " and the codes. */
export function formatTaskScope(scope: TaskScope, agencyCodes: readonly string[] = []): string {
  return scope === "list" ? `daftar: ${agencyCodes.join("; ")}` : SCOPE_WORDS[scope];
}

export function isTaskScope(value: string): value is TaskScope {
  return (TASK_SCOPES as readonly string[]).includes(value);
}
