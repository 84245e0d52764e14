// Builds the bot: one place where every feature's composer is merged, in an explicit order.
import { Api, Bot, GrammyError, HttpError, type ApiClientOptions, type Middleware } from "grammy";
import { conversations, createConversation } from "@grammyjs/conversations";
import { autoRetry } from "@grammyjs/auto-retry";
import type { UserFromGetMe } from "grammy/types";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { createAuditService } from "../audit/audit-service.js";
import { createAgencyService } from "../agencies/agency-service.js";
import { createMemberService } from "../members/member-service.js";
import { createMemberNotifications } from "../members/member-notifications.js";
import { createMemberComposer } from "../members/member-composer.js";
import { createRegistrationConversation, REGISTRATION_CONVERSATION } from "../members/registration-conversation.js";
import { createProfileEditConversation, PROFILE_EDIT_CONVERSATION } from "../members/profile-conversation.js";
import { createAdminComposer } from "../admin/admin-composer.js";
import {
  createAdminConversations,
  REJECT_CONVERSATION,
  SEARCH_CONVERSATION,
  SUSPEND_CONVERSATION,
} from "../admin/admin-conversations.js";
import { createPokjaService } from "../pokja/pokja-service.js";
import { createPokjaNotifications } from "../pokja/pokja-notifications.js";
import { createPokjaComposer } from "../pokja/pokja-composer.js";
import { createGroupComposer } from "../pokja/group-composer.js";
import {
  createPokjaConversations,
  POKJA_COORDINATOR_SEARCH_CONVERSATION,
  POKJA_CREATE_CONVERSATION,
  POKJA_EDIT_CONVERSATION,
} from "../pokja/pokja-conversations.js";
import { createBroadcastService } from "../broadcast/broadcast-service.js";
import { createBroadcastProgress } from "../broadcast/broadcast-progress.js";
import { BROADCAST_CONVERSATION, createBroadcastConversation } from "../broadcast/broadcast-conversation.js";
import { createBroadcastComposer } from "../broadcast/broadcast-composer.js";
import { createTaskService } from "../spbe-tasks/task-service.js";
import { createTaskDigest } from "../spbe-tasks/task-digest.js";
import { createTaskComposer } from "../spbe-tasks/task-composer.js";
import { createTaskConversations, TASK_IMPORT_CONVERSATION, TASK_UPDATE_CONVERSATION } from "../spbe-tasks/task-conversations.js";
import { createMeetingService } from "../meetings/meeting-service.js";
import { createReminderTick } from "../meetings/reminder-tick.js";
import { createMeetingAnnouncer } from "../meetings/meeting-announcer.js";
import { createMeetingComposer } from "../meetings/meeting-composer.js";
import {
  createMeetingConversations,
  MEETING_CHANGE_CONVERSATION,
  MEETING_CREATE_CONVERSATION,
  MEETING_DEPUTY_CONVERSATION,
} from "../meetings/meeting-conversations.js";
import { createMinutesConversation, MEETING_MINUTES_CONVERSATION } from "../meetings/minutes-conversation.js";
import { createRecommendationService } from "../recommendations/recommendation-service.js";
import { createRecommendationNotices } from "../recommendations/recommendation-notices.js";
import { createRecommendationComposer } from "../recommendations/recommendation-composer.js";
import {
  createRecommendationConversations,
  REC_LINK_TASK_CONVERSATION,
  REC_REVIEW_CONVERSATION,
  REC_REVISE_CONVERSATION,
  REC_SUBMIT_CONVERSATION,
} from "../recommendations/recommendation-conversations.js";
import { accessMiddleware } from "./access-middleware.js";
import { createCommandMenus, PUBLIC_COMMANDS } from "./commands.js";
import type { BotContext, ConversationContext } from "./context.js";
import { databaseConversationStorage } from "./conversation-storage.js";
import { isFlowButton } from "./conversation-kit.js";
import { requireApproved } from "./guards.js";
import { createI18n } from "./i18n.js";
import { createOutboxMessenger } from "./messenger.js";
import { createOutbox } from "../delivery/outbox.js";
import { createReachabilityComposer } from "../delivery/reachability.js";
import { createDispatcher, type DispatcherOptions } from "../delivery/dispatcher.js";

/**
 * Stored conversation state is discarded when this changes. Bump it whenever a flow's steps
 * change in a way that an old, half-finished run could not be replayed.
 */
export const CONVERSATION_STATE_VERSION = 3;

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
  /** Limits and tuning of the delivery dispatcher. */
  delivery?: Omit<DispatcherOptions, "db" | "outbox" | "api" | "clock" | "logger">;
}

export function createBot(options: CreateBotOptions) {
  const { db, clock, logger } = options;
  const bot = new Bot<BotContext>(options.token, { client: options.client, botInfo: options.botInfo });

  const transformers = [autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }), ...(options.apiTransformers ?? [])];
  for (const transformer of transformers) bot.api.config.use(transformer);

  // Services: plain TypeScript, no grammY.
  const audit = createAuditService(clock);
  const members = createMemberService({ db, clock, audit, configuredAdminIds: options.configuredAdminIds });
  const agencies = createAgencyService(db);
  const i18n = createI18n(options.localesDir);
  const outbox = createOutbox({ db, clock });
  const messenger = createOutboxMessenger(outbox);
  const notifications = createMemberNotifications({ messenger, i18n, members, defaultTimezone: options.defaultTimezone });
  const commandMenus = createCommandMenus(bot.api, i18n, logger);
  const pokja = createPokjaService({ db, clock, audit });
  const pokjaNotifications = createPokjaNotifications({ messenger, i18n, pokja, members });
  const broadcasts = createBroadcastService({ db, clock, outbox });
  const tasks = createTaskService({ db, clock });
  const taskDigest = createTaskDigest({ tasks, messenger, i18n, clock });
  const meetings = createMeetingService({ db, clock });
  const meetingAnnouncer = createMeetingAnnouncer({ meetings, pokja, outbox, i18n });
  const reminderTick = createReminderTick({
    meetings,
    announcer: meetingAnnouncer,
    outbox,
    i18n,
    clock,
    onError: (err, step) => logger.error({ err, step }, "reminder tick step failed"),
  });
  const recommendations = createRecommendationService({ db, clock, dailyLimit: options.recommendationsPerDay });
  const recommendationNotices = createRecommendationNotices({ recommendations, pokja, outbox, i18n });
  const broadcastProgress = createBroadcastProgress({ broadcasts, members, api: bot.api, i18n, logger, clock });

  // Installed on the outside tree and again inside every conversation, which builds its own
  // context objects and Api instances.
  const contextPlugins: Middleware<ConversationContext>[] = [
    async (ctx, next) => {
      for (const transformer of transformers) ctx.api.config.use(transformer);
      await next();
    },
    accessMiddleware(members),
    i18n,
  ];

  // 1. Errors: answer politely, log with the update id, keep running.
  bot.catch(async (error) => {
    const ctx = error.ctx;
    const cause = error.error;
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

  // 2. Who is this, and in which language do we speak to them; are they reachable again.
  bot.use(...(contextPlugins as Middleware<BotContext>[]));
  bot.use(createReachabilityComposer(outbox));

  // 3. Conversations, with state in the database.
  bot.use(
    conversations<BotContext, ConversationContext>({
      storage: {
        type: "key",
        version: CONVERSATION_STATE_VERSION,
        prefix: "conv:",
        getStorageKey: (ctx) => (ctx.chatId !== undefined && ctx.from ? `${ctx.chatId}:${ctx.from.id}` : undefined),
        adapter: databaseConversationStorage(db),
      },
      plugins: contextPlugins,
    }),
  );
  // /batal leaves any flow at any step: after the plugin (which provides ctx.conversation),
  // before the conversations themselves see the update.
  bot.command("batal", async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(active ? "flow-cancelled" : "flow-nothing-to-cancel"), { reply_markup: { remove_keyboard: true } });
  });
  const registration = createRegistrationConversation({ members, agencies, notifications, clock, logger });
  const profileEdit = createProfileEditConversation({ members, agencies, clock });
  const adminFlows = createAdminConversations({ members, notifications });
  bot.use(createConversation(registration, { id: REGISTRATION_CONVERSATION }));
  bot.use(createConversation(profileEdit, { id: PROFILE_EDIT_CONVERSATION }));
  bot.use(createConversation(adminFlows.adminReject, { id: REJECT_CONVERSATION }));
  bot.use(createConversation(adminFlows.adminSuspend, { id: SUSPEND_CONVERSATION }));
  bot.use(createConversation(adminFlows.adminSearch, { id: SEARCH_CONVERSATION }));
  const pokjaFlows = createPokjaConversations({ pokja, members });
  bot.use(createConversation(pokjaFlows.pokjaCreate, { id: POKJA_CREATE_CONVERSATION }));
  bot.use(createConversation(pokjaFlows.pokjaEdit, { id: POKJA_EDIT_CONVERSATION }));
  bot.use(createConversation(pokjaFlows.pokjaCoordinatorSearch, { id: POKJA_COORDINATOR_SEARCH_CONVERSATION }));
  const broadcastFlow = createBroadcastConversation({
    broadcasts,
    pokja,
    clock,
    provinces: () => agencies.provinces(),
    afterCreated: (id) => broadcastProgress.report(id, false),
  });
  bot.use(createConversation(broadcastFlow, { id: BROADCAST_CONVERSATION }));
  const taskFlows = createTaskConversations({
    tasks,
    pokja,
    messenger,
    i18n,
    clock,
    logger,
    downloadFile: (fileId) => downloadFile(bot.api, options, fileId),
    knownAgencyCodes: async () => new Set((await db.agency.findMany({ select: { code: true } })).map((a) => a.code)),
  });
  bot.use(createConversation(taskFlows.taskUpdate, { id: TASK_UPDATE_CONVERSATION }));
  bot.use(createConversation(taskFlows.taskImport, { id: TASK_IMPORT_CONVERSATION }));
  const meetingFlows = createMeetingConversations({ meetings, pokja, announcer: meetingAnnouncer, i18n, clock });
  bot.use(createConversation(meetingFlows.meetingCreate, { id: MEETING_CREATE_CONVERSATION }));
  bot.use(createConversation(meetingFlows.meetingDeputy, { id: MEETING_DEPUTY_CONVERSATION }));
  bot.use(createConversation(meetingFlows.meetingChange, { id: MEETING_CHANGE_CONVERSATION }));
  const minutesFlow = createMinutesConversation({ meetings, pokja, outbox, i18n, clock });
  bot.use(createConversation(minutesFlow.meetingMinutes, { id: MEETING_MINUTES_CONVERSATION }));
  const recommendationFlows = createRecommendationConversations({ recommendations, notices: recommendationNotices, pokja, tasks });
  bot.use(createConversation(recommendationFlows.recSubmit, { id: REC_SUBMIT_CONVERSATION }));
  bot.use(createConversation(recommendationFlows.recReview, { id: REC_REVIEW_CONVERSATION }));
  bot.use(createConversation(recommendationFlows.recRevise, { id: REC_REVISE_CONVERSATION }));
  bot.use(createConversation(recommendationFlows.recLinkTask, { id: REC_LINK_TASK_CONVERSATION }));

  // 4. Features.
  bot.use(createMemberComposer({ members, i18n }));
  bot.use(createGroupComposer({ pokja, notifications: pokjaNotifications, messenger, i18n, logger }));

  // Everything past this point is for approved members only.
  bot.filter(
    // Buttons of a flow that has ended fall through to the "stale button" answer below.
    (ctx) => ctx.chat?.type === "private" && !ctx.access.isApproved && !isPublicCommand(ctx) && !isFlowButton(ctx.callbackQuery?.data),
    async (ctx) => {
      if (ctx.callbackQuery?.data === "noop") {
        await ctx.answerCallbackQuery();
        return;
      }
      await requireApproved(ctx);
    },
  );
  bot.use(createAdminComposer({ members, notifications, commandMenus, i18n }));
  bot.use(createPokjaComposer({ pokja, members, notifications: pokjaNotifications, commandMenus, clock }));
  bot.use(createBroadcastComposer({ broadcasts, progress: broadcastProgress }));
  bot.use(createTaskComposer({ tasks, pokja, clock, logger }));
  bot.use(createMeetingComposer({ meetings, announcer: meetingAnnouncer, pokja, messenger, i18n, clock, agendaRecommendations: (id) => recommendations.onMeeting(id) }));
  bot.use(createRecommendationComposer({ recommendations, notices: recommendationNotices, pokja, meetings, clock }));

  // 5. Fallbacks: page indicators, stale buttons, unknown commands, anything else in private.
  bot.callbackQuery("noop", (ctx) => ctx.answerCallbackQuery());
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true }));
  bot.chatType("private").on("message", async (ctx) => {
    const text = ctx.message.text;
    await ctx.reply(ctx.t(text?.startsWith("/") ? "unknown-command" : "fallback-private"));
  });

  // Bot-initiated messages leave through the outbox. The dispatcher gets its own Api without
  // auto-retry: it handles 429 for everyone and retries with backoff itself.
  const dispatcher = createDispatcher({
    db,
    outbox,
    api: new Api(options.token, options.client),
    clock,
    logger,
    ...options.delivery,
    afterBatch: (ids) => broadcastProgress.afterBatch(ids),
  });

  return { bot, dispatcher, services: { members, agencies, audit, notifications, commandMenus, i18n, pokja, outbox, broadcasts, tasks, taskDigest, meetings, reminderTick, recommendations } };
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

function isPublicCommand(ctx: BotContext): boolean {
  const text = ctx.message?.text;
  if (!text?.startsWith("/")) return false;
  const command = text.slice(1).split(/[\s@]/)[0] ?? "";
  return PUBLIC_COMMANDS.has(command);
}

export type CreatedBot = ReturnType<typeof createBot>;
