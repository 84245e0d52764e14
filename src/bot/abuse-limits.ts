// Per-sender limits on what people send the bot, so one person (or a script on their account)
// cannot keep the bot busy for everyone. Two token buckets per sender on the injected clock:
// "typed" (messages and commands) and "taps" (button presses, inline queries; people tap much faster
// than they type). Staff (coordinators, admins) get larger buckets: approving a queue of cards is
// quick tapping. The first update over a limit gets one friendly notice; everything else from that
// sender is dropped until the quiet period has passed. Kept in memory, per process: a restart
// forgets it, and with several processes each applies its own limits.
import type { Context, MiddlewareFn } from "grammy";
import { isStaff } from "../access/access.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { ConversationContext } from "./context.js";

export interface BucketLimit {
  /** How many may come at once. */
  burst: number;
  /** How many a minute may follow, steadily. */
  perMinute: number;
}

export interface AbuseLimits {
  /** Messages in a private chat (text, files, contacts, edits) and commands in groups. */
  typed: BucketLimit;
  /** Button presses and inline queries. */
  taps: BucketLimit;
  /** Coordinators and admins: both buckets this many times larger and faster. */
  staffFactor: number;
  /** After the first update over a limit, how long the sender's updates are left unanswered. */
  quietSeconds: number;
  /** The most senders remembered at once; the longest idle are forgotten first. */
  maxTrackedSenders: number;
}

export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  typed: { burst: 20, perMinute: 20 },
  taps: { burst: 40, perMinute: 60 },
  staffFactor: 3,
  quietSeconds: 60,
  maxTrackedSenders: 10_000,
};

export interface AbuseLimitOptions {
  clock: Clock;
  /** Figures to change (the rest are the defaults), or false for none at all (scripted tests). */
  limits?: Partial<AbuseLimits> | false;
  /** Says (once per quiet period) who was limited. */
  logger?: Logger;
}

type Kind = "typed" | "taps";
export type Verdict = "pass" | "notice" | "quiet";

interface SenderState {
  typed: number;
  taps: number;
  /** When the buckets were last filled up (clock milliseconds). */
  at: number;
  quietUntil: number;
  lastUpdateId: number;
  /** Whether the sender was staff at their last update: the size of their buckets. */
  staff: boolean;
}

/**
 * The buckets, apart from grammY: `admit` says whether one update from a sender passes, is the one
 * to be told, or is to be left unanswered. Exported for the middleware and its tests.
 */
export function createSenderLimits(clock: Clock, limits: AbuseLimits) {
  const senders = new Map<number, SenderState>();
  const quietMs = limits.quietSeconds * 1000;
  let lastSweep = clock.now().getTime();

  const capacity = (kind: Kind, staff: boolean) => limits[kind].burst * (staff ? limits.staffFactor : 1);
  const ratePerMs = (kind: Kind, staff: boolean) => (limits[kind].perMinute * (staff ? limits.staffFactor : 1)) / 60_000;

  function refill(state: SenderState, now: number) {
    // A clock set back (the sandbox's) refills nothing, and never lengthens a quiet period.
    const elapsed = Math.max(0, now - state.at);
    for (const kind of ["typed", "taps"] as const) {
      state[kind] = Math.min(capacity(kind, state.staff), state[kind] + elapsed * ratePerMs(kind, state.staff));
    }
    state.at = now;
    if (state.quietUntil - now > quietMs) state.quietUntil = now + quietMs;
  }

  /** Senders whose buckets are full again and who are not being kept quiet carry nothing to remember. */
  function sweep(now: number) {
    lastSweep = now;
    for (const [key, state] of senders) {
      refill(state, now);
      const full = state.typed >= capacity("typed", state.staff) && state.taps >= capacity("taps", state.staff);
      if (full && now >= state.quietUntil) senders.delete(key);
    }
  }

  function admit(key: number, kind: Kind, staff: boolean, updateId: number): Verdict {
    const now = clock.now().getTime();
    if (now - lastSweep >= quietMs || now < lastSweep) sweep(now);
    let state = senders.get(key);
    if (state) {
      senders.delete(key); // re-inserted below: the Map's order is the order of last use
    } else {
      state = { typed: capacity("typed", staff), taps: capacity("taps", staff), at: now, quietUntil: 0, lastUpdateId: -1, staff };
    }
    senders.set(key, state);
    if (senders.size > limits.maxTrackedSenders) senders.delete(senders.keys().next().value!);
    refill(state, now);
    state.staff = staff;
    // A menu button's command runs as a second pass of the same update (openCommand): counted once.
    if (updateId === state.lastUpdateId) return "pass";
    state.lastUpdateId = updateId;
    if (now < state.quietUntil) return "quiet";
    if (state[kind] >= 1) {
      state[kind] -= 1;
      return "pass";
    }
    state.quietUntil = now + quietMs;
    return "notice";
  }

  return { admit, tracked: () => senders.size };
}

/** What an update is, for the limits; null for those not counted (group chatter, memberships, join requests). */
function kindOf(ctx: Context): Kind | null {
  if (ctx.callbackQuery || ctx.inlineQuery) return "taps";
  const message = ctx.message ?? ctx.editedMessage;
  if (!message) return null;
  if (message.chat.type === "private") return "typed";
  // In a group only commands are for the bot; ordinary chatter is not its business.
  const command = message.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!command) return null;
  const addressee = (message.text ?? "").slice(0, command.length).split("@")[1];
  return addressee === undefined || addressee.toLowerCase() === ctx.me.username.toLowerCase() ? "typed" : null;
}

/**
 * Who is counted: the person, or for anonymous group admins and channels (who all share Telegram's
 * one placeholder user) the chat they speak as.
 */
function senderKey(ctx: Context): number | undefined {
  const message = ctx.message ?? ctx.editedMessage;
  return message?.sender_chat?.id ?? ctx.from?.id;
}

export function createAbuseLimiter(options: AbuseLimitOptions): MiddlewareFn<ConversationContext> {
  if (options.limits === false) return (_ctx, next) => next();
  const limits: AbuseLimits = { ...DEFAULT_ABUSE_LIMITS, ...options.limits };
  const buckets = createSenderLimits(options.clock, limits);
  const { logger } = options;

  return async (ctx, next) => {
    const kind = kindOf(ctx);
    const key = senderKey(ctx);
    if (kind === null || key === undefined) return next();
    const staff = key === ctx.from?.id && isStaff(ctx.access);
    const verdict = buckets.admit(key, kind, staff, ctx.update.update_id);
    if (verdict === "pass") return next();
    if (verdict === "notice") {
      logger?.warn({ senderId: key, kind, staff }, "sender over the limit: one notice, then quiet");
      await tell(ctx, limits.quietSeconds).catch((err: unknown) => logger?.debug({ err }, "limit notice not delivered"));
      return;
    }
    // Quiet: a press is still answered, empty, so its button stops spinning; nothing else is.
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  };
}

/** The one notice: where only the sender sees it. */
async function tell(ctx: ConversationContext, seconds: number) {
  const text = ctx.t("limit-notice", { seconds });
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text, show_alert: true });
  } else if (ctx.inlineQuery) {
    await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true, button: { text: ctx.t("limit-inline"), start_parameter: "menu" } });
  } else if (ctx.chat?.type === "private") {
    await ctx.reply(text);
  } else if (ctx.from && !ctx.msg?.sender_chat) {
    // Not in front of the whole group: in the sender's private chat, if they ever opened it.
    await ctx.api.sendMessage(ctx.from.id, ctx.t("limit-notice-group", { seconds }));
  }
}
