// Reply markup as the bot sends it: inline keyboards (checked like Telegram does), reply keyboards,
// remove_keyboard and force_reply.
import type { InlineKeyboardMarkup } from "grammy/types";
import { badRequest, byteLength, clone, compact, isRecord, toObj, toStr } from "./params.js";
import type { ButtonView } from "./types.js";

export interface NormalizedMarkup {
  inline?: InlineKeyboardMarkup;
  buttons: ButtonView[][];
  replyKeyboard?: string[][];
  replyMarkupObject?: Record<string, unknown>;
  removeKeyboard: boolean;
  forceReply: boolean;
}

const INLINE_ACTIONS = [
  "url", "callback_data", "web_app", "login_url", "switch_inline_query",
  "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
  "callback_game", "pay",
];

export function normalizeMarkup(value: unknown): NormalizedMarkup {
  const none: NormalizedMarkup = { buttons: [], removeKeyboard: false, forceReply: false };
  if (value === undefined || value === null || value === "") return none;
  const markup = toObj(value);
  if (!isRecord(markup)) throw badRequest("can't parse reply keyboard markup JSON object");
  if (markup.inline_keyboard !== undefined) {
    const rows = markup.inline_keyboard;
    if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) {
      throw badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
    }
    const buttons: ButtonView[][] = [];
    for (const row of rows as unknown[][]) {
      const viewRow: ButtonView[] = [];
      for (const b of row) {
        if (!isRecord(b) || typeof b.text !== "string") {
          throw badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        if (!INLINE_ACTIONS.some((k) => b[k] !== undefined)) {
          throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        if (b.callback_data !== undefined) {
          const data = toStr(b.callback_data) ?? "";
          const len = byteLength(data);
          if (len < 1 || len > 64) throw badRequest("BUTTON_DATA_INVALID");
        }
        if (b.url !== undefined) {
          const url = toStr(b.url) ?? "";
          if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/\S+$/.test(url) && !/^t\.me\/\S+$/.test(url)) {
            throw badRequest(`inline keyboard button URL '${url}' is invalid: Wrong HTTP URL`);
          }
        }
        viewRow.push(
          compact({
            text: b.text,
            callbackData: toStr(b.callback_data),
            url: toStr(b.url) ?? (isRecord(b.web_app) ? toStr(b.web_app.url) : undefined),
          }),
        );
      }
      buttons.push(viewRow);
    }
    return { ...none, inline: clone(markup) as unknown as InlineKeyboardMarkup, buttons };
  }
  if (markup.keyboard !== undefined) {
    const rows = markup.keyboard;
    if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) {
      throw badRequest("field \"keyboard\" of the ReplyKeyboardMarkup must be an Array of Arrays");
    }
    const replyKeyboard = (rows as unknown[][]).map((row) =>
      row.map((b) => {
        const text = typeof b === "string" ? b : isRecord(b) ? toStr(b.text) : undefined;
        if (text === undefined) throw badRequest("can't parse keyboard button: Field \"text\" must be of type String");
        return text;
      }),
    );
    return { ...none, replyKeyboard, replyMarkupObject: clone(markup) };
  }
  if (markup.remove_keyboard !== undefined) {
    return { ...none, removeKeyboard: true, replyMarkupObject: clone(markup) };
  }
  if (markup.force_reply !== undefined) {
    return { ...none, forceReply: true, replyMarkupObject: clone(markup) };
  }
  throw badRequest("can't find field \"inline_keyboard\"");
}
