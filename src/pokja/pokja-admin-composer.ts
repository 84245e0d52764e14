// The secretariat's pokja tools: create, rename, describe, open or moderate, retire, and appoint
// coordinators (per pokja, or per member from their card in /admin). Every kind of button here is
// for admins only, which the gate checks before these handlers run.
import { Composer } from "grammy";
import { ADMIN_BUTTONS } from "../admin/admin-buttons.js";
import { actorOf } from "../bot/actor.js";
import { onButton } from "../bot/callback-data.js";
import type { CommandMenus } from "../bot/commands.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import type { MemberService } from "../members/member-service.js";
import {
  addCoordinatorButton,
  coordinatorsButton,
  createButton,
  describeButton,
  memberCoordinationButton,
  modeButton,
  removeCoordinatorButton,
  renameButton,
  retireButton,
  retireConfirmButton,
  setCoordinatorButton,
  toggleCoordinatorButton,
} from "./pokja-buttons.js";
import { POKJA_COORDINATOR_SEARCH_CONVERSATION, POKJA_CREATE_CONVERSATION, POKJA_EDIT_CONVERSATION } from "./pokja-conversations.js";
import type { PokjaNotifications } from "./pokja-notifications.js";
import { alert, type PokjaScreens } from "./pokja-screens.js";
import type { CoordinatorRefusal, PokjaService } from "./pokja-service.js";
import { coordinatorsView, memberCoordinationView, retireConfirmView } from "./pokja-views.js";

const COORDINATOR_REFUSAL_KEYS: Record<CoordinatorRefusal, string> = {
  not_found: "pokja-coordinator-refused-not-found",
  not_approved: "pokja-coordinator-refused-not-approved",
  unchanged: "pokja-coordinator-refused-unchanged",
};

export interface PokjaAdminComposerDeps {
  pokja: PokjaService;
  members: MemberService;
  notifications: PokjaNotifications;
  commandMenus: CommandMenus;
  screens: PokjaScreens;
}

export function createPokjaAdminComposer(deps: PokjaAdminComposerDeps): Composer<BotContext> {
  const { pokja, members, notifications, commandMenus, screens } = deps;
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  onButton(chat, createButton, async (ctx) => {
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, POKJA_CREATE_CONVERSATION);
  });

  async function edit(ctx: BotContext, pokjaId: number, field: "name" | "description") {
    if (!(await pokja.findActive(pokjaId))) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, POKJA_EDIT_CONVERSATION, pokjaId, field);
  }
  onButton(chat, renameButton, (ctx, { pokjaId }) => edit(ctx, pokjaId, "name"));
  onButton(chat, describeButton, (ctx, { pokjaId }) => edit(ctx, pokjaId, "description"));

  onButton(chat, modeButton, async (ctx, { pokjaId, mode }) => {
    if (!(await pokja.findActive(pokjaId))) return alert(ctx, "pokja-gone");
    const isOpen = mode === "o";
    await pokja.update(actorOf(ctx), pokjaId, { isOpen });
    await ctx.answerCallbackQuery({ text: ctx.t(isOpen ? "pokja-now-open" : "pokja-now-moderated") });
    await screens.showPage(ctx, pokjaId, true);
  });

  onButton(chat, retireButton, async (ctx, { pokjaId }) => {
    const p = await pokja.findActive(pokjaId);
    if (!p) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery();
    const view = retireConfirmView(ctx, p);
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  onButton(chat, retireConfirmButton, async (ctx, { pokjaId }) => {
    const result = await pokja.retire(actorOf(ctx), pokjaId);
    if (!result.ok) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery({ text: ctx.t("pokja-retired", { pokja: result.pokja.name }) });
    await screens.showList(ctx, true);
  });

  // Coordinators of one pokja.
  async function pokjaCoordinators(pokjaId: number, ctx: BotContext) {
    const p = await pokja.findActive(pokjaId);
    return p ? coordinatorsView(ctx, p, await pokja.coordinators(pokjaId)) : null;
  }

  onButton(chat, coordinatorsButton, async (ctx, { pokjaId }) => {
    const view = await pokjaCoordinators(pokjaId, ctx);
    if (!view) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  onButton(chat, addCoordinatorButton, async (ctx, { pokjaId }) => {
    if (!(await pokja.findActive(pokjaId))) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, POKJA_COORDINATOR_SEARCH_CONVERSATION, pokjaId);
  });

  /** Appoints or removes; tells the member and refreshes their menu. False when nothing changed. */
  async function setCoordinator(ctx: BotContext, pokjaId: number, memberId: number, assign: boolean) {
    const result = assign
      ? await pokja.assignCoordinator(actorOf(ctx), pokjaId, memberId)
      : await pokja.removeCoordinator(actorOf(ctx), pokjaId, memberId);
    if (!result.ok) {
      await alert(ctx, COORDINATOR_REFUSAL_KEYS[result.reason]);
      return false;
    }
    await notifications.coordinatorChanged(result.member, result.pokja, assign);
    await commandMenus.forMember(result.member.telegramId, result.member.role);
    const key = assign ? "pokja-coordinator-assigned" : "pokja-coordinator-removed";
    await ctx.answerCallbackQuery({ text: ctx.t(key, { name: result.member.fullName, pokja: result.pokja.name }) });
    return true;
  }

  async function setAndShowPokja(ctx: BotContext, pokjaId: number, memberId: number, assign: boolean) {
    if (!(await setCoordinator(ctx, pokjaId, memberId, assign))) return;
    const view = await pokjaCoordinators(pokjaId, ctx);
    if (view) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  }
  onButton(chat, setCoordinatorButton, (ctx, { pokjaId, memberId }) => setAndShowPokja(ctx, pokjaId, memberId, true));
  onButton(chat, removeCoordinatorButton, (ctx, { pokjaId, memberId }) => setAndShowPokja(ctx, pokjaId, memberId, false));

  // From a member's card in /admin: the pokja they coordinate, toggled one by one.
  async function memberCoordination(ctx: BotContext, memberId: number) {
    const member = await members.findById(memberId);
    if (!member) return null;
    const coordinated = new Set((await pokja.coordinatedPokja(memberId)).map((p) => p.id));
    return memberCoordinationView(ctx, member, await pokja.list(null), coordinated, ADMIN_BUTTONS.member.pack({ memberId }));
  }

  onButton(chat, memberCoordinationButton, async (ctx, { memberId }) => {
    const view = await memberCoordination(ctx, memberId);
    if (!view) return alert(ctx, "admin-member-not-found");
    await ctx.answerCallbackQuery();
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  onButton(chat, toggleCoordinatorButton, async (ctx, { pokjaId, memberId, assign }) => {
    if (!(await setCoordinator(ctx, pokjaId, memberId, assign === "1"))) return;
    const view = await memberCoordination(ctx, memberId);
    if (view) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  return composer;
}
