// Admin flows that need typed input: the reason for a rejection or a suspension, and member search.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow } from "../bot/conversation-kit.js";
import type { MemberService } from "../members/member-service.js";
import type { MemberNotifications } from "../members/member-notifications.js";
import { escapeHtml } from "../shared/html.js";
import type { Actor } from "../audit/audit-service.js";
import { SEARCH_QUERY_MAX, searchPage, searchResultsView } from "./admin-views.js";

export const REJECT_CONVERSATION = "adminReject";
export const SUSPEND_CONVERSATION = "adminSuspend";
export const SEARCH_CONVERSATION = "adminSearch";

export const REASON_MIN = 5;
export const REASON_MAX = 500;

export interface AdminConversationDeps {
  members: MemberService;
  notifications: MemberNotifications;
}

function actorOf(ctx: ConversationContext): Actor {
  return { memberId: ctx.access.member?.id ?? null, telegramId: BigInt(ctx.from?.id ?? 0) };
}

async function askReason(conversation: BotConversation, ctx: ConversationContext, promptKey: string, name: string) {
  const flow = await newFlow(conversation, "admr");
  await ctx.reply(ctx.t(promptKey, { name: escapeHtml(name) }), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
  });
  const answer = await askText(conversation, flow, {
    actions: ["cancel"],
    validate: (text) =>
      text.length < REASON_MIN || text.length > REASON_MAX ? ctx.t("admin-reason-length", { min: REASON_MIN, max: REASON_MAX }) : null,
  });
  if ("action" in answer) {
    await answer.ctx.editMessageReplyMarkup();
    await answer.ctx.reply(answer.ctx.t("flow-cancelled"));
    return null;
  }
  return answer;
}

export function createAdminConversations({ members, notifications }: AdminConversationDeps) {
  async function adminReject(conversation: BotConversation, ctx: ConversationContext, memberId: number) {
    const target = await conversation.external(async () => {
      const m = await members.findById(memberId);
      return m ? { name: m.fullName, status: m.status } : null;
    });
    if (!target || target.status !== "pending") {
      await ctx.reply(ctx.t("admin-already-reviewed-generic"));
      return;
    }
    const answer = await askReason(conversation, ctx, "admin-ask-reject-reason", target.name);
    if (!answer) return;
    // The admin's role is checked again now, not only when the button was pressed.
    if (!answer.ctx.access.isAdmin) {
      await answer.ctx.reply(answer.ctx.t("access-admin-only"));
      return;
    }
    const actor = actorOf(answer.ctx);
    const result = await conversation.external(async () => {
      const r = await members.reject(memberId, actor, answer.text);
      if (r.ok) await notifications.registrationReviewed(r.member);
      return r.ok ? { ok: true as const } : { ok: false as const, reason: r.reason, reviewer: "reviewerName" in r ? r.reviewerName : null };
    });
    await answer.ctx.reply(
      result.ok
        ? answer.ctx.t("admin-rejected-done", { name: escapeHtml(target.name), reason: escapeHtml(answer.text) })
        : answer.ctx.t("admin-already-reviewed-generic"),
      { parse_mode: "HTML" },
    );
  }

  async function adminSuspend(conversation: BotConversation, ctx: ConversationContext, memberId: number) {
    const target = await conversation.external(async () => {
      const m = await members.findById(memberId);
      return m ? { name: m.fullName, status: m.status } : null;
    });
    if (!target || target.status !== "approved") {
      await ctx.reply(ctx.t("admin-cannot-suspend"));
      return;
    }
    const answer = await askReason(conversation, ctx, "admin-ask-suspend-reason", target.name);
    if (!answer) return;
    if (!answer.ctx.access.isAdmin) {
      await answer.ctx.reply(answer.ctx.t("access-admin-only"));
      return;
    }
    const actor = actorOf(answer.ctx);
    const result = await conversation.external(async () => {
      const r = await members.suspend(memberId, actor, answer.text);
      if (r.ok) await notifications.suspended(r.member);
      return r.ok ? "ok" : r.reason;
    });
    await answer.ctx.reply(
      result === "ok"
        ? answer.ctx.t("admin-suspended-done", { name: escapeHtml(target.name) })
        : answer.ctx.t(`admin-change-refused-${result.replace("_", "-")}`),
      { parse_mode: "HTML" },
    );
  }

  async function adminSearch(conversation: BotConversation, ctx: ConversationContext) {
    const flow = await newFlow(conversation, "adms");
    await ctx.reply(ctx.t("admin-ask-search"), {
      reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const answer = await askText(conversation, flow, {
      actions: ["cancel"],
      validate: (text) => (text.length < 2 || text.length > SEARCH_QUERY_MAX ? ctx.t("admin-search-length", { max: SEARCH_QUERY_MAX }) : null),
    });
    if ("action" in answer) {
      await answer.ctx.editMessageReplyMarkup();
      await answer.ctx.reply(answer.ctx.t("flow-cancelled"));
      return;
    }
    // The results are ordinary buttons (adm:member:<id>, adm:find:<page>:<query>) handled outside,
    // so the admin can page through them after this short flow has ended.
    const query = answer.text.replace(/:/g, " ");
    const page = await conversation.external(() => searchPage(members, query, 0));
    const view = searchResultsView(answer.ctx, query, page);
    await answer.ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  }

  return { adminReject, adminSuspend, adminSearch };
}
