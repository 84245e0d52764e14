// The meeting flows: /rapat_baru (meeting-create-flow), moving, changing or cancelling a meeting
// (meeting-change-flow), and here the short flow that asks for the deputy's name when a member
// sends someone in their place. A meeting may recur weekly or monthly until an end date; a change
// then applies to one occurrence or to it and the later ones.
import { InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import type { Translator } from "../bot/i18n.js";
import { askText, flowButton, newFlow } from "../bot/conversation-kit.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import type { MeetingAnnouncer } from "./meeting-announcer.js";
import { createMeetingChangeFlow } from "./meeting-change-flow.js";
import { createMeetingCreateFlow } from "./meeting-create-flow.js";
import { deputyNameFits } from "./meeting-model.js";
import { RSVP_REFUSAL_KEYS } from "./meeting-keys.js";
import type { MeetingService } from "./meeting-service.js";
import { cancelled } from "./meeting-steps.js";

export { calendarFile, splitPlaceAndLink } from "./meeting-steps.js";

export const MEETING_CREATE_CONVERSATION = "meetingCreate";
export const MEETING_DEPUTY_CONVERSATION = "meetingDeputy";
export const MEETING_CHANGE_CONVERSATION = "meetingChange";

export interface MeetingConversationDeps {
  meetings: MeetingService;
  pokja: PokjaService;
  permissions: Permissions;
  announcer: MeetingAnnouncer;
  clock: Clock;
  /** The calendar file's organizer and alarm label (one file serves every invitee). */
  icsLabels: { organizer: string; alarm: string };
}

export function createMeetingConversations(deps: Omit<MeetingConversationDeps, "icsLabels"> & { i18n: Translator }) {
  const { meetings, i18n } = deps;
  // One calendar file serves every invitee, so it is written in the forum's language.
  const icsLabels = { organizer: i18n.t("id", "meeting-ics-organizer"), alarm: i18n.t("id", "meeting-ics-alarm-label") };
  const flowDeps: MeetingConversationDeps = { ...deps, icsLabels };

  /** Sends a deputy: asks the name, then records the answer. */
  async function meetingDeputy(conversation: BotConversation, ctx: ConversationContext, meetingId: number) {
    const flow = await newFlow(conversation, "mtd");
    await ctx.reply(ctx.t("meeting-ask-deputy"), {
      reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const answer = await askText(conversation, flow, {
      actions: ["cancel"],
      validate: (text) => (deputyNameFits(text) ? null : ctx.t("meeting-deputy-length")),
    });
    if (!("text" in answer)) return cancelled(answer.ctx);
    const memberId = answer.ctx.access.member?.id;
    if (!memberId) return;
    const result = await conversation.external(async () => {
      const r = await meetings.rsvp(meetingId, memberId, "diwakilkan", answer.text);
      return r.ok ? "ok" : r.reason;
    });
    await answer.ctx.reply(
      result === "ok" ? answer.ctx.t("meeting-deputy-saved", { name: escapeHtml(answer.text) }) : answer.ctx.t(RSVP_REFUSAL_KEYS[result]),
      { parse_mode: "HTML" },
    );
  }

  return { meetingCreate: createMeetingCreateFlow(flowDeps), meetingDeputy, meetingChange: createMeetingChangeFlow(flowDeps) };
}
