// /admin: the secretariat's screens. The gate lets only admins use the command and press these
// buttons (their audience is "admin", checked against the database for every update); the ids in
// the buttons are only hints, and every change is decided again by the member service.
import { Composer } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { BotContext } from "../bot/context.js";
import { onButton } from "../bot/callback-data.js";
import type { Translator } from "../bot/i18n.js";
import type { CommandMenus } from "../bot/commands.js";
import type { MemberService, ReviewResult } from "../members/member-service.js";
import type { MemberNotifications } from "../members/member-notifications.js";
import { memberCard } from "../members/member-cards.js";
import { roleKey, statusKey } from "../members/member-keys.js";
import { escapeHtml, popupText } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import { adminMenuView, memberActionsKeyboard, pendingPage, pendingView, searchPage, searchResultsView, viewerZone } from "./admin-views.js";
import { REJECT_CONVERSATION, SEARCH_CONVERSATION, SUSPEND_CONVERSATION } from "./admin-conversations.js";
import { ADMIN_BUTTONS, queryOfToken } from "./admin-buttons.js";
import { CHANGE_REFUSAL_KEYS } from "./admin-keys.js";
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

  /** A member as the secretariat sees them: personal data included, dates in the admin's zone. */
  function cardOf(ctx: BotContext, member: Parameters<typeof memberCard>[1]) {
    return memberCard(i18n, member, { ...viewerZone(ctx), showPersonalData: true });
  }

  async function showMember(ctx: BotContext, memberId: number, edit: boolean) {
    const member = await members.findById(memberId);
    if (!member) {
      await ctx.reply(ctx.t("admin-member-not-found"));
      return;
    }
    const keyboard = memberActionsKeyboard(ctx, member, members.isConfiguredAdmin(member.telegramId));
    const options = { parse_mode: "HTML" as const, reply_markup: keyboard };
    if (edit) await ctx.editMessageText(cardOf(ctx, member), options);
    else await ctx.reply(cardOf(ctx, member), options);
  }

  admin.command("admin", async (ctx) => {
    const view = adminMenuView(ctx, await members.countByStatus());
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  onButton(admin, ADMIN_BUTTONS.pendingPage, async (ctx, { page }) => {
    await ctx.answerCallbackQuery();
    const view = pendingView(ctx, await pendingPage(members, page));
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  function reviewedText(ctx: BotContext, result: Extract<ReviewResult, { reason: "already_reviewed" }>) {
    const m = result.member;
    return ctx.t("admin-already-reviewed", {
      name: escapeHtml(m.fullName),
      status: ctx.t(statusKey(m.status)),
      reviewer: escapeHtml(result.reviewerName ?? ctx.t("admin-reviewer-secretariat")),
    });
  }

  /** From the notice to admins (listPage null) or from the pending list, shown again at its page. */
  async function approve(ctx: BotContext, memberId: number, listPage: number | null) {
    const result = await members.approve(memberId, actorOf(ctx));
    if (!result.ok) {
      const text = result.reason === "not_found" ? ctx.t("admin-member-not-found") : reviewedText(ctx, result);
      await ctx.answerCallbackQuery({ text: popupText(text), show_alert: true });
      return;
    }
    await notifications.registrationReviewed(result.member);
    await ctx.answerCallbackQuery({ text: ctx.t("admin-approved-toast") });
    const { timezone, language } = viewerZone(ctx);
    const note = ctx.t("admin-approved-note", {
      name: escapeHtml(result.member.fullName),
      reviewer: escapeHtml(ctx.access.member?.fullName ?? ctx.from?.first_name ?? ""),
      at: formatDateTime(result.member.reviewedAt ?? new Date(), timezone, language),
    });
    if (listPage !== null) {
      const view = pendingView(ctx, await pendingPage(members, listPage));
      await ctx.editMessageText(`${note}\n\n${view.text}`, { parse_mode: "HTML", reply_markup: view.keyboard });
    } else {
      // The notice shows the member as they are now, with who approved them and when.
      await ctx.editMessageText(`${cardOf(ctx, result.member)}\n\n${note}`, { parse_mode: "HTML" });
    }
  }

  onButton(admin, ADMIN_BUTTONS.approve, (ctx, { memberId }) => approve(ctx, memberId, null));
  onButton(admin, ADMIN_BUTTONS.approveFromList, (ctx, { memberId, page }) => approve(ctx, memberId, page));

  onButton(admin, ADMIN_BUTTONS.reject, async (ctx, { memberId }) => {
    const member = await members.findById(memberId);
    if (!member || member.status !== "pending") {
      await ctx.answerCallbackQuery({ text: ctx.t("admin-already-reviewed-generic"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, REJECT_CONVERSATION, member.id);
  });

  onButton(admin, ADMIN_BUTTONS.search, async (ctx) => {
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, SEARCH_CONVERSATION);
  });

  onButton(admin, ADMIN_BUTTONS.searchPage, async (ctx, { page, query: token }) => {
    await ctx.answerCallbackQuery();
    const query = queryOfToken(token);
    const view = searchResultsView(ctx, query, await searchPage(members, query, page));
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  onButton(admin, ADMIN_BUTTONS.member, async (ctx, { memberId }) => {
    await ctx.answerCallbackQuery();
    await showMember(ctx, memberId, false);
  });

  onButton(admin, ADMIN_BUTTONS.role, async (ctx, { memberId, role }) => {
    const result = await members.setRole(memberId, role, actorOf(ctx));
    if (!result.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t(CHANGE_REFUSAL_KEYS[result.reason]), show_alert: true });
      return;
    }
    await notifications.roleChanged(result.member);
    await commandMenus.forMember(result.member.telegramId, result.member.role);
    await ctx.answerCallbackQuery({ text: ctx.t("admin-role-changed-toast", { role: ctx.t(roleKey(role)) }) });
    await showMember(ctx, result.member.id, true);
  });

  onButton(admin, ADMIN_BUTTONS.suspend, async (ctx, { memberId }) => {
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, SUSPEND_CONVERSATION, memberId);
  });

  onButton(admin, ADMIN_BUTTONS.reinstate, async (ctx, { memberId }) => {
    const result = await members.reinstate(memberId, actorOf(ctx));
    if (!result.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t(CHANGE_REFUSAL_KEYS[result.reason]), show_alert: true });
      return;
    }
    await notifications.reinstated(result.member);
    await commandMenus.forMember(result.member.telegramId, result.member.role);
    await ctx.answerCallbackQuery({ text: ctx.t("admin-reinstated-toast") });
    await showMember(ctx, result.member.id, true);
    // Coordinator duties ended with the suspension and are not given back: the admin is told which.
    if (result.endedCoordination.length > 0) {
      const pokja = escapeHtml(result.endedCoordination.map((e) => e.pokjaName).join(", "));
      await ctx.reply(ctx.t("admin-reinstated-without-coordination", { name: escapeHtml(result.member.fullName), pokja }), { parse_mode: "HTML" });
    }
  });

  return composer;
}
