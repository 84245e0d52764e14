// One action item of the minutes: what, who (picked among the invitees, or a name only) and by
// when (a working day; the item is due at 09.00 of it in the meeting's zone).
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askDay } from "../bot/ask-day.js";
import { askText, flowButton, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import type { Clock } from "../shared/clock.js";
import { daysBetween, nextWorkingDay } from "../shared/holidays.js";
import { formatDate, ZONE_OFFSET_MINUTES } from "../shared/time.js";
import type { NewActionItem } from "./meeting-model.js";
import type { MeetingService } from "./meeting-service.js";
import { dayOffWarning } from "./meeting-when-step.js";
import { cutText } from "../shared/user-text.js";

/** Action items are due at 09.00 on their day, in the meeting's zone. */
const DUE_HOUR_MINUTES = 9 * 60;

export interface ActionItemStepDeps {
  meetings: MeetingService;
  clock: Clock;
}

type Owner = { id: number | null; name: string };

/** The owner: invitees whose name matches what was typed, or the name alone; a typed name searches again. */
async function askOwner(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, meetings: MeetingService, meetingId: number) {
  await ctx.reply(ctx.t("meeting-action-ask-who"));
  const whoLength = (text: string) => (text.length < 2 || text.length > 100 ? ctx.t("meeting-action-who-length") : null);
  const first = await askText(conversation, flow, { validate: whoLength });
  if (!("text" in first)) return { owner: null, ctx: first.ctx };
  let current = first.ctx;
  let query = first.text;
  for (;;) {
    const name = query;
    const matches = await conversation.external(async () => (await meetings.inviteesNamed(meetingId, name)).map((m) => ({ id: m.id, name: m.fullName, agency: m.agency.name })));
    const keyboard = new InlineKeyboard();
    for (const m of matches) keyboard.text(cutText(`${m.name} — ${m.agency}`, 60), flowButton(flow, "owner", m.id)).row();
    keyboard.text(current.t("meeting-action-button-name-only", { name: cutText(name, 30) }), flowButton(flow, "ownername")).row();
    await current.reply(current.t(matches.length > 0 ? "meeting-action-pick-owner" : "meeting-action-no-match"), { reply_markup: keyboard });
    let owner: Owner | null = null;
    let searchAgain = false;
    while (owner === null && !searchAgain) {
      const pick = await waitForInput(conversation, flow, { actions: ["owner", "ownername"] });
      current = pick.ctx;
      if (pick.kind === "text") {
        const problem = whoLength(pick.text);
        if (problem) await current.reply(problem);
        else [query, searchAgain] = [pick.text, true];
        continue;
      }
      if (pick.kind !== "button") continue;
      const chosen = pick.action === "owner" ? matches.find((m) => m.id === Number(pick.arg)) : null;
      if (pick.action === "owner" && !chosen) continue;
      await current.editMessageReplyMarkup();
      owner = chosen ? { id: chosen.id, name: chosen.name } : { id: null, name };
    }
    if (owner) return { owner, ctx: current };
  }
}

/** What, who and by when. `item` is null when the member cancelled. */
export async function askActionItem(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  { meetings, clock }: ActionItemStepDeps,
  meetingId: number,
  timezone: SupportedTimezone,
): Promise<{ item: NewActionItem | null; ctx: ConversationContext }> {
  await ctx.reply(ctx.t("meeting-action-ask-what"), { reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "itemcancel")) });
  const what = await askText(conversation, flow, {
    actions: ["itemcancel"],
    validate: (text) => (text.length < 5 || text.length > 300 ? ctx.t("meeting-action-what-length") : null),
  });
  if (!("text" in what)) return { item: null, ctx: what.ctx };
  const who = await askOwner(conversation, flow, what.ctx, meetings, meetingId);
  if (!who.owner) return { item: null, ctx: who.ctx };
  await who.ctx.reply(who.ctx.t("meeting-action-ask-due"));
  const due = await askDay(conversation, flow, clock, timezone);
  // A deadline is a day: 09.00 of it in the meeting's zone (a time typed with it is ignored).
  // A deadline on a holiday, cuti bersama or weekend moves to the next working day (and says so).
  const written = due.day;
  const d = nextWorkingDay(written);
  const dueAt = new Date(Date.UTC(d.year, d.month - 1, d.day) + (DUE_HOUR_MINUTES - ZONE_OFFSET_MINUTES[timezone]) * 60_000);
  if (daysBetween(written, d) > 0) {
    const language = due.ctx.access.member?.language ?? "id";
    const writtenAt = new Date(Date.UTC(written.year, written.month - 1, written.day, 12));
    const warning = dayOffWarning(due.ctx.t.bind(due.ctx), writtenAt, "UTC", language);
    await due.ctx.reply(due.ctx.t("meeting-action-due-moved", { reason: warning ?? "", moved: formatDate(dueAt, timezone, language) }));
  }
  return { item: { description: what.text, ownerId: who.owner.id, ownerName: who.owner.name, dueAt }, ctx: due.ctx };
}
