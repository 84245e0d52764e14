import type { InlineKeyboard } from "grammy";
import type { Outbox } from "../delivery/outbox.js";

/**
 * Sends a message the bot starts itself (a notification to someone else) through the outbox, so
 * that it survives restarts, respects Telegram's limits and a failure never undoes the change that
 * caused it.
 */
export interface Messenger {
  /** `dedupeKey`: the same key never makes a second message (e.g. one per admin per registration). */
  send(chatId: bigint | number, text: string, keyboard?: InlineKeyboard, dedupeKey?: string): Promise<void>;
  /** Many messages in one transaction (a reminder to hundreds of members does not hold up the bot). */
  sendMany(messages: readonly { chatId: bigint | number; text: string; keyboard?: InlineKeyboard; dedupeKey: string }[]): Promise<void>;
}

export function createOutboxMessenger(outbox: Outbox): Messenger {
  return {
    async send(chatId, text, keyboard, dedupeKey) {
      await outbox.send(
        chatId,
        {
          kind: "text",
          text,
          parseMode: "HTML",
          replyMarkup: keyboard ? { inline_keyboard: keyboard.inline_keyboard } : undefined,
        },
        dedupeKey,
      );
    },
    async sendMany(messages) {
      await outbox.enqueue(
        messages.map((m) => ({
          chatId: m.chatId,
          payload: { kind: "text" as const, text: m.text, parseMode: "HTML" as const, replyMarkup: m.keyboard ? { inline_keyboard: m.keyboard.inline_keyboard } : undefined },
          dedupeKey: m.dedupeKey,
        })),
      );
    },
  };
}
