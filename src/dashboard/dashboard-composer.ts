// /dasbor: the way to the Mini App from the chat. With WEB_APP_URL set, a short word and the button
// that opens the dashboard; without it, a polite note that it is not set up yet. The gate has
// already kept it to approved members in private chats (src/bot/gate.ts).
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../bot/context.js";
import { addDashboardButton, DASHBOARD_COMMAND } from "./dashboard-button.js";

export interface DashboardComposerDeps {
  /** The Mini App's page (WEB_APP_URL); undefined when the secretariat has not set it up. */
  webAppUrl: string | undefined;
}

export function createDashboardComposer({ webAppUrl }: DashboardComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").command([DASHBOARD_COMMAND, "dashboard"], async (ctx) => {
    if (!webAppUrl) {
      await ctx.reply(ctx.t("dasbor-not-configured"));
      return;
    }
    await ctx.reply(ctx.t("dasbor-intro"), { parse_mode: "HTML", reply_markup: addDashboardButton(new InlineKeyboard(), ctx, webAppUrl) });
  });
  return composer;
}
