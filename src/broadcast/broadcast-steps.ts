// /siaran, the steps around the audience: the message itself, official or ordinary, the preview
// with its summary, and the sending time. Each step returns the context of the answer it waited
// for (the next reply goes there), or null when the sender cancelled.
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import type { DeliveryPayload } from "../delivery/delivery-types.js";
import type { Clock } from "../shared/clock.js";
import { parseDateTimeInput } from "../shared/date-input.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime, formatNumber, timezoneAbbreviation } from "../shared/time.js";
import { deliveredParts, headerText, type BroadcastVoice } from "./broadcast-header.js";
import { SCHEDULE_PROBLEM_KEYS } from "./broadcast-views.js";

/** The sender's language and zone, recorded as the flow starts so that replays read the same. */
export interface SenderSettings {
  language: string;
  timezone: SupportedTimezone;
}

/** What the summary shows before the sender confirms. */
export interface BroadcastDraft {
  payload: DeliveryPayload;
  label: string;
  mandatory: boolean;
  size: { members: number; groups: number };
  /** Who the header names. */
  voice: BroadcastVoice;
}

/** The coordinator's broadcasts for today are used up: how many a day, and from when the next may go. */
export async function limitReached(ctx: ConversationContext, usedUp: { limit: number; resetsAt: string }, { language, timezone }: SenderSettings) {
  await ctx.reply(ctx.t("bc-limit-reached", { limit: formatNumber(usedUp.limit, language), when: formatDateTime(new Date(usedUp.resetsAt), timezone, language) }));
}

export async function cancelled(ctx: ConversationContext) {
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t("flow-cancelled"));
}

function payloadOf(message: Message): DeliveryPayload | null {
  if (message.text !== undefined) return { kind: "text", text: message.text, entities: message.entities };
  const caption = message.caption ? { caption: message.caption, captionEntities: message.caption_entities } : {};
  const largest = message.photo?.at(-1);
  if (largest) return { kind: "photo", fileId: largest.file_id, ...caption };
  if (message.document) return { kind: "document", fileId: message.document.file_id, ...caption };
  return null;
}

/**
 * Sends the payload to the sender exactly as recipients will get it: with its header, in as many
 * messages as the header makes it (a caption over 1024 characters follows the file as a text).
 */
async function preview(ctx: ConversationContext, payload: DeliveryPayload, voice: BroadcastVoice) {
  const parts = deliveredParts(payload, headerText(ctx.t.bind(ctx), voice));
  for (const part of parts) {
    if (part.kind === "text") {
      await ctx.reply(part.text, { entities: part.entities });
    } else {
      const options = { caption: part.caption, caption_entities: part.captionEntities };
      if (part.kind === "photo") await ctx.replyWithPhoto(part.fileId, options);
      else await ctx.replyWithDocument(part.fileId, options);
    }
  }
  if (parts.length > 1) await ctx.reply(ctx.t("bc-preview-parts", { parts: parts.length }));
}

/** Step 1: the message, as the sender wrote it (text with its formatting, a photo or a document). */
export async function askMessage(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
): Promise<{ payload: DeliveryPayload; ctx: ConversationContext } | null> {
  await ctx.reply(ctx.t("bc-ask-message"), {
    reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
  });
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: ["cancel"], acceptMedia: true, expectedKey: "bc-unsupported" });
    if (input.kind === "button") {
      await cancelled(input.ctx);
      return null;
    }
    const payload = input.ctx.message ? payloadOf(input.ctx.message) : null;
    if (payload) return { payload, ctx: input.ctx };
    await input.ctx.reply(input.ctx.t("bc-unsupported"));
  }
}

/** Step 3, for those who may: an official announcement reaches even members who declined broadcasts. */
export async function askMandatory(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
): Promise<{ mandatory: boolean; ctx: ConversationContext }> {
  await ctx.reply(ctx.t("bc-ask-mandatory"), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t("bc-button-mandatory"), flowButton(flow, "mand", "yes"))
      .row()
      .text(ctx.t("bc-button-optional"), flowButton(flow, "mand", "no")),
  });
  const answer = await waitForInput(conversation, flow, { actions: ["mand"], acceptText: false });
  if (answer.kind !== "button") return { mandatory: false, ctx: answer.ctx };
  await answer.ctx.editMessageReplyMarkup();
  return { mandatory: answer.arg === "yes", ctx: answer.ctx };
}

/**
 * Step 4: the preview exactly as it will arrive, then the summary with "send now", "set a time"
 * and "cancel", asked again after each new time. Returns when to send (null: now).
 */
export async function confirmDraft(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  draft: BroadcastDraft,
  sender: SenderSettings,
  clock: Clock,
): Promise<{ scheduledAt: Date | null; ctx: ConversationContext } | null> {
  const { language, timezone } = sender;
  await ctx.reply(ctx.t("bc-preview-heading"));
  await preview(ctx, draft.payload, draft.voice);
  let current = ctx;
  let scheduledAt: Date | null = null;
  for (;;) {
    const summary = current.t("bc-summary", {
      label: escapeHtml(draft.label),
      members: formatNumber(draft.size.members, language),
      groups: formatNumber(draft.size.groups, language),
      kind: current.t(draft.mandatory ? "bc-kind-mandatory" : "bc-kind-optional"),
      when: scheduledAt ? formatDateTime(scheduledAt, timezone, language) : current.t("bc-when-now"),
    });
    await current.reply(summary, {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(current.t(scheduledAt ? "bc-button-confirm-scheduled" : "bc-button-send-now"), flowButton(flow, "send"))
        .row()
        .text(current.t("bc-button-schedule"), flowButton(flow, "schedule"))
        .text(current.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const decision = await waitForInput(conversation, flow, { actions: ["send", "schedule", "cancel"], acceptText: false });
    current = decision.ctx;
    if (decision.kind !== "button" || decision.action === "cancel") {
      await cancelled(current);
      return null;
    }
    await current.editMessageReplyMarkup();
    if (decision.action === "send") return { scheduledAt, ctx: current };
    const answer = await askSendingTime(conversation, flow, current, timezone, clock);
    scheduledAt = answer.scheduledAt;
    current = answer.ctx;
  }
}

/** A time typed in the sender's zone (or with WIB/WITA/WIT written), asked until it is a future one. */
async function askSendingTime(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  timezone: SupportedTimezone,
  clock: Clock,
): Promise<{ scheduledAt: Date; ctx: ConversationContext }> {
  await ctx.reply(ctx.t("bc-ask-schedule", { zone: timezoneAbbreviation(timezone) }));
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: [] });
    if (input.kind !== "text") continue;
    const now = new Date(await conversation.external(() => clock.now().toISOString()));
    const parsed = parseDateTimeInput(input.text, now, timezone);
    if (parsed.ok) return { scheduledAt: parsed.date, ctx: input.ctx };
    await input.ctx.reply(input.ctx.t(SCHEDULE_PROBLEM_KEYS[parsed.reason]));
  }
}
