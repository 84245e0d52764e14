// Questions shared by registration and profile editing. Each asks until it gets a valid answer.
import { InlineKeyboard, Keyboard } from "grammy";
import type { AgencyService } from "../agencies/agency-service.js";
import { agencySearchTokens } from "../agencies/agency-registry.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import { escapeHtml } from "../shared/html.js";
import { validateNip } from "./nip.js";
import { suggestedNameCase } from "./name-case.js";
import { FULL_NAME_PROBLEM_KEYS, NIP_PROBLEM_KEYS, POSITION_PROBLEM_KEYS } from "./member-keys.js";
import { AGENCY_QUERY_MAX, checkFullName, checkPosition, normalizePhone, tidyText } from "./profile-rules.js";

export const AGENCY_PAGE_SIZE = 8;

/** What a conversation keeps about an agency (JSON-safe, as conversation state must be). */
export interface AgencyChoice {
  id: number;
  name: string;
  provinceCode: string | null;
}

export async function askFullName(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
  await ctx.reply(ctx.t("reg-ask-name"));
  const problemOf = (c: ConversationContext, text: string) => {
    const problem = checkFullName(text);
    return problem ? c.t(FULL_NAME_PROBLEM_KEYS[problem]) : null;
  };
  const answer = await askText(conversation, flow, { validate: (text) => problemOf(ctx, text) });
  let typed = tidyText("text" in answer ? answer.text : "");
  let current = answer.ctx;
  // "yohanes wenda" is offered as "Yohanes Wenda"; the member may keep it as typed, or type it again.
  for (;;) {
    const proper = suggestedNameCase(typed);
    if (!proper) return { value: typed, ctx: current };
    const offer = await current.reply(current.t("reg-name-case-offer", { proper: escapeHtml(proper) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(current.t("reg-button-name-proper", { proper }), flowButton(flow, "namecase", "proper"))
        .row()
        .text(current.t("reg-button-name-as-typed", { typed }), flowButton(flow, "namecase", "typed")),
    });
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["namecase"] });
      if (input.kind === "button") {
        const chosen = input.arg === "proper" ? proper : typed;
        await input.ctx.editMessageText(input.ctx.t("reg-name-chosen", { name: escapeHtml(chosen) }), { parse_mode: "HTML" });
        return { value: chosen, ctx: input.ctx };
      }
      if (input.kind !== "text") continue;
      const problem = problemOf(input.ctx, input.text);
      if (problem) {
        await input.ctx.reply(problem);
        continue;
      }
      // A name typed again replaces the offer; its buttons no longer apply.
      await input.ctx.api.editMessageReplyMarkup(offer.chat.id, offer.message_id).catch(() => undefined);
      typed = tidyText(input.text);
      current = input.ctx;
      break;
    }
  }
}

export async function askPosition(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
  await ctx.reply(ctx.t("reg-ask-position"));
  const answer = await askText(conversation, flow, {
    validate: (text) => {
      const problem = checkPosition(text);
      return problem ? ctx.t(POSITION_PROBLEM_KEYS[problem]) : null;
    },
  });
  return { value: tidyText("text" in answer ? answer.text : ""), ctx: answer.ctx };
}

function agencyKeyboard(
  ctx: ConversationContext,
  flow: FlowButtons,
  result: { items: AgencyChoice[]; page: number; pageCount: number },
) {
  const keyboard = new InlineKeyboard();
  for (const agency of result.items) keyboard.text(agency.name, flowButton(flow, "agency", agency.id)).row();
  if (result.pageCount > 1) {
    if (result.page > 0) keyboard.text(ctx.t("button-previous"), flowButton(flow, "agencypage", result.page - 1));
    keyboard.text(ctx.t("page-indicator", { page: result.page + 1, pages: result.pageCount }), flowButton(flow, "noop"));
    if (result.page < result.pageCount - 1) keyboard.text(ctx.t("button-next"), flowButton(flow, "agencypage", result.page + 1));
  }
  return keyboard;
}

/** The member types part of a name and picks from the matching agencies; no free-text agencies. */
export async function askAgency(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  agencies: AgencyService,
): Promise<{ value: AgencyChoice; ctx: ConversationContext }> {
  await ctx.reply(ctx.t("reg-ask-agency"));
  let query = "";
  const search = (page: number) =>
    conversation.external(async () => {
      const result = await agencies.search(query, page, AGENCY_PAGE_SIZE);
      return {
        items: result.items.map((a) => ({ id: a.id, name: a.name, provinceCode: a.provinceCode })),
        total: result.total,
        page: result.page,
        pageCount: result.pageCount,
      };
    });
  let shown: AgencyChoice[] = [];
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: ["agency", "agencypage", "noop"] });
    if (input.kind === "text") {
      if (input.text.length > AGENCY_QUERY_MAX) {
        await input.ctx.reply(input.ctx.t("reg-agency-query-too-long", { max: AGENCY_QUERY_MAX }));
        continue;
      }
      if (agencySearchTokens(input.text).join("").length < 3) {
        await input.ctx.reply(input.ctx.t("reg-agency-query-too-short"));
        continue;
      }
      query = input.text;
      const result = await search(0);
      shown = result.items;
      if (result.total === 0) {
        await input.ctx.reply(input.ctx.t("reg-agency-none", { query: escapeHtml(query) }), { parse_mode: "HTML" });
        continue;
      }
      await input.ctx.reply(input.ctx.t("reg-agency-results", { count: result.total, query: escapeHtml(query) }), {
        parse_mode: "HTML",
        reply_markup: agencyKeyboard(input.ctx, flow, result),
      });
    } else if (input.kind === "button" && input.action === "agencypage" && query) {
      const result = await search(Number(input.arg) || 0);
      shown = result.items;
      await input.ctx.editMessageReplyMarkup({ reply_markup: agencyKeyboard(input.ctx, flow, result) });
    } else if (input.kind === "button" && input.action === "agency") {
      const id = Number(input.arg);
      const agency =
        shown.find((a) => a.id === id) ??
        (await conversation.external(async () => {
          const found = Number.isInteger(id) ? await agencies.findById(id) : null;
          return found ? { id: found.id, name: found.name, provinceCode: found.provinceCode } : null;
        }));
      if (!agency) {
        await input.ctx.reply(input.ctx.t("reg-agency-gone"));
        continue;
      }
      await input.ctx.editMessageText(input.ctx.t("reg-agency-chosen", { agency: escapeHtml(agency.name) }), {
        parse_mode: "HTML",
      });
      return { value: agency, ctx: input.ctx };
    }
  }
}

/** What people type to leave an optional question empty. */
const SKIP_WORDS = new Set(["lewati", "lewat", "skip", "-", "--", "tidak ada", "tidak punya", "belum ada", "tak ada", "kosong", "none", "no"]);

export function isSkipWord(text: string, skipLabel: string): boolean {
  const word = text.toLowerCase().replace(/\s+/g, " ").replace(/[.!]+$/, "").trim();
  return SKIP_WORDS.has(word) || word === skipLabel.toLowerCase();
}

export async function askNip(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  today: Date,
): Promise<{ value: string | null; ctx: ConversationContext }> {
  const prompt = await ctx.reply(ctx.t("reg-ask-nip"), {
    reply_markup: new InlineKeyboard().text(ctx.t("button-skip"), flowButton(flow, "skipnip")),
  });
  let nip: string | null = null;
  let skipped = false;
  const answer = await askText(conversation, flow, {
    actions: ["skipnip"],
    validate: (text) => {
      // "Lewati", "-", "tidak ada" typed instead of pressed: the NIP is optional.
      if (isSkipWord(text, ctx.t("button-skip"))) {
        skipped = true;
        return null;
      }
      const result = validateNip(text, today);
      if (result.ok) {
        nip = result.nip;
        return null;
      }
      return ctx.t(NIP_PROBLEM_KEYS[result.reason]);
    },
  });
  if ("action" in answer) await answer.ctx.editMessageReplyMarkup();
  if (skipped) {
    // Skipped by typing: the Lewati button on the question no longer applies.
    await answer.ctx.api.editMessageReplyMarkup(prompt.chat.id, prompt.message_id).catch(() => undefined);
    await answer.ctx.reply(answer.ctx.t("reg-nip-skipped"));
  }
  return { value: nip, ctx: answer.ctx };
}

export async function askPhone(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
): Promise<{ value: string | null; ctx: ConversationContext }> {
  const skipLabel = ctx.t("button-skip");
  await ctx.reply(ctx.t("reg-ask-phone"), {
    reply_markup: new Keyboard().requestContact(ctx.t("button-share-phone")).row().text(skipLabel).resized().oneTime(),
  });
  const removeKeyboard = { reply_markup: { remove_keyboard: true as const } };
  for (;;) {
    const input = await waitForInput(conversation, flow, { acceptContact: true, expectedKey: "reg-phone-use-button" });
    if (input.kind === "contact") {
      if (input.contact.user_id !== input.ctx.from?.id) {
        await input.ctx.reply(input.ctx.t("reg-phone-not-own"));
        continue;
      }
      const phone = normalizePhone(input.contact.phone_number);
      await input.ctx.reply(input.ctx.t("reg-phone-saved"), removeKeyboard);
      return { value: phone, ctx: input.ctx };
    }
    if (input.kind === "text" && isSkipWord(input.text, skipLabel)) {
      await input.ctx.reply(input.ctx.t("reg-phone-skipped"), removeKeyboard);
      return { value: null, ctx: input.ctx };
    }
    await input.ctx.reply(input.ctx.t("reg-phone-use-button"));
  }
}
