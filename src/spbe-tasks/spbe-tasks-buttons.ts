// Every kind of button the SPBE task screens write (callback data "tk:..."), as codecs used both by
// the views that write them and by the composer that reads them. All are for approved members; who
// may update a task is checked on the task itself (permissions.updatesTask).
import { defineButton } from "../bot/callback-data.js";
import { TASK_STATUSES, type TaskFilter, type TaskStatus } from "./task-service.js";

/** A task's card. */
export const taskCardButton = defineButton("tk:c", { number: "id" }, "approved");
/** Follow / stop following a task, from its card. */
export const taskFollowButton = defineButton("tk:f", { number: "id" }, "approved");
export const taskUnfollowButton = defineButton("tk:u", { number: "id" }, "approved");
/** Start updating a task (the flow checks the right again when saving). */
export const taskUpdateButton = defineButton("tk:e", { number: "id" }, "approved");
/** A page (from 0) of a filtered list; the filter as written by encodeFilter. */
export const taskListButton = defineButton("tk:l", { page: "int", filter: "token" }, "approved");
/** The CSV of a filtered list. */
export const taskCsvButton = defineButton("tk:x", { filter: "token" }, "approved");


// Tasks that apply to agencies (each agency its own entry). Views are for every approved member
// (permissions.seesAgencyProgress); who may update which agency's entry is asked of
// permissions.agencyEntryScope / updatesAgencyEntry when the flow starts, at every step and on saving.
/** Start updating an agency's entry of a task (the flow asks which agency when the person may update any). */
export const agencyUpdateButton = defineButton("tk:ae", { number: "id" }, "approved");
/** A task's figure by province, sorted by share done; a page. */
export const agencyProvincesButton = defineButton("tk:ap", { number: "id", page: "int" }, "approved");
/** A task's agencies that have not reported, in one province ("35") or everywhere ("all"); a page. */
export const agencyNotReportedButton = defineButton("tk:an", { number: "id", area: "token", page: "int" }, "approved");
/** The kabupaten/kota of the presser's own province for a task, reported or not; a page. */
export const agencyRegenciesButton = defineButton("tk:ak", { number: "id", page: "int" }, "approved");
/** The evidence document of one agency's entry of a task, sent again by its Telegram file id. */
export const agencyEvidenceButton = defineButton("tk:ad", { number: "id", agency: "id" }, "approved");
/** /tugas_instansi: my agency's tasks, a page, filtered: a (all), o (overdue), n (not reported). */
export const agencyTasksButton = defineButton("tk:ai", { page: "int", filter: ["a", "o", "n"] }, "approved");

export const SPBE_TASK_BUTTONS = [
  taskCardButton,
  taskFollowButton,
  taskUnfollowButton,
  taskUpdateButton,
  taskListButton,
  taskCsvButton,
  agencyUpdateButton,
  agencyProvincesButton,
  agencyNotReportedButton,
  agencyRegenciesButton,
  agencyTasksButton,
  agencyEvidenceButton,
] as const;

/** The area of a not-reported list: everywhere, or a province by its two-digit code. */
export const ALL_AREAS = "all";
export function decodeArea(area: string): string | null {
  if (area === ALL_AREAS) return ALL_AREAS;
  return /^\d{2}$/.test(area) ? area : null;
}

/** Search words travel in the filter token ([A-Za-z0-9_-], 40 at most): "q" and the words joined by "_". */
export const SEARCH_TOKEN_MAX = 39;

/**
 * The words of a search as they travel in a button: letters and digits only (accents dropped,
 * case kept for the label), words joined by "_". The search itself ignores the rest anyway.
 */
export function searchToken(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Filters as short tokens: a (all), s0-s3 (status), p<id> (pokja), o (overdue), q<words>. */
export function encodeFilter(filter: TaskFilter): string {
  if (filter.text) return `q${searchToken(filter.text)}`;
  if (filter.status) return `s${TASK_STATUSES.indexOf(filter.status)}`;
  if (filter.pokjaId !== undefined) return `p${filter.pokjaId}`;
  if (filter.overdueOnly) return "o";
  return "a";
}

/** The filter of a token, or null for one that this version never writes. */
export function decodeFilter(code: string): TaskFilter | null {
  if (code === "a") return {};
  if (code === "o") return { overdueOnly: true };
  const search = /^q([A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)$/.exec(code);
  if (search) return { text: search[1]!.replace(/_/g, " ") };
  const status = /^s([0-3])$/.exec(code);
  if (status) return { status: TASK_STATUSES[Number(status[1])] as TaskStatus };
  const pokja = /^p([1-9][0-9]{0,14})$/.exec(code);
  if (pokja && Number.isSafeInteger(Number(pokja[1]))) return { pokjaId: Number(pokja[1]) };
  return null;
}
