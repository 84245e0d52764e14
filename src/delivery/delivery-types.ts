import type { ForceReply, InlineKeyboardMarkup, MessageEntity, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";

/** Buttons under a message: inline ones mostly; a late flow question may carry a reply keyboard (share contact). */
export type DeliveryMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

/** What one delivery sends. JSON-safe: it is stored in the outbox as is. */
export type DeliveryPayload =
  | { kind: "text"; text: string; parseMode?: "HTML"; entities?: MessageEntity[]; replyMarkup?: DeliveryMarkup }
  | {
      kind: "photo" | "document";
      fileId: string;
      caption?: string;
      parseMode?: "HTML";
      captionEntities?: MessageEntity[];
      replyMarkup?: DeliveryMarkup;
    };

/** claimed: taken by a dispatcher, waiting for its turn; sending: the request is out. */
export type DeliveryState = "queued" | "claimed" | "sending" | "sent" | "failed" | "skipped";

export interface DeliveryRequest {
  chatId: bigint | number;
  payload: DeliveryPayload;
  /** The same key enqueued twice makes one delivery. */
  dedupeKey: string;
  /** Not before this instant (scheduled broadcasts, reminders). Default: now. */
  notBefore?: Date;
  broadcastId?: number;
}

/**
 * What a finished row (sent, failed, skipped) keeps of its payload: nothing. Payloads may hold NIP or
 * phone (admin cards); the reports need only state, reason and times (UU 27/2022).
 */
export const ERASED_PAYLOAD = "";
