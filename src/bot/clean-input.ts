// Cleans the text of every incoming update before anything reads or stores it (installed right after
// the error handler, so conversations store the cleaned update and replay it). Every string a user
// or Telegram put there (texts, captions, names, titles, file names, poll options, inline queries)
// goes through cleanUserText, and each text's entities move with it: their offsets and lengths
// count UTF-16 units of the text they belong to.
import type { MiddlewareFn } from "grammy";
import type { MessageEntity, Update } from "grammy/types";
import { cleanUserTextMapped, type CleanedText } from "../shared/user-text.js";
import type { BotContext } from "./context.js";

/**
 * Strings that are not text: identifiers the bot or Telegram made and must get back unchanged
 * (callback data is matched by the codecs, which refuse anything they did not make), and links.
 */
const NOT_TEXT = new Set([
  "data",
  "id",
  "file_id",
  "file_unique_id",
  "custom_emoji_id",
  "inline_message_id",
  "chat_instance",
  "result_id",
  "offset",
  "invoice_payload",
  "shipping_option_id",
  "game_short_name",
  "url",
]);

/** The entity arrays that belong to a text field: text -> entities; caption -> caption_entities. */
const entityKeys = (key: string) => (key === "text" ? ["entities", "text_entities"] : [`${key}_entities`]);

/** The entities moved to the cleaned text; one that covers nothing any more is dropped. */
export function shiftEntities(entities: readonly MessageEntity[], cleaned: CleanedText): MessageEntity[] {
  const shifted: MessageEntity[] = [];
  for (const entity of entities) {
    const offset = cleaned.start(entity.offset);
    const end = cleaned.end(entity.offset + entity.length);
    if (end > offset) shifted.push({ ...entity, offset, length: end - offset });
  }
  return shifted;
}

type Json = Record<string, unknown>;

function cleanObject(object: Json): void {
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (typeof value === "string") {
      if (!NOT_TEXT.has(key)) cleanField(object, key, value);
    } else if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === "object") cleanObject(item as Json);
    } else if (value !== null && typeof value === "object") {
      cleanObject(value as Json);
    }
  }
}

function cleanField(object: Json, key: string, value: string): void {
  const cleaned = cleanUserTextMapped(value);
  if (!cleaned.changed) return;
  object[key] = cleaned.text;
  for (const entitiesKey of entityKeys(key)) {
    const entities = object[entitiesKey];
    if (!Array.isArray(entities)) continue;
    const shifted = shiftEntities(entities as MessageEntity[], cleaned);
    if (shifted.length > 0) object[entitiesKey] = shifted;
    else delete object[entitiesKey];
  }
}

/** Cleans an update in place (grammY's context reads the same object) and returns it. */
export function cleanUpdate(update: Update): Update {
  cleanObject(update as unknown as Json);
  return update;
}

export const cleanInput: MiddlewareFn<BotContext> = async (ctx, next) => {
  cleanUpdate(ctx.update);
  await next();
};
