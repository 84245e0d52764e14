/**
 * A local, in-memory stand-in for the Telegram Bot API.
 *
 * It speaks the Bot API's request/response format (`{ ok, result }` /
 * `{ ok: false, error_code, description }`), keeps a small model of chats,
 * messages, files and pending updates, and lets a caller inject user activity
 * (texts, button presses, documents, ...) as updates that the bot fetches via
 * `getUpdates`. It has no HTTP code of its own: see `http-server.ts` for the
 * node:http wrapper and the in-process `fetch` replacement.
 */
import type {
  BotCommand,
  Chat,
  ChatInviteLink,
  ChatMember,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

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
  /** Filled in once the call completed. */
  response?: ApiResponse;
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

// ---------------------------------------------------------------------------
// Internal helpers
// ---------------------------------------------------------------------------

type Params = Record<string, unknown>;

class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

const badRequest = (what: string) => new ApiError(400, `Bad Request: ${what}`);

function toInt(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v.trim());
  return undefined;
}

function toNum(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function toBool(v: unknown): boolean {
  return v === true || v === "true" || v === 1 || v === "1";
}

function toStr(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

/** Accepts an object, or a JSON string of one (as in form-encoded requests). */
function toObj(v: unknown): unknown {
  if (typeof v === "string") {
    const t = v.trim();
    if (t.startsWith("{") || t.startsWith("[")) {
      try {
        return JSON.parse(t) as unknown;
      } catch {
        throw badRequest("can't parse JSON object");
      }
    }
  }
  return v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

const EXT_MIME: Record<string, string> = {
  pdf: "application/pdf",
  txt: "text/plain",
  csv: "text/csv",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xls: "application/vnd.ms-excel",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  zip: "application/zip",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  html: "text/html",
};

export function guessMimeType(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext ? EXT_MIME[ext] : undefined;
}

// ---------------------------------------------------------------------------
// HTML parse mode
// ---------------------------------------------------------------------------

const HTML_TAGS = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
  "tg-spoiler", "span", "blockquote", "tg-emoji",
]);

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

function parseHtmlAttributes(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    const name = (m[1] ?? "").toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? "";
    attrs[name] = decodeHtmlEntities(value);
  }
  return attrs;
}

function decodeHtmlEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (whole, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
    }
    const cp = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    try {
      return String.fromCodePoint(cp);
    } catch {
      return whole;
    }
  });
}

/**
 * Parses Telegram's HTML parse mode: returns the plain text and the entities,
 * or throws a 400 "can't parse entities" error for unsupported or unbalanced
 * tags (the checks are modelled on Telegram's, not a full reimplementation).
 */
export function parseTelegramHtml(raw: string): ParsedText {
  let out = "";
  const entities: MessageEntity[] = [];
  const stack: { name: string; attrs: Record<string, string>; offset: number; language?: string }[] = [];
  const at = (pos: number) => byteLength(raw.slice(0, pos));
  const fail = (msg: string): never => {
    throw badRequest(`can't parse entities: ${msg}`);
  };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (ch === "<") {
      const close = raw.indexOf(">", i + 1);
      const inner = close === -1 ? raw.slice(i + 1) : raw.slice(i + 1, close);
      if (close === -1 || inner.includes("<")) {
        const name = /^\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(inner)?.[1];
        if (name === undefined) fail(`Unsupported start tag "" at byte offset ${at(i)}`);
        fail(`Unclosed start tag at byte offset ${at(i)}`);
      }
      if (inner.startsWith("/")) {
        const name = inner.slice(1).trim().toLowerCase();
        const top = stack.pop();
        if (top === undefined) return fail(`Unexpected end tag at byte offset ${at(i)}`);
        if (top.name !== name) {
          fail(`Unmatched end tag at byte offset ${at(i)}, expected "</${top.name}>", found "</${name}>"`);
        }
        const length = out.length - top.offset;
        const parent = stack[stack.length - 1];
        let entity: Record<string, unknown> | undefined;
        switch (top.name) {
          case "b":
          case "strong":
            entity = { type: "bold" };
            break;
          case "i":
          case "em":
            entity = { type: "italic" };
            break;
          case "u":
          case "ins":
            entity = { type: "underline" };
            break;
          case "s":
          case "strike":
          case "del":
            entity = { type: "strikethrough" };
            break;
          case "tg-spoiler":
          case "span":
            entity = { type: "spoiler" };
            break;
          case "a": {
            const href = top.attrs.href;
            if (href !== undefined && href !== "") {
              const mention = /^tg:\/\/user\?id=(\d+)$/.exec(href);
              entity = mention
                ? { type: "text_mention", user: { id: Number(mention[1]), is_bot: false, first_name: "" } }
                : { type: "text_link", url: href };
            }
            break;
          }
          case "code": {
            const lang = /^language-(.+)$/.exec(top.attrs.class ?? "")?.[1];
            if (parent?.name === "pre" && parent.offset === top.offset) {
              if (lang !== undefined) parent.language = lang;
            } else {
              entity = { type: "code" };
            }
            break;
          }
          case "pre":
            entity = compact({ type: "pre", language: top.language });
            break;
          case "blockquote":
            entity = { type: "expandable" in top.attrs ? "expandable_blockquote" : "blockquote" };
            break;
          case "tg-emoji":
            entity = { type: "custom_emoji", custom_emoji_id: top.attrs["emoji-id"] ?? "" };
            break;
        }
        if (entity !== undefined && length > 0) {
          entities.push({ ...entity, offset: top.offset, length } as unknown as MessageEntity);
        }
      } else {
        const m = /^([a-zA-Z][a-zA-Z0-9-]*)([\s\S]*)$/.exec(inner);
        const name = (m?.[1] ?? "").toLowerCase();
        if (m === null || !HTML_TAGS.has(name)) {
          fail(`Unsupported start tag "${name}" at byte offset ${at(i)}`);
        }
        const attrs = parseHtmlAttributes((m?.[2] ?? "").replace(/\/\s*$/, ""));
        if (name === "span" && attrs.class !== "tg-spoiler") {
          fail(`Tag "span" must have class "tg-spoiler" at byte offset ${at(i)}`);
        }
        if (name === "tg-emoji" && attrs["emoji-id"] === undefined) {
          fail(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${at(i)}`);
        }
        stack.push({ name, attrs, offset: out.length });
      }
      i = close + 1;
    } else if (ch === "&") {
      const m = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(raw.slice(i, i + 16));
      if (m) {
        out += decodeHtmlEntities(m[0]);
        i += m[0].length;
      } else {
        out += "&";
        i += 1;
      }
    } else {
      out += ch;
      i += 1;
    }
  }
  const open = stack[stack.length - 1];
  if (open !== undefined) fail(`Can't find end tag corresponding to start tag "${open.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

function parseFormatted(raw: string, parseMode: string | undefined): ParsedText {
  if (parseMode !== undefined && parseMode.toLowerCase() === "html") return parseTelegramHtml(raw);
  return { text: raw, entities: [] };
}

// ---------------------------------------------------------------------------
// Keyboards
// ---------------------------------------------------------------------------

interface NormalizedMarkup {
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

function normalizeMarkup(value: unknown): NormalizedMarkup {
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

// ---------------------------------------------------------------------------
// The stand-in
// ---------------------------------------------------------------------------

interface ChatState {
  chat: Chat;
  nextMessageId: number;
  /** Ids of messages that currently exist in the chat (user and bot). */
  existing: Set<number>;
  botMessages: Map<number, StoredBotMessage>;
  order: StoredBotMessage[];
  blocked: boolean;
  left: boolean;
  members: Map<number, ChatMemberStatus>;
  replyKeyboard?: ReplyKeyboardState;
  menuButton?: unknown;
}

interface PollWaiter {
  minId: number;
  limit: number;
  finish: (r: ApiResponse) => void;
}

interface Waiter<T> {
  match: (v: T) => boolean;
  resolve: (v: T) => void;
}

const DEFAULT_EXCLUDED_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);
const SILENT_TRUE_METHODS = new Set(
  [
    "setMyDescription", "setMyShortDescription", "setMyName", "setMessageReaction",
    "pinChatMessage", "unpinChatMessage", "unpinAllChatMessages", "banChatMember",
    "unbanChatMember", "restrictChatMember", "promoteChatMember", "setChatTitle",
    "setChatDescription", "logOut", "close", "setMyDefaultAdministratorRights",
  ].map((m) => m.toLowerCase()),
);

export class BotApiStandIn {
  /** Every call made to the stand-in, in order. */
  readonly outbox: RecordedCall[] = [];
  /** Answered callback queries, in order. */
  readonly answeredCallbacks: AnsweredCallback[] = [];
  /** Recorded answerInlineQuery calls. */
  readonly inlineAnswers: { inlineQueryId: string; results: unknown; params: Params }[] = [];
  /** Recorded sendChatAction calls. */
  readonly chatActions: { chatId: number; action: string; time: Date }[] = [];
  /** Invite links created by the bot. */
  readonly inviteLinks: (ChatInviteLink & { chatId: number })[] = [];
  /** approveChatJoinRequest / declineChatJoinRequest outcomes. */
  readonly joinRequestDecisions: JoinRequestDecision[] = [];
  /** Updates dropped because their type was not in allowed_updates. */
  readonly droppedUpdates: Update[] = [];

  readonly botUser: UserFromGetMe;
  readonly token: string | undefined;

  private readonly now: () => Date;
  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, StandInUser>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private readonly commands = new Map<string, BotCommand[]>();
  private readonly pendingCallbackIds = new Set<string>();
  private readonly pendingJoinRequests = new Set<string>();
  private readonly pollWaiters = new Set<PollWaiter>();
  private readonly callWaiters = new Set<Waiter<RecordedCall>>();
  private readonly messageWaiters = new Set<Waiter<BotMessageEvent>>();
  private readonly idleWaiters = new Set<Waiter<void>>();
  private readonly pollerWaiters = new Set<Waiter<void>>();
  private readonly messageListeners = new Set<(e: BotMessageEvent) => void>();
  private readonly deleteListeners = new Set<(e: { chatId: number; messageId: number }) => void>();
  private readonly callListeners = new Set<(c: RecordedCall) => void>();
  private readonly updateListeners = new Set<(u: Update) => void>();
  private queue: Update[] = [];
  private nextUpdateId: number;
  private allowedUpdates: string[] = [];
  private webhookUrl = "";
  private defaultMenuButton: unknown = { type: "commands" };
  private callSeq = 0;
  private fileSeq = 0;
  private callbackSeq = 0;
  private wakeScheduled = false;
  private closed = false;

  constructor(options: BotApiStandInOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.token = options.token;
    this.nextUpdateId = options.firstUpdateId ?? 1;
    this.botUser = {
      id: options.botId ?? 6000000001,
      is_bot: true,
      first_name: options.botFirstName ?? "Stand-in Bot",
      username: options.botUsername ?? "standin_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
  }

  // ------------------------------------------------------------------ core

  /** True if a request made with `token` is authorized. */
  acceptsToken(token: string): boolean {
    return this.token === undefined || this.token === token;
  }

  /**
   * Performs one Bot API call. Never throws: failures come back as
   * `{ ok: false, error_code, description }` exactly like Telegram's.
   */
  async handle(method: string, params: Record<string, unknown> = {}, options: HandleOptions = {}): Promise<ApiResponse> {
    const call: RecordedCall = { seq: ++this.callSeq, method, params, time: this.now() };
    this.outbox.push(call);
    let response: ApiResponse;
    if (options.token !== undefined && !this.acceptsToken(options.token)) {
      response = { ok: false, error_code: 401, description: "Unauthorized" };
    } else {
      try {
        response =
          method.toLowerCase() === "getupdates"
            ? await this.getUpdates(params ?? {}, options.signal)
            : { ok: true, result: await this.dispatch(method, params ?? {}) };
      } catch (err) {
        response =
          err instanceof ApiError
            ? compact({ ok: false as const, error_code: err.errorCode, description: err.description, parameters: err.parameters })
            : { ok: false, error_code: 500, description: `Internal Server Error: ${err instanceof Error ? err.message : String(err)}` };
      }
    }
    call.response = response;
    for (const l of this.callListeners) safe(() => l(call));
    for (const w of [...this.callWaiters]) if (w.match(call)) w.resolve(call);
    return response;
  }

  /** Releases pending long polls (they resolve with `[]`); later getUpdates calls fail with 500. */
  close(): void {
    this.closed = true;
    for (const w of [...this.pollWaiters]) w.finish({ ok: true, result: [] });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async dispatch(method: string, p: Params): Promise<unknown> {
    const m = method.toLowerCase();
    switch (m) {
      case "getme":
        return { ...this.botUser };
      case "deletewebhook":
        this.webhookUrl = "";
        if (toBool(p.drop_pending_updates)) {
          this.queue = [];
          this.checkIdle();
        }
        return true;
      case "setwebhook":
        this.webhookUrl = toStr(p.url) ?? "";
        return true;
      case "getwebhookinfo":
        return {
          url: this.webhookUrl,
          has_custom_certificate: false,
          pending_update_count: this.queue.length,
        };
      case "setmycommands":
        return this.setMyCommands(p);
      case "getmycommands":
        return clone(this.commands.get(commandsKey(p.scope, p.language_code)) ?? []);
      case "deletemycommands":
        this.commands.delete(commandsKey(p.scope, p.language_code));
        return true;
      case "sendmessage":
        return this.sendMessage(p);
      case "editmessagetext":
        return this.editMessageText(p);
      case "editmessagecaption":
        return this.editMessageCaption(p);
      case "editmessagereplymarkup":
        return this.editMessageReplyMarkup(p);
      case "deletemessage":
        return this.deleteMessage(p);
      case "deletemessages": {
        const ids = toObj(p.message_ids);
        if (!Array.isArray(ids)) throw badRequest("message_ids is empty");
        for (const id of ids) {
          try {
            this.deleteMessage({ chat_id: p.chat_id, message_id: id });
          } catch {
            // Telegram skips messages that can't be deleted.
          }
        }
        return true;
      }
      case "answercallbackquery":
        return this.answerCallbackQuery(p);
      case "senddocument":
        return this.sendFile(p, "document");
      case "sendphoto":
        return this.sendFile(p, "photo");
      case "sendchataction": {
        const state = this.writableChat(p.chat_id);
        const action = toStr(p.action);
        if (!action) throw badRequest("action is empty");
        this.chatActions.push({ chatId: state.chat.id, action, time: this.now() });
        return true;
      }
      case "answerinlinequery":
        this.inlineAnswers.push({ inlineQueryId: toStr(p.inline_query_id) ?? "", results: toObj(p.results), params: p });
        return true;
      case "setchatmenubutton": {
        const button = toObj(p.menu_button) ?? { type: "default" };
        if (p.chat_id === undefined || p.chat_id === null) this.defaultMenuButton = button;
        else this.chatState(this.resolveChatId(p.chat_id)).menuButton = button;
        return true;
      }
      case "getchatmenubutton":
        if (p.chat_id === undefined || p.chat_id === null) return clone(this.defaultMenuButton);
        return clone(this.chatState(this.resolveChatId(p.chat_id)).menuButton ?? this.defaultMenuButton);
      case "getchat":
        return this.getChat(p);
      case "getchatmember": {
        const state = this.chatState(this.resolveChatId(p.chat_id));
        const userId = toInt(p.user_id);
        if (userId === undefined) throw badRequest("invalid user_id specified");
        return this.chatMember(state, userId);
      }
      case "getchatadministrators": {
        const state = this.chatState(this.resolveChatId(p.chat_id));
        return [...state.members.entries()]
          .filter(([, s]) => s === "administrator" || s === "creator")
          .map(([id]) => this.chatMember(state, id));
      }
      case "getchatmembercount": {
        const state = this.chatState(this.resolveChatId(p.chat_id));
        return state.chat.type === "private" ? 2 : Math.max(1, [...state.members.values()].filter(isPresent).length);
      }
      case "approvechatjoinrequest":
      case "declinechatjoinrequest":
        return this.decideJoinRequest(p, m === "approvechatjoinrequest" ? "approved" : "declined");
      case "createchatinvitelink":
        return this.createChatInviteLink(p);
      case "leavechat": {
        const state = this.chatState(this.resolveChatId(p.chat_id));
        state.left = true;
        return true;
      }
      case "getfile":
        return this.getFile(p);
      default:
        if (SILENT_TRUE_METHODS.has(m)) return true;
        throw new ApiError(404, "Not Found: method not found");
    }
  }

  // ---------------------------------------------------------- getUpdates

  private getUpdates(p: Params, signal: AbortSignalLike | undefined): ApiResponse | Promise<ApiResponse> {
    if (this.webhookUrl !== "") {
      throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    if (this.closed) {
      return { ok: false, error_code: 500, description: "Internal Server Error: the Bot API stand-in is closed" };
    }
    for (const w of [...this.pollWaiters]) {
      w.finish({
        ok: false,
        error_code: 409,
        description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      });
    }
    const offset = toInt(p.offset) ?? 0;
    const limit = Math.min(100, Math.max(1, toInt(p.limit) ?? 100));
    const timeoutSec = Math.max(0, toNum(p.timeout) ?? 0);
    const allowed = toObj(p.allowed_updates);
    if (Array.isArray(allowed)) this.allowedUpdates = allowed.map(String);

    let minId = 0;
    if (offset > 0) {
      this.queue = this.queue.filter((u) => u.update_id >= offset);
      minId = offset;
    } else if (offset < 0) {
      this.queue = this.queue.slice(offset);
    }
    const ready = this.deliverable(minId, limit);
    this.checkIdle();
    if (ready.length > 0 || timeoutSec === 0 || signal?.aborted) return { ok: true, result: ready };

    return new Promise<ApiResponse>((resolve) => {
      const onAbort = () => waiter.finish({ ok: true, result: [] });
      const timer = setTimeout(() => waiter.finish({ ok: true, result: [] }), timeoutSec * 1000);
      const waiter: PollWaiter = {
        minId,
        limit,
        finish: (r) => {
          if (!this.pollWaiters.delete(waiter)) return;
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
          resolve(r);
        },
      };
      this.pollWaiters.add(waiter);
      signal?.addEventListener("abort", onAbort, { once: true });
      for (const w of [...this.pollerWaiters]) w.resolve();
    });
  }

  private isAllowed(u: Update): boolean {
    const type = Object.keys(u).find((k) => k !== "update_id") ?? "";
    return this.allowedUpdates.length === 0 ? !DEFAULT_EXCLUDED_UPDATES.has(type) : this.allowedUpdates.includes(type);
  }

  private deliverable(minId: number, limit: number): Update[] {
    this.queue = this.queue.filter((u) => {
      if (this.isAllowed(u)) return true;
      this.droppedUpdates.push(u);
      return false;
    });
    return this.queue.filter((u) => u.update_id >= minId).slice(0, limit);
  }

  private scheduleWake(): void {
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    queueMicrotask(() => {
      this.wakeScheduled = false;
      for (const w of [...this.pollWaiters]) {
        const ready = this.deliverable(w.minId, w.limit);
        if (ready.length > 0) w.finish({ ok: true, result: ready });
      }
    });
  }

  // -------------------------------------------------------------- chats

  /** Registers (or updates) a user so that getChat/getChatMember know their names. */
  registerUser(user: StandInUser): void {
    this.users.set(user.id, { ...this.users.get(user.id), ...user });
  }

  /** Registers (or updates) a chat. */
  registerChat(chat: Chat): void {
    const state = this.chatState(chat.id, chat);
    state.chat = { ...state.chat, ...chat } as Chat;
  }

  /** Marks a chat as having blocked the bot: sends to it fail with 403. */
  blockChat(chatId: number): void {
    this.chatState(chatId).blocked = true;
  }

  unblockChat(chatId: number): void {
    this.chatState(chatId).blocked = false;
  }

  /** Sets what getChatMember reports for `userId` in `chatId` (default "member"). */
  setChatMemberStatus(chatId: number, userId: number, status: ChatMemberStatus): void {
    this.chatState(chatId).members.set(userId, status);
  }

  /** The chat as the stand-in knows it, if any. */
  getChatInfo(chatId: number): Chat | undefined {
    return this.chats.get(chatId)?.chat;
  }

  /** True after the bot called leaveChat for this chat. */
  hasLeftChat(chatId: number): boolean {
    return this.chats.get(chatId)?.left ?? false;
  }

  private chatState(chatId: number, known?: Chat): ChatState {
    let state = this.chats.get(chatId);
    if (state === undefined) {
      state = {
        chat: known ?? this.synthesizeChat(chatId),
        nextMessageId: 1,
        existing: new Set(),
        botMessages: new Map(),
        order: [],
        blocked: false,
        left: false,
        members: new Map(),
      };
      this.chats.set(chatId, state);
    }
    return state;
  }

  private synthesizeChat(chatId: number): Chat {
    if (chatId > 0) {
      const u = this.users.get(chatId);
      return compact({
        id: chatId,
        type: "private" as const,
        first_name: u?.first_name ?? `User ${chatId}`,
        last_name: u?.last_name,
        username: u?.username,
      });
    }
    if (String(chatId).startsWith("-100")) return { id: chatId, type: "supergroup", title: `Group ${chatId}` };
    return { id: chatId, type: "group", title: `Group ${chatId}` };
  }

  private resolveChatId(v: unknown): number {
    if (v === undefined || v === null || v === "") throw badRequest("chat_id is empty");
    const id = toInt(v);
    if (id !== undefined) return id;
    if (typeof v === "string" && v.startsWith("@")) {
      const name = v.slice(1).toLowerCase();
      for (const s of this.chats.values()) {
        if (s.chat.username?.toLowerCase() === name) return s.chat.id;
      }
    }
    throw badRequest("chat not found");
  }

  /** A chat the bot may post in, or a 403. */
  private writableChat(chatIdParam: unknown): ChatState {
    const state = this.chatState(this.resolveChatId(chatIdParam));
    if (state.blocked) {
      throw new ApiError(403, state.chat.type === "private" ? "Forbidden: bot was blocked by the user" : "Forbidden: bot was kicked from the group chat");
    }
    if (state.left) {
      throw new ApiError(403, `Forbidden: bot is not a member of the ${state.chat.type === "supergroup" ? "supergroup" : state.chat.type === "channel" ? "channel" : "group"} chat`);
    }
    return state;
  }

  private userObject(userId: number): User {
    const u = this.users.get(userId);
    if (userId === this.botUser.id) return this.botFrom();
    return compact({
      id: userId,
      is_bot: u?.is_bot ?? false,
      first_name: u?.first_name ?? `User ${userId}`,
      last_name: u?.last_name,
      username: u?.username,
      language_code: u?.language_code,
    });
  }

  private botFrom(): User {
    return { id: this.botUser.id, is_bot: true, first_name: this.botUser.first_name, username: this.botUser.username };
  }

  private getChat(p: Params): unknown {
    const state = this.chatState(this.resolveChatId(p.chat_id));
    return {
      ...state.chat,
      accent_color_id: 0,
      max_reaction_count: 11,
      accepted_gift_types: {
        unlimited_gifts: false,
        limited_gifts: false,
        unique_gifts: false,
        premium_subscription: false,
      },
    };
  }

  private chatMember(state: ChatState, userId: number): ChatMember {
    const user = this.userObject(userId);
    const status = state.members.get(userId) ?? "member";
    switch (status) {
      case "creator":
        return { status, user, is_anonymous: false };
      case "administrator":
        return {
          status,
          user,
          can_be_edited: false,
          is_anonymous: false,
          can_manage_chat: true,
          can_delete_messages: true,
          can_manage_video_chats: true,
          can_restrict_members: true,
          can_promote_members: false,
          can_change_info: true,
          can_invite_users: true,
          can_post_stories: false,
          can_edit_stories: false,
          can_delete_stories: false,
          can_pin_messages: true,
          can_send_welcome_messages: false,
        };
      case "restricted":
        return {
          status,
          user,
          is_member: true,
          can_send_messages: false,
          can_send_audios: false,
          can_send_documents: false,
          can_send_photos: false,
          can_send_videos: false,
          can_send_video_notes: false,
          can_send_voice_notes: false,
          can_send_polls: false,
          can_send_other_messages: false,
          can_add_web_page_previews: false,
          can_change_info: false,
          can_invite_users: false,
          can_pin_messages: false,
          can_manage_topics: false,
          until_date: 0,
        } as unknown as ChatMember;
      case "kicked":
        return { status, user, until_date: 0 };
      case "left":
        return { status, user };
      default:
        return { status: "member", user };
    }
  }

  // ------------------------------------------------------------ commands

  private setMyCommands(p: Params): true {
    const commands = toObj(p.commands);
    if (!Array.isArray(commands)) throw badRequest("parameter \"commands\" is required");
    if (commands.length > 100) throw badRequest("too many commands");
    const list: BotCommand[] = [];
    for (const c of commands) {
      if (!isRecord(c)) throw badRequest("can't parse BotCommand");
      const command = toStr(c.command) ?? "";
      const description = toStr(c.description) ?? "";
      if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest("BOT_COMMAND_INVALID");
      if (description.trim().length < 1 || description.length > 256) throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      list.push({ command, description });
    }
    this.commands.set(commandsKey(p.scope, p.language_code), list);
    return true;
  }

  /** Commands stored for a scope (default `{type:"default"}`) and language (default ""). */
  commandsFor(scope?: Record<string, unknown>, languageCode?: string): BotCommand[] {
    return clone(this.commands.get(commandsKey(scope, languageCode)) ?? []);
  }

  // ------------------------------------------------------------ messages

  private nextMessageId(state: ChatState): number {
    const id = state.nextMessageId++;
    state.existing.add(id);
    return id;
  }

  private date(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  private parseText(
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

  private sendMessage(p: Params): Message {
    const state = this.writableChat(p.chat_id);
    const { raw, parsed, parseMode } = this.parseText(p.text, p.parse_mode, "text", p.entities);
    const markup = normalizeMarkup(p.reply_markup);
    const messageId = this.nextMessageId(state);
    const message = compact({
      message_id: messageId,
      from: this.botFrom(),
      chat: { ...state.chat },
      date: this.date(),
      text: parsed.text,
      entities: parsed.entities.length > 0 ? parsed.entities : undefined,
      reply_markup: markup.inline,
    }) as unknown as Message;
    const stored = this.storeBotMessage(state, {
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
    this.emitMessage("send", stored);
    return clone(message);
  }

  private storeBotMessage(
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
      sentAt: this.now(),
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
  private editableMessage(p: Params): StoredBotMessage {
    const state = this.chatState(this.resolveChatId(p.chat_id));
    const messageId = toInt(p.message_id);
    if (messageId === undefined) throw badRequest("message identifier is not specified");
    const stored = state.botMessages.get(messageId);
    if (stored === undefined || stored.deleted) {
      if (state.existing.has(messageId)) throw badRequest("message can't be edited");
      throw badRequest("message to edit not found");
    }
    return stored;
  }

  private applyEdit(
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
    msg.edit_date = this.date();
    compact(msg);
    this.emitMessage("edit", stored);
    return clone(stored.message);
  }

  private editMessageText(p: Params): Message | true {
    return this.editTextOrCaption(p, "text");
  }

  private editMessageCaption(p: Params): Message | true {
    return this.editTextOrCaption(p, "caption");
  }

  /** Text messages have text, documents and photos a caption; each edit accepts only its own. */
  private editTextOrCaption(p: Params, field: "text" | "caption"): Message | true {
    if (p.inline_message_id !== undefined) return true;
    const stored = this.editableMessage(p);
    if ((stored.type === "text") !== (field === "text")) throw badRequest(`there is no ${field} in the message to edit`);
    const { raw, parsed, parseMode } = this.parseText(p[field], p.parse_mode, field, field === "text" ? p.entities : p.caption_entities);
    return this.applyEdit(stored, {
      text: parsed.text,
      rawText: raw,
      parseMode,
      entities: parsed.entities,
      markup: normalizeMarkup(p.reply_markup),
    });
  }

  private editMessageReplyMarkup(p: Params): Message | true {
    if (p.inline_message_id !== undefined) return true;
    const stored = this.editableMessage(p);
    return this.applyEdit(stored, { markup: normalizeMarkup(p.reply_markup) });
  }

  private deleteMessage(p: Params): true {
    const state = this.chatState(this.resolveChatId(p.chat_id));
    const messageId = toInt(p.message_id);
    if (messageId === undefined || !state.existing.has(messageId)) throw badRequest("message to delete not found");
    state.existing.delete(messageId);
    const stored = state.botMessages.get(messageId);
    if (stored !== undefined) stored.deleted = true;
    const event = { chatId: state.chat.id, messageId };
    for (const l of this.deleteListeners) safe(() => l(event));
    return true;
  }

  // ------------------------------------------------------------- files

  private registerFile(f: Omit<StoredFile, "fileId" | "fileUniqueId" | "filePath">, kind: "document" | "photo"): StoredFile {
    const n = ++this.fileSeq;
    const ext = /\.([A-Za-z0-9]{1,8})$/.exec(f.fileName ?? "")?.[1] ?? (kind === "photo" ? "jpg" : "dat");
    const stored: StoredFile = compact({
      ...f,
      fileId: `${kind === "photo" ? "AgAC" : "BQAC"}standin${n}`,
      fileUniqueId: `AQAD${n}`,
      filePath: `${kind === "photo" ? "photos" : "documents"}/file_${n}.${ext}`,
    });
    this.files.set(stored.fileId, stored);
    this.filesByPath.set(stored.filePath, stored);
    return stored;
  }

  /** Looks up a stored file by file_id. */
  getStoredFile(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  /** Looks up a stored file by the file_path returned from getFile (used for downloads). */
  fileByPath(filePath: string): StoredFile | undefined {
    return this.filesByPath.get(filePath);
  }

  /** All files known to the stand-in (bot uploads, user documents, ...). */
  allFiles(): StoredFile[] {
    return [...this.files.values()];
  }

  private resolveInputFile(value: unknown, kind: "document" | "photo"): StoredFile {
    if (isInputUpload(value)) {
      if (value.bytes.byteLength === 0) throw badRequest("file must be non-empty");
      const fileName = value.fileName || (kind === "photo" ? "photo.jpg" : "document.dat");
      const declared = value.mimeType && value.mimeType !== "application/octet-stream" ? value.mimeType : undefined;
      return this.registerFile(
        {
          fileName,
          mimeType: declared ?? guessMimeType(fileName) ?? "application/octet-stream",
          size: value.bytes.byteLength,
          bytes: value.bytes,
          source: "bot-upload",
        },
        kind,
      );
    }
    const s = toStr(value);
    if (s === undefined || s === "") throw badRequest(`there is no ${kind} in the request`);
    const known = this.files.get(s);
    if (known !== undefined) return known;
    if (/^https?:\/\//i.test(s)) {
      let fileName: string | undefined;
      try {
        fileName = decodeURIComponent(new URL(s).pathname.split("/").pop() ?? "") || undefined;
      } catch {
        throw badRequest("wrong HTTP URL specified");
      }
      return this.registerFile({ fileName, mimeType: guessMimeType(fileName), source: "url" }, kind);
    }
    if (s.startsWith("attach://")) throw badRequest(`can't find attached file "${s.slice(9)}"`);
    // An unknown file_id (e.g. from an earlier run): accept it, but we know nothing about it.
    const f: StoredFile = { fileId: s, fileUniqueId: `AQAD${s.slice(-8)}`, filePath: `${kind}s/${s}`, source: "file_id" };
    this.files.set(s, f);
    this.filesByPath.set(f.filePath, f);
    return f;
  }

  private sendFile(p: Params, kind: "document" | "photo"): Message {
    const state = this.writableChat(p.chat_id);
    const file = this.resolveInputFile(p[kind], kind);
    const { raw, parsed, parseMode } = this.parseText(p.caption, p.parse_mode, "caption", p.caption_entities);
    const markup = normalizeMarkup(p.reply_markup);
    const messageId = this.nextMessageId(state);
    const media =
      kind === "document"
        ? {
            document: compact({
              file_id: file.fileId,
              file_unique_id: file.fileUniqueId,
              file_name: file.fileName,
              mime_type: file.mimeType,
              file_size: file.size,
            }),
          }
        : {
            photo: [
              compact({ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 320, height: 320, file_size: file.size }),
            ],
          };
    const message = compact({
      message_id: messageId,
      from: this.botFrom(),
      chat: { ...state.chat },
      date: this.date(),
      ...media,
      caption: parsed.text === "" ? undefined : parsed.text,
      caption_entities: parsed.entities.length > 0 ? parsed.entities : undefined,
      reply_markup: markup.inline,
    }) as unknown as Message;
    const stored = this.storeBotMessage(state, {
      chatId: state.chat.id,
      messageId,
      type: kind,
      text: parsed.text,
      rawText: raw,
      parseMode,
      entities: parsed.entities,
      message,
      markup,
      fileId: file.fileId,
      fileName: file.fileName,
      fileSize: file.size,
      mimeType: file.mimeType,
    });
    this.emitMessage(kind, stored);
    return clone(message);
  }

  private getFile(p: Params): unknown {
    const fileId = toStr(p.file_id);
    const f = fileId === undefined ? undefined : this.files.get(fileId);
    if (f === undefined) throw badRequest("invalid file_id");
    if (f.size !== undefined && f.size > 20 * 1024 * 1024) throw badRequest("file is too big");
    return compact({ file_id: f.fileId, file_unique_id: f.fileUniqueId, file_size: f.size, file_path: f.filePath });
  }

  // ---------------------------------------------------- callbacks & chats

  private answerCallbackQuery(p: Params): true {
    const id = toStr(p.callback_query_id) ?? "";
    if (!this.pendingCallbackIds.delete(id)) {
      throw badRequest("query is too old and response timeout expired or query ID is invalid");
    }
    this.answeredCallbacks.push(
      compact({
        id,
        text: toStr(p.text),
        show_alert: toBool(p.show_alert),
        url: toStr(p.url),
        cache_time: toInt(p.cache_time),
      }),
    );
    return true;
  }

  private decideJoinRequest(p: Params, decision: "approved" | "declined"): true {
    const chatId = this.resolveChatId(p.chat_id);
    const userId = toInt(p.user_id);
    if (userId === undefined) throw badRequest("invalid user_id specified");
    this.requireInviteRights(chatId);
    if (!this.pendingJoinRequests.delete(`${chatId}:${userId}`)) throw badRequest("HIDE_REQUESTER_MISSING");
    if (decision === "approved") this.chatState(chatId).members.set(userId, "member");
    this.joinRequestDecisions.push({ chatId, userId, decision, time: this.now() });
    return true;
  }

  /**
   * Like Telegram, invite links and join-request decisions need the bot to be an admin of the
   * group, when the stand-in was told the bot's status there (setChatMemberStatus).
   */
  private requireInviteRights(chatId: number): void {
    const status = this.chats.get(chatId)?.members.get(this.botUser.id);
    if (status !== undefined && status !== "administrator" && status !== "creator") {
      throw badRequest("not enough rights to manage chat invite links");
    }
  }

  private createChatInviteLink(p: Params): ChatInviteLink {
    const state = this.chatState(this.resolveChatId(p.chat_id));
    if (state.chat.type === "private") throw badRequest("can't invite members to a private chat");
    this.requireInviteRights(state.chat.id);
    const createsJoinRequest = toBool(p.creates_join_request);
    if (createsJoinRequest && p.member_limit !== undefined) {
      throw badRequest("member limit can't be specified for links requiring administrator approval");
    }
    const code = Math.random().toString(36).slice(2, 12) + (this.inviteLinks.length + 1).toString(36);
    const link: ChatInviteLink = compact({
      invite_link: `https://t.me/+${code}`,
      creator: this.botFrom(),
      creates_join_request: createsJoinRequest,
      is_primary: false,
      is_revoked: false,
      name: toStr(p.name),
      expire_date: toInt(p.expire_date),
      member_limit: toInt(p.member_limit),
    });
    this.inviteLinks.push({ ...link, chatId: state.chat.id });
    return clone(link);
  }

  // ---------------------------------------------------------- inspection

  /** The bot's messages in a chat, oldest first (live records; edits update them in place). */
  messagesIn(chatId: number, options: { includeDeleted?: boolean } = {}): StoredBotMessage[] {
    const order = this.chats.get(chatId)?.order ?? [];
    return options.includeDeleted ? [...order] : order.filter((m) => !m.deleted);
  }

  /** A bot message by id (also deleted ones). */
  botMessage(chatId: number, messageId: number): StoredBotMessage | undefined {
    return this.chats.get(chatId)?.botMessages.get(messageId);
  }

  /** The most recent bot message in the chat that still has an inline keyboard. */
  lastMessageWithKeyboard(chatId: number): StoredBotMessage | undefined {
    const list = this.messagesIn(chatId);
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (m !== undefined && m.buttons.length > 0 && m.buttons.some((r) => r.length > 0)) return m;
    }
    return undefined;
  }

  /** The most recent (non-deleted) bot message in the chat. */
  lastMessage(chatId: number): StoredBotMessage | undefined {
    const list = this.messagesIn(chatId);
    return list[list.length - 1];
  }

  /** The reply keyboard currently shown in the chat, if any. */
  currentReplyKeyboard(chatId: number): ReplyKeyboardState | undefined {
    return this.chats.get(chatId)?.replyKeyboard;
  }

  /** Recorded calls, optionally only those of one method (case-insensitive). */
  calls(method?: string): RecordedCall[] {
    if (method === undefined) return [...this.outbox];
    const m = method.toLowerCase();
    return this.outbox.filter((c) => c.method.toLowerCase() === m);
  }

  /** Updates enqueued and not yet confirmed by a getUpdates offset. */
  pendingUpdateCount(): number {
    return this.queue.length;
  }

  /** A copy of the unconfirmed updates. */
  pendingUpdates(): Update[] {
    return clone(this.queue);
  }

  /** Number of getUpdates calls currently waiting (long polling). */
  activePollCount(): number {
    return this.pollWaiters.size;
  }

  // -------------------------------------------------------- events/waits

  /** Called for every send/edit/document/photo of the bot. Returns an unsubscribe function. */
  onBotMessage(listener: (event: BotMessageEvent) => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  /** Called when the bot deletes a message. Returns an unsubscribe function. */
  onMessageDeleted(listener: (event: { chatId: number; messageId: number }) => void): () => void {
    this.deleteListeners.add(listener);
    return () => this.deleteListeners.delete(listener);
  }

  /** Called after every completed call (response filled in). Returns an unsubscribe function. */
  onCall(listener: (call: RecordedCall) => void): () => void {
    this.callListeners.add(listener);
    return () => this.callListeners.delete(listener);
  }

  /** Called for every enqueued update. Returns an unsubscribe function. */
  onUpdate(listener: (update: Update) => void): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  /**
   * Resolves with the next call that completes after this point and matches
   * `method` (name, case-insensitive) or predicate. Rejects after `timeoutMs`.
   */
  nextCall(method?: string | ((call: RecordedCall) => boolean), options: WaitOptions = {}): Promise<RecordedCall> {
    const match =
      method === undefined
        ? () => true
        : typeof method === "function"
          ? method
          : (c: RecordedCall) => c.method.toLowerCase() === method.toLowerCase();
    return this.wait(this.callWaiters, match, options, `call${typeof method === "string" ? ` to ${method}` : ""}`);
  }

  /**
   * Resolves with the next bot message event after this point (optionally in
   * `chatId` / matching `predicate`). Rejects after `timeoutMs`.
   */
  nextBotMessage(
    filter: { chatId?: number; kind?: BotMessageKind; predicate?: (e: BotMessageEvent) => boolean } = {},
    options: WaitOptions = {},
  ): Promise<BotMessageEvent> {
    const match = (e: BotMessageEvent) =>
      (filter.chatId === undefined || e.chatId === filter.chatId) &&
      (filter.kind === undefined || e.kind === filter.kind) &&
      (filter.predicate === undefined || filter.predicate(e));
    return this.wait(this.messageWaiters, match, options, "bot message");
  }

  /** Resolves once a getUpdates call is waiting (long polling), i.e. the bot is up and idle. */
  waitForPoller(options: WaitOptions = {}): Promise<void> {
    if (this.pollWaiters.size > 0) return Promise.resolve();
    return this.wait(this.pollerWaiters, () => true, options, "a long-polling getUpdates call");
  }

  /** Resolves once every enqueued update has been confirmed (i.e. processed) by the bot. */
  waitForUpdatesConsumed(options: WaitOptions = {}): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    return this.wait(this.idleWaiters, () => true, options, `updates to be consumed (${this.queue.length} pending)`);
  }

  private checkIdle(): void {
    if (this.queue.length > 0) return;
    for (const w of [...this.idleWaiters]) w.resolve();
  }

  private wait<T>(set: Set<Waiter<T>>, match: (v: T) => boolean, options: WaitOptions, what: string): Promise<T> {
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        match,
        resolve: (v) => {
          set.delete(waiter);
          clearTimeout(timer);
          resolve(v);
        },
      };
      const timer = setTimeout(() => {
        set.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      set.add(waiter);
    });
  }

  private emitMessage(kind: BotMessageKind, stored: StoredBotMessage): void {
    const event: BotMessageEvent = compact({
      kind,
      chatId: stored.chatId,
      messageId: stored.messageId,
      text: stored.text,
      rawText: stored.rawText,
      parseMode: stored.parseMode,
      buttons: clone(stored.buttons),
      replyKeyboard: kind === "edit" ? undefined : stored.replyKeyboard && clone(stored.replyKeyboard),
      removeKeyboard: kind !== "edit" && stored.removeKeyboard ? true : undefined,
      fileName: stored.fileName,
      fileSize: stored.fileSize,
      mimeType: stored.mimeType,
      fileId: stored.fileId,
      message: clone(stored.message),
    });
    for (const l of this.messageListeners) safe(() => l(event));
    for (const w of [...this.messageWaiters]) if (w.match(event)) w.resolve(event);
  }

  // ------------------------------------------------------ user activity

  /** Enqueues an update (update_id is assigned) and returns it. */
  enqueueUpdate(partial: Omit<Update, "update_id">): Update {
    const update = { update_id: this.nextUpdateId++, ...partial } as Update;
    this.observe(update);
    this.queue.push(update);
    for (const l of this.updateListeners) safe(() => l(update));
    this.scheduleWake();
    return update;
  }

  /** Learns users, chats, message ids, callback ids and join requests from an update. */
  private observe(u: Update): void {
    const msg = u.message ?? u.edited_message ?? u.channel_post ?? u.edited_channel_post;
    if (msg !== undefined) {
      this.learnChat(msg.chat);
      if (msg.from) this.learnUser(msg.from);
      const state = this.chatState(msg.chat.id);
      if (u.message !== undefined || u.channel_post !== undefined) {
        state.existing.add(msg.message_id);
        state.nextMessageId = Math.max(state.nextMessageId, msg.message_id + 1);
        if (state.replyKeyboard?.oneTime && (msg.text !== undefined || msg.contact !== undefined)) {
          state.replyKeyboard = undefined;
        }
      }
    }
    if (u.callback_query !== undefined) {
      this.learnUser(u.callback_query.from);
      this.pendingCallbackIds.add(u.callback_query.id);
    }
    if (u.chat_join_request !== undefined) {
      this.learnChat(u.chat_join_request.chat);
      this.learnUser(u.chat_join_request.from);
      this.pendingJoinRequests.add(`${u.chat_join_request.chat.id}:${u.chat_join_request.from.id}`);
    }
    if (u.my_chat_member !== undefined) {
      this.learnChat(u.my_chat_member.chat);
      this.learnUser(u.my_chat_member.from);
    }
    if (u.inline_query !== undefined) this.learnUser(u.inline_query.from);
  }

  private learnUser(u: User): void {
    if (u.id === this.botUser.id) return;
    if (!this.users.has(u.id)) this.registerUser(compact({ ...u }) as StandInUser);
  }

  private learnChat(chat: Chat): void {
    if (!this.chats.has(chat.id)) this.chatState(chat.id, { ...chat });
  }

  private chatFor(user: StandInUser, chat: ChatRef | undefined): ChatState {
    this.registerUser(user);
    if (chat === undefined) {
      const priv: Chat = compact({
        id: user.id,
        type: "private" as const,
        first_name: user.first_name,
        last_name: user.last_name,
        username: user.username,
      });
      const state = this.chatState(user.id, priv);
      if (state.chat.type === "private") state.chat = priv;
      return state;
    }
    if (typeof chat === "number") return this.chatState(chat);
    const state = this.chatState(chat.id, { ...chat });
    state.chat = { ...state.chat, ...chat } as Chat;
    return state;
  }

  private userMessage(user: StandInUser, state: ChatState, extra: Record<string, unknown>): Update {
    const message = compact({
      message_id: state.nextMessageId,
      from: userAsTelegramUser(user),
      chat: { ...state.chat },
      date: this.date(),
      ...extra,
    });
    return this.enqueueUpdate({ message } as unknown as Omit<Update, "update_id">);
  }

  /**
   * The user sends a text (private chat with the bot by default). A leading
   * "/command" (optionally "/command@botname") gets a bot_command entity.
   */
  userSendsText(user: StandInUser, text: string, chat?: ChatRef): Update {
    const state = this.chatFor(user, chat);
    const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text)?.[0];
    return this.userMessage(user, state, {
      text,
      entities: command !== undefined ? [{ type: "bot_command", offset: 0, length: command.length }] : undefined,
    });
  }

  /** The user presses an inline button (callback_data) on a bot message. Throws if no such button exists. */
  userPressesButton(user: StandInUser, chatId: number, messageId: number, callbackData: string): Update {
    const state = this.chats.get(chatId);
    const stored = state?.botMessages.get(messageId);
    if (state === undefined || stored === undefined || stored.deleted) {
      throw new Error(`BotApiStandIn: no bot message ${messageId} in chat ${chatId}`);
    }
    const all = stored.buttons.flat();
    if (!all.some((b) => b.callbackData === callbackData)) {
      const available = all.map((b) => `${JSON.stringify(b.text)}=${JSON.stringify(b.callbackData ?? b.url ?? null)}`).join(", ");
      throw new Error(
        `BotApiStandIn: message ${messageId} in chat ${chatId} has no button with callback_data ${JSON.stringify(callbackData)} (buttons: ${available || "none"})`,
      );
    }
    this.registerUser(user);
    const id = String(4_200_000_000_000 + ++this.callbackSeq);
    return this.enqueueUpdate({
      callback_query: {
        id,
        from: userAsTelegramUser(user),
        message: clone(stored.message),
        chat_instance: String(Math.abs(chatId * 7919 + this.botUser.id) % 1e15),
        data: callbackData,
      },
    } as unknown as Omit<Update, "update_id">);
  }

  /**
   * The user presses the inline button labelled `label` on message `messageId`
   * (default: the latest bot message with an inline keyboard that has such a button).
   */
  userPressesButtonLabeled(user: StandInUser, chatId: number, label: string, messageId?: number): Update {
    const candidates = messageId !== undefined
      ? [this.botMessage(chatId, messageId)].filter((m): m is StoredBotMessage => m !== undefined && !m.deleted)
      : this.messagesIn(chatId).reverse();
    for (const m of candidates) {
      const button = m.buttons.flat().find((b) => b.text === label && b.callbackData !== undefined);
      if (button?.callbackData !== undefined) return this.userPressesButton(user, chatId, m.messageId, button.callbackData);
    }
    throw new Error(`BotApiStandIn: no callback button labelled ${JSON.stringify(label)} in chat ${chatId}`);
  }

  /** The user shares their phone number (e.g. via a request_contact keyboard button). */
  userSharesContact(user: StandInUser, phoneNumber: string, chat?: ChatRef): Update {
    const state = this.chatFor(user, chat);
    return this.userMessage(user, state, {
      contact: compact({
        phone_number: phoneNumber,
        first_name: user.first_name,
        last_name: user.last_name,
        user_id: user.id,
      }),
    });
  }

  /**
   * The user sends a document. The bytes are stored and can be fetched via
   * getFile + download; the file_id is `update.message.document.file_id`.
   */
  userSendsDocument(user: StandInUser, doc: DocumentInput, chat?: ChatRef, caption?: string): Update {
    const state = this.chatFor(user, chat);
    const bytes = typeof doc.bytes === "string" ? new TextEncoder().encode(doc.bytes) : doc.bytes;
    const file = this.registerFile(
      {
        fileName: doc.fileName,
        mimeType: doc.mimeType ?? guessMimeType(doc.fileName) ?? "application/octet-stream",
        size: bytes.byteLength,
        bytes,
        source: "user",
      },
      "document",
    );
    return this.userMessage(user, state, {
      document: compact({
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        file_name: file.fileName,
        mime_type: file.mimeType,
        file_size: file.size,
      }),
      caption,
    });
  }

  /** The user sends a (fake, tiny) photo. */
  userSendsPhoto(user: StandInUser, chat?: ChatRef, caption?: string): Update {
    const state = this.chatFor(user, chat);
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
    const file = this.registerFile(
      { fileName: "photo.jpg", mimeType: "image/jpeg", size: bytes.byteLength, bytes, source: "user" },
      "photo",
    );
    return this.userMessage(user, state, {
      photo: [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 90, height: 90, file_size: file.size }],
      caption,
    });
  }

  /** The user sends a sticker. */
  userSendsSticker(user: StandInUser, chat?: ChatRef): Update {
    const state = this.chatFor(user, chat);
    const n = ++this.fileSeq;
    return this.userMessage(user, state, {
      sticker: {
        file_id: `CAACstandin${n}`,
        file_unique_id: `AgAD${n}`,
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: "👍",
        set_name: "StandInStickers",
      },
    });
  }

  /** The user asks to join a group via an invite link that requires approval. */
  userRequestsToJoin(user: StandInUser, chat: Chat, options: { bio?: string; inviteLink?: string } = {}): Update {
    this.registerUser(user);
    this.chatState(chat.id, { ...chat });
    const link = this.inviteLinks.find((l) => l.invite_link === options.inviteLink);
    return this.enqueueUpdate({
      chat_join_request: compact({
        chat: { ...chat },
        from: userAsTelegramUser(user),
        user_chat_id: user.id,
        date: this.date(),
        bio: options.bio,
        invite_link: link ? inviteLinkWithoutChat(link) : undefined,
      }),
    } as unknown as Omit<Update, "update_id">);
  }
}

// ---------------------------------------------------------------------------

function userAsTelegramUser(u: StandInUser): User {
  return compact({
    id: u.id,
    is_bot: u.is_bot ?? false,
    first_name: u.first_name,
    last_name: u.last_name,
    username: u.username,
    language_code: u.language_code,
  });
}

function commandsKey(scope: unknown, languageCode: unknown): string {
  const s = toObj(scope);
  const normalized = isRecord(s) ? Object.fromEntries(Object.entries(s).sort(([a], [b]) => a.localeCompare(b))) : { type: "default" };
  if (isRecord(normalized) && typeof normalized.chat_id === "string" && /^-?\d+$/.test(normalized.chat_id)) {
    normalized.chat_id = Number(normalized.chat_id);
  }
  return `${JSON.stringify(normalized)}|${toStr(languageCode) ?? ""}`;
}

function inviteLinkWithoutChat(link: ChatInviteLink & { chatId: number }): ChatInviteLink {
  const copy: Partial<ChatInviteLink & { chatId: number }> = { ...link };
  delete copy.chatId;
  return copy as ChatInviteLink;
}

function isPresent(s: ChatMemberStatus): boolean {
  return s !== "left" && s !== "kicked";
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    // Listener errors must not break the API call that triggered them.
  }
}
