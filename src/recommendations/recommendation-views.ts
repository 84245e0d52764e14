// Texts and keyboards of recommendations, in the reader's language and zone.
import { meetingTitled } from "./meeting-title.js";
import { InlineKeyboard } from "grammy";
import { escapeHtml } from "../shared/html.js";
import { formatDate, formatDateTime } from "../shared/time.js";
import type { RecommendationFull } from "./recommendation-service.js";
import {
  attachmentsButton,
  followButton,
  linkTaskButton,
  meetingButton,
  reviewStepButton,
  reviseButton,
  supportButton,
  undoButton,
} from "./recommendation-buttons.js";
import { ACTION_KEYS, CATEGORY_KEYS, SHOWN_STATUS_KEYS, type ShownStatus } from "./recommendation-keys.js";
import { isCategory, isStatus, NEXT_STATUSES } from "./recommendation-types.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** A status in the reader's language (a value the database should never hold is shown as it is). */
export function statusLabel(t: T, status: string): string {
  return isStatus(status) || status === "dijadwalkan_dibahas" ? t(SHOWN_STATUS_KEYS[status]) : status;
}

/** The parts of a recommendation that decide what its status is called. */
export interface StatusSource {
  status: string;
  meeting?: { startsAt: Date } | null;
}

/** Its meeting is linked and still to come: "Dibahas" is then only scheduled. */
export function meetingAhead(rec: StatusSource, now: Date): boolean {
  return rec.status === "dibahas" && !!rec.meeting && rec.meeting.startsAt.getTime() > now.getTime();
}

/** "Dijadwalkan dibahas" until the meeting has started; only then "Dibahas". */
export function shownStatus(rec: StatusSource, now: Date): ShownStatus | string {
  return meetingAhead(rec, now) ? "dijadwalkan_dibahas" : rec.status;
}

/**
 * The words for statuses on one recommendation's card or notice: "dibahas" (also in its history
 * and in "from → to") reads "Dijadwalkan dibahas" while its meeting is still to come.
 */
export function statusWords(t: T, rec: StatusSource, now: Date): (status: string) => string {
  const ahead = meetingAhead({ ...rec, status: "dibahas" }, now);
  return (status) => statusLabel(t, status === "dibahas" && ahead ? "dijadwalkan_dibahas" : status);
}

export function categoryLabel(t: T, category: string): string {
  return isCategory(category) ? t(CATEGORY_KEYS[category]) : category;
}

/** "#12 · Integrasi data kependudukan — Ditinjau · 👍 3" */
export function listLine(t: T, rec: StatusSource & { id: number; title: string; supportCount: number }, now: Date): string {
  return `#${rec.id} · <b>${escapeHtml(rec.title)}</b>\n   ${statusLabel(t, shownStatus(rec, now))} · 👍 ${rec.supportCount}`;
}

/** In the review queue: also the pokja and how long it has waited. */
export function queueLine(t: T, rec: RecommendationFull, timezone: string, language: string, now: Date): string {
  return `#${rec.id} · <b>${escapeHtml(rec.title)}</b>\n   ${t("rec-queue-meta", { pokja: escapeHtml(rec.pokja.name), status: statusLabel(t, shownStatus(rec, now)), date: formatDate(rec.submittedAt, timezone, language), supports: rec.supportCount })}`;
}

export interface HistoryEntry {
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  actorName: string;
  undoneAt: Date | null;
  createdAt: Date;
}

function historyLine(t: T, e: HistoryEntry, timezone: string, language: string, label: (status: string) => string): string {
  const when = formatDate(e.createdAt, timezone, language);
  const who = escapeHtml(e.actorName);
  const comment = e.comment && e.kind === "status" ? `: ${escapeHtml(e.comment)}` : "";
  const undone = e.undoneAt ? ` ${t("rec-history-undone")}` : "";
  switch (e.kind) {
    case "submitted":
      return `• ${when} — ${t("rec-history-submitted", { who })}`;
    case "resubmitted":
      return `• ${when} — ${t("rec-history-resubmitted", { who })}`;
    case "undo":
      return `• ${when} — ${t("rec-history-undo", { who, status: label(e.toStatus ?? "") })}`;
    case "meeting":
      return `• ${when} — ${t("rec-history-meeting", { who, meeting: escapeHtml(e.comment ?? ""), titled: meetingTitled(e.comment ?? "") })}`;
    case "task":
      return `• ${when} — ${t("rec-history-task", { who, number: e.comment ?? "" })}`;
    default:
      return `• ${when} — ${label(e.fromStatus ?? "")} → <b>${label(e.toStatus ?? "")}</b> (${who})${comment}${undone}`;
  }
}

/** The full card: what, who, the three parts, links, and the history. */
export function cardText(t: T, rec: RecommendationFull, history: readonly HistoryEntry[], timezone: string, language: string, now: Date): string {
  const words = statusWords(t, rec, now);
  const lines = [
    `<b>#${rec.id} · ${escapeHtml(rec.title)}</b>`,
    t("rec-card-meta", { pokja: escapeHtml(rec.pokja.name), category: categoryLabel(t, rec.category), status: words(rec.status) }),
    t("rec-card-submitter", {
      name: escapeHtml(rec.submitter.fullName),
      agency: escapeHtml(rec.submitter.agency?.name ?? "-"),
      date: formatDate(rec.submittedAt, timezone, language),
    }),
    t("rec-card-supports", { count: rec.supportCount }),
    "",
    t("rec-part-problem"),
    escapeHtml(rec.problem),
    "",
    t("rec-part-solution"),
    escapeHtml(rec.solution),
    "",
    t("rec-part-benefit"),
    escapeHtml(rec.benefit),
  ];
  const links: string[] = [];
  if (rec.relatedTask) links.push(t("rec-card-related-task", { number: String(rec.relatedTask.number), title: escapeHtml(rec.relatedTask.title) }));
  if (rec.meeting) {
    const key = rec.meeting.startsAt.getTime() > now.getTime() ? "rec-card-meeting-ahead" : "rec-card-meeting";
    links.push(t(key, { title: escapeHtml(rec.meeting.title), titled: meetingTitled(rec.meeting.title), when: formatDateTime(rec.meeting.startsAt, timezone, language) }));
  }
  if (rec.followUpTask) links.push(t("rec-card-follow-up-task", { number: String(rec.followUpTask.number), title: escapeHtml(rec.followUpTask.title) }));
  if (rec.attachments.length > 0) links.push(t("rec-card-attachments", { count: rec.attachments.length }));
  if (links.length > 0) lines.push("", ...links);
  if (history.length > 0) lines.push("", t("rec-card-history"), ...history.map((e) => historyLine(t, e, timezone, language, words)));
  return lines.join("\n");
}

export interface CardViewer {
  canReview: boolean;
  isSubmitter: boolean;
  supported: boolean;
  following: boolean;
  canUndo: boolean;
}

/** Buttons under a card: support and follow for members; the next steps for reviewers. */
export function cardKeyboard(t: T, rec: RecommendationFull, viewer: CardViewer): InlineKeyboard {
  const kb = new InlineKeyboard();
  const id = rec.id;
  const version = rec.version;
  if (!viewer.isSubmitter) kb.text(viewer.supported ? t("rec-button-supported", { count: rec.supportCount }) : t("rec-button-support", { count: rec.supportCount }), supportButton.pack({ id }));
  // The submitter always hears of their own recommendation; following is for others.
  if (!viewer.isSubmitter) kb.text(viewer.following ? t("rec-button-unfollow") : t("rec-button-follow"), followButton.pack({ id, follow: viewer.following ? "0" : "1" }));
  kb.row();
  if (rec.attachments.length > 0) kb.text(t("rec-button-attachments", { count: rec.attachments.length }), attachmentsButton.pack({ id })).row();
  if (viewer.isSubmitter && rec.status === "perlu_revisi") kb.text(t("rec-button-revise"), reviseButton.pack({ id, version })).row();
  if (viewer.canReview && isStatus(rec.status)) {
    for (const to of NEXT_STATUSES[rec.status]) {
      if (to !== "diajukan") kb.text(t(ACTION_KEYS[to]), reviewStepButton.pack({ id, to, version })).row();
    }
    if (rec.status === "ditinjau" || rec.status === "dibahas") kb.text(t("rec-button-meeting"), meetingButton.pack({ id, version })).row();
    if (["diterima", "ditindaklanjuti", "selesai"].includes(rec.status)) kb.text(t("rec-button-link-task"), linkTaskButton.pack({ id, version })).row();
    if (viewer.canUndo) kb.text(t("rec-button-undo"), undoButton.pack({ id, version })).row();
  }
  return kb;
}

/** What the submitter and followers are told about a change (its status words as of `now`). */
export function changeNotice(
  t: T,
  rec: StatusSource & { id: number; title: string },
  change: { from: string | null; to: string; comment: string | null; actorName: string; undo?: boolean },
  now: Date,
): string {
  const label = statusWords(t, rec, now);
  const lines = [
    t("rec-notice-title", { id: String(rec.id), title: escapeHtml(rec.title) }),
    change.undo
      ? t("rec-notice-undo", { status: label(change.to) })
      : change.from === change.to
        ? t("rec-notice-status-same", { status: label(change.to) })
        : t("rec-notice-status", { from: label(change.from ?? ""), to: label(change.to) }),
  ];
  if (change.comment) lines.push(t("rec-notice-comment", { comment: escapeHtml(change.comment) }));
  lines.push(t("rec-notice-by", { name: escapeHtml(change.actorName) }));
  return lines.join("\n");
}
