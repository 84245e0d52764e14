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
import type { BotCommand, Chat, ChatInviteLink, Update, UserFromGetMe } from "grammy/types";
import { commandsKey } from "./chats.js";
import { FaultInjector, type FaultRule, type InjectedFault } from "./faults.js";
import { clone, type Params } from "./params.js";
import { serveCall, type Served } from "./serve.js";
import { StandInState } from "./state.js";
import type {
  AnsweredCallback,
  ApiResponse,
  BotApiStandInOptions,
  BotMessageEvent,
  BotMessageKind,
  ChatMemberStatus,
  ChatRef,
  DocumentInput,
  HandleOptions,
  JoinRequestDecision,
  RecordedCall,
  ReplyKeyboardState,
  StandInUser,
  StoredBotMessage,
  StoredFile,
  WaitOptions,
} from "./types.js";
import * as activity from "./user-activity.js";
import { WebhookPush, type WebhookPushOptions } from "./webhook-push.js";

export * from "./types.js";
export type { Fault, FaultEffect, FaultRule, InjectedFault } from "./faults.js";
export type { Served } from "./serve.js";
export { seeded, updateChatId, WebhookPush, type PushAttempt, type WebhookPushOptions } from "./webhook-push.js";
export { guessMimeType } from "./params.js";
export { parseTelegramHtml } from "./html.js";

export class BotApiStandIn {
  private readonly s: StandInState;
  private readonly faults = new FaultInjector();
  private readonly inFlight = new Set<RecordedCall>();

  /** Every call made to the stand-in, in order. */
  readonly outbox: RecordedCall[];
  /** Answered callback queries, in order. */
  readonly answeredCallbacks: AnsweredCallback[];
  /** Recorded answerInlineQuery calls. */
  readonly inlineAnswers: { inlineQueryId: string; results: unknown; params: Params }[];
  /** Recorded sendChatAction calls. */
  readonly chatActions: { chatId: number; action: string; time: Date }[];
  /** Invite links created by the bot. */
  readonly inviteLinks: (ChatInviteLink & { chatId: number })[];
  /** approveChatJoinRequest / declineChatJoinRequest outcomes. */
  readonly joinRequestDecisions: JoinRequestDecision[];
  /** Updates dropped because their type was not in allowed_updates. */
  readonly droppedUpdates: Update[];

  readonly botUser: UserFromGetMe;
  readonly token: string | undefined;

  constructor(options: BotApiStandInOptions = {}) {
    const s = new StandInState(options);
    this.s = s;
    this.outbox = s.outbox;
    this.answeredCallbacks = s.answeredCallbacks;
    this.inlineAnswers = s.inlineAnswers;
    this.chatActions = s.chatActions;
    this.inviteLinks = s.inviteLinks;
    this.joinRequestDecisions = s.joinRequestDecisions;
    this.droppedUpdates = s.droppedUpdates;
    this.botUser = s.botUser;
    this.token = s.token;
  }

  // ------------------------------------------------------------------ core

  /** True if a request made with `token` is authorized. */
  acceptsToken(token: string): boolean {
    return this.token === undefined || this.token === token;
  }

  /**
   * Performs one Bot API call. Never throws: failures come back as
   * `{ ok: false, error_code, description }` exactly like Telegram's (an injected
   * HTML page or dropped connection as a 5xx answer; the HTTP front ends use `serve`).
   */
  async handle(method: string, params: Record<string, unknown> = {}, options: HandleOptions = {}): Promise<ApiResponse> {
    const served = await this.serve(method, params, options);
    if (served.kind === "json") return served.response;
    if (served.kind === "html") return { ok: false, error_code: served.status, description: `HTTP ${served.status} (HTML page)` };
    return { ok: false, error_code: 500, description: "Internal Server Error: connection dropped (injected fault)" };
  }

  /** Performs one call as the wire sees it: a JSON answer, an HTML error page, or a dropped connection. */
  serve(method: string, params: Record<string, unknown> = {}, options: HandleOptions = {}): Promise<Served> {
    return serveCall(this.s, this.faults, method, params ?? {}, options, this.inFlight);
  }

  /** Releases pending long polls (they resolve with `[]`) and held or delayed calls; later getUpdates calls fail with 500. */
  close(): void {
    this.s.closed = true;
    this.faults.close();
    for (const w of [...this.s.pollWaiters]) w.finish({ ok: true, result: [] });
  }

  // ------------------------------------------------------------- faults

  /**
   * Makes matching calls fail, wait, hang or lose their connection (see {@link FaultRule}); the
   * most recently injected matching fault applies. An error fault for getUpdates also ends the
   * long polls already waiting with that error, as Telegram does with 409 when another instance polls.
   */
  injectFault(rule: FaultRule): InjectedFault {
    const injected = this.faults.add(rule);
    if (rule.fault.type === "error") {
      for (const w of [...this.s.pollWaiters]) {
        const response = this.faults.takeForWaitingPoll();
        if (response === undefined) break;
        w.finish(response);
      }
    }
    return injected;
  }

  /** Removes every injected fault and lets held calls go on. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Lets every held call (hang) go on; the faults stay for later calls. */
  releaseHeld(): void {
    this.faults.releaseHeld();
  }

  /** Calls received and not answered yet (long polls, delayed and held calls), optionally of one method. */
  callsInFlight(method?: string): RecordedCall[] {
    const all = [...this.inFlight];
    return method === undefined ? all : all.filter((c) => c.method.toLowerCase() === method.toLowerCase());
  }

  get isClosed(): boolean {
    return this.s.closed;
  }

  // -------------------------------------------------------------- chats

  /** Registers (or updates) a user so that getChat/getChatMember know their names. */
  registerUser(user: StandInUser): void {
    this.s.registerUser(user);
  }

  /** Registers (or updates) a chat. */
  registerChat(chat: Chat): void {
    const state = this.s.chatState(chat.id, chat);
    state.chat = { ...state.chat, ...chat } as Chat;
  }

  /** Marks a chat as having blocked the bot: sends to it fail with 403. */
  blockChat(chatId: number): void {
    this.s.chatState(chatId).blocked = true;
  }

  unblockChat(chatId: number): void {
    this.s.chatState(chatId).blocked = false;
  }

  /** Sets what getChatMember reports for `userId` in `chatId` (default "member"). */
  setChatMemberStatus(chatId: number, userId: number, status: ChatMemberStatus): void {
    this.s.chatState(chatId).members.set(userId, status);
  }

  /** The chat as the stand-in knows it, if any. */
  getChatInfo(chatId: number): Chat | undefined {
    return this.s.chats.get(chatId)?.chat;
  }

  /** True after the bot called leaveChat for this chat. */
  hasLeftChat(chatId: number): boolean {
    return this.s.chats.get(chatId)?.left ?? false;
  }

  /** Commands stored for a scope (default `{type:"default"}`) and language (default ""). */
  commandsFor(scope?: Record<string, unknown>, languageCode?: string): BotCommand[] {
    return clone(this.s.commands.get(commandsKey(scope, languageCode)) ?? []);
  }

  // ------------------------------------------------------------- files

  /** Looks up a stored file by file_id. */
  getStoredFile(fileId: string): StoredFile | undefined {
    return this.s.files.get(fileId);
  }

  /** Looks up a stored file by the file_path returned from getFile (used for downloads). */
  fileByPath(filePath: string): StoredFile | undefined {
    return this.s.filesByPath.get(filePath);
  }

  /** All files known to the stand-in (bot uploads, user documents, ...). */
  allFiles(): StoredFile[] {
    return [...this.s.files.values()];
  }

  // ---------------------------------------------------------- inspection

  /** The bot's messages in a chat, oldest first (live records; edits update them in place). */
  messagesIn(chatId: number, options: { includeDeleted?: boolean } = {}): StoredBotMessage[] {
    const order = this.s.chats.get(chatId)?.order ?? [];
    return options.includeDeleted ? [...order] : order.filter((m) => !m.deleted);
  }

  /** A bot message by id (also deleted ones). */
  botMessage(chatId: number, messageId: number): StoredBotMessage | undefined {
    return this.s.chats.get(chatId)?.botMessages.get(messageId);
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
    return this.s.chats.get(chatId)?.replyKeyboard;
  }

  /** Recorded calls, optionally only those of one method (case-insensitive). */
  calls(method?: string): RecordedCall[] {
    if (method === undefined) return [...this.s.outbox];
    const m = method.toLowerCase();
    return this.s.outbox.filter((c) => c.method.toLowerCase() === m);
  }

  /** Updates enqueued and not yet confirmed by a getUpdates offset. */
  pendingUpdateCount(): number {
    return this.s.queue.length;
  }

  /** A copy of the unconfirmed updates. */
  pendingUpdates(): Update[] {
    return clone(this.s.queue);
  }

  /**
   * Pushes the queued updates by HTTP POST, as Telegram does while a webhook is set, to the
   * instances behind the registered URL (see {@link WebhookPushOptions}); `stop()` ends it.
   */
  startWebhookPush(options: WebhookPushOptions): WebhookPush {
    return new WebhookPush(this.s, options);
  }

  /** The webhook URL the bot registered ("" when none). */
  get webhookUrl(): string {
    return this.s.webhookUrl;
  }

  /** Number of getUpdates calls currently waiting (long polling). */
  activePollCount(): number {
    return this.s.pollWaiters.size;
  }

  // -------------------------------------------------------- events/waits

  /** Called for every send/edit/document/photo of the bot. Returns an unsubscribe function. */
  onBotMessage(listener: (event: BotMessageEvent) => void): () => void {
    this.s.messageListeners.add(listener);
    return () => this.s.messageListeners.delete(listener);
  }

  /** Called when the bot deletes a message. Returns an unsubscribe function. */
  onMessageDeleted(listener: (event: { chatId: number; messageId: number }) => void): () => void {
    this.s.deleteListeners.add(listener);
    return () => this.s.deleteListeners.delete(listener);
  }

  /** Called after every completed call (response filled in). Returns an unsubscribe function. */
  onCall(listener: (call: RecordedCall) => void): () => void {
    this.s.callListeners.add(listener);
    return () => this.s.callListeners.delete(listener);
  }

  /** Called for every enqueued update. Returns an unsubscribe function. */
  onUpdate(listener: (update: Update) => void): () => void {
    this.s.updateListeners.add(listener);
    return () => this.s.updateListeners.delete(listener);
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
    return this.s.wait(this.s.callWaiters, match, options, `call${typeof method === "string" ? ` to ${method}` : ""}`);
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
    return this.s.wait(this.s.messageWaiters, match, options, "bot message");
  }

  /** Resolves once a getUpdates call is waiting (long polling), i.e. the bot is up and idle. */
  waitForPoller(options: WaitOptions = {}): Promise<void> {
    if (this.s.pollWaiters.size > 0) return Promise.resolve();
    return this.s.wait(this.s.pollerWaiters, () => true, options, "a long-polling getUpdates call");
  }

  /** Resolves once every enqueued update has been confirmed (i.e. processed) by the bot. */
  waitForUpdatesConsumed(options: WaitOptions = {}): Promise<void> {
    if (this.s.queue.length === 0) return Promise.resolve();
    return this.s.wait(this.s.idleWaiters, () => true, options, `updates to be consumed (${this.s.queue.length} pending)`);
  }

  // ------------------------------------------------------ user activity

  /** Enqueues an update (update_id is assigned) and returns it. */
  enqueueUpdate(partial: Omit<Update, "update_id">): Update {
    return this.s.enqueueUpdate(partial);
  }

  /**
   * The user sends a text (private chat with the bot by default). A leading
   * "/command" (optionally "/command@botname") gets a bot_command entity.
   */
  userSendsText(user: StandInUser, text: string, chat?: ChatRef): Update {
    return activity.userSendsText(this.s, user, text, chat);
  }

  /** The user presses an inline button (callback_data) on a bot message. Throws if no such button exists. */
  userPressesButton(user: StandInUser, chatId: number, messageId: number, callbackData: string): Update {
    return activity.userPressesButton(this.s, user, chatId, messageId, callbackData);
  }

  /**
   * The user presses the inline button labelled `label` on message `messageId`
   * (default: the latest bot message with an inline keyboard that has such a button).
   */
  userPressesButtonLabeled(user: StandInUser, chatId: number, label: string, messageId?: number): Update {
    const candidates = messageId !== undefined
      ? [this.botMessage(chatId, messageId)].filter((m): m is StoredBotMessage => m !== undefined && !m.deleted)
      : this.messagesIn(chatId).reverse();
    return activity.userPressesButtonLabeled(this.s, user, chatId, label, candidates);
  }

  /** The user shares their phone number (e.g. via a request_contact keyboard button). */
  userSharesContact(user: StandInUser, phoneNumber: string, chat?: ChatRef): Update {
    return activity.userSharesContact(this.s, user, phoneNumber, chat);
  }

  /**
   * The user sends a document. The bytes are stored and can be fetched via
   * getFile + download; the file_id is `update.message.document.file_id`.
   */
  userSendsDocument(user: StandInUser, doc: DocumentInput, chat?: ChatRef, caption?: string): Update {
    return activity.userSendsDocument(this.s, user, doc, chat, caption);
  }

  /** The user sends a (fake, tiny) photo. */
  userSendsPhoto(user: StandInUser, chat?: ChatRef, caption?: string): Update {
    return activity.userSendsPhoto(this.s, user, chat, caption);
  }

  /** The user sends a sticker. */
  userSendsSticker(user: StandInUser, chat?: ChatRef): Update {
    return activity.userSendsSticker(this.s, user, chat);
  }

  /** The user asks to join a group via an invite link that requires approval. */
  userRequestsToJoin(user: StandInUser, chat: Chat, options: { bio?: string; inviteLink?: string } = {}): Update {
    return activity.userRequestsToJoin(this.s, user, chat, options);
  }
}
