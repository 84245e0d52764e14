// Every broadcast says who speaks: a bold first line naming its kind and sender, put before the
// sender's text or caption. Entities shift by the header's length (UTF-16 units, as Telegram counts),
// and the header counts toward Telegram's limits, so the outbox's split sees the headed payload.
import type { InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import type { DeliveryPayload } from "../delivery/delivery-types.js";
import { splitPayload } from "../delivery/outbox.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Who speaks: an official announcement of the secretariat, an admin's broadcast, a coordinator's. */
export type BroadcastVoice =
  | { kind: "official" }
  | { kind: "secretariat"; senderName: string }
  | { kind: "pokja"; pokja: string; senderName: string };

/** The header line in the reader's language. Plain text: it travels with entities, not HTML. */
export function headerText(t: T, voice: BroadcastVoice): string {
  switch (voice.kind) {
    case "official":
      return t("bc-header-official");
    case "secretariat":
      return t("bc-header-secretariat", { name: voice.senderName });
    case "pokja":
      return t("bc-header-pokja", { pokja: voice.pokja, name: voice.senderName });
  }
}

function prefixed(header: string, body: string | undefined, entities: readonly MessageEntity[] | undefined) {
  const head = body ? `${header}\n\n` : header;
  const shifted = (entities ?? []).map((e) => ({ ...e, offset: e.offset + head.length }));
  return { text: head + (body ?? ""), entities: [{ type: "bold" as const, offset: 0, length: header.length }, ...shifted] };
}

/** The payload as it arrives: header first, the sender's formatting kept, buttons if any. */
export function withHeader(payload: DeliveryPayload, header: string, replyMarkup?: InlineKeyboardMarkup): DeliveryPayload {
  const markup = replyMarkup ? { replyMarkup } : {};
  if (payload.kind === "text") {
    const { text, entities } = prefixed(header, payload.text, payload.entities);
    return { kind: "text", text, entities, ...markup };
  }
  const { text, entities } = prefixed(header, payload.caption, payload.captionEntities);
  return { kind: payload.kind, fileId: payload.fileId, caption: text, captionEntities: entities, ...markup };
}

/** The messages a recipient gets, in order: one, or more when the header pushes it over a limit. */
export function deliveredParts(payload: DeliveryPayload, header: string): DeliveryPayload[] {
  return splitPayload(withHeader(payload, header));
}
