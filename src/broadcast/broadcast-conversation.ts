// /siaran: the message (text with its formatting, or a photo or document with a caption), the
// audience and its size, a preview exactly as recipients will see it, now or later, confirm.
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { isStaff } from "../access/access.js";
import { flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { DeliveryPayload } from "../delivery/delivery-types.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { parseDateTimeInput } from "../shared/date-input.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime, formatNumber } from "../shared/time.js";
import type { SupportedTimezone } from "../config/config.js";
import type { Audience, BroadcastService } from "./broadcast-service.js";
import { broadcastProgressKeyboard, progressText } from "./broadcast-views.js";
import { actorOf } from "../bot/actor.js";

export const BROADCAST_CONVERSATION = "broadcast";

export interface BroadcastConversationDeps {
  broadcasts: BroadcastService;
  pokja: PokjaService;
  clock: Clock;
  /** Provinces for the admin's "members of a province" audience (code and name). */
  provinces: () => Promise<{ code: string; name: string }[]>;
  /** Brings the progress message up to date once it exists (the broadcast may have finished). */
  afterCreated: (broadcastId: number) => Promise<void>;
}

function payloadOf(message: Message): DeliveryPayload | null {
  if (message.text !== undefined) return { kind: "text", text: message.text, entities: message.entities };
  const caption = message.caption ? { caption: message.caption, captionEntities: message.caption_entities } : {};
  const largest = message.photo?.at(-1);
  if (largest) return { kind: "photo", fileId: largest.file_id, ...caption };
  if (message.document) return { kind: "document", fileId: message.document.file_id, ...caption };
  return null;
}

/** Sends the payload to the sender exactly as recipients will get it. */
async function preview(ctx: ConversationContext, payload: DeliveryPayload) {
  if (payload.kind === "text") {
    await ctx.reply(payload.text, { entities: payload.entities });
  } else {
    const options = { caption: payload.caption, caption_entities: payload.captionEntities };
    if (payload.kind === "photo") await ctx.replyWithPhoto(payload.fileId, options);
    else await ctx.replyWithDocument(payload.fileId, options);
  }
}

export function createBroadcastConversation({ broadcasts, pokja, clock, provinces, afterCreated }: BroadcastConversationDeps) {
  async function cancelled(ctx: ConversationContext) {
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t("flow-cancelled"));
  }

  /** Pokja the sender may address: all for admins, their own for coordinators. */
  async function pokjaChoices(conversation: BotConversation, ctx: ConversationContext, isAdmin: boolean) {
    const memberId = ctx.access.member?.id ?? null;
    return conversation.external(async () => {
      const list = isAdmin ? await pokja.list(null) : memberId ? await pokja.coordinatedPokja(memberId) : [];
      return list.map((p) => ({ id: p.id, name: p.name }));
    });
  }

  async function chooseAudience(
    conversation: BotConversation,
    flow: FlowButtons,
    ctx: ConversationContext,
    isAdmin: boolean,
  ): Promise<{ audience: Audience; label: string; ctx: ConversationContext } | null> {
    const choices = await pokjaChoices(conversation, ctx, isAdmin);
    const keyboard = new InlineKeyboard();
    if (isAdmin) {
      keyboard
        .text(ctx.t("bc-audience-all"), flowButton(flow, "aud", "all"))
        .row()
        .text(ctx.t("bc-audience-pokja-members"), flowButton(flow, "aud", "pm"))
        .row()
        .text(ctx.t("bc-audience-pokja-groups"), flowButton(flow, "aud", "pg"))
        .row()
        .text(ctx.t("bc-audience-province"), flowButton(flow, "aud", "prov"))
        .row();
    } else {
      for (const p of choices) {
        keyboard
          .text(ctx.t("bc-audience-own-members", { pokja: p.name }), flowButton(flow, "own", `m${p.id}`))
          .row()
          .text(ctx.t("bc-audience-own-groups", { pokja: p.name }), flowButton(flow, "own", `g${p.id}`))
          .row()
          .text(ctx.t("bc-audience-own-both", { pokja: p.name }), flowButton(flow, "own", `b${p.id}`))
          .row();
      }
    }
    keyboard.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
    await ctx.reply(ctx.t("bc-ask-audience"), { reply_markup: keyboard });
    // Only the buttons this sender was shown count: callback data can be forged.
    const choice = await waitForInput(conversation, flow, { actions: [isAdmin ? "aud" : "own", "cancel"], acceptText: false });
    if (choice.kind !== "button" || choice.action === "cancel") {
      await cancelled(choice.ctx);
      return null;
    }
    await choice.ctx.editMessageReplyMarkup();
    const names = (ids: number[]) => choices.filter((p) => ids.includes(p.id)).map((p) => p.name).join(", ");

    if (choice.action === "own") {
      const id = Number(choice.arg.slice(1));
      if (!choices.some((p) => p.id === id)) return null;
      const mode = choice.arg[0];
      const audience: Audience = { kind: "pokja", pokjaIds: [id], members: mode !== "g", groups: mode !== "m" };
      const key = mode === "m" ? "bc-label-pokja-members" : mode === "g" ? "bc-label-pokja-groups" : "bc-label-pokja-both";
      return { audience, label: choice.ctx.t(key, { pokja: names([id]) }), ctx: choice.ctx };
    }
    if (choice.arg === "all") return { audience: { kind: "all" }, label: choice.ctx.t("bc-label-all"), ctx: choice.ctx };
    if (choice.arg === "prov") return chooseProvince(conversation, flow, choice.ctx);

    // Several pokja, toggled on one message.
    const selected: number[] = [];
    const toggles = () => {
      const kb = new InlineKeyboard();
      for (const p of choices) kb.text(`${selected.includes(p.id) ? "✅" : "▫️"} ${p.name}`, flowButton(flow, "tog", p.id)).row();
      return kb.text(choice.ctx.t("bc-button-next"), flowButton(flow, "next")).text(choice.ctx.t("button-cancel"), flowButton(flow, "cancel"));
    };
    await choice.ctx.reply(choice.ctx.t("bc-ask-pokja"), { reply_markup: toggles() });
    for (;;) {
      const press = await waitForInput(conversation, flow, { actions: ["tog", "next", "cancel"], acceptText: false });
      if (press.kind !== "button" || press.action === "cancel") {
        await cancelled(press.ctx);
        return null;
      }
      if (press.action === "tog") {
        const id = Number(press.arg);
        if (!choices.some((p) => p.id === id)) continue;
        if (selected.includes(id)) selected.splice(selected.indexOf(id), 1);
        else selected.push(id);
        await press.ctx.editMessageReplyMarkup({ reply_markup: toggles() });
        continue;
      }
      if (selected.length === 0) {
        await press.ctx.reply(press.ctx.t("bc-pokja-none-selected"));
        continue;
      }
      await press.ctx.editMessageReplyMarkup();
      const members = choice.arg === "pm";
      return {
        audience: { kind: "pokja", pokjaIds: [...selected], members, groups: !members },
        label: press.ctx.t(members ? "bc-label-pokja-members" : "bc-label-pokja-groups", { pokja: names(selected) }),
        ctx: press.ctx,
      };
    }
  }

  async function chooseProvince(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
    const all = await conversation.external(() => provinces());
    await ctx.reply(ctx.t("bc-ask-province"));
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["prov", "cancel"] });
      if (input.kind === "button" && input.action === "cancel") {
        await cancelled(input.ctx);
        return null;
      }
      if (input.kind === "button" && input.action === "prov") {
        const province = all.find((p) => p.code === input.arg);
        if (!province) continue;
        await input.ctx.editMessageReplyMarkup();
        return {
          audience: { kind: "province" as const, provinceCodes: [province.code] },
          label: input.ctx.t("bc-label-province", { province: province.name }),
          ctx: input.ctx,
        };
      }
      if (input.kind !== "text") continue;
      const query = input.text.toLowerCase();
      const matches = all.filter((p) => p.name.toLowerCase().includes(query)).slice(0, 10);
      if (matches.length === 0 || query.length < 3) {
        await input.ctx.reply(input.ctx.t("bc-province-none"));
        continue;
      }
      const keyboard = new InlineKeyboard();
      for (const p of matches) keyboard.text(p.name, flowButton(flow, "prov", p.code)).row();
      keyboard.text(input.ctx.t("button-cancel"), flowButton(flow, "cancel"));
      await input.ctx.reply(input.ctx.t("bc-province-pick"), { reply_markup: keyboard });
    }
  }

  return async function broadcast(conversation: BotConversation, ctx: ConversationContext) {
    if (!isStaff(ctx.access)) {
      await ctx.reply(ctx.t("bc-staff-only"));
      return;
    }
    const flow = await newFlow(conversation, "bc");
    // The sender's role as the flow starts, recorded so that replays take the same path.
    const isAdmin = await conversation.external(() => ctx.access.isAdmin);
    const language = ctx.access.member?.language ?? "id";
    const timezone = (ctx.access.member?.timezone ?? "Asia/Jakarta") as SupportedTimezone;

    // 1. The message, as the sender wrote it.
    await ctx.reply(ctx.t("bc-ask-message"), {
      reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    let payload: DeliveryPayload | null = null;
    let current = ctx;
    while (!payload) {
      const input = await waitForInput(conversation, flow, { actions: ["cancel"], acceptMedia: true, expectedKey: "bc-unsupported" });
      current = input.ctx;
      if (input.kind === "button") return cancelled(input.ctx);
      const message = input.ctx.message;
      payload = message ? payloadOf(message) : null;
      if (!payload) await input.ctx.reply(input.ctx.t("bc-unsupported"));
    }

    // 2. Who receives it.
    const chosen = await chooseAudience(conversation, flow, current, isAdmin);
    if (!chosen) return;
    current = chosen.ctx;
    let mandatory = false;
    if (isAdmin) {
      await current.reply(current.t("bc-ask-mandatory"), {
        reply_markup: new InlineKeyboard()
          .text(current.t("bc-button-mandatory"), flowButton(flow, "mand", "yes"))
          .row()
          .text(current.t("bc-button-optional"), flowButton(flow, "mand", "no")),
      });
      const answer = await waitForInput(conversation, flow, { actions: ["mand"], acceptText: false });
      current = answer.ctx;
      if (answer.kind === "button") {
        mandatory = answer.arg === "yes";
        await current.editMessageReplyMarkup();
      }
    }
    const audience = chosen.audience;
    const size = await conversation.external(async () => {
      const r = await broadcasts.recipients(audience, mandatory);
      return { members: r.memberChatIds.length, groups: r.groupChatIds.length };
    });
    if (size.members + size.groups === 0) {
      await current.reply(current.t("bc-no-recipients"));
      return;
    }

    // 3. Preview, exactly as it will arrive; then now or later.
    await current.reply(current.t("bc-preview-heading"));
    await preview(current, payload);
    let scheduledAt: Date | null = null;
    for (;;) {
      const summary = current.t("bc-summary", {
        label: escapeHtml(chosen.label),
        members: formatNumber(size.members, language),
        groups: formatNumber(size.groups, language),
        kind: current.t(mandatory ? "bc-kind-mandatory" : "bc-kind-optional"),
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
      if (decision.kind !== "button" || decision.action === "cancel") return cancelled(current);
      await current.editMessageReplyMarkup();
      if (decision.action === "send") break;
      await current.reply(current.t("bc-ask-schedule", { zone: timezone === "Asia/Jakarta" ? "WIB" : timezone === "Asia/Makassar" ? "WITA" : "WIT" }));
      for (;;) {
        const input = await waitForInput(conversation, flow, { actions: [] });
        current = input.ctx;
        if (input.kind !== "text") continue;
        const now = new Date(await conversation.external(() => clock.now().toISOString()));
        const parsed = parseDateTimeInput(input.text, now, timezone);
        if (parsed.ok) {
          scheduledAt = parsed.date;
          break;
        }
        await current.reply(current.t(`bc-schedule-${parsed.reason.replace(/_/g, "-")}`));
      }
    }

    // 4. The role is checked again at the moment of sending, against this very audience.
    const sending = current;
    const allowed = await conversation.external(async () => {
      const access = sending.access;
      if (access.isAdmin) return true;
      if (!isStaff(access) || !access.member || audience.kind !== "pokja" || mandatory) return false;
      for (const id of audience.pokjaIds) if (!(await pokja.isCoordinator(access.member.id, id))) return false;
      return true;
    });
    if (!allowed) {
      await current.reply(current.t("bc-staff-only"));
      return;
    }
    const sender = actorOf(current);
    const chatId = BigInt(current.chat?.id ?? 0);
    const when = scheduledAt;
    const created = await conversation.external(async () => {
      const r = await broadcasts.create({
        sender,
        senderChatId: chatId,
        audience,
        audienceLabel: chosen.label,
        payload: payload,
        mandatory,
        scheduledAt: when,
      });
      return { id: r.broadcast.id, total: r.broadcast.total };
    });
    const text = when
      ? current.t("bc-scheduled", { when: formatDateTime(when, timezone, language), total: formatNumber(created.total, language) })
      : progressText(current.t.bind(current), language, { sent: 0, total: created.total, failed: 0, blocked: 0 });
    const message = await current.reply(text, { reply_markup: broadcastProgressKeyboard(current.t.bind(current), created.id, Boolean(when)) });
    await conversation.external(async () => {
      await broadcasts.setProgressMessage(created.id, message.message_id);
      await afterCreated(created.id);
    });
  };
}
