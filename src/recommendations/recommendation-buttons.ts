// Every kind of button recommendations write, one codec each: the view packs it, the handler
// unpacks it. The audience is who may press the kind at all (the gate checks it); which
// recommendation or pokja the presser may touch is asked of permissions in the handler. Prefixes
// are the ones cards already carry, so buttons in old messages keep working.
import { defineButton } from "../bot/callback-data.js";
import { CATEGORIES, REPORT_PERIODS, STATUSES } from "./recommendation-types.js";

const STATUS_FILTER = ["all", ...STATUSES] as const;
const CATEGORY_FILTER = ["all", ...CATEGORIES] as const;

/** Opens a recommendation's card. */
export const openCardButton = defineButton("rc", { id: "id" }, "approved");
/** Supports it (not one's own). */
export const supportButton = defineButton("rs", { id: "id" }, "approved");
/** Follows ("1") or stops following ("0") it. */
export const followButton = defineButton("rf", { id: "id", follow: ["1", "0"] }, "approved");
/** Sends its attachments. */
export const attachmentsButton = defineButton("rp", { id: "id" }, "approved");
/** The submitter's revision after "Perlu revisi", for the card at this version. */
export const reviseButton = defineButton("rv", { id: "id", version: "int" }, "approved");

/** A reviewer's step to a status, for the card at this version. */
export const reviewStepButton = defineButton("ra", { id: "id", to: STATUSES, version: "int" }, "coordinator");
/** Undoes the last step. */
export const undoButton = defineButton("ru", { id: "id", version: "int" }, "coordinator");
/** Asks which upcoming meeting of the pokja discusses it. */
export const meetingButton = defineButton("rm", { id: "id", version: "int" }, "coordinator");
/** The meeting picked. */
export const meetingPickButton = defineButton("rmp", { id: "id", meeting: "id", version: "int" }, "coordinator");
/** Links it to the SPBE task it is carried out under. */
export const linkTaskButton = defineButton("rt", { id: "id", version: "int" }, "coordinator");

/** A page of /usulan_saya (from 0). */
export const minePageButton = defineButton("rmy", { page: "int" }, "approved");
/** A page of a pokja's list with its filters. */
export const listButton = defineButton("rl", { pokja: "id", status: STATUS_FILTER, category: CATEGORY_FILTER, page: "int" }, "approved");
/** The choices of one filter ("s" status, "c" category), keeping the other. */
export const listFilterButton = defineButton("rlf", { pokja: "id", which: ["s", "c"], status: STATUS_FILTER, category: CATEGORY_FILTER }, "approved");
/** A page of the review queue (/tinjau). */
export const queuePageButton = defineButton("rq", { page: "int" }, "coordinator");

/** The period of /rekap_usulan. */
export const recapButton = defineButton("rr", { period: REPORT_PERIODS }, "coordinator");
/** The rows of a period as CSV or XLSX. */
export const recapExportButton = defineButton("rx", { period: REPORT_PERIODS, format: ["csv", "xlsx"] }, "coordinator");

export const RECOMMENDATION_BUTTONS = [
  openCardButton,
  supportButton,
  followButton,
  attachmentsButton,
  reviseButton,
  reviewStepButton,
  undoButton,
  meetingButton,
  meetingPickButton,
  linkTaskButton,
  minePageButton,
  listButton,
  listFilterButton,
  queuePageButton,
  recapButton,
  recapExportButton,
] as const;
