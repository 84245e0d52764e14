import { createHash } from "node:crypto";
import { HttpError, type InlineKeyboard, type Transformer } from "grammy";
import type { ApiResponse, Message, MessageEntity } from "grammy/types";
import type { DeliveryMarkup, DeliveryPayload } from "../delivery/delivery-types.js";
import type { Outbox } from "../delivery/outbox.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";

/**
 * Sends a message the bot starts itself (a notification to someone else) through the outbox, so
 * that it survives restarts, respects Telegram's limits and a failure never undoes the change that
 * caused it.
 */
export interface Messenger {
  /** `dedupeKey`: the same key never makes a second message (e.g. one per admin per registration). */
  send(chatId: bigint | number, text: string, keyboard?: InlineKeyboard, dedupeKey?: string): Promise<void>;
  /** Many messages in one transaction (a reminder to hundreds of members does not hold up the bot). */
  sendMany(messages: readonly { chatId: bigint | number; text: string; keyboard?: InlineKeyboard; dedupeKey: string }[]): Promise<void>;
}

export function createOutboxMessenger(outbox: Outbox): Messenger {
  return {
    async send(chatId, text, keyboard, dedupeKey) {
      await outbox.send(
        chatId,
        {
          kind: "text",
          text,
          parseMode: "HTML",
          replyMarkup: keyboard ? { inline_keyboard: keyboard.inline_keyboard } : undefined,
        },
        dedupeKey,
      );
    },
    async sendMany(messages) {
      await outbox.enqueue(
        messages.map((m) => ({
          chatId: m.chatId,
          payload: { kind: "text" as const, text: m.text, parseMode: "HTML" as const, replyMarkup: m.keyboard ? { inline_keyboard: m.keyboard.inline_keyboard } : undefined },
          dedupeKey: m.dedupeKey,
        })),
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Patience with the Bot API inside update handlers. Updates are handled one at a time, so a handler
// that sleeps through Telegram's trouble makes everyone wait. A handler retries at most once, briefly;
// one update waits on the API for at most `updateBudgetMs` in all. Beyond that a message to a chat is
// handed to the outbox (the dispatcher retries with back-off outside any handler) and the handler
// carries on as if it had been sent: a flow keeps its answers and its question arrives late.

/** The id a message handed to the outbox reports: Telegram never gives it, so edits of it are recognised. */
export const DEFERRED_MESSAGE_ID = 0;

export interface ApiPatience {
  /** One request longer than this counts as failed (network trouble). */
  requestTimeoutMs: number;
  /** All waiting on the Bot API for one update (requests and pauses) stays within this. */
  updateBudgetMs: number;
  /** A 429 asking to wait at most this long is retried once; a longer one is left to the outbox. */
  maxRetryAfterSeconds: number;
  /** The pause before the one retry of a 5xx or a network error. */
  retryPauseMs: number;
  /** Waits (tests record instead of sleeping). */
  pause(ms: number): Promise<void>;
  /** A monotonic clock in ms, for the budget (tests pass their own). */
  monotonicMs(): number;
}

export const DEFAULT_API_PATIENCE: ApiPatience = {
  requestTimeoutMs: 8_000,
  updateBudgetMs: 12_000,
  maxRetryAfterSeconds: 3,
  retryPauseMs: 500,
  pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  monotonicMs: () => performance.now(),
};

/**
 * What one update (or one call outside any update) has spent waiting on the API: requests and pauses,
 * not its own work (a long export still gets its file sent).
 */
export interface PatienceBudget {
  spentMs: number;
  limitMs: number;
}

export function newBudget(patience: ApiPatience): PatienceBudget {
  return { spentMs: 0, limitMs: patience.updateBudgetMs };
}

/**
 * Calls whose failure loses nothing: the spinner of a button stops by itself, a typing hint fades,
 * buttons left on an answered question are recognised as stale when pressed.
 */
const COSMETIC_METHODS = new Set(["answerCallbackQuery", "sendChatAction", "setMessageReaction", "editMessageReplyMarkup", "deleteMessage"]);
const EDIT_METHODS = new Set(["editMessageText", "editMessageReplyMarkup", "editMessageCaption", "editMessageMedia", "deleteMessage"]);

type ApiCallFn = Parameters<Transformer>[0];
/** grammY types its signals with the abort-controller polyfill; at run time they are Node's own. */
type Signal = NonNullable<Parameters<ApiCallFn>[2]>;
type Failure = { kind: "response"; response: ApiResponse<unknown> } | { kind: "network"; error: HttpError };

export interface PatientCallsOptions {
  patience: ApiPatience;
  /** The budget of the update being handled; a fresh one per call outside updates. */
  budget: () => PatienceBudget;
  logger: Logger;
  clock: Clock;
  /** Where a message goes when Telegram does not take it now; none: the failure is returned. */
  outbox?: Outbox;
  /** Makes the outbox key of a deferred message: the same message of the same update is queued once. */
  updateId?: number;
  /** Told of every 429 Too Many Requests answer (for /metrics). */
  onTooManyRequests?: () => void;
}

/**
 * An API transformer: a timeout per request, at most one short retry, a bounded total wait, and then
 * messages to the outbox, cosmetic calls given up, everything else failed as before.
 */
export function patientCalls(options: PatientCallsOptions): Transformer {
  const { patience, logger } = options;
  const transformer = async (prev: ApiCallFn, method: string, payload: Record<string, unknown>, signal?: Signal): Promise<ApiResponse<unknown>> => {
    // Long polling has its own retries (grammY, src/app.ts).
    if (method === "getUpdates") return prev(method as never, payload as never, signal);
    if (payload.message_id === DEFERRED_MESSAGE_ID && payload.inline_message_id === undefined && EDIT_METHODS.has(method)) {
      // The message is still in the outbox: a new text goes after it; other changes are moot.
      if (method === "editMessageText" && options.outbox) {
        const { message_id: _id, ...message } = payload;
        return transformer(prev, "sendMessage", message, signal);
      }
      return { ok: true, result: true };
    }
    const budget = options.budget();
    let outcome = await attempt(prev, method, payload, signal, budget);
    const wait = outcome.kind === "ok" ? null : retryPause(outcome.failure);
    if (wait !== null && budget.spentMs + wait < budget.limitMs && !signal?.aborted) {
      await patience.pause(wait);
      budget.spentMs += wait;
      outcome = await attempt(prev, method, payload, signal, budget);
    }
    if (outcome.kind === "ok") return outcome.response;
    const failure = outcome.failure;
    if (!isTransient(failure) || signal?.aborted) return unwrap(failure);
    const reason = failure.kind === "network" ? "network" : `${failure.response.ok ? "" : failure.response.error_code}`;
    const deferred = options.outbox ? await defer(method, payload) : null;
    if (deferred && method === "editMessageText") {
      // In a private chat the new text comes as a new message, as when the message is gone.
      logger.warn({ method, reason, updateId: options.updateId }, "Telegram did not take an edit; the text goes through the outbox");
      return { ok: true, result: { ...deferred, message_id: payload.message_id } };
    }
    if (deferred) {
      logger.warn({ method, reason, updateId: options.updateId }, "Telegram did not take a message; it goes through the outbox");
      return { ok: true, result: deferred };
    }
    if (COSMETIC_METHODS.has(method)) {
      logger.debug({ method, reason }, "cosmetic call given up");
      return { ok: true, result: true };
    }
    return unwrap(failure);
  };

  async function attempt(prev: ApiCallFn, method: string, payload: Record<string, unknown>, signal: Signal | undefined, budget: PatienceBudget) {
    const left = budget.limitMs - budget.spentMs;
    if (left <= 0) return { kind: "failed" as const, failure: { kind: "network" as const, error: new HttpError(`no time left for '${method}' in this update`, null) } };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.min(patience.requestTimeoutMs, left));
    const abort = () => controller.abort();
    signal?.addEventListener("abort", abort);
    const started = patience.monotonicMs();
    try {
      const response = await prev(method as never, payload as never, controller.signal as unknown as Signal);
      if (!response.ok && response.error_code === 429) options.onTooManyRequests?.();
      return response.ok ? { kind: "ok" as const, response } : { kind: "failed" as const, failure: { kind: "response" as const, response } };
    } catch (error) {
      if (error instanceof HttpError) return { kind: "failed" as const, failure: { kind: "network" as const, error } };
      throw error;
    } finally {
      budget.spentMs += patience.monotonicMs() - started;
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
    }
  }

  function retryPause(failure: Failure): number | null {
    if (failure.kind === "network") return patience.retryPauseMs;
    const response = failure.response;
    if (response.ok) return null;
    if (response.error_code === 429) {
      const seconds = response.parameters?.retry_after ?? 1;
      return seconds <= patience.maxRetryAfterSeconds ? seconds * 1000 : null;
    }
    return response.error_code >= 500 ? patience.retryPauseMs : null;
  }

  /** Queues the message if it can wait in the outbox; returns what the caller takes as sent. */
  async function defer(method: string, payload: Record<string, unknown>): Promise<Message | null> {
    const request = deliveryOf(method, payload);
    if (!request || !options.outbox) return null;
    const digest = createHash("sha256").update(JSON.stringify(request.payload)).digest("hex").slice(0, 16);
    const key = options.updateId === undefined ? undefined : `reply:${options.updateId}:${request.chatId}:${digest}`;
    try {
      await options.outbox.send(request.chatId, request.payload, key);
    } catch (error) {
      logger.error({ err: error, method }, "a message Telegram did not take could not be queued either");
      return null;
    }
    const chat = { id: request.chatId, type: request.chatId > 0 ? "private" : "group", first_name: "", title: "" };
    const text = request.payload.kind === "text" ? { text: request.payload.text } : { caption: request.payload.caption };
    return { message_id: DEFERRED_MESSAGE_ID, date: Math.floor(options.clock.now().getTime() / 1000), chat, ...text } as unknown as Message;
  }

  return transformer as Transformer;
}

function isTransient(failure: Failure): boolean {
  if (failure.kind === "network") return true;
  return !failure.response.ok && (failure.response.error_code === 429 || failure.response.error_code >= 500);
}

function unwrap(failure: Failure): ApiResponse<unknown> {
  if (failure.kind === "network") throw failure.error;
  return failure.response;
}

/**
 * The outbox row for a failed send, when it can wait there: text (HTML or entities) and files by id,
 * with their buttons; the new text of a message in a private chat, as a new message. Uploads, Markdown
 * and chats named by @username cannot, and stay failed.
 */
export function deliveryOf(method: string, payload: Record<string, unknown>): { chatId: number; payload: DeliveryPayload } | null {
  const chatId = Number(payload.chat_id);
  if (!Number.isSafeInteger(chatId) || chatId === 0) return null;
  const parseMode = payload.parse_mode;
  if (parseMode !== undefined && parseMode !== "HTML") return null;
  const markup = payload.reply_markup;
  if (markup !== undefined && (typeof markup !== "object" || markup === null)) return null;
  // The dispatcher passes the markup on as stored: a reply keyboard (share contact) works as well.
  const replyMarkup = markup as DeliveryMarkup | undefined;
  const format = parseMode === "HTML" ? { parseMode: "HTML" as const } : {};
  const privateEdit = method === "editMessageText" && chatId > 0 && payload.inline_message_id === undefined;
  if ((method === "sendMessage" || privateEdit) && typeof payload.text === "string") {
    const entities = parseMode === undefined ? (payload.entities as MessageEntity[] | undefined) : undefined;
    return { chatId, payload: { kind: "text", text: payload.text, ...format, entities, replyMarkup } };
  }
  const file = method === "sendPhoto" ? payload.photo : method === "sendDocument" ? payload.document : undefined;
  if (typeof file === "string") {
    const caption = typeof payload.caption === "string" ? payload.caption : undefined;
    const captionEntities = parseMode === undefined ? (payload.caption_entities as MessageEntity[] | undefined) : undefined;
    return { chatId, payload: { kind: method === "sendPhoto" ? "photo" : "document", fileId: file, caption, ...format, captionEntities, replyMarkup } };
  }
  return null;
}
