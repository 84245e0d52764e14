// The lists: /usul starts the submission flow; /usulan_saya (own, newest first); /usulan (a pokja's,
// filtered by status and category, paged); /tinjau (the review queue, oldest first).
import { Composer, InlineKeyboard } from "grammy";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import { escapeHtml } from "../shared/html.js";
import { listButton, listFilterButton, minePageButton, queuePageButton } from "./recommendation-buttons.js";
import { REC_SUBMIT_CONVERSATION } from "./recommendation-flow-ids.js";
import { listMessage, memberOf, readerOf, showList, tOf, visiblePokja, type RecommendationScreenDeps } from "./recommendation-screen.js";
import { CATEGORIES, STATUSES, type Category, type Status } from "./recommendation-types.js";
import { categoryLabel, queueLine, statusLabel } from "./recommendation-views.js";

type StatusFilter = Status | "all";
type CategoryFilter = Category | "all";

export function createListScreens({ recommendations, pokja, permissions, clock }: RecommendationScreenDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  chat.command("usul", (ctx) => enterFlow(ctx, REC_SUBMIT_CONVERSATION));

  // /usulan_saya
  async function showMine(ctx: BotContext, page: number, edit: boolean) {
    const mine = await recommendations.mine(memberOf(ctx).id, page);
    if (mine.total === 0) return ctx.reply(ctx.t("rec-mine-none"));
    await showList(ctx, listMessage(ctx, ctx.t("rec-mine-title", { total: mine.total }), mine, (p) => minePageButton.pack({ page: p }), clock.now()), edit);
  }
  chat.command("usulan_saya", (ctx) => showMine(ctx, 0, false));
  onButton(chat, minePageButton, async (ctx, { page }) => {
    await ctx.answerCallbackQuery();
    await showMine(ctx, page, true);
  });

  // /usulan
  async function showPokjaList(ctx: BotContext, pokjaId: number, status: StatusFilter, category: CategoryFilter, page: number, edit: boolean) {
    const shown = (await permissions.seesPokjaRecommendations(ctx.access, pokjaId)) ? await pokja.findActive(pokjaId) : null;
    if (!shown) return ctx.reply(ctx.t("rec-pokja-not-member"));
    const filter = { ...(status !== "all" ? { status } : {}), ...(category !== "all" ? { category } : {}) };
    const list = await recommendations.listForPokja(pokjaId, filter, page);
    const filterLine = ctx.t("rec-list-filter", {
      status: status !== "all" ? statusLabel(tOf(ctx), status) : ctx.t("rec-filter-all"),
      category: category !== "all" ? categoryLabel(tOf(ctx), category) : ctx.t("rec-filter-all"),
    });
    const title = `${ctx.t("rec-list-title", { pokja: escapeHtml(shown.name), total: list.total })}\n${filterLine}`;
    const view =
      list.total === 0
        ? { text: `${title}\n\n${ctx.t("rec-list-none")}`, keyboard: new InlineKeyboard() }
        : listMessage(ctx, title, list, (p) => listButton.pack({ pokja: pokjaId, status, category, page: p }), clock.now());
    view.keyboard
      .row()
      .text(ctx.t("rec-button-filter-status"), listFilterButton.pack({ pokja: pokjaId, which: "s", status, category }))
      .text(ctx.t("rec-button-filter-category"), listFilterButton.pack({ pokja: pokjaId, which: "c", status, category }));
    await showList(ctx, view, edit);
  }

  chat.command("usulan", async (ctx) => {
    const list = await visiblePokja(pokja, permissions, ctx.access);
    if (list.length === 0) return ctx.reply(ctx.t("rec-no-pokja"));
    if (list.length === 1) return showPokjaList(ctx, list[0]!.id, "all", "all", 0, false);
    const keyboard = new InlineKeyboard();
    for (const p of list) keyboard.text(`Pokja ${p.name}`, listButton.pack({ pokja: p.id, status: "all", category: "all", page: 0 })).row();
    await ctx.reply(ctx.t("rec-ask-list-pokja"), { reply_markup: keyboard });
  });

  onButton(chat, listButton, async (ctx, value) => {
    await ctx.answerCallbackQuery();
    await showPokjaList(ctx, value.pokja, value.status, value.category, value.page, true);
  });

  // The choices of one filter: every status (or category), and "all"; the other filter is kept.
  onButton(chat, listFilterButton, async (ctx, { pokja: pokjaId, which, status, category }) => {
    // Even the choices are the pokja's business: checked here, not only on the list they lead to.
    if (!(await permissions.seesPokjaRecommendations(ctx.access, pokjaId))) {
      return ctx.answerCallbackQuery({ text: ctx.t("rec-pokja-not-member"), show_alert: true });
    }
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    const t = tOf(ctx);
    const choices =
      which === "s"
        ? STATUSES.map((s) => ({ label: statusLabel(t, s), data: listButton.pack({ pokja: pokjaId, status: s, category, page: 0 }) }))
        : CATEGORIES.map((c) => ({ label: categoryLabel(t, c), data: listButton.pack({ pokja: pokjaId, status, category: c, page: 0 }) }));
    choices.forEach(({ label, data }, i) => {
      keyboard.text(label, data);
      if (i % 2 === 1) keyboard.row();
    });
    const all = which === "s" ? listButton.pack({ pokja: pokjaId, status: "all", category, page: 0 }) : listButton.pack({ pokja: pokjaId, status, category: "all", page: 0 });
    keyboard.row().text(ctx.t("rec-filter-all"), all);
    await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined);
  });

  // /tinjau: the open recommendations of the pokja the reviewer manages (all for admins).
  async function showQueue(ctx: BotContext, page: number, edit: boolean) {
    const queue = await recommendations.queue(await permissions.managedPokjaIds(ctx.access), page);
    if (queue.total === 0) return ctx.reply(ctx.t("rec-queue-none"));
    const { timezone, language } = readerOf(ctx);
    const t = tOf(ctx);
    const title = ctx.t("rec-queue-title", { total: queue.total });
    const now = clock.now();
    await showList(ctx, listMessage(ctx, title, queue, (p) => queuePageButton.pack({ page: p }), now, (rec) => queueLine(t, rec, timezone, language, now)), edit);
  }
  chat.command("tinjau", (ctx) => showQueue(ctx, 0, false));
  onButton(chat, queuePageButton, async (ctx, { page }) => {
    await ctx.answerCallbackQuery();
    await showQueue(ctx, page, true);
  });

  return composer;
}
