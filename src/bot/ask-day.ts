// A day asked in a flow ("15/01/2027", "15 Januari 2027", "Jumat depan"), read in the given zone
// unless WIB/WITA/WIT is written; asked again, with the reason, until it is a real day not past.
import type { SupportedTimezone } from "../config/config.js";
import type { Clock } from "../shared/clock.js";
import { parseDateInput } from "../shared/date-input.js";
import { localDay } from "../shared/time.js";
import type { BotConversation, ConversationContext } from "./context.js";
import { askText, type FlowButtons } from "./conversation-kit.js";

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
      await answer.ctx.reply(answer.ctx.t(`meeting-date-${parsed.reason.replace(/_/g, "-")}`));
      continue;
    }
    return { day: localDay(parsed.date, parsed.timezone), ctx: answer.ctx };
  }
}
