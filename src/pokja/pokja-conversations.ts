// Admin flows for pokja that need typed input: create, rename, describe, find a coordinator.
import { InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { MemberService } from "../members/member-service.js";
import { escapeHtml } from "../shared/html.js";
import { tidyText } from "../members/profile-rules.js";
import { POKJA_DESCRIPTION_MAX, POKJA_NAME_MAX, pokjaNameFromInput, type PokjaService } from "./pokja-service.js";
import { actorOf } from "../bot/actor.js";
import { setCoordinatorButton, viewButton } from "./pokja-buttons.js";

export const POKJA_CREATE_CONVERSATION = "pokjaCreate";
export const POKJA_EDIT_CONVERSATION = "pokjaEdit";
export const POKJA_COORDINATOR_SEARCH_CONVERSATION = "pokjaCoordinatorSearch";

export interface PokjaConversationDeps {
  pokja: PokjaService;
  members: MemberService;
  permissions: Permissions;
}

type EditOutcome = "ok" | "name_taken" | "unchanged" | "not_found" | "not_admin";

const EDIT_KEYS: Record<EditOutcome, string> = {
  ok: "pokja-updated",
  name_taken: "pokja-name-taken",
  unchanged: "profile-unchanged",
  not_found: "pokja-gone",
  not_admin: "access-admin-only",
};

const cancelKeyboard = (ctx: ConversationContext, flow: FlowButtons) =>
  new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel"));

/** Asks for a pokja name or description; null when the admin cancels. */
async function askField(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  field: "name" | "description",
) {
  const max = field === "name" ? POKJA_NAME_MAX : POKJA_DESCRIPTION_MAX;
  const min = field === "name" ? 3 : 10;
  const clean = (text: string) => (field === "name" ? pokjaNameFromInput(tidyText(text)) : tidyText(text));
  await ctx.reply(ctx.t(field === "name" ? "pokja-ask-name" : "pokja-ask-description", { max }), {
    reply_markup: cancelKeyboard(ctx, flow),
  });
  const answer = await askText(conversation, flow, {
    actions: ["cancel"],
    validate: (text) => (clean(text).length < min || text.length > max ? ctx.t("pokja-field-length", { min, max }) : null),
  });
  if ("action" in answer) {
    await answer.ctx.editMessageReplyMarkup();
    await answer.ctx.reply(answer.ctx.t("flow-cancelled"));
    return null;
  }
  return { value: clean(answer.text), ctx: answer.ctx };
}

export function createPokjaConversations({ pokja, members, permissions }: PokjaConversationDeps) {
  async function pokjaCreate(conversation: BotConversation, ctx: ConversationContext) {
    const flow = await newFlow(conversation, "pkc");
    const name = await askField(conversation, flow, ctx, "name");
    if (!name) return;
    const description = await askField(conversation, flow, name.ctx, "description");
    if (!description) return;
    await description.ctx.reply(description.ctx.t("pokja-ask-mode"), {
      reply_markup: new InlineKeyboard()
        .text(description.ctx.t("pokja-mode-open"), flowButton(flow, "mode", "open"))
        .text(description.ctx.t("pokja-mode-moderated"), flowButton(flow, "mode", "moderated"))
        .row()
        .text(description.ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const mode = await waitForInput(conversation, flow, { actions: ["mode", "cancel"], acceptText: false });
    await mode.ctx.editMessageReplyMarkup();
    if (mode.kind !== "button" || mode.action === "cancel") {
      await mode.ctx.reply(mode.ctx.t("flow-cancelled"));
      return;
    }
    const actor = actorOf(mode.ctx);
    const access = mode.ctx.access;
    // Still an admin at the moment of the change (the flow may have stayed open a while).
    const result = await conversation.external(async () => {
      if (!permissions.isAdmin(access)) return { ok: false as const, reason: "not_admin" as const };
      const r = await pokja.create(actor, { name: name.value, description: description.value, isOpen: mode.arg === "open" });
      return r.ok ? { ok: true as const, id: r.pokja.id } : { ok: false as const, reason: r.reason };
    });
    if (!result.ok && result.reason === "not_admin") {
      await mode.ctx.reply(mode.ctx.t("access-admin-only"));
      return;
    }
    await mode.ctx.reply(
      mode.ctx.t(result.ok ? "pokja-created" : "pokja-name-taken", { name: escapeHtml(name.value) }),
      {
        parse_mode: "HTML",
        reply_markup: result.ok ? new InlineKeyboard().text(`ℹ️ ${name.value}`, viewButton.pack({ pokjaId: result.id })) : undefined,
      },
    );
  }

  async function pokjaEdit(conversation: BotConversation, ctx: ConversationContext, pokjaId: number, field: "name" | "description") {
    const flow = await newFlow(conversation, "pke");
    const answer = await askField(conversation, flow, ctx, field);
    if (!answer) return;
    const actor = actorOf(answer.ctx);
    const access = answer.ctx.access;
    const result = await conversation.external(async (): Promise<EditOutcome> => {
      if (!permissions.isAdmin(access)) return "not_admin";
      const r = await pokja.update(actor, pokjaId, { [field]: answer.value });
      return r.ok ? "ok" : r.reason;
    });
    if (result === "not_admin") {
      await answer.ctx.reply(answer.ctx.t(EDIT_KEYS[result]));
      return;
    }
    await answer.ctx.reply(answer.ctx.t(EDIT_KEYS[result], { name: escapeHtml(answer.value) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(answer.ctx.t("pokja-button-open-page"), viewButton.pack({ pokjaId })),
    });
  }

  /** Finds an approved member to appoint; the result buttons (setCoordinatorButton) are handled outside. */
  async function pokjaCoordinatorSearch(conversation: BotConversation, ctx: ConversationContext, pokjaId: number) {
    const flow = await newFlow(conversation, "pks");
    await ctx.reply(ctx.t("pokja-ask-coordinator"), { reply_markup: cancelKeyboard(ctx, flow) });
    for (;;) {
      const answer = await askText(conversation, flow, {
        actions: ["cancel"],
        validate: (text) => (text.length < 2 || text.length > 60 ? ctx.t("admin-search-length", { max: 60 }) : null),
      });
      if ("action" in answer) {
        await answer.ctx.editMessageReplyMarkup();
        await answer.ctx.reply(answer.ctx.t("flow-cancelled"));
        return;
      }
      const found = await conversation.external(async () => {
        const page = await members.search(answer.text, 0, 10);
        return page.items.filter((m) => m.status === "approved").map((m) => ({ id: m.id, name: m.fullName, agency: m.agency.name }));
      });
      if (found.length === 0) {
        await answer.ctx.reply(answer.ctx.t("pokja-coordinator-none", { query: escapeHtml(answer.text) }), { parse_mode: "HTML" });
        continue;
      }
      const keyboard = new InlineKeyboard();
      for (const m of found) keyboard.text(`${m.name} · ${m.agency}`, setCoordinatorButton.pack({ pokjaId, memberId: m.id })).row();
      await answer.ctx.reply(answer.ctx.t("pokja-coordinator-pick"), { reply_markup: keyboard });
      return;
    }
  }

  return { pokjaCreate, pokjaEdit, pokjaCoordinatorSearch };
}
