// A day asked in a flow ("15/01/2027", "15 Januari 2027", "Jumat depan"), read in the given zone
// unless WIB/WITA/WIT is written; asked again, with the reason, until it is a real day not past.
import type { SupportedTimezone } from "../config/config.js";
import type { Clock } from "../shared/clock.js";
import { parseDateInput, type DateInputProblem } from "../shared/date-input.js";
import { localDay } from "../shared/time.js";
import type { BotConversation, ConversationContext } from "./context.js";
import { askText, type FlowButtons } from "./conversation-kit.js";

/** Why a written day or time was not taken, in the words of the meeting flows (shared by every flow that asks a day). */
export const DATE_PROBLEM_KEYS: Record<DateInputProblem, string> = {
  format: "meeting-date-format",
  impossible: "meeting-date-impossible",
  past: "meeting-date-past",
  weekday_mismatch: "meeting-date-weekday-mismatch",
  too_far: "meeting-date-too-far",
  no_time: "meeting-date-no-time",
};

export interface WrittenDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export async function askDay(
  conversation: BotConversation,
  flow: FlowButtons,
  clock: Clock,
  timezone: SupportedTimezone,
): Promise<{ day: WrittenDay; ctx: ConversationContext }> {
  for (;;) {
    const answer = await askText(conversation, flow, { validate: () => null });
    if (!("text" in answer)) continue;
    const now = new Date(await conversation.external(() => clock.now().toISOString()));
    const parsed = parseDateInput(answer.text, now, timezone);
    if (!parsed.ok) {
      await answer.ctx.reply(answer.ctx.t(DATE_PROBLEM_KEYS[parsed.reason]));
      continue;
    }
    return { day: localDay(parsed.date, parsed.timezone), ctx: answer.ctx };
  }
}
