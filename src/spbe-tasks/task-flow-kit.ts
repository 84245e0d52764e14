// Steps the task flows share: a question answered by buttons, a question answered by text or a
// keep/skip button, and leaving with "cancel".
import type { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";

export async function cancelFlow(ctx: ConversationContext): Promise<void> {
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t("flow-cancelled"));
}

/** Asks with `keyboard` (a cancel button is added); the pressed button, or null when cancelled. */
export async function choose(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  text: string,
  keyboard: InlineKeyboard,
  actions: string[],
) {
  await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard.row().text(ctx.t("button-cancel"), flowButton(flow, "cancel")) });
  const input = await waitForInput(conversation, flow, { actions: [...actions, "cancel"], acceptText: false });
  if (input.kind !== "button" || input.action === "cancel") {
    await cancelFlow(input.ctx);
    return null;
  }
  await input.ctx.editMessageReplyMarkup();
  return input;
}

/**
 * Text the parser accepts, or the keep/skip button (value undefined); null when cancelled.
 * Anything else is answered with `invalid` and asked again.
 */
export async function askOrKeep<V>(
  conversation: BotConversation,
  flow: FlowButtons,
  keepAction: string,
  parse: (text: string) => V | null,
  invalid: (ctx: ConversationContext) => string,
): Promise<{ value: V | undefined; ctx: ConversationContext } | null> {
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: [keepAction, "cancel"] });
    if (input.kind === "button") {
      if (input.action === "cancel") {
        await cancelFlow(input.ctx);
        return null;
      }
      await input.ctx.editMessageReplyMarkup();
      return { value: undefined, ctx: input.ctx };
    }
    if (input.kind !== "text") continue;
    const value = parse(input.text);
    if (value !== null) return { value, ctx: input.ctx };
    await input.ctx.reply(invalid(input.ctx));
  }
}
