// Messages the bot sends, edits and deletes, kept as the chat's record of the bot's messages.
import type { Message, MessageEntity } from "grammy/types";
import { parseFormatted } from "./html.js";
import { normalizeMarkup, type NormalizedMarkup } from "./markup.js";
import { badRequest, clone, compact, toBool, toInt, toObj, toStr, type Params } from "./params.js";
import type { ChatState, StandInState } from "./state.js";
import type { ParsedText, StoredBotMessage } from "./types.js";

/** Text or caption with its parse mode applied, checked against Telegram's limits. */
export function parseText(
  raw: unknown,
  parseMode: unknown,
  what: "text" | "caption",
  explicitEntities?: unknown,
): { raw: string; parsed: ParsedText; parseMode?: string } {
  const text = toStr(raw) ?? "";
  const mode = toStr(parseMode) || undefined;
  const parsed = parseFormatted(text, mode);
  // Without a parse mode, formatting comes as entities (or caption_entities), as Telegram takes it.
  const given = toObj(explicitEntities);
  if (!mode && Array.isArray(given)) parsed.entities = given as MessageEntity[];
  if (what === "text") {
    if (parsed.text.trim() === "") throw badRequest("message text is empty");
    if (parsed.text.length > 4096) throw badRequest("message is too long");
  } else if (parsed.text.length > 1024) {
    throw badRequest("message caption is too long");
  }
  return { raw: text, parsed, parseMode: mode };
}

export function sendMessage(s: StandInState, p: Params): Message {
  const state = s.writableChat(p.chat_id);
  const { raw, parsed, parseMode } = parseText(p.text, p.parse_mode, "text", p.entities);
  const markup = normalizeMarkup(p.reply_markup);
  const messageId = s.nextMessageId(state);
  const message = compact({
    message_id: messageId,
    from: s.botFrom(),
    chat: { ...state.chat },
    date: s.date(),
    text: parsed.text,
    entities: parsed.entities.length > 0 ? parsed.entities : undefined,
    reply_markup: markup.inline,
  }) as unknown as Message;
  const stored = storeBotMessage(s, state, {
    chatId: state.chat.id,
    messageId,
    type: "text",
    text: parsed.text,
    rawText: raw,
    parseMode,
    entities: parsed.entities,
    message,
    markup,
  });
  s.emitMessage("send", stored);
  return clone(message);
}

export function storeBotMessage(
  s: StandInState,
  state: ChatState,
  m: Pick<StoredBotMessage, "chatId" | "messageId" | "type" | "text" | "rawText" | "parseMode" | "entities" | "message"> &
    Partial<Pick<StoredBotMessage, "fileId" | "fileName" | "fileSize" | "mimeType">> & { markup: NormalizedMarkup },
): StoredBotMessage {
  const { markup, ...rest } = m;
  const stored: StoredBotMessage = compact({
    ...rest,
    buttons: markup.buttons,
    inlineKeyboard: markup.inline,
    replyKeyboard: markup.replyKeyboard,
    removeKeyboard: markup.removeKeyboard,
    forceReply: markup.forceReply,
    edited: false,
    editCount: 0,
    deleted: false,
    sentAt: s.now(),
  });
  state.botMessages.set(stored.messageId, stored);
  state.order.push(stored);
  if (markup.replyKeyboard !== undefined && markup.replyMarkupObject !== undefined) {
    const o = markup.replyMarkupObject;
    state.replyKeyboard = compact({
      rows: markup.replyKeyboard,
      oneTime: toBool(o.one_time_keyboard),
      persistent: toBool(o.is_persistent),
      placeholder: toStr(o.input_field_placeholder),
      markup: o,
      messageId: stored.messageId,
    });
  } else if (markup.removeKeyboard) {
    state.replyKeyboard = undefined;
  }
  return stored;
}

/** Finds a bot message for editing, with Telegram's errors. */
function editableMessage(s: StandInState, p: Params): StoredBotMessage {
  const state = s.chatState(s.resolveChatId(p.chat_id));
  const messageId = toInt(p.message_id);
  if (messageId === undefined) throw badRequest("message identifier is not specified");
  const stored = state.botMessages.get(messageId);
  if (stored === undefined || stored.deleted) {
    if (state.existing.has(messageId)) throw badRequest("message can't be edited");
    throw badRequest("message to edit not found");
  }
  return stored;
}

function applyEdit(
  s: StandInState,
  stored: StoredBotMessage,
  changes: { text?: string; rawText?: string; parseMode?: string; entities?: MessageEntity[]; markup: NormalizedMarkup },
): Message {
  if (changes.markup.replyKeyboard !== undefined || changes.markup.removeKeyboard || changes.markup.forceReply) {
    throw badRequest("inline keyboard expected");
  }
  const newText = changes.text ?? stored.text;
  const newEntities = changes.entities ?? stored.entities;
  const sameContent = newText === stored.text && JSON.stringify(newEntities) === JSON.stringify(stored.entities);
  const sameMarkup = JSON.stringify(changes.markup.inline ?? null) === JSON.stringify(stored.inlineKeyboard ?? null);
  if (sameContent && sameMarkup) {
    throw badRequest(
      "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
  }
  stored.text = newText;
  stored.entities = newEntities;
  if (changes.rawText !== undefined) stored.rawText = changes.rawText;
  if (changes.text !== undefined) stored.parseMode = changes.parseMode;
  stored.buttons = changes.markup.buttons;
  stored.inlineKeyboard = changes.markup.inline;
  stored.edited = true;
  stored.editCount += 1;
  const msg = stored.message as unknown as Record<string, unknown>;
  const textKey = stored.type === "text" ? "text" : "caption";
  const entitiesKey = stored.type === "text" ? "entities" : "caption_entities";
  msg[textKey] = newText === "" && stored.type !== "text" ? undefined : newText;
  msg[entitiesKey] = newEntities.length > 0 ? newEntities : undefined;
  msg.reply_markup = changes.markup.inline;
  msg.edit_date = s.date();
  compact(msg);
  s.emitMessage("edit", stored);
  return clone(stored.message);
}

/** Text messages have text, documents and photos a caption; each edit accepts only its own. */
export function editTextOrCaption(s: StandInState, p: Params, field: "text" | "caption"): Message | true {
  if (p.inline_message_id !== undefined) return true;
  const stored = editableMessage(s, p);
  if ((stored.type === "text") !== (field === "text")) throw badRequest(`there is no ${field} in the message to edit`);
  const { raw, parsed, parseMode } = parseText(p[field], p.parse_mode, field, field === "text" ? p.entities : p.caption_entities);
  return applyEdit(s, stored, {
    text: parsed.text,
    rawText: raw,
    parseMode,
    entities: parsed.entities,
    markup: normalizeMarkup(p.reply_markup),
  });
}

export function editMessageReplyMarkup(s: StandInState, p: Params): Message | true {
  if (p.inline_message_id !== undefined) return true;
  const stored = editableMessage(s, p);
  return applyEdit(s, stored, { markup: normalizeMarkup(p.reply_markup) });
}

export function deleteMessage(s: StandInState, p: Params): true {
  const state = s.chatState(s.resolveChatId(p.chat_id));
  const messageId = toInt(p.message_id);
  if (messageId === undefined || !state.existing.has(messageId)) throw badRequest("message to delete not found");
  state.existing.delete(messageId);
  const stored = state.botMessages.get(messageId);
  if (stored !== undefined) stored.deleted = true;
  s.emitDelete({ chatId: state.chat.id, messageId });
  return true;
}

export function deleteMessages(s: StandInState, p: Params): true {
  const ids = toObj(p.message_ids);
  if (!Array.isArray(ids)) throw badRequest("message_ids is empty");
  for (const id of ids) {
    try {
      deleteMessage(s, { chat_id: p.chat_id, message_id: id });
    } catch {
      // Telegram skips messages that can't be deleted.
    }
  }
  return true;
}
