// /admin: the secretariat's screens. Every command and every button checks, on the server and at
// the moment it is used, that the sender is an admin; the ids in callback data are only hints.
import { Composer } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { BotContext } from "../bot/context.js";
import { requireAdmin } from "../bot/guards.js";
import type { Translator } from "../bot/i18n.js";
import type { CommandMenus } from "../bot/commands.js";
import type { MemberService, ReviewResult } from "../members/member-service.js";
import type { MemberNotifications } from "../members/member-notifications.js";
import { memberCard } from "../members/member-cards.js";
import type { MemberRole } from "../members/member-types.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import {
  adminMenuView,
  memberActionsKeyboard,
  pendingPage,
  pendingView,
  searchPage,
  searchResultsView,
} from "./admin-views.js";
import { REJECT_CONVERSATION, SEARCH_CONVERSATION, SUSPEND_CONVERSATION } from "./admin-conversations.js";
import { actorOf } from "../bot/actor.js";

export interface AdminComposerDeps {
  members: MemberService;
  notifications: MemberNotifications;
  commandMenus: CommandMenus;
  i18n: Translator;
}

export function createAdminComposer({ members, notifications, commandMenus, i18n }: AdminComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const admin = composer.chatType("private");

  async function showMember(ctx: BotContext, memberId: number, edit: boolean) {
    const member = await members.findById(memberId);
    if (!member) {
      await ctx.reply(ctx.t("admin-member-not-found"));
      return;
    }
    const viewer = ctx.access.member;
    const card = memberCard(i18n, member, {
      language: viewer?.language ?? "id",
      timezone: viewer?.timezone ?? "Asia/Jakarta",
      showPersonalData: true,
    });
    const keyboard = memberActionsKeyboard(ctx, member, members.isConfiguredAdmin(member.telegramId));
    const options = { parse_mode: "HTML" as const, reply_markup: keyboard };
    if (edit) await ctx.editMessageText(card, options);
    else await ctx.reply(card, options);
  }

  admin.command("admin", async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const view = adminMenuView(ctx, await members.countByStatus());
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  admin.callbackQuery(/^adm:pending:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    await ctx.answerCallbackQuery();
    const view = pendingView(ctx, await pendingPage(members, Number(ctx.match[1])));
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  function reviewedText(ctx: BotContext, result: Extract<ReviewResult, { reason: "already_reviewed" }>) {
    const m = result.member;
    return ctx.t("admin-already-reviewed", {
      name: escapeHtml(m.fullName),
      status: ctx.t(`status-${m.status}`),
      reviewer: escapeHtml(result.reviewerName ?? ctx.t("admin-reviewer-secretariat")),
    });
  }

  // From a notification (adm:approve:<id>) or from the pending list (adm:approve:<id>:p<page>).
  admin.callbackQuery(/^adm:approve:(\d+)(?::p(\d+))?$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const memberId = Number(ctx.match[1]);
    const listPage = ctx.match[2];
    const result = await members.approve(memberId, actorOf(ctx));
    if (!result.ok) {
      const text = result.reason === "not_found" ? ctx.t("admin-member-not-found") : reviewedText(ctx, result);
      await ctx.answerCallbackQuery({ text: text.replace(/<[^>]+>/g, ""), show_alert: true });
      return;
    }
    await notifications.registrationReviewed(result.member);
    await ctx.answerCallbackQuery({ text: ctx.t("admin-approved-toast") });
    const note = ctx.t("admin-approved-note", {
      name: escapeHtml(result.member.fullName),
      reviewer: escapeHtml(ctx.access.member?.fullName ?? ctx.from.first_name),
      at: formatDateTime(result.member.reviewedAt ?? new Date(), ctx.access.member?.timezone ?? "Asia/Jakarta", ctx.access.member?.language ?? "id"),
    });
    if (listPage !== undefined) {
      const view = pendingView(ctx, await pendingPage(members, Number(listPage)));
      await ctx.editMessageText(`${note}\n\n${view.text}`, { parse_mode: "HTML", reply_markup: view.keyboard });
    } else {
      // The notification shows the member as they are now, with who approved them and when.
      const card = memberCard(i18n, result.member, {
        language: ctx.access.member?.language ?? "id",
        timezone: ctx.access.member?.timezone ?? "Asia/Jakarta",
        showPersonalData: true,
      });
      await ctx.editMessageText(`${card}\n\n${note}`, { parse_mode: "HTML" });
    }
  });

  admin.callbackQuery(/^adm:reject:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const member = await members.findById(Number(ctx.match[1]));
    if (!member || member.status !== "pending") {
      await ctx.answerCallbackQuery({ text: ctx.t("admin-already-reviewed-generic"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, REJECT_CONVERSATION, member.id);
  });

  admin.callbackQuery("adm:search", async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, SEARCH_CONVERSATION);
  });

  admin.callbackQuery(/^adm:find:(\d+):(.+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    await ctx.answerCallbackQuery();
    const query = ctx.match[2] ?? "";
    const view = searchResultsView(ctx, query, await searchPage(members, query, Number(ctx.match[1])));
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  admin.callbackQuery(/^adm:member:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    await ctx.answerCallbackQuery();
    await showMember(ctx, Number(ctx.match[1]), false);
  });

  admin.callbackQuery(/^adm:role:(\d+):([a-z]+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const role = ctx.match[2] as MemberRole;
    // Coordinators are appointed per pokja (pk:cmember), not by a bare role.
    if (role !== "member" && role !== "admin") {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
      return;
    }
    const result = await members.setRole(Number(ctx.match[1]), role, actorOf(ctx));
    if (!result.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t(`admin-change-refused-${result.reason.replace("_", "-")}`), show_alert: true });
      return;
    }
    await notifications.roleChanged(result.member);
    await commandMenus.forMember(result.member.telegramId, result.member.role);
    await ctx.answerCallbackQuery({ text: ctx.t("admin-role-changed-toast", { role: ctx.t(`role-${role}`) }) });
    await showMember(ctx, result.member.id, true);
  });

  admin.callbackQuery(/^adm:suspend:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, SUSPEND_CONVERSATION, Number(ctx.match[1]));
  });

  admin.callbackQuery(/^adm:reinstate:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const result = await members.reinstate(Number(ctx.match[1]), actorOf(ctx));
    if (!result.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t(`admin-change-refused-${result.reason.replace("_", "-")}`), show_alert: true });
      return;
    }
    await notifications.reinstated(result.member);
    await ctx.answerCallbackQuery({ text: ctx.t("admin-reinstated-toast") });
    await showMember(ctx, result.member.id, true);
  });

  return composer;
}
