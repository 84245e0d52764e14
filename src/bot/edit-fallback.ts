// A button usually updates the message it sits on. That message may be gone, too old to edit
// (Telegram refuses edits after 48 hours) or never have existed (forged data): then the new text
// comes as a new message, and a change of buttons only is dropped. An edit that changes nothing (a
// double tap) counts as done. One API transformer per button press, so no handler needs its own copy;
// it touches only edits of the pressed message, never other messages a handler refreshes.
import type { Transformer } from "grammy";

const GONE_MESSAGE = /message to edit not found|message can't be edited|no text in the message to edit|message_id_invalid/i;

export function editFallbackFor(pressed: { chatId: number; messageId: number }): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (result.ok || (method !== "editMessageText" && method !== "editMessageReplyMarkup")) return result;
    const { message_id: messageId, inline_message_id: inlineId, ...message } = payload as Record<string, unknown>;
    if (inlineId !== undefined || messageId !== pressed.messageId || Number(message.chat_id) !== pressed.chatId) return result;
    if (result.description.includes("message is not modified")) return { ok: true, result: true as never };
    if (!GONE_MESSAGE.test(result.description)) return result;
    if (method === "editMessageReplyMarkup") return { ok: true, result: true as never };
    return (await prev("sendMessage", message as never, signal)) as typeof result;
  };
}
