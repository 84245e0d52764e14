// What the stand-in remembers (chats, users, files, the update queue, waiters and listeners) and
// the bookkeeping every Bot API area shares. The areas are functions over this state.
import type { BotCommand, Chat, ChatInviteLink, Update, User, UserFromGetMe } from "grammy/types";
import { ApiError, badRequest, clone, compact, toInt, type Params } from "./params.js";
import type {
  AnsweredCallback,
  ApiResponse,
  BotApiStandInOptions,
  BotMessageEvent,
  BotMessageKind,
  ChatMemberStatus,
  JoinRequestDecision,
  RecordedCall,
  ReplyKeyboardState,
  StandInUser,
  StoredBotMessage,
  StoredFile,
  WaitOptions,
} from "./types.js";

export interface ChatState {
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

export interface PollWaiter {
  minId: number;
  limit: number;
  finish: (r: ApiResponse) => void;
}

export interface Waiter<T> {
  match: (v: T) => boolean;
  resolve: (v: T) => void;
}

const DEFAULT_EXCLUDED_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

export class StandInState {
  readonly outbox: RecordedCall[] = [];
  readonly answeredCallbacks: AnsweredCallback[] = [];
  readonly inlineAnswers: { inlineQueryId: string; results: unknown; params: Params }[] = [];
  readonly chatActions: { chatId: number; action: string; time: Date }[] = [];
  readonly inviteLinks: (ChatInviteLink & { chatId: number })[] = [];
  readonly joinRequestDecisions: JoinRequestDecision[] = [];
  readonly droppedUpdates: Update[] = [];

  readonly botUser: UserFromGetMe;
  readonly token: string | undefined;
  readonly now: () => Date;

  readonly chats = new Map<number, ChatState>();
  readonly users = new Map<number, StandInUser>();
  readonly files = new Map<string, StoredFile>();
  readonly filesByPath = new Map<string, StoredFile>();
  readonly commands = new Map<string, BotCommand[]>();
  readonly pendingCallbackIds = new Set<string>();
  readonly pendingJoinRequests = new Set<string>();
  readonly pollWaiters = new Set<PollWaiter>();
  readonly callWaiters = new Set<Waiter<RecordedCall>>();
  readonly messageWaiters = new Set<Waiter<BotMessageEvent>>();
  readonly idleWaiters = new Set<Waiter<void>>();
  readonly pollerWaiters = new Set<Waiter<void>>();
  readonly messageListeners = new Set<(e: BotMessageEvent) => void>();
  readonly deleteListeners = new Set<(e: { chatId: number; messageId: number }) => void>();
  readonly callListeners = new Set<(c: RecordedCall) => void>();
  readonly updateListeners = new Set<(u: Update) => void>();
  /** Told when setWebhook or deleteWebhook changed the webhook (webhook-push.ts). */
  readonly webhookListeners = new Set<() => void>();
  queue: Update[] = [];
  nextUpdateId: number;
  allowedUpdates: string[] = [];
  webhookUrl = "";
  /** setWebhook's secret_token and max_connections, for the webhook push. */
  webhookSecret: string | undefined;
  webhookMaxConnections: number | undefined;
  defaultMenuButton: unknown = { type: "commands" };
  callSeq = 0;
  fileSeq = 0;
  callbackSeq = 0;
  closed = false;
  private wakeScheduled = false;

  constructor(options: BotApiStandInOptions) {
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

  // -------------------------------------------------------------- chats and users

  registerUser(user: StandInUser): void {
    this.users.set(user.id, { ...this.users.get(user.id), ...user });
  }

  chatState(chatId: number, known?: Chat): ChatState {
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

  resolveChatId(v: unknown): number {
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
  writableChat(chatIdParam: unknown): ChatState {
    const state = this.chatState(this.resolveChatId(chatIdParam));
    if (state.blocked) {
      throw new ApiError(403, state.chat.type === "private" ? "Forbidden: bot was blocked by the user" : "Forbidden: bot was kicked from the group chat");
    }
    if (state.left) {
      throw new ApiError(403, `Forbidden: bot is not a member of the ${state.chat.type === "supergroup" ? "supergroup" : state.chat.type === "channel" ? "channel" : "group"} chat`);
    }
    return state;
  }

  userObject(userId: number): User {
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

  botFrom(): User {
    return { id: this.botUser.id, is_bot: true, first_name: this.botUser.first_name, username: this.botUser.username };
  }

  date(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  nextMessageId(state: ChatState): number {
    const id = state.nextMessageId++;
    state.existing.add(id);
    return id;
  }

  // -------------------------------------------------------------- the update queue

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
    // A change of membership is a fact about the chat: later calls (bans, invite links) see it.
    // (Tests may enqueue partial updates: only a whole change is learnt.)
    for (const change of [u.my_chat_member, u.chat_member]) {
      if (change?.chat === undefined || change.new_chat_member?.user === undefined) continue;
      this.learnChat(change.chat);
      if (change.from !== undefined) this.learnUser(change.from);
      this.learnUser(change.new_chat_member.user);
      this.chatState(change.chat.id).members.set(change.new_chat_member.user.id, change.new_chat_member.status);
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

  private isAllowed(u: Update): boolean {
    const type = Object.keys(u).find((k) => k !== "update_id") ?? "";
    return this.allowedUpdates.length === 0 ? !DEFAULT_EXCLUDED_UPDATES.has(type) : this.allowedUpdates.includes(type);
  }

  deliverable(minId: number, limit: number): Update[] {
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

  // -------------------------------------------------------------- events and waits

  checkIdle(): void {
    if (this.queue.length > 0) return;
    for (const w of [...this.idleWaiters]) w.resolve();
  }

  wait<T>(set: Set<Waiter<T>>, match: (v: T) => boolean, options: WaitOptions, what: string): Promise<T> {
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

  emitMessage(kind: BotMessageKind, stored: StoredBotMessage): void {
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

  emitCall(call: RecordedCall): void {
    for (const l of this.callListeners) safe(() => l(call));
    for (const w of [...this.callWaiters]) if (w.match(call)) w.resolve(call);
  }

  emitDelete(event: { chatId: number; messageId: number }): void {
    for (const l of this.deleteListeners) safe(() => l(event));
  }
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    // Listener errors must not break the API call that triggered them.
  }
}
