// /siaran: the message (text with its formatting, or a photo or document with a caption), the
// audience and its size, a preview exactly as recipients will see it, now or later, confirm. The
// steps live in broadcast-steps.ts and broadcast-audience.ts; this file runs them in order and
// checks the sender's right and daily limit again at the moment of sending.
import type { Permissions } from "../access/permissions.js";
import { actorOf } from "../bot/actor.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { newFlow } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Translator } from "../bot/i18n.js";
import type { Clock } from "../shared/clock.js";
import { formatDateTime, formatNumber } from "../shared/time.js";
import { createAudienceStep, type ChosenAudience } from "./broadcast-audience.js";
import { replyToSenderButton } from "./broadcast-buttons.js";
import { headerText, type BroadcastVoice } from "./broadcast-header.js";
import type { Audience, BroadcastFraming, BroadcastService, LimitedCreation } from "./broadcast-service.js";
import { askMandatory, askMessage, confirmDraft, limitReached, type BroadcastDraft, type SenderSettings } from "./broadcast-steps.js";
import { broadcastProgressKeyboard, progressText } from "./broadcast-views.js";

export const BROADCAST_CONVERSATION = "broadcast";
/** The flow's buttons: "bcf:<run>:<action>:<arg>" (not "bc", which the progress buttons use). */
export const BROADCAST_FLOW_PREFIX = "bcf";

export interface BroadcastConversationDeps {
  broadcasts: BroadcastService;
  pokja: PokjaService;
  permissions: Permissions;
  clock: Clock;
  i18n: Translator;
  /** Provinces for the admin's "members of a province" audience (code and name). */
  provinces: () => Promise<{ code: string; name: string }[]>;
  /** Brings the progress message up to date once it exists (the broadcast may have finished). */
  afterCreated: (broadcastId: number) => Promise<void>;
}

/**
 * Who the header names: the secretariat's official voice for a mandatory announcement; an admin by
 * name for an ordinary one; a coordinator as coordinator of the pokja they address.
 */
export function voiceOf(sender: { name: string; isAdmin: boolean }, audience: Audience, mandatory: boolean, pokjaNames: readonly { id: number; name: string }[]): BroadcastVoice {
  if (mandatory) return { kind: "official" };
  if (sender.isAdmin || audience.kind !== "pokja") return { kind: "secretariat", senderName: sender.name };
  const names = pokjaNames.filter((p) => audience.pokjaIds.includes(p.id)).map((p) => p.name);
  return { kind: "pokja", pokja: names.join(", "), senderName: sender.name };
}

export function createBroadcastConversation({ broadcasts, pokja, permissions, clock, i18n, provinces, afterCreated }: BroadcastConversationDeps) {
  const { chooseAudience } = createAudienceStep({ provinces });

  /** The header in each recipient's language, and the reply button under members' copies. */
  function framing(voice: BroadcastVoice): BroadcastFraming {
    return {
      header: (language) => headerText((key, vars) => i18n.t(language, key, vars), voice),
      replyButton: (language, broadcastId) => ({
        inline_keyboard: [[{ text: i18n.t(language, "bc-button-reply"), callback_data: replyToSenderButton.pack({ broadcastId }) }]],
      }),
    };
  }

  /**
   * Who the sender may address, recorded as the flow starts so that replays take the same path:
   * everyone (and every pokja), or only the pokja they coordinate; and, for a coordinator, when
   * today's broadcasts are used up (so they learn it before writing one).
   */
  function senderScope(conversation: BotConversation, ctx: ConversationContext) {
    const access = ctx.access;
    return conversation.external(async () => {
      const addressesEveryone = await permissions.sendsBroadcast(access, { kind: "all" }, false);
      const memberId = access.member?.id ?? null;
      const list = addressesEveryone ? await pokja.list(null) : memberId ? await pokja.coordinatedPokja(memberId) : [];
      const settings: SenderSettings = { language: access.member?.language ?? "id", timezone: access.timezone as SupportedTimezone };
      const sender = { name: access.member?.fullName ?? "", isAdmin: permissions.isAdmin(access) };
      const quota = sender.isAdmin ? null : await broadcasts.quota(BigInt(ctx.from?.id ?? 0), settings.timezone);
      const usedUp = quota && quota.left === 0 ? { limit: quota.limit, resetsAt: quota.resetsAt.toISOString() } : null;
      return { addressesEveryone, choices: list.map((p) => ({ id: p.id, name: p.name })), settings, sender, usedUp };
    });
  }

  /** Step 5: the right is asked again now, for this very audience; then the broadcast and its progress message. */
  async function send(
    conversation: BotConversation,
    ctx: ConversationContext,
    chosen: ChosenAudience,
    draft: BroadcastDraft,
    scheduledAt: Date | null,
    { language, timezone }: SenderSettings,
  ) {
    const { audience, label } = chosen;
    const { payload, mandatory, voice } = draft;
    const allowed = await conversation.external(() => permissions.sendsBroadcast(ctx.access, audience, mandatory));
    if (!allowed) {
      await ctx.reply(ctx.t("bc-staff-only"));
      return;
    }
    const sender = actorOf(ctx);
    const senderChatId = BigInt(ctx.chat?.id ?? 0);
    // Admins (the secretariat) are not counted; a coordinator's day is counted again now, with the write.
    const limited = !permissions.isAdmin(ctx.access);
    const created = await conversation.external(async () => {
      const input = { sender, senderChatId, audience, audienceLabel: label, payload, mandatory, scheduledAt, framing: framing(voice) };
      const r: LimitedCreation = limited ? await broadcasts.createWithinLimit(input, timezone) : { ok: true, ...(await broadcasts.create(input)) };
      if (!r.ok) return { refused: { limit: r.quota.limit, resetsAt: r.quota.resetsAt.toISOString() } };
      return { id: r.broadcast.id, total: r.broadcast.total };
    });
    if (created.refused) {
      await limitReached(ctx, created.refused, { language, timezone });
      return;
    }
    const t = ctx.t.bind(ctx);
    const text = scheduledAt
      ? t("bc-scheduled", { when: formatDateTime(scheduledAt, timezone, language), total: formatNumber(created.total, language) })
      : progressText(t, language, { sent: 0, total: created.total, failed: 0, blocked: 0 });
    const message = await ctx.reply(text, { reply_markup: broadcastProgressKeyboard(t, created.id, scheduledAt !== null) });
    await conversation.external(async () => {
      await broadcasts.setProgressMessage(created.id, message.message_id);
      await afterCreated(created.id);
    });
  }

  return async function broadcast(conversation: BotConversation, ctx: ConversationContext) {
    const flow = await newFlow(conversation, BROADCAST_FLOW_PREFIX);
    const scope = await senderScope(conversation, ctx);
    if (scope.usedUp) {
      await limitReached(ctx, scope.usedUp, scope.settings);
      return;
    }

    const message = await askMessage(conversation, flow, ctx);
    if (!message) return;
    const chosen = await chooseAudience(conversation, flow, message.ctx, scope.choices, scope.addressesEveryone);
    if (!chosen) return;
    let current = chosen.ctx;
    const audience = chosen.audience;

    let mandatory = false;
    if (await conversation.external(() => permissions.sendsBroadcast(current.access, audience, true))) {
      const answer = await askMandatory(conversation, flow, current);
      mandatory = answer.mandatory;
      current = answer.ctx;
    }
    const size = await conversation.external(async () => {
      const r = await broadcasts.recipients(audience, mandatory);
      return { members: r.memberChatIds.length, groups: r.groupChatIds.length };
    });
    if (size.members + size.groups === 0) {
      await current.reply(current.t("bc-no-recipients"));
      return;
    }

    const voice = voiceOf(scope.sender, audience, mandatory, scope.choices);
    const draft: BroadcastDraft = { payload: message.payload, label: chosen.label, mandatory, size, voice };
    const confirmed = await confirmDraft(conversation, flow, current, draft, scope.settings, clock);
    if (!confirmed) return;
    await send(conversation, confirmed.ctx, chosen, draft, confirmed.scheduledAt, scope.settings);
  };
}
