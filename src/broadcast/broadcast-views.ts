// What progress messages and reports say, and the message keys of states and reasons (typed
// tables, so every key is written out in full).
import { InlineKeyboard } from "grammy";
import type { DateInputProblem } from "../shared/date-input.js";
import { formatNumber } from "../shared/time.js";
import { stopBroadcastButton, undeliveredCsvButton } from "./broadcast-buttons.js";
import type { AnswerRefusal, ReplyRefusal } from "./broadcast-replies.js";
import type { BroadcastState } from "./broadcast-service.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export const BROADCAST_STATE_KEYS: Record<BroadcastState, string> = {
  scheduled: "bc-state-scheduled",
  sending: "bc-state-sending",
  done: "bc-state-done",
  stopped: "bc-state-stopped",
};

/** Why a typed sending time was not accepted. */
export const SCHEDULE_PROBLEM_KEYS: Record<DateInputProblem, string> = {
  format: "bc-schedule-format",
  impossible: "bc-schedule-impossible",
  past: "bc-schedule-past",
  weekday_mismatch: "bc-schedule-weekday-mismatch",
  too_far: "bc-schedule-too-far",
  no_time: "bc-schedule-no-time",
};

/** Why a member may not reply to a broadcast now. */
export const REPLY_REFUSAL_KEYS: Record<ReplyRefusal, string> = {
  not_found: "bc-reply-not-found",
  not_recipient: "bc-reply-not-recipient",
  limit: "bc-reply-limit",
};

/** Why the sender may not answer a reply now. */
export const ANSWER_REFUSAL_KEYS: Record<AnswerRefusal, string> = {
  not_found: "bc-reply-not-found",
  not_sender: "bc-answer-not-sender",
  no_reply: "bc-answer-no-reply",
  limit: "bc-answer-limit",
};

/** Why a recipient is in the "not delivered" CSV. */
export type UndeliveredKind = "stopped" | "blocked" | "failed" | "pending";

export const UNDELIVERED_KEYS: Record<UndeliveredKind, string> = {
  stopped: "bc-csv-stopped",
  blocked: "bc-csv-blocked",
  failed: "bc-csv-failed",
  pending: "bc-csv-pending",
};

/** A delivery's state and last error as a kind: skipped rows were stopped, or the chat is unreachable. */
export function undeliveredKind(state: string, reason: string): UndeliveredKind {
  if (state === "skipped") return reason === "stopped" ? "stopped" : "blocked";
  return state === "failed" ? "failed" : "pending";
}

export function progressText(t: T, language: string, p: { sent: number; total: number; failed: number; blocked: number }): string {
  return t("bc-progress", {
    sent: formatNumber(p.sent, language),
    total: formatNumber(p.total, language),
    failed: formatNumber(p.failed, language),
    blocked: formatNumber(p.blocked, language),
  });
}

export function broadcastProgressKeyboard(t: T, broadcastId: number, scheduled: boolean): InlineKeyboard {
  return new InlineKeyboard().text(t(scheduled ? "bc-button-cancel-scheduled" : "bc-button-stop"), stopBroadcastButton.pack({ broadcastId }));
}

/** Under the final report, when some recipients were not reached. */
export function undeliveredKeyboard(t: T, broadcastId: number): InlineKeyboard {
  return new InlineKeyboard().text(t("bc-button-undelivered-csv"), undeliveredCsvButton.pack({ broadcastId }));
}
