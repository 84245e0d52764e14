import type { Api, InlineKeyboard } from "grammy";
import type { Logger } from "../shared/logger.js";

/**
 * Sends a message the bot starts itself (a notification to someone else). A failure to reach one
 * recipient is logged and never undoes the change that caused the message.
 */
export interface Messenger {
  send(chatId: bigint | number, text: string, keyboard?: InlineKeyboard): Promise<boolean>;
}

export function createDirectMessenger(api: Api, logger: Logger): Messenger {
  return {
    async send(chatId, text, keyboard) {
      try {
        await api.sendMessage(Number(chatId), text, { parse_mode: "HTML", reply_markup: keyboard });
        return true;
      } catch (error) {
        logger.warn({ err: error, chatId: String(chatId) }, "notification not delivered");
        return false;
      }
    },
  };
}
