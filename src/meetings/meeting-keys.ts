// Reasons and states of meetings mapped to their full message keys (no key is built from a value,
// so every key the code uses can be found in the source as it is written).
import type { DurationProblem } from "./duration.js";
import type { RsvpRefusal } from "./meeting-answers.js";
import type { RsvpState } from "./meeting-model.js";
import type { Frequency, RecurrenceProblem } from "./recurrence.js";

export const RSVP_KEYS: Record<RsvpState, string> = {
  hadir: "meeting-rsvp-hadir",
  tidak_hadir: "meeting-rsvp-tidak-hadir",
  diwakilkan: "meeting-rsvp-diwakilkan",
  pending: "meeting-rsvp-pending",
};

export const RSVP_REFUSAL_KEYS: Record<RsvpRefusal, string> = {
  not_found: "meeting-rsvp-refused-not-found",
  cancelled: "meeting-rsvp-refused-cancelled",
  over: "meeting-rsvp-refused-over",
  not_invited: "meeting-rsvp-refused-not-invited",
};

/** The day question shared by every flow owns these words. */
export { DATE_PROBLEM_KEYS } from "../bot/ask-day.js";

export const REPEAT_KEYS: Record<Frequency, string> = {
  weekly: "meeting-repeat-weekly",
  monthly: "meeting-repeat-monthly",
};

export const UNTIL_PROBLEM_KEYS: Record<RecurrenceProblem, string> = {
  before_first: "meeting-until-before-first",
  too_far: "meeting-until-too-far",
};

/** A stored answer's key; an unknown value (never written by the bot) reads as not yet answered. */
export function rsvpKey(rsvp: string): string {
  return RSVP_KEYS[rsvp as RsvpState] ?? RSVP_KEYS.pending;
}

export const DURATION_PROBLEM_KEYS: Record<DurationProblem, string> = {
  format: "meeting-duration-format",
  too_short: "meeting-duration-too-short",
  too_long: "meeting-duration-too-long",
};

/** The answer to "Saya hadir". */
export const PRESENT_KEYS: Record<"ok" | "closed" | "not_invited" | "deputy", string> = {
  ok: "meeting-present-saved",
  closed: "meeting-attendance-closed",
  not_invited: "meeting-rsvp-refused-not-invited",
  deputy: "meeting-present-deputy",
};
