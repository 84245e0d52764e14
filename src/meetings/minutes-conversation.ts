// Notulen: after a meeting has started, a coordinator uploads the minutes as a document or writes
// them, adds action items (what, who, by when), checks a preview and shares. The minutes go to every
// invitee through the outbox; each owner also gets their action item, with reminders the day before
// and on the due day.
import { InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import { replyHtml } from "../bot/reply-html.js";
import type { Translator } from "../bot/i18n.js";
import type { SupportedTimezone } from "../config/config.js";
import type { Outbox } from "../delivery/outbox.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import { ACTION_ITEMS_MAX, MINUTES_TEXT_MAX, type NewActionItem } from "./meeting-model.js";
import type { MeetingService } from "./meeting-service.js";
import { actionItemLines } from "./meeting-views.js";
import { askActionItem } from "./minutes-action-item-step.js";
import { createMinutesDistribution } from "./minutes-distribution.js";
import { cleanLine, cutText } from "../shared/user-text.js";

export const MEETING_MINUTES_CONVERSATION = "meetingMinutes";

export interface MinutesConversationDeps {
  meetings: MeetingService;
  permissions: Permissions;
  outbox: Outbox;
  i18n: Translator;
  clock: Clock;
}

/** The minutes as written: a text, a document (with its caption as the text), or both. */
interface MinutesBody {
  text: string | null;
  file: { id: string; name: string } | null;
}

/** What the flow shows of the meeting. */
interface MinutesState {
  title: string;
  invited: number;
  timezone: SupportedTimezone;
  language: string;
}

/** The minutes: a document (its caption the text) or a text; null when cancelled. */
async function askBody(conversation: BotConversation, flow: FlowButtons): Promise<(MinutesBody & { ctx: ConversationContext }) | null> {
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: ["cancel"], acceptMedia: true, expectedKey: "meeting-minutes-expected" });
    const current = input.ctx;
    if (input.kind === "button") {
      await current.editMessageReplyMarkup().catch(() => undefined);
      await current.reply(current.t("flow-cancelled"));
      return null;
    }
    if (input.kind === "media") {
      const document = input.message.document;
      if (!document) {
        await current.reply(current.t("meeting-minutes-photo"));
        continue;
      }
      const caption = input.message.caption?.trim() ?? "";
      if (caption.length > MINUTES_TEXT_MAX) {
        await current.reply(current.t("meeting-minutes-length", { max: MINUTES_TEXT_MAX }));
        continue;
      }
      return { file: { id: document.file_id, name: cleanLine(document.file_name ?? "") || "notulen" }, text: caption || null, ctx: current };
    }
    if (input.kind === "text") {
      if (input.text.length < 10 || input.text.length > MINUTES_TEXT_MAX) {
        await current.reply(current.t("meeting-minutes-length", { max: MINUTES_TEXT_MAX }));
        continue;
      }
      return { file: null, text: input.text, ctx: current };
    }
  }
}

/** The preview of what will be shared, with "Bagikan" and "Batal"; true when confirmed. */
async function confirmShare(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, state: MinutesState, body: MinutesBody, items: NewActionItem[]) {
  const { text, file } = body;
  const t = ctx.t.bind(ctx);
  const preview = [
    ctx.t("meeting-minutes-preview", { title: escapeHtml(state.title), invited: state.invited }),
    "",
    file ? ctx.t("meeting-minutes-preview-file", { name: escapeHtml(file.name) }) : "",
    text ? escapeHtml(cutText(text, 601)) : "",
    ...(items.length > 0 ? ["", ctx.t("meeting-action-items-title"), ...actionItemLines(t, items.map((i) => ({ ...i, doneAt: null })), state.timezone, state.language)] : []),
  ].filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""));
  await replyHtml(ctx, preview.join("\n"), new InlineKeyboard().text(ctx.t("meeting-button-share-minutes"), flowButton(flow, "share")).text(ctx.t("button-cancel"), flowButton(flow, "cancel")));
  const confirm = await waitForInput(conversation, flow, { actions: ["share", "cancel"], acceptText: false });
  await confirm.ctx.editMessageReplyMarkup();
  const ok = confirm.kind === "button" && confirm.action === "share";
  if (!ok) await confirm.ctx.reply(confirm.ctx.t("flow-cancelled"));
  return { ok, ctx: confirm.ctx };
}

export function createMinutesConversation({ meetings, permissions, outbox, i18n, clock }: MinutesConversationDeps) {
  const distribute = createMinutesDistribution({ meetings, outbox, i18n });

  /** Action items, one at a time, until "Lanjut". */
  async function askActionItems(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, meetingId: number, state: MinutesState) {
    const items: NewActionItem[] = [];
    let current = ctx;
    for (;;) {
      // Only the item just added, and how many there are (the full list comes in the preview).
      const last = items.at(-1);
      const listed = last
        ? [
            current.t("meeting-action-added", { count: items.length }),
            ...actionItemLines(current.t.bind(current), [{ ...last, doneAt: null }], state.timezone, state.language).map((l) => l.replace(/^1\./, `${items.length}.`)),
            "",
          ]
        : [];
      const keyboard = new InlineKeyboard();
      if (items.length < ACTION_ITEMS_MAX) keyboard.text(current.t("meeting-action-button-add"), flowButton(flow, "add")).row();
      keyboard.text(current.t("meeting-button-next"), flowButton(flow, "preview"));
      await current.reply([...listed, current.t(items.length > 0 ? "meeting-action-ask-more" : "meeting-action-ask-any")].join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
      const next = await waitForInput(conversation, flow, { actions: ["add", "preview"], acceptText: false });
      current = next.ctx;
      await current.editMessageReplyMarkup();
      if (next.kind !== "button" || next.action === "preview") return { items, ctx: current };
      if (items.length >= ACTION_ITEMS_MAX) continue;
      const added = await askActionItem(conversation, flow, current, { meetings, clock }, meetingId, state.timezone);
      current = added.ctx;
      if (added.item) items.push(added.item);
    }
  }

  /** Shares them, if the sharer still manages the meeting at this moment, and sends them out. */
  async function share(conversation: BotConversation, ctx: ConversationContext, meetingId: number, body: MinutesBody, items: NewActionItem[]) {
    const sharer = ctx.access;
    const byName = sharer.member?.fullName ?? ctx.from?.first_name ?? "-";
    const shared = await conversation.external(async () => {
      const meeting = await meetings.find(meetingId);
      if (!meeting || !(await permissions.managesMeeting(sharer, meeting))) return null;
      await meetings.shareMinutes(meetingId, { text: body.text, fileId: body.file?.id ?? null, fileName: body.file?.name ?? null, byName, actionItems: items });
      return distribute(meetingId);
    });
    if (shared === null) return ctx.reply(ctx.t("meeting-staff-only"));
    return ctx.reply(ctx.t("meeting-minutes-shared", { invited: shared, items: items.length }));
  }

  async function meetingMinutes(conversation: BotConversation, ctx: ConversationContext, meetingId: number) {
    const flow = await newFlow(conversation, "mtn");
    const info = await conversation.external(async () => {
      const m = await meetings.find(meetingId);
      if (!m) return null;
      return { title: m.title, status: m.status, started: m.startsAt.getTime() <= clock.now().getTime(), timezone: m.timezone, shared: m.minutesSharedAt !== null, invited: (await meetings.invitees(m.id)).length };
    });
    if (!info || info.status !== "scheduled") {
      await ctx.reply(ctx.t("meeting-rsvp-refused-cancelled"));
      return;
    }
    if (!info.started) {
      await ctx.reply(ctx.t("meeting-minutes-not-yet"));
      return;
    }
    const state: MinutesState = { title: info.title, invited: info.invited, timezone: info.timezone as SupportedTimezone, language: ctx.access.member?.language ?? "id" };
    await ctx.reply(ctx.t(info.shared ? "meeting-minutes-ask-replace" : "meeting-minutes-ask", { title: escapeHtml(info.title), max: MINUTES_TEXT_MAX }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const body = await askBody(conversation, flow);
    if (!body) return;
    const { items, ctx: afterItems } = await askActionItems(conversation, flow, body.ctx, meetingId, state);
    const confirmed = await confirmShare(conversation, flow, afterItems, state, body, items);
    if (!confirmed.ok) return;
    await share(conversation, confirmed.ctx, meetingId, body, items);
  }

  return { meetingMinutes };
}
