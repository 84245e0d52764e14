// Builds the bot: one place where the features (src/bot/features.ts) are installed, in an explicit
// order: errors, one queue per chat, who is asking, conversations, the gate, the features, the fallbacks.
import { Api, Bot, BotError, GrammyError, HttpError, type ApiClientOptions, type Middleware } from "grammy";
import { conversations, createConversation } from "@grammyjs/conversations";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { createPermissions } from "../access/permissions.js";
import { createDispatcher, type DispatcherOptions } from "../delivery/dispatcher.js";
import { createAbuseLimiter, type AbuseLimits } from "./abuse-limits.js";
import { accessMiddleware } from "./access-middleware.js";
import { useCheapBranches } from "./cheap-branch.js";
import { chatLockMiddleware, createChatLock, createHandledUpdates, isPostgres, newInstanceId, type ChatLockOptions } from "./chat-lock.js";
import { cleanInput } from "./clean-input.js";
import type { BotContext, BotConversation, ConversationContext } from "./context.js";
import { databaseConversationStorage } from "./conversation-storage.js";
import { editFallbackFor } from "./edit-fallback.js";
import { createFallback } from "./fallback.js";
import type { FeatureDeps, FeatureParts, FeatureSettings, Job } from "./feature.js";
import { ALL_COMMANDS, FEATURES } from "./features.js";
import { endFlowOnAccessChange, recordedAccess, recordedCalls } from "./flows.js";
import { createGate, flowButtonRule, lowerCaseCommands } from "./gate.js";
import { DEFAULT_API_PATIENCE, newBudget, patientCalls, type ApiPatience, type PatienceBudget } from "./messenger.js";
import { sequentializeUpdates } from "./sequentialize-key.js";
import { createServices } from "./services.js";
import type { OffThread } from "../shared/off-thread.js";

/**
 * Stored conversation state is discarded when this changes. Bump it whenever a flow's steps
 * change in a way that an old, half-finished run could not be replayed.
 */
export const CONVERSATION_STATE_VERSION = 5;

export interface CreateBotOptions {
  token: string;
  db: Database;
  clock: Clock;
  logger: Logger;
  localesDir: string;
  configuredAdminIds: readonly bigint[];
  defaultTimezone: string;
  /** Telegram API root, or a fetch for tests and the sandbox. */
  client?: ApiClientOptions;
  /** Skips the getMe call (tests, sandbox). */
  botInfo?: UserFromGetMe;
  /** Extra middleware installed inside conversations, too (e.g. tests' API recorders). */
  apiTransformers?: Parameters<Bot["api"]["config"]["use"]>[0][];
  /** How many recommendations a member may submit per day (default 5). */
  recommendationsPerDay?: number;
  /** How many broadcasts a coordinator may create per day (default 5; admins are not counted). */
  broadcastsPerDay?: number;
  /** Retention and schedule settings of the features' jobs. */
  settings?: Partial<FeatureSettings>;
  /** Per-sender limits on updates (src/bot/abuse-limits.ts): figures to change, or false for none. */
  abuseLimits?: Partial<AbuseLimits> | false;
  /** Limits and tuning of the delivery dispatcher. */
  delivery?: Omit<DispatcherOptions, "db" | "outbox" | "api" | "clock" | "logger">;
  /** How long handlers wait on the Bot API (tests shorten the pauses). */
  apiPatience?: Partial<ApiPatience>;
  /**
   * One chat's turn across processes sharing the database (chat-lock.ts): on by default on PostgreSQL,
   * off on SQLite (one process per file: src/db/instance-lock.ts). Figures to change, or true/false.
   */
  chatLock?: boolean | Partial<ChatLockOptions>;
  /** This running bot's id in ChatLock and JobRun rows (a random one by default). */
  instanceId?: string;
  /** Worker threads for long work (charts, file parsing, workbooks): tests share one; a new pool when absent. */
  offThread?: OffThread;
  /** The Mini App's page (WEB_APP_URL, an https address): /dasbor and the main menu open it. None: no dashboard button. */
  webAppUrl?: string;
}

export function createBot(options: CreateBotOptions) {
  const { db, clock, logger } = options;
  // Before any composer adds a filter (see cheap-branch.ts).
  useCheapBranches();
  const instanceId = options.instanceId ?? newInstanceId();
  const bot = new Bot<BotContext>(options.token, { client: options.client, botInfo: options.botInfo });

  // bot.api is the base of every update's Api (and polls): no retries of its own. Each update adds
  // its own patience (one short retry, a bounded wait, the outbox) below.
  const transformers = options.apiTransformers ?? [];
  for (const transformer of transformers) bot.api.config.use(transformer);
  const patience: ApiPatience = { ...DEFAULT_API_PATIENCE, ...options.apiPatience };
  // Services call the API outside updates (menus, progress of broadcasts, file downloads): the same
  // patience, a budget per call.
  const serviceApi = new Api(options.token, options.client);
  for (const transformer of transformers) serviceApi.config.use(transformer);
  // 429s Telegram gave the handlers and services (the dispatcher counts its own).
  const apiStats = { http429: 0 };
  const onTooManyRequests = () => void apiStats.http429++;
  serviceApi.config.use(patientCalls({ patience, budget: () => newBudget(patience), logger, clock, onTooManyRequests }));

  const services = createServices({
    db,
    clock,
    logger,
    api: serviceApi,
    localesDir: options.localesDir,
    configuredAdminIds: options.configuredAdminIds,
    defaultTimezone: options.defaultTimezone,
    recommendationsPerDay: options.recommendationsPerDay,
    broadcastsPerDay: options.broadcastsPerDay,
    commands: ALL_COMMANDS,
    offThread: options.offThread,
  });
  const permissions = createPermissions(db);
  const deps: FeatureDeps = {
    services,
    permissions,
    clock,
    logger,
    defaultTimezone: options.defaultTimezone,
    downloadFile: (fileId) => downloadFile(serviceApi, options, fileId),
    settings: { deliveryRetentionDays: 30, taskDigestTime: "07:00", rejectedRetentionDays: 90, ...options.settings },
    commands: ALL_COMMANDS,
    webAppUrl: options.webAppUrl,
    openCommand: (ctx, command) => openCommand(bot, clock, ctx, command, budgets, nested),
  };
  const parts: FeatureParts[] = FEATURES.map((feature) => feature.create(deps));
  const buttons = FEATURES.flatMap((f) => f.buttons);
  const flowPrefixes = FEATURES.flatMap((f) => f.flowPrefixes);
  assertDistinctPrefixes(flowPrefixes, buttons.map((b) => b.prefix));
  assertOneHandlerPerChat(ALL_COMMANDS);

  // One budget of waiting on the API per update; a menu button's command (openCommand) shares its press's.
  const budgets = new WeakMap<Update, PatienceBudget>();
  // Updates run from inside a handler (openCommand): they already hold their chat's turn.
  const nested = new WeakSet<Update>();
  const contextPlugins: Middleware<ConversationContext>[] = [
    async (ctx, next) => {
      let budget = budgets.get(ctx.update);
      if (!budget) budgets.set(ctx.update, (budget = newBudget(patience)));
      const used = budget;
      ctx.api.config.use(patientCalls({ patience, budget: () => used, logger, clock, outbox: services.outbox, updateId: ctx.update.update_id, onTooManyRequests }));
      const pressed = ctx.callbackQuery?.message;
      if (pressed) ctx.api.config.use(editFallbackFor({ chatId: pressed.chat.id, messageId: pressed.message_id }));
      await next();
    },
    accessMiddleware(services.members, options.defaultTimezone),
    services.i18n,
  ];
  // Inside a conversation, which builds its own context objects and Api instances on every replay:
  // API calls and the sender's access are recorded steps (see flows.ts), so replays neither wait on
  // Telegram again nor take another path when a role changed meanwhile.
  const isFlowButton = flowButtonRule(flowPrefixes);
  const conversationPlugins = (conversation: BotConversation): Middleware<ConversationContext>[] => [
    async (ctx, next) => {
      ctx.api.config.use(recordedCalls(conversation));
      await next();
    },
    recordedAccess(conversation),
    services.i18n,
    endFlowOnAccessChange(conversation, isFlowButton),
  ];

  // 1. Errors: answer politely, log with the update id, keep running.
  bot.catch(async (error) => {
    const ctx = error.ctx;
    // A menu button runs its command as an update of its own (openCommand): unwrap its error too.
    const cause = error.error instanceof BotError ? error.error.error : error.error;
    // An edit that changes nothing (a double tap) is harmless: nothing to tell the user.
    if (cause instanceof GrammyError && cause.description.includes("message is not modified")) {
      logger.debug({ updateId: ctx.update.update_id }, "edit changed nothing");
      await ctx.answerCallbackQuery().catch(() => undefined);
      return;
    }
    logger.error(
      { err: cause, updateId: ctx.update.update_id, kind: cause instanceof GrammyError ? "telegram" : cause instanceof HttpError ? "network" : "bot" },
      "update failed",
    );
    try {
      const text = typeof ctx.t === "function" ? ctx.t("error-generic") : "Maaf, terjadi kesalahan. Silakan coba lagi beberapa saat lagi.";
      // A message in the private chat is always seen; a button press may already be answered.
      if (ctx.chat?.type === "private") {
        await ctx.reply(text);
        // A button press must still be answered, or its spinner keeps turning.
        if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      } else if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    } catch (replyError) {
      logger.warn({ err: replyError, updateId: ctx.update.update_id }, "could not tell the user about the error");
    }
  });

  // 2. Updates of different chats run at once (long-polling.ts), one chat's and one person's in order.
  bot.use(sequentializeUpdates<BotContext>(nested));
  // ... and across processes on one database: the same keys as lease rows (one process asks once per key at a time).
  const chatLock = options.chatLock ?? isPostgres(db);
  if (chatLock !== false) {
    const lock = createChatLock({ db, clock, logger, owner: instanceId, options: chatLock === true ? undefined : chatLock });
    bot.use(chatLockMiddleware<BotContext>(lock, (ctx) => nested.has(ctx.update), createHandledUpdates(db, clock), logger));
  }

  // 3. Clean text, commands in any case; who is this, in which language do we speak to them; limits.
  bot.use(cleanInput);
  bot.use(lowerCaseCommands);
  bot.use(...(contextPlugins as Middleware<BotContext>[]));
  // Someone sending far too much gets one notice, then quiet until their window passes.
  bot.use(createAbuseLimiter({ clock, logger, limits: options.abuseLimits }) as Middleware<BotContext>);

  // 4. Conversations, with state in the database.
  bot.use(
    conversations<BotContext, ConversationContext>({
      storage: {
        type: "key",
        version: CONVERSATION_STATE_VERSION,
        prefix: "conv:",
        getStorageKey: (ctx) => (ctx.chatId !== undefined && ctx.from ? `${ctx.chatId}:${ctx.from.id}` : undefined),
        adapter: databaseConversationStorage(db, logger),
      },
      plugins: conversationPlugins,
    }),
  );
  // /batal leaves any flow at any step: after the plugin (which provides ctx.conversation),
  // before the conversations themselves see the update.
  bot.command("batal", async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(active ? "flow-cancelled" : "flow-nothing-to-cancel"), { reply_markup: { remove_keyboard: true } });
  });
  for (const part of parts) {
    for (const flow of part.conversations ?? []) bot.use(createConversation(flow.builder, { id: flow.id }));
  }

  // 5. The gate: every command and kind of button against who it is for.
  bot.use(createGate({ commands: ALL_COMMANDS, buttons, flowPrefixes }));

  // 6. Features, in the order of FEATURES.
  for (const part of parts) if (part.composer) bot.use(part.composer);

  // 7. Fallbacks: stale buttons, unknown commands, anything else in private.
  bot.use(createFallback(ALL_COMMANDS, options.webAppUrl));

  // Bot-initiated messages leave through the outbox. The dispatcher gets its own Api without
  // patience: it handles 429 for everyone and retries with backoff itself.
  const dispatcher = createDispatcher({
    db,
    outbox: services.outbox,
    api: new Api(options.token, options.client),
    clock,
    logger,
    ...options.delivery,
    afterBatch: (ids) => services.broadcastProgress.afterBatch(ids),
  });

  const jobs: Job[] = [
    ...parts.flatMap((p) => p.jobs ?? []),
    {
      // Flows left half-way for a week are forgotten, with whatever was typed in them.
      name: "forget-abandoned-flows",
      schedule: "27 3 * * *",
      async run() {
        const forgotten = await db.conversationState.deleteMany({ where: { updatedAt: { lt: new Date(clock.now().getTime() - 7 * 86_400_000) } } });
        if (forgotten.count > 0) logger.info({ forgotten: forgotten.count }, "abandoned conversations removed");
        // Leases of instances that died holding them (a live one renews or deletes its own).
        await db.chatLock.deleteMany({ where: { expiresAt: { lt: new Date(clock.now().getTime() - 86_400_000) } } });
        // Telegram stops sending an update again long before a day has passed.
        await db.handledUpdate.deleteMany({ where: { handledAt: { lt: new Date(clock.now().getTime() - 86_400_000) } } });
      },
    },
  ];

  return { bot, dispatcher, jobs, permissions, services, instanceId, apiStats };
}

/** A command typed by the person who pressed a menu button, handled like any other message. */
async function openCommand(
  bot: Bot<BotContext>,
  clock: Clock,
  ctx: BotContext,
  command: string,
  budgets: WeakMap<Update, PatienceBudget>,
  nested: WeakSet<Update>,
): Promise<void> {
  const chat = ctx.chat;
  const from = ctx.from;
  if (!chat || !from) return;
  const text = `/${command}`;
  const message = {
    message_id: ctx.msgId ?? 0,
    date: Math.floor(clock.now().getTime() / 1000),
    chat,
    from,
    text,
    entities: [{ type: "bot_command" as const, offset: 0, length: text.length }],
  };
  const update = { update_id: ctx.update.update_id, message } as Update;
  const budget = budgets.get(ctx.update);
  if (budget) budgets.set(update, budget);
  nested.add(update);
  await bot.handleUpdate(update);
}

/** A command may be declared by two features, but for different kinds of chat only. */
function assertOneHandlerPerChat(commands: readonly { command: string; aliases?: readonly string[]; chats: readonly string[] }[]) {
  const seen = new Set<string>();
  for (const c of commands) {
    for (const name of [c.command, ...(c.aliases ?? [])]) {
      for (const chat of c.chats) {
        if (seen.has(`${name}:${chat}`)) throw new Error(`command /${name} is declared twice for ${chat} chats`);
        seen.add(`${name}:${chat}`);
      }
    }
  }
}

/** Flow buttons and feature buttons must not be mistaken for each other. */
function assertDistinctPrefixes(flowPrefixes: readonly string[], buttonPrefixes: readonly string[]) {
  const flows = new Set<string>();
  for (const prefix of flowPrefixes) {
    if (flows.has(prefix)) throw new Error(`flow prefix "${prefix}" is used twice`);
    flows.add(prefix);
  }
  for (const prefix of buttonPrefixes) {
    if (flows.has(prefix.split(":")[0]!)) throw new Error(`button prefix "${prefix}" collides with a flow prefix`);
  }
}

/** Reads a file a user sent: Telegram's getFile, then the file URL under the same API root. */
async function downloadFile(api: Api, options: CreateBotOptions, fileId: string): Promise<Uint8Array> {
  const file = await api.getFile(fileId);
  if (!file.file_path) throw new Error("Telegram gave no file path");
  const root = options.client?.apiRoot ?? "https://api.telegram.org";
  const fetchFile = options.client?.fetch ?? fetch;
  const response = await fetchFile(`${root}/file/bot${options.token}/${file.file_path}`);
  if (!response.ok) throw new Error(`file download failed: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export type CreatedBot = ReturnType<typeof createBot>;
