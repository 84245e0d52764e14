// Admin flows that need typed input: the reason for a rejection or a suspension, and member search.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow } from "../bot/conversation-kit.js";
import type { MemberService } from "../members/member-service.js";
import type { MemberNotifications } from "../members/member-notifications.js";
import { escapeHtml } from "../shared/html.js";
import type { Actor } from "../audit/audit-service.js";
import { SEARCH_QUERY_MAX, searchPage, searchResultsView } from "./admin-views.js";
import { actorOf } from "../bot/actor.js";
import type { Permissions } from "../access/permissions.js";
import { CHANGE_REFUSAL_KEYS } from "./admin-keys.js";
import type { CommandMenus } from "../bot/commands.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { PokjaNotifications } from "../pokja/pokja-notifications.js";
import { removalNotes, type GroupMemberApi, type GroupRemovalService } from "../pokja/group-removal.js";
import type { EndedCoordination } from "../pokja/coordination-end.js";

export const REJECT_CONVERSATION = "adminReject";
export const SUSPEND_CONVERSATION = "adminSuspend";
export const SEARCH_CONVERSATION = "adminSearch";

export const REASON_MIN = 5;
export const REASON_MAX = 500;

/** The locale key (and variables) of the answer to the admin, and of any paragraphs after it. */
interface Reply {
  key: string;
  vars?: Record<string, string>;
  more?: { key: string; vars?: Record<string, string> }[];
}

export interface AdminConversationDeps {
  members: MemberService;
  notifications: MemberNotifications;
  permissions: Permissions;
  commandMenus: CommandMenus;
  pokja: PokjaService;
  pokjaNotifications: PokjaNotifications;
  groupRemoval: GroupRemovalService;
}

/**
 * Asks for the reason of a decision. With `allowNone`, the admin may go on without one, but only
 * after confirming it (a rejection cannot be undone). Returns the reason (null: none), or null
 * when the admin cancelled.
 */
async function askReason(conversation: BotConversation, ctx: ConversationContext, promptKey: string, name: string, allowNone = false) {
  const flow = await newFlow(conversation, "admr");
  const promptKeyboard = () => {
    const keyboard = new InlineKeyboard();
    if (allowNone) keyboard.text(ctx.t("admin-button-no-reason"), flowButton(flow, "noreason")).row();
    return keyboard.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
  };
  await ctx.reply(ctx.t(promptKey, { name: escapeHtml(name) }), { parse_mode: "HTML", reply_markup: promptKeyboard() });
  const validate = (text: string) =>
    text.length < REASON_MIN || text.length > REASON_MAX ? ctx.t("admin-reason-length", { min: REASON_MIN, max: REASON_MAX }) : null;
  for (;;) {
    const answer = await askText(conversation, flow, { actions: ["cancel", "noreason", "confirmnone", "writereason"], validate });
    if (!("action" in answer)) return { reason: answer.text as string | null, ctx: answer.ctx };
    const current = answer.ctx;
    await current.editMessageReplyMarkup();
    if (answer.action === "cancel") {
      await current.reply(current.t("flow-cancelled"));
      return null;
    }
    if (answer.action === "confirmnone") return { reason: null, ctx: current };
    if (answer.action === "noreason") {
      await current.reply(current.t("admin-confirm-no-reason", { name: escapeHtml(name) }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard()
          .text(current.t("admin-button-confirm-no-reason"), flowButton(flow, "confirmnone"))
          .row()
          .text(current.t("admin-button-write-reason"), flowButton(flow, "writereason"))
          .row()
          .text(current.t("button-cancel"), flowButton(flow, "cancel")),
      });
      continue;
    }
    // "Write a reason" after all: the question again, with its buttons.
    await current.reply(current.t(promptKey, { name: escapeHtml(name) }), { parse_mode: "HTML", reply_markup: promptKeyboard() });
  }
}

export function createAdminConversations(deps: AdminConversationDeps) {
  const { members, notifications, permissions, commandMenus, pokja, pokjaNotifications, groupRemoval } = deps;

  /**
   * After a suspension ended coordinator duties: the pokja left without a coordinator send their
   * requests to the admins now, the waiting ones included. Returns what the admin is told.
   */
  async function afterCoordinationEnded(ended: readonly EndedCoordination[]): Promise<NonNullable<Reply["more"]>> {
    if (ended.length === 0) return [];
    const more = [{ key: "admin-suspended-coordination-ended", vars: { pokja: escapeHtml(ended.map((e) => e.pokjaName).join(", ")) } }];
    const orphaned: string[] = [];
    for (const e of ended) {
      const p = await pokja.findActive(e.pokjaId);
      if (!p || (await pokja.coordinators(p.id)).length > 0) continue;
      orphaned.push(p.name);
      for (const request of await pokja.pendingRequests(p.id)) await pokjaNotifications.joinRequested(p, request.member);
    }
    if (orphaned.length > 0) more.push({ key: "admin-suspended-no-coordinator", vars: { pokja: escapeHtml(orphaned.join(", ")) } });
    return more;
  }

  /**
   * Shared shape of "act on a member, with a reason": the member must be in `requiredStatus`, the
   * admin types the reason, the role is checked again at that moment, then `act` runs outside the
   * replay and returns the locale key (and variables) of the answer.
   */
  async function withReason(
    conversation: BotConversation,
    ctx: ConversationContext,
    memberId: number,
    spec: {
      requiredStatus: string;
      wrongStatusKey: string;
      promptKey: string;
      /** The admin may decide without a reason, after confirming it. */
      allowNoReason?: boolean;
      act: (actor: Actor, reason: string | null, name: string, api: GroupMemberApi) => Promise<Reply>;
    },
  ) {
    const target = await conversation.external(async () => {
      const m = await members.findById(memberId);
      return m ? { name: m.fullName, status: m.status } : null;
    });
    if (!target || target.status !== spec.requiredStatus) {
      await ctx.reply(ctx.t(spec.wrongStatusKey));
      return;
    }
    const answer = await askReason(conversation, ctx, spec.promptKey, target.name, spec.allowNoReason);
    if (!answer) return;
    const actor = actorOf(answer.ctx);
    // The admin's role is checked again at the moment of the change (the sender's access is read
    // from the database for this very update), not only when the button was pressed.
    const reply = await conversation.external(
      (outside): Promise<Reply> | Reply =>
        permissions.isAdmin(outside.access) ? spec.act(actor, answer.reason, target.name, outside.api) : { key: "access-admin-only" },
    );
    const text = [reply, ...(reply.more ?? [])].map((part) => answer.ctx.t(part.key, part.vars)).join("\n\n");
    await answer.ctx.reply(text, { parse_mode: "HTML" });
  }

  async function adminReject(conversation: BotConversation, ctx: ConversationContext, memberId: number) {
    await withReason(conversation, ctx, memberId, {
      requiredStatus: "pending",
      wrongStatusKey: "admin-already-reviewed-generic",
      promptKey: "admin-ask-reject-reason",
      allowNoReason: true,
      act: async (actor, reason, name): Promise<Reply> => {
        const r = await members.reject(memberId, actor, reason);
        if (!r.ok) return { key: "admin-already-reviewed-generic" };
        await notifications.registrationReviewed(r.member);
        if (reason === null) return { key: "admin-rejected-done-no-reason", vars: { name: escapeHtml(name) } };
        return { key: "admin-rejected-done", vars: { name: escapeHtml(name), reason: escapeHtml(reason) } };
      },
    });
  }

  async function adminSuspend(conversation: BotConversation, ctx: ConversationContext, memberId: number) {
    await withReason(conversation, ctx, memberId, {
      requiredStatus: "approved",
      wrongStatusKey: "admin-cannot-suspend",
      promptKey: "admin-ask-suspend-reason",
      act: async (actor, reason, name, api) => {
        // Suspensions always carry a reason (no "without a reason" button is offered).
        const r = await members.suspend(memberId, actor, reason ?? "-");
        if (!r.ok) return { key: CHANGE_REFUSAL_KEYS[r.reason] };
        await notifications.suspended(r.member);
        // A suspended coordinator or admin no longer sees the staff tools in Telegram's menu.
        await commandMenus.forMember(r.member.telegramId, "member");
        const more = await afterCoordinationEnded(r.endedCoordination);
        // Out of every linked group too, so agendas and online links stop reaching them there.
        const removals = await groupRemoval.onSuspension(api, r.member, actor);
        more.push(...removalNotes(removals, escapeHtml(name)));
        return { key: "admin-suspended-done", vars: { name: escapeHtml(name) }, more };
      },
    });
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
    // The results are ordinary buttons (ADMIN_BUTTONS.member, .searchPage) handled outside, so
    // the admin can page through them after this short flow has ended.
    const query = answer.text;
    // Member data is read only for someone who is an admin at this moment.
    const page = await conversation.external((outside) => (permissions.isAdmin(outside.access) ? searchPage(members, query, 0) : null));
    if (!page) {
      await answer.ctx.reply(answer.ctx.t("access-admin-only"));
      return;
    }
    const view = searchResultsView(answer.ctx, query, page);
    await answer.ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  }

  return { adminReject, adminSuspend, adminSearch };
}
