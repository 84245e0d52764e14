// Replies that may outgrow Telegram's 4096 characters (cards with long user text, lists): split at
// paragraph boundaries, the buttons under the last part.
import type { InlineKeyboard } from "grammy";
import { splitHtml } from "../delivery/split-message.js";

interface Replier {
  reply(text: string, other?: { parse_mode?: "HTML"; reply_markup?: InlineKeyboard; link_preview_options?: { is_disabled: boolean } }): Promise<unknown>;
}

export async function replyHtml(ctx: Replier, html: string, keyboard?: InlineKeyboard, options: { noPreview?: boolean } = {}): Promise<void> {
  const parts = splitHtml(html);
  for (const [i, part] of parts.entries()) {
    await ctx.reply(part, {
      parse_mode: "HTML",
      ...(i === parts.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
      ...(options.noPreview ? { link_preview_options: { is_disabled: true } } : {}),
    });
  }
}
