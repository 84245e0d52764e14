// Notulen: after a meeting has started, a coordinator uploads the minutes as a document or writes
// them, adds action items (what, who, by when), checks a preview and shares. The minutes go to every
// invitee through the outbox; each owner also gets their action item, with reminders the day before
// and on the due day.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import { replyHtml } from "../bot/reply-html.js";
import type { Translator } from "../bot/i18n.js";
import type { SupportedTimezone } from "../config/config.js";
import type { DeliveryRequest } from "../delivery/delivery-types.js";
import type { Outbox } from "../delivery/outbox.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { askDay } from "../bot/ask-day.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate, ZONE_OFFSET_MINUTES } from "../shared/time.js";
import { ACTION_ITEMS_MAX, MINUTES_TEXT_MAX, type MeetingService, type NewActionItem } from "./meeting-service.js";
import { actionItemLines, minutesMessage } from "./meeting-views.js";

export const MEETING_MINUTES_CONVERSATION = "meetingMinutes";

type T = (key: string, vars?: Record<string, string | number>) => string;
/** Action items are due at 09.00 on their day, in the meeting's zone. */
const DUE_HOUR_MINUTES = 9 * 60;

export interface MinutesConversationDeps {
  meetings: MeetingService;
  pokja: PokjaService;
  outbox: Outbox;
  i18n: Translator;
  clock: Clock;
}

/** The "mark done" button under an action item. */
export function actionItemKeyboard(t: T, itemId: number) {
  return new InlineKeyboard().text(t("meeting-button-action-done"), `mt:ai:${itemId}`);
}

export function createMinutesConversation({ meetings, pokja, outbox, i18n, clock }: MinutesConversationDeps) {
  /** Sends the minutes (text and/or document) to every invitee, and each owner their items. */
  async function distribute(meetingId: number) {
    const meeting = await meetings.find(meetingId);
    if (!meeting) return 0;
    const items = await meetings.actionItemsOf(meetingId);
    const people = await meetings.invitees(meetingId);
    const key = (who: string) => `meeting-minutes:${meeting.id}:${meeting.minutesVersion}:${who}`;
    const requests: DeliveryRequest[] = [];
    // Minutes are for members in good standing only (not those suspended since the invitation).
    for (const { member } of people.filter((p) => p.member.status === "approved")) {
      const t: T = (k, vars) => i18n.t(member.language, k, vars);
      requests.push({
        chatId: member.telegramId,
        payload: { kind: "text", text: minutesMessage(t, meeting, items, member.timezone, member.language), parseMode: "HTML" },
        dedupeKey: key(`text:${member.id}`),
      });
      if (meeting.minutesFileId) {
        requests.push({
          chatId: member.telegramId,
          payload: { kind: "document", fileId: meeting.minutesFileId, caption: t("meeting-minutes-file-caption", { title: meeting.title }) },
          dedupeKey: key(`file:${member.id}`),
        });
      }
    }
    for (const item of items) {
      if (!item.owner || item.doneAt || item.owner.status !== "approved") continue;
      const t: T = (k, vars) => i18n.t(item.owner!.language, k, vars);
      requests.push({
        chatId: item.owner.telegramId,
        payload: {
          kind: "text",
          text: t("meeting-action-assigned", {
            title: escapeHtml(meeting.title),
            what: escapeHtml(item.description),
            due: formatDate(item.dueAt, item.owner.timezone, item.owner.language),
          }),
          parseMode: "HTML",
          replyMarkup: { inline_keyboard: actionItemKeyboard(t, item.id).inline_keyboard },
        },
        dedupeKey: `meeting-action-assigned:${item.id}`,
      });
    }
    await outbox.enqueue(requests);
    return people.length;
  }

  /** What, who (picked among the invitees, or a name only) and by when. Null when cancelled. */
  async function askActionItem(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, meetingId: number, timezone: SupportedTimezone) {
    await ctx.reply(ctx.t("meeting-action-ask-what"), { reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "itemcancel")) });
    const what = await askText(conversation, flow, {
      actions: ["itemcancel"],
      validate: (text) => (text.length < 5 || text.length > 300 ? ctx.t("meeting-action-what-length") : null),
    });
    if (!("text" in what)) return { item: null, ctx: what.ctx };
    let current = what.ctx;

    await current.reply(current.t("meeting-action-ask-who"));
    const whoLength = (text: string) => (text.length < 2 || text.length > 100 ? current.t("meeting-action-who-length") : null);
    const first = await askText(conversation, flow, { validate: whoLength });
    if (!("text" in first)) return { item: null, ctx: first.ctx };
    current = first.ctx;
    let query = first.text;
    let owner: { id: number | null; name: string } | null = null;
    while (!owner) {
      const name = query;
      const matches = await conversation.external(async () => (await meetings.inviteesNamed(meetingId, name)).map((m) => ({ id: m.id, name: m.fullName, agency: m.agency.name })));
      const keyboard = new InlineKeyboard();
      for (const m of matches) keyboard.text(`${m.name} — ${m.agency}`.slice(0, 60), flowButton(flow, "owner", m.id)).row();
      keyboard.text(current.t("meeting-action-button-name-only", { name: name.slice(0, 30) }), flowButton(flow, "ownername")).row();
      await current.reply(current.t(matches.length > 0 ? "meeting-action-pick-owner" : "meeting-action-no-match"), { reply_markup: keyboard });
      // A button picks; a typed name searches again.
      for (;;) {
        const pick = await waitForInput(conversation, flow, { actions: ["owner", "ownername"] });
        current = pick.ctx;
        if (pick.kind === "text") {
          const problem = whoLength(pick.text);
          if (problem) {
            await current.reply(problem);
            continue;
          }
          query = pick.text;
          break;
        }
        if (pick.kind !== "button") continue;
        const chosen = pick.action === "owner" ? matches.find((m) => m.id === Number(pick.arg)) : null;
        if (pick.action === "owner" && !chosen) continue;
        await current.editMessageReplyMarkup();
        owner = chosen ? { id: chosen.id, name: chosen.name } : { id: null, name };
        break;
      }
    }

    await current.reply(current.t("meeting-action-ask-due"));
    const due = await askDay(conversation, flow, clock, timezone);
    // A deadline is a day: 09.00 of it in the meeting's zone (a time typed with it is ignored).
    const d = due.day;
    const dueAt = new Date(Date.UTC(d.year, d.month - 1, d.day) + (DUE_HOUR_MINUTES - ZONE_OFFSET_MINUTES[timezone]) * 60_000);
    const item: NewActionItem = { description: what.text, ownerId: owner.id, ownerName: owner.name, dueAt };
    return { item, ctx: due.ctx };
  }

  async function meetingMinutes(conversation: BotConversation, ctx: ConversationContext, meetingId: number) {
    const flow = await newFlow(conversation, "mtn");
    const language = ctx.access.member?.language ?? "id";
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
    const timezone = info.timezone as SupportedTimezone;
    await ctx.reply(ctx.t(info.shared ? "meeting-minutes-ask-replace" : "meeting-minutes-ask", { title: escapeHtml(info.title), max: MINUTES_TEXT_MAX }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    let text: string | null = null;
    let file: { id: string; name: string } | null = null;
    let current = ctx;
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["cancel"], acceptMedia: true, expectedKey: "meeting-minutes-expected" });
      current = input.ctx;
      if (input.kind === "button") {
        await current.editMessageReplyMarkup().catch(() => undefined);
        await current.reply(current.t("flow-cancelled"));
        return;
      }
      if (input.kind === "media") {
        if (!input.message.document) {
          await current.reply(current.t("meeting-minutes-photo"));
          continue;
        }
        const caption = input.message.caption?.trim() ?? "";
        if (caption.length > MINUTES_TEXT_MAX) {
          await current.reply(current.t("meeting-minutes-length", { max: MINUTES_TEXT_MAX }));
          continue;
        }
        file = { id: input.message.document.file_id, name: input.message.document.file_name ?? "notulen" };
        text = caption || null;
        break;
      }
      if (input.kind === "text") {
        if (input.text.length < 10 || input.text.length > MINUTES_TEXT_MAX) {
          await current.reply(current.t("meeting-minutes-length", { max: MINUTES_TEXT_MAX }));
          continue;
        }
        text = input.text;
        break;
      }
    }

    // Action items, one at a time, until "Lanjut".
    const items: NewActionItem[] = [];
    for (;;) {
      // Only the item just added, and how many there are (the full list comes in the preview).
      const last = items.at(-1);
      const listed = last
        ? [current.t("meeting-action-added", { count: items.length }), ...actionItemLines(current.t.bind(current), [{ ...last, doneAt: null }], timezone, language).map((l) => l.replace(/^1\./, `${items.length}.`)), ""]
        : [];
      const keyboard = new InlineKeyboard();
      if (items.length < ACTION_ITEMS_MAX) keyboard.text(current.t("meeting-action-button-add"), flowButton(flow, "add")).row();
      keyboard.text(current.t("meeting-button-next"), flowButton(flow, "preview"));
      await current.reply([...listed, current.t(items.length > 0 ? "meeting-action-ask-more" : "meeting-action-ask-any")].join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
      const next = await waitForInput(conversation, flow, { actions: ["add", "preview"], acceptText: false });
      current = next.ctx;
      await current.editMessageReplyMarkup();
      if (next.kind !== "button" || next.action === "preview") break;
      if (items.length >= ACTION_ITEMS_MAX) continue;
      const added = await askActionItem(conversation, flow, current, meetingId, timezone);
      current = added.ctx;
      if (added.item) items.push(added.item);
    }

    // Preview, then share.
    const preview = [
      current.t("meeting-minutes-preview", { title: escapeHtml(info.title), invited: info.invited }),
      "",
      file ? current.t("meeting-minutes-preview-file", { name: escapeHtml(file.name) }) : "",
      text ? escapeHtml(text.length > 600 ? `${text.slice(0, 600)}…` : text) : "",
      ...(items.length > 0 ? ["", current.t("meeting-action-items-title"), ...actionItemLines(current.t.bind(current), items.map((i) => ({ ...i, doneAt: null })), timezone, language)] : []),
    ].filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""));
    await replyHtml(current, preview.join("\n"), new InlineKeyboard().text(current.t("meeting-button-share-minutes"), flowButton(flow, "share")).text(current.t("button-cancel"), flowButton(flow, "cancel")));
    const confirm = await waitForInput(conversation, flow, { actions: ["share", "cancel"], acceptText: false });
    current = confirm.ctx;
    await current.editMessageReplyMarkup();
    if (confirm.kind !== "button" || confirm.action === "cancel") {
      await current.reply(current.t("flow-cancelled"));
      return;
    }
    const sharer = current.access;
    const allowed = await conversation.external(async () => {
      const meeting = await meetings.find(meetingId);
      return Boolean(meeting && (await pokja.manages(sharer, meeting.pokjaId)));
    });
    if (!allowed) {
      await current.reply(current.t("meeting-staff-only"));
      return;
    }
    const byName = current.access.member?.fullName ?? current.from?.first_name ?? "-";
    const shared = await conversation.external(async () => {
      await meetings.shareMinutes(meetingId, { text, fileId: file?.id ?? null, fileName: file?.name ?? null, byName, actionItems: items });
      return distribute(meetingId);
    });
    await current.reply(current.t("meeting-minutes-shared", { invited: shared, items: items.length }));
  }

  return { meetingMinutes };
}
