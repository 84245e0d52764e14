// /daftar: consent, then name, instansi, jabatan, NIP, phone, summary (with edits), submit.
import { InlineKeyboard } from "grammy";
import type { AgencyService } from "../agencies/agency-service.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { User } from "grammy/types";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { escapeHtml } from "../shared/html.js";
import { timezoneForProvince } from "../shared/time.js";
import type { MemberService } from "./member-service.js";
import { askAgency, askFullName, askNip, askPhone, askPosition, type AgencyChoice } from "./member-steps.js";
import type { Language } from "./member-types.js";
import type { MemberNotifications } from "./member-notifications.js";
import { nipLabelKey } from "./member-keys.js";

export const REGISTRATION_CONVERSATION = "registration";

interface Draft {
  fullName: string;
  agency: AgencyChoice;
  position: string;
  nip: string | null;
  phone: string | null;
}

type EditableField = "name" | "agency" | "position" | "nip" | "phone";
const EDITABLE_FIELDS: readonly EditableField[] = ["name", "agency", "position", "nip", "phone"];

export interface RegistrationDeps {
  members: MemberService;
  agencies: AgencyService;
  notifications: MemberNotifications;
  clock: Clock;
  logger: Logger;
  /** Days after a rejection before the applicant's data is erased (said in the consent text). */
  rejectedRetentionDays: number;
}

function summaryText(ctx: ConversationContext, draft: Draft): string {
  const none = ctx.t("value-not-provided");
  return ctx.t("reg-summary", {
    name: escapeHtml(draft.fullName),
    agency: escapeHtml(draft.agency.name),
    position: escapeHtml(draft.position),
    nipLabel: ctx.t(nipLabelKey(draft.nip)),
    nip: draft.nip ?? none,
    phone: draft.phone ?? none,
  });
}

function summaryKeyboard(ctx: ConversationContext, flow: FlowButtons): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("reg-button-submit"), flowButton(flow, "submit"))
    .row()
    .text(ctx.t("reg-button-edit-name"), flowButton(flow, "edit", "name"))
    .text(ctx.t("reg-button-edit-agency"), flowButton(flow, "edit", "agency"))
    .row()
    .text(ctx.t("reg-button-edit-position"), flowButton(flow, "edit", "position"))
    .text(ctx.t("reg-button-edit-nip"), flowButton(flow, "edit", "nip"))
    .row()
    .text(ctx.t("reg-button-edit-phone"), flowButton(flow, "edit", "phone"))
    .text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
}

export function createRegistrationConversation({ members, agencies, notifications, clock, logger, rejectedRetentionDays }: RegistrationDeps) {
  /** Runs outside the replay (in conversation.external); never throws, so the flow survives. */
  async function submit(from: User, draft: Draft, language: Language) {
    try {
      const result = await members.register({
        telegramId: BigInt(from.id),
        telegramUsername: from.username ?? null,
        fullName: draft.fullName,
        agencyId: draft.agency.id,
        position: draft.position,
        nip: draft.nip,
        phone: draft.phone,
        language,
        timezone: timezoneForProvince(draft.agency.provinceCode),
      });
      if (!result.ok) return { ok: false as const, reason: result.reason };
      if (!result.autoApprovedAdmin) await notifications.registrationSubmitted(result.member.id);
      return { ok: true as const, autoApprovedAdmin: result.autoApprovedAdmin };
    } catch (error) {
      logger.error({ err: error, telegramId: from.id }, "registration could not be saved");
      return { ok: false as const, reason: "error" as const };
    }
  }

  return async function registration(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const flow = await newFlow(conversation, "reg");
    const today = new Date(await conversation.external(() => clock.now().toISOString()));
    const language = (await ctx.i18n.getLocale()) as Language;

    await ctx.reply(ctx.t("reg-intro"));

    // Consent under UU 27/2022 (Pelindungan Data Pribadi) comes first: explicit, and before any
    // answer is kept (answers live in the conversation state from the moment they are typed).
    await ctx.reply(ctx.t("reg-consent", { rejectedDays: rejectedRetentionDays }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("reg-button-consent-yes"), flowButton(flow, "consent", "yes"))
        .row()
        .text(ctx.t("reg-button-consent-no"), flowButton(flow, "consent", "no")),
    });
    const consent = await waitForInput(conversation, flow, { actions: ["consent"], acceptText: false });
    if (consent.kind !== "button" || consent.arg !== "yes") {
      await consent.ctx.editMessageReplyMarkup();
      await consent.ctx.reply(consent.ctx.t("reg-consent-declined"));
      return;
    }
    await consent.ctx.editMessageReplyMarkup();

    const nameStep = await askFullName(conversation, flow, consent.ctx);
    const agencyStep = await askAgency(conversation, flow, nameStep.ctx, agencies);
    const positionStep = await askPosition(conversation, flow, agencyStep.ctx);
    const nipStep = await askNip(conversation, flow, positionStep.ctx, today);
    const phoneStep = await askPhone(conversation, flow, nipStep.ctx);
    const draft: Draft = {
      fullName: nameStep.value,
      agency: agencyStep.value,
      position: positionStep.value,
      nip: nipStep.value,
      phone: phoneStep.value,
    };
    let current = phoneStep.ctx;

    const from = current.from;
    if (!from) return;
    for (;;) {
      await current.reply(summaryText(current, draft), { parse_mode: "HTML", reply_markup: summaryKeyboard(current, flow) });
      const choice = await waitForInput(conversation, flow, { actions: ["submit", "edit", "cancel"], acceptText: false });
      current = choice.ctx;
      if (choice.kind !== "button") continue;
      await current.editMessageReplyMarkup();
      if (choice.action === "cancel") {
        await current.reply(current.t("reg-cancelled"));
        return;
      }
      if (choice.action === "submit") {
        const outcome = await conversation.external(() => submit(from, draft, language));
        if (outcome.ok) {
          await current.reply(current.t(outcome.autoApprovedAdmin ? "reg-done-admin" : "reg-done"));
          return;
        }
        if (outcome.reason === "already_registered") {
          await current.reply(current.t("reg-already-registered"));
          return;
        }
        // Saving failed: say so and show the summary again, so nothing typed is lost.
        await current.reply(current.t(outcome.reason === "agency_not_found" ? "reg-agency-gone" : "reg-save-failed"));
        continue;
      }
      const field = choice.arg as EditableField;
      if (!EDITABLE_FIELDS.includes(field)) continue;
      if (field === "name") ({ value: draft.fullName, ctx: current } = await askFullName(conversation, flow, current));
      if (field === "agency") ({ value: draft.agency, ctx: current } = await askAgency(conversation, flow, current, agencies));
      if (field === "position") ({ value: draft.position, ctx: current } = await askPosition(conversation, flow, current));
      if (field === "nip") ({ value: draft.nip, ctx: current } = await askNip(conversation, flow, current, today));
      if (field === "phone") ({ value: draft.phone, ctx: current } = await askPhone(conversation, flow, current));
    }
  };
}
