// Buttons usually update the message they sit on. That message may be gone, too old to edit
// (Telegram refuses edits after 48 hours) or never have existed (forged data): then the new text
// comes as a new message, and a change of buttons only is dropped. An edit that changes nothing (a
// double tap) counts as done. One API transformer, so no handler needs its own copy of this.
import type { Transformer } from "grammy";

const GONE_MESSAGE = /message to edit not found|message can't be edited|no text in the message to edit|message_id_invalid/i;

export const editFallback: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (result.ok || (method !== "editMessageText" && method !== "editMessageReplyMarkup")) return result;
  if (result.description.includes("message is not modified")) return { ok: true, result: true as never };
  if (!GONE_MESSAGE.test(result.description)) return result;
  if (method === "editMessageReplyMarkup") return { ok: true, result: true as never };
  const { message_id: _messageId, inline_message_id: inlineId, ...message } = payload as Record<string, unknown>;
  if (inlineId !== undefined || message.chat_id === undefined) return result;
  return (await prev("sendMessage", message as never, signal)) as typeof result;
};
