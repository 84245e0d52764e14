// What the pokja composers share: the list and a pokja's page (sent or edited in place), short
// alerts, and "the pokja this person manages", always asked of the permissions module now.
import type { InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import type { BotContext } from "../bot/context.js";
import type { PokjaOverview, PokjaService } from "./pokja-service.js";
import { pokjaListView, pokjaPageView } from "./pokja-views.js";

export async function alert(ctx: BotContext, key: string, vars?: Record<string, string | number>) {
  await ctx.answerCallbackQuery({ text: ctx.t(key, vars), show_alert: true });
}

async function show(ctx: BotContext, view: { text: string; keyboard: InlineKeyboard }, edit: boolean) {
  const options = { parse_mode: "HTML" as const, reply_markup: view.keyboard };
  if (edit) await ctx.editMessageText(view.text, options);
  else await ctx.reply(view.text, options);
}

export function createPokjaScreens(pokja: PokjaService, permissions: Permissions) {
  async function showList(ctx: BotContext, edit: boolean) {
    const view = pokjaListView(ctx, await pokja.list(ctx.access.member?.id ?? null), permissions.isAdmin(ctx.access));
    await show(ctx, view, edit);
  }

  /** A pokja's page; its staff buttons follow what the viewer manages now. */
  async function showPage(ctx: BotContext, pokjaId: number, edit: boolean) {
    const overview = await pokja.overview(pokjaId, ctx.access.member?.id ?? null);
    if (!overview) {
      await alert(ctx, "pokja-gone");
      return;
    }
    const viewer = { isAdmin: permissions.isAdmin(ctx.access), manages: await permissions.managesPokja(ctx.access, pokjaId) };
    const groupTitles = (await pokja.groupsOf(pokjaId)).map((g) => g.title);
    await show(ctx, pokjaPageView(ctx, overview, await pokja.coordinators(pokjaId), groupTitles, viewer), edit);
  }

  /** The active pokja this person manages (all of them for admins), in list order. */
  async function managedPokja(ctx: BotContext): Promise<PokjaOverview[]> {
    const managed: PokjaOverview[] = [];
    for (const p of await pokja.list(ctx.access.member?.id ?? null)) {
      if (await permissions.managesPokja(ctx.access, p.id)) managed.push(p);
    }
    return managed;
  }

  /** The active pokja, if the sender manages it now; otherwise answers why not and returns null. */
  async function pokjaForStaff(ctx: BotContext, pokjaId: number) {
    if (!(await permissions.managesPokja(ctx.access, pokjaId))) {
      await alert(ctx, "pokja-staff-only");
      return null;
    }
    const p = await pokja.findActive(pokjaId);
    if (!p) await alert(ctx, "pokja-gone");
    return p;
  }

  return { showList, showPage, managedPokja, pokjaForStaff };
}

export type PokjaScreens = ReturnType<typeof createPokjaScreens>;
