import type { Context } from "grammy";
import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Access } from "../access/access.js";

/** Added to every context, outside and inside conversations, by the access middleware. */
export interface AccessFlavor {
  access: Access;
}

/** The context inside conversations (plugins are installed there through the `plugins` option). */
export type ConversationContext = Context & I18nFlavor & AccessFlavor;

/** The context of the outside middleware tree. */
export type BotContext = ConversationFlavor<ConversationContext>;

export type BotConversation = Conversation<BotContext, ConversationContext>;
