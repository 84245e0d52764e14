// The button that opens the Mini App (the dashboard, src/webapp/) inside Telegram: a web_app button,
// which Telegram accepts in private chats only. /dasbor and the main menu show it when WEB_APP_URL is set.
import type { InlineKeyboard } from "grammy";
import { hasAudience } from "../access/access.js";
import type { ConversationContext } from "../bot/context.js";
import type { CommandDefinition } from "../bot/feature.js";

export const DASHBOARD_COMMAND = "dasbor";

/** Whether this person, here, gets the dashboard button: a page to open, a private chat, and /dasbor's audience. */
export function showsDashboardButton(ctx: ConversationContext, commands: readonly CommandDefinition[], webAppUrl: string | undefined): webAppUrl is string {
  if (!webAppUrl || ctx.chat?.type !== "private") return false;
  const dashboard = commands.find((c) => c.command === DASHBOARD_COMMAND && c.chats.includes("private"));
  return dashboard !== undefined && hasAudience(ctx.access, dashboard.audience);
}

/** Adds "📊 Buka dasbor" (opening `webAppUrl` as a Mini App) to the keyboard's current row. */
export function addDashboardButton(keyboard: InlineKeyboard, ctx: ConversationContext, webAppUrl: string): InlineKeyboard {
  return keyboard.webApp(ctx.t("dasbor-button"), webAppUrl);
}
