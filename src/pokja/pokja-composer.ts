// /pokja in private chats: the list, a pokja's page, joining and leaving, and join requests. The
// gate has checked who each kind of button is for; which pokja someone manages is asked of the
// permissions module at every press, never taken from the button.
import { Composer } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { actorOf } from "../bot/actor.js";
import { onButton } from "../bot/callback-data.js";
import type { CommandMenus } from "../bot/commands.js";
import type { BotContext } from "../bot/context.js";
import type { MemberService } from "../members/member-service.js";
import { escapeHtml } from "../shared/html.js";
import {
  acceptButton,
  declineButton,
  joinButton,
  leaveButton,
  leaveConfirmButton,
  listButton,
  removeOnLeaveButton,
  requestsButton,
  viewButton,
} from "./pokja-buttons.js";
import type { PokjaNotifications } from "./pokja-notifications.js";
import { removalNotes, unfinished, type GroupRemovalService } from "./group-removal.js";
import { alert, type PokjaScreens } from "./pokja-screens.js";
import type { JoinRefusal, PokjaService } from "./pokja-service.js";
import { leaveConfirmView, requestsView } from "./pokja-views.js";

const JOIN_REFUSAL_KEYS: Record<JoinRefusal, string> = {
  not_found: "pokja-join-refused-not-found",
  retired: "pokja-join-refused-retired",
  already_member: "pokja-join-refused-already-member",
  already_requested: "pokja-join-refused-already-requested",
  not_approved: "pokja-join-refused-not-approved",
};

export interface PokjaComposerDeps {
  pokja: PokjaService;
  members: MemberService;
  notifications: PokjaNotifications;
  commandMenus: CommandMenus;
  permissions: Permissions;
  screens: PokjaScreens;
  groupRemoval: GroupRemovalService;
}

export function createPokjaComposer(deps: PokjaComposerDeps): Composer<BotContext> {
  const { pokja, members, notifications, commandMenus, permissions, screens, groupRemoval } = deps;
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  chat.command("pokja", (ctx) => screens.showList(ctx, false));

  onButton(chat, listButton, async (ctx) => {
    await ctx.answerCallbackQuery();
    await screens.showList(ctx, true);
  });

  onButton(chat, viewButton, async (ctx, { pokjaId }) => {
    await screens.showPage(ctx, pokjaId, true);
    await ctx.answerCallbackQuery().catch(() => undefined);
  });

  onButton(chat, joinButton, async (ctx, { pokjaId }) => {
    const member = ctx.access.member;
    if (!member) return alert(ctx, "pokja-register-first");
    const result = await pokja.join(member, pokjaId);
    if (!result.ok) return alert(ctx, JOIN_REFUSAL_KEYS[result.reason]);
    if (result.status === "requested") await notifications.joinRequested(result.pokja, member);
    await alert(ctx, result.status === "active" ? "pokja-joined" : "pokja-requested", { pokja: result.pokja.name });
    await screens.showList(ctx, true);
  });

  onButton(chat, leaveButton, async (ctx, { pokjaId }) => {
    const overview = await pokja.overview(pokjaId, ctx.access.member?.id ?? null);
    if (!overview?.myStatus) return alert(ctx, "pokja-not-member");
    await ctx.answerCallbackQuery();
    const view = leaveConfirmView(ctx, overview);
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  onButton(chat, leaveConfirmButton, async (ctx, { pokjaId }) => {
    const member = ctx.access.member;
    if (!member) return alert(ctx, "pokja-not-member");
    const before = await pokja.overview(pokjaId, member.id);
    const result = await pokja.leave(member, pokjaId);
    if (!result.ok) return alert(ctx, "pokja-not-member");
    // Leaving as coordinator may end the role: the command menu follows it.
    if (before?.iCoordinate) await commandMenus.forMember(member.telegramId, (await members.findById(member.id))?.role ?? "member");
    // Out of its groups too if its coordinators chose so, unless still allowed there (an admin).
    const mayStay = before?.myStatus !== "active" || (await permissions.entersPokjaGroup(ctx.access, pokjaId));
    const removals = mayStay ? [] : await groupRemoval.onLeave(ctx.api, member, pokjaId, actorOf(ctx));
    const removed = removals.some((r) => r.outcome === "removed");
    await ctx.answerCallbackQuery({ text: ctx.t(removed ? "pokja-left-groups" : "pokja-left", { pokja: before?.name ?? "" }) });
    const stuck = unfinished(removals);
    if (stuck.length > 0) {
      // The coordinators (or the admins) remove them by hand, or give the bot the right.
      const vars = { name: escapeHtml(member.fullName), pokja: escapeHtml(before?.name ?? "") };
      await notifications.tellStewardsParagraphs(pokjaId, [{ key: "pokja-left-not-removed", vars }, ...removalNotes(stuck, vars.name)]);
    }
    await screens.showList(ctx, true);
  });

  // The coordinators' (and admins') choice: members who leave also leave the pokja's groups.
  onButton(chat, removeOnLeaveButton, async (ctx, { pokjaId, remove }) => {
    const p = await screens.pokjaForStaff(ctx, pokjaId);
    if (!p) return;
    await pokja.update(actorOf(ctx), pokjaId, { removeOnLeave: remove === "1" });
    await ctx.answerCallbackQuery({ text: ctx.t(remove === "1" ? "pokja-now-remove-on-leave" : "pokja-now-keep-on-leave") });
    await screens.showPage(ctx, pokjaId, true);
  });

  // Join requests: the pokja's coordinators (or admins) decide; the first decision counts.
  onButton(chat, requestsButton, async (ctx, { pokjaId }) => {
    const p = await screens.pokjaForStaff(ctx, pokjaId);
    if (!p) return;
    await ctx.answerCallbackQuery();
    const view = requestsView(ctx, p.name, await pokja.pendingRequests(pokjaId), pokjaId);
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  async function decide(ctx: BotContext & { from: { first_name: string } }, pokjaId: number, memberId: number, accept: boolean) {
    if (!(await permissions.managesPokja(ctx.access, pokjaId))) return alert(ctx, "pokja-staff-only");
    const result = await pokja.decide(actorOf(ctx), pokjaId, memberId, accept);
    if (!result.ok) return alert(ctx, result.reason === "not_pending" ? "pokja-request-handled" : "pokja-gone");
    await notifications.requestDecided(result.member, result.pokja, accept);
    await ctx.answerCallbackQuery({ text: ctx.t(accept ? "pokja-request-accepted" : "pokja-request-declined") });
    const note = ctx.t(accept ? "pokja-request-accepted-note" : "pokja-request-declined-note", {
      name: escapeHtml(result.member.fullName),
      pokja: escapeHtml(result.pokja.name),
      by: escapeHtml(ctx.access.member?.fullName ?? ctx.from.first_name),
    });
    await ctx.editMessageText(note, { parse_mode: "HTML" });
  }

  onButton(chat, acceptButton, (ctx, { pokjaId, memberId }) => decide(ctx, pokjaId, memberId, true));
  onButton(chat, declineButton, (ctx, { pokjaId, memberId }) => decide(ctx, pokjaId, memberId, false));

  return composer;
}
