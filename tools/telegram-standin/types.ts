// Public types of the Bot API stand-in (what tests and the sandbox see).
import type { Chat, ChatMember, InlineKeyboardMarkup, Message, MessageEntity } from "grammy/types";

export interface ResponseParameters {
  migrate_to_chat_id?: number;
  retry_after?: number;
}

export type ApiSuccess<T = unknown> = { ok: true; result: T };
export type ApiFailure = {
  ok: false;
  error_code: number;
  description: string;
  parameters?: ResponseParameters;
};
export type ApiResponse<T = unknown> = ApiSuccess<T> | ApiFailure;

export interface BotApiStandInOptions {
  /** Numeric id of the bot user. Default 6000000001. */
  botId?: number;
  /** Username of the bot (without "@"). Default "standin_bot". */
  botUsername?: string;
  /** First name of the bot user. Default "Stand-in Bot". */
  botFirstName?: string;
  /** Clock used for message dates and call times. Default `() => new Date()`. */
  now?: () => Date;
  /** When set, requests carrying another token get 401 Unauthorized. */
  token?: string;
  /** update_id of the first injected update. Default 1. */
  firstUpdateId?: number;
}

/** A user as injected by the test/sandbox. */
export interface StandInUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_bot?: boolean;
}

/** A file uploaded with the request (multipart/form-data part). */
export interface InputUpload {
  kind: "upload";
  fileName: string;
  bytes: Uint8Array;
  mimeType?: string;
}

export function isInputUpload(value: unknown): value is InputUpload {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "upload" &&
    (value as { bytes?: unknown }).bytes instanceof Uint8Array
  );
}

/** Something that can cancel a pending call (native or polyfilled AbortSignal). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

export interface HandleOptions {
  /** Aborting releases a pending long poll (it then resolves with `[]`). */
  signal?: AbortSignalLike;
  /** Token from the request URL; checked against the `token` option if one was given. */
  token?: string;
}

export interface RecordedCall {
  /** 1-based sequence number over all calls. */
  seq: number;
  method: string;
  params: Record<string, unknown>;
  time: Date;
  /** Filled in once the call completed (for an HTML error page: its status as error_code). */
  response?: ApiResponse;
  /** The injected fault applied to this call, e.g. "error 429", "delay 300ms", "hang", "drop". */
  fault?: string;
  /** True when the connection was closed without an answer (a drop, or the client gave up). */
  dropped?: boolean;
}

export interface ButtonView {
  text: string;
  callbackData?: string;
  url?: string;
}

export type BotMessageKind = "send" | "edit" | "document" | "photo";

export interface BotMessageEvent {
  kind: BotMessageKind;
  chatId: number;
  messageId: number;
  /** Plain-text rendering of the text (or caption for files; "" when none). */
  text: string;
  /** The text/caption exactly as the bot sent it (with HTML tags, if any). */
  rawText: string;
  parseMode?: string;
  /** Inline keyboard rows ([] when none). */
  buttons: ButtonView[][];
  /** Reply keyboard rows (button texts) if the message carried one. */
  replyKeyboard?: string[][];
  /** True if the message carried `remove_keyboard`. */
  removeKeyboard?: boolean;
  fileName?: string;
  fileSize?: number;
  mimeType?: string;
  fileId?: string;
  /** The Telegram Message object as returned to the bot. */
  message: Message;
}

export interface StoredBotMessage {
  chatId: number;
  messageId: number;
  type: "text" | "document" | "photo";
  /** Plain-text rendering of the current text (or caption). */
  text: string;
  /** Current text/caption exactly as sent. */
  rawText: string;
  parseMode?: string;
  entities: MessageEntity[];
  /** Current inline keyboard rows ([] when none). */
  buttons: ButtonView[][];
  inlineKeyboard?: InlineKeyboardMarkup;
  replyKeyboard?: string[][];
  removeKeyboard: boolean;
  forceReply: boolean;
  edited: boolean;
  editCount: number;
  deleted: boolean;
  fileId?: string;
  fileName?: string;
  fileSize?: number;
  mimeType?: string;
  sentAt: Date;
  /** Current Telegram Message object (updated on edits). */
  message: Message;
}

export interface AnsweredCallback {
  id: string;
  text?: string;
  show_alert: boolean;
  url?: string;
  cache_time?: number;
}

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  filePath: string;
  fileName?: string;
  mimeType?: string;
  size?: number;
  bytes?: Uint8Array;
  source: "bot-upload" | "user" | "url" | "file_id";
}

export interface ReplyKeyboardState {
  rows: string[][];
  oneTime: boolean;
  persistent: boolean;
  placeholder?: string;
  /** The reply_markup object as sent. */
  markup: Record<string, unknown>;
  messageId: number;
}

export type ChatMemberStatus = ChatMember["status"];

export interface JoinRequestDecision {
  chatId: number;
  userId: number;
  decision: "approved" | "declined";
  time: Date;
}

export interface DocumentInput {
  fileName: string;
  mimeType?: string;
  bytes: Uint8Array | string;
}

export type ChatRef = Chat | number;

export interface WaitOptions {
  /** Reject after this many milliseconds. Default 5000. */
  timeoutMs?: number;
}

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}
