// The last handlers: page indicators, stale buttons, unknown commands, and anything else in a
// private chat (members get the main menu). Every update that reached this far still gets an answer.
import { Composer } from "grammy";
import type { BotContext } from "./context.js";
import type { CommandDefinition } from "./feature.js";
import { commandOf } from "./gate.js";
import { explainNotApproved } from "./guards.js";
import { hintFor, mainMenuKeyboard, menuCommandsFor, MENU_LABEL_KEYS } from "../members/main-menu.js";

/** Edit distance, for "Maksud Bapak/Ibu /rapat?" after a typo. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known command nearest to what was typed, if it is near enough to be a typo. */
export function nearestCommand(typed: string, names: readonly string[]): string | null {
  let best: { name: string; d: number } | null = null;
  for (const name of names) {
    // "/rapatbaru" and "/rapat-baru" for "/rapat_baru".
    const d = Math.min(distance(typed, name), distance(typed.replace(/[-\s]/g, "_"), name), distance(typed, name.replace(/_/g, "")));
    if (!best || d < best.d) best = { name, d };
  }
  if (!best) return null;
  return best.d <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : null;
}

/** `webAppUrl` (WEB_APP_URL): the main menu's dashboard button, as /menu shows it. */
export function createFallback(commands: readonly CommandDefinition[], webAppUrl: string | undefined): Composer<BotContext> {
  const names = commands.map((c) => c.command);
  const composer = new Composer<BotContext>();
  composer.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true }));
  composer.on("inline_query", (ctx) => ctx.answerInlineQuery([], { cache_time: 0, is_personal: true }));
  composer.on("message", async (ctx) => {
    const found = commandOf(ctx.message.text, ctx.message.entities);
    const addressed = found && (found.addressee === null ? ctx.chat.type === "private" : found.addressee === ctx.me.username.toLowerCase());
    // In groups, only what is addressed to the bot is answered; ordinary chatter is not ours.
    if (ctx.chat.type !== "private" && !addressed) return;
    if (found) {
      const nearest = nearestCommand(found.name, names);
      return ctx.reply(nearest ? ctx.t("unknown-command-suggest", { command: nearest }) : ctx.t("unknown-command"));
    }
    // Someone not (or no longer) in the forum is told where they stand and what to do.
    if (!ctx.access.isApproved) return explainNotApproved(ctx);
    // A question typed to the bot ("bagaimana cara melihat jadwal rapat?"): the menu, and the
    // button the question seems to be about.
    const hint = ctx.message.text ? hintFor(ctx.message.text, menuCommandsFor(ctx, commands)) : null;
    const text = hint ? ctx.t("fallback-menu-hint", { button: ctx.t(MENU_LABEL_KEYS[hint]) }) : ctx.t("fallback-menu");
    await ctx.reply(text, { reply_markup: mainMenuKeyboard(ctx, commands, webAppUrl) });
  });
  return composer;
}
