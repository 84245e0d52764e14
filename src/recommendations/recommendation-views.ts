// Texts and keyboards of recommendations, in the reader's language and zone.
import { InlineKeyboard } from "grammy";
import { escapeHtml } from "../shared/html.js";
import { formatDate, formatDateTime } from "../shared/time.js";
import type { RecommendationFull } from "./recommendation-service.js";
import { NEXT_STATUSES, type Status } from "./recommendation-types.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export function statusLabel(t: T, status: string): string {
  return t(`rec-status-${status.replace(/_/g, "-")}`);
}

export function categoryLabel(t: T, category: string): string {
  return t(`rec-category-${category}`);
}

/** "#12 · Integrasi data kependudukan — Ditinjau · 👍 3" */
export function listLine(t: T, rec: { id: number; title: string; status: string; supportCount: number }): string {
  return `#${rec.id} · <b>${escapeHtml(rec.title)}</b>\n   ${statusLabel(t, rec.status)} · 👍 ${rec.supportCount}`;
}

/** In the review queue: also the pokja and how long it has waited. */
export function queueLine(t: T, rec: RecommendationFull, timezone: string, language: string): string {
  return `#${rec.id} · <b>${escapeHtml(rec.title)}</b>\n   ${t("rec-queue-meta", { pokja: escapeHtml(rec.pokja.name), status: statusLabel(t, rec.status), date: formatDate(rec.submittedAt, timezone, language), supports: rec.supportCount })}`;
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

function historyLine(t: T, e: HistoryEntry, timezone: string, language: string): string {
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
      return `• ${when} — ${t("rec-history-undo", { who, status: statusLabel(t, e.toStatus ?? "") })}`;
    case "meeting":
      return `• ${when} — ${t("rec-history-meeting", { who, meeting: escapeHtml(e.comment ?? "") })}`;
    case "task":
      return `• ${when} — ${t("rec-history-task", { who, number: e.comment ?? "" })}`;
    default:
      return `• ${when} — ${statusLabel(t, e.fromStatus ?? "")} → <b>${statusLabel(t, e.toStatus ?? "")}</b> (${who})${comment}${undone}`;
  }
}

/** The full card: what, who, the three parts, links, and the history. */
export function cardText(t: T, rec: RecommendationFull, history: readonly HistoryEntry[], timezone: string, language: string): string {
  const lines = [
    `<b>#${rec.id} · ${escapeHtml(rec.title)}</b>`,
    t("rec-card-meta", { pokja: escapeHtml(rec.pokja.name), category: categoryLabel(t, rec.category), status: statusLabel(t, rec.status) }),
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
  if (rec.meeting) links.push(t("rec-card-meeting", { title: escapeHtml(rec.meeting.title), when: formatDateTime(rec.meeting.startsAt, timezone, language) }));
  if (rec.followUpTask) links.push(t("rec-card-follow-up-task", { number: String(rec.followUpTask.number), title: escapeHtml(rec.followUpTask.title) }));
  if (rec.attachments.length > 0) links.push(t("rec-card-attachments", { count: rec.attachments.length }));
  if (links.length > 0) lines.push("", ...links);
  if (history.length > 0) lines.push("", t("rec-card-history"), ...history.map((e) => historyLine(t, e, timezone, language)));
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
  if (!viewer.isSubmitter) kb.text(viewer.supported ? t("rec-button-supported", { count: rec.supportCount }) : t("rec-button-support", { count: rec.supportCount }), `rs:${rec.id}`);
  // The submitter always hears of their own recommendation; following is for others.
  if (!viewer.isSubmitter) kb.text(viewer.following ? t("rec-button-unfollow") : t("rec-button-follow"), `rf:${rec.id}:${viewer.following ? 0 : 1}`);
  kb.row();
  if (rec.attachments.length > 0) kb.text(t("rec-button-attachments", { count: rec.attachments.length }), `rp:${rec.id}`).row();
  if (viewer.isSubmitter && rec.status === "perlu_revisi") kb.text(t("rec-button-revise"), `rv:${rec.id}:${rec.version}`).row();
  if (viewer.canReview) {
    for (const to of NEXT_STATUSES[rec.status as Status] ?? []) kb.text(t(`rec-action-${to.replace(/_/g, "-")}`), `ra:${rec.id}:${to}:${rec.version}`).row();
    if (rec.status === "ditinjau" || rec.status === "dibahas") kb.text(t("rec-button-meeting"), `rm:${rec.id}:${rec.version}`).row();
    if (["diterima", "ditindaklanjuti", "selesai"].includes(rec.status)) kb.text(t("rec-button-link-task"), `rt:${rec.id}:${rec.version}`).row();
    if (viewer.canUndo) kb.text(t("rec-button-undo"), `ru:${rec.id}:${rec.version}`).row();
  }
  return kb;
}

/** What the submitter and followers are told about a change. */
export function changeNotice(t: T, rec: { id: number; title: string }, change: { from: string | null; to: string; comment: string | null; actorName: string; undo?: boolean }): string {
  const lines = [
    t("rec-notice-title", { id: String(rec.id), title: escapeHtml(rec.title) }),
    change.undo
      ? t("rec-notice-undo", { status: statusLabel(t, change.to) })
      : change.from === change.to
        ? t("rec-notice-status-same", { status: statusLabel(t, change.to) })
        : t("rec-notice-status", { from: statusLabel(t, change.from ?? ""), to: statusLabel(t, change.to) }),
  ];
  if (change.comment) lines.push(t("rec-notice-comment", { comment: escapeHtml(change.comment) }));
  lines.push(t("rec-notice-by", { name: escapeHtml(change.actorName) }));
  return lines.join("\n");
}
