import type { BotContext } from "./context.js";

/**
 * Starts a multi-step flow, unless one is already open in this chat: conversations v2 refuses a
 * second one, and the member's next answer would go to the wrong flow. They are asked to finish
 * the open one or leave it with /batal.
 */
export async function enterFlow(ctx: BotContext, id: string, ...args: unknown[]): Promise<boolean> {
  if (Object.keys(ctx.conversation.active()).length > 0) {
    const text = ctx.t("flow-busy");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true }).catch(() => undefined);
    if (ctx.chat?.type === "private") await ctx.reply(text);
    return false;
  }
  await ctx.conversation.enter(id, ...args);
  return true;
}
