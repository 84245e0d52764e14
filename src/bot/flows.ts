// Starting flows, and what every flow runs on each update it receives (the conversations' plugins).
import { GrammyError, HttpError, type Middleware, type Transformer } from "grammy";
import type { Access } from "../access/access.js";
import type { BotContext, BotConversation, ConversationContext } from "./context.js";
import { roleKey, statusKey } from "../members/member-keys.js";
import { commandOf } from "./gate.js";

/**
 * Starts a multi-step flow, unless one is already open in this chat: conversations v2 refuses a
 * second one, and the member's next answer would go to the wrong flow. They are asked to finish
 * the open one or leave it with /batal.
 */
export async function enterFlow(ctx: BotContext, id: string, ...args: unknown[]): Promise<boolean> {
  if (Object.keys(ctx.conversation.active()).length > 0) {
    const text = ctx.t("flow-busy");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true }).catch(() => undefined);
    if (ctx.chat?.type === "private") await ctx.reply(text);
    return false;
  }
  await ctx.conversation.enter(id, ...args);
  return true;
}

type CallOutcome =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> }
  | { network: string };

/**
 * Every Bot API call of a flow is one recorded step, made through the current update's own Api (its
 * patience: one short retry, a bounded wait, messages to the outbox when Telegram fails). Recorded,
 * a replay takes the outcome from the log: it neither calls nor waits again, and a message that went
 * to the outbox stays "sent" for the flow, so its answers are kept.
 */
export function recordedCalls(conversation: BotConversation): Transformer {
  const transformer = async (_prev: unknown, method: string, payload: unknown, signal?: unknown) => {
    const outcome = await conversation.external(async (outside): Promise<CallOutcome> => {
      const raw = outside.api.raw as unknown as Record<string, (payload: unknown, signal?: unknown) => Promise<unknown>>;
      try {
        return { ok: true, result: await raw[method]!(payload, signal) };
      } catch (error) {
        if (error instanceof GrammyError) {
          return { ok: false, error_code: error.error_code, description: error.description, parameters: { ...error.parameters } };
        }
        if (error instanceof HttpError) return { network: error.message };
        throw error;
      }
    });
    if ("network" in outcome) throw new HttpError(outcome.network, new Error(outcome.network));
    return outcome;
  };
  return transformer as unknown as Transformer;
}

/** Access with its dates and Telegram ids, as JSON (conversation state is plain JSON). */
function storeAccess(access: Access): string {
  return JSON.stringify(access, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (typeof value === "bigint") return { $bigint: value.toString() };
    return value;
  });
}

function loadAccess(stored: string): Access {
  return JSON.parse(stored, (_key, value: unknown) => {
    if (value && typeof value === "object" && "$date" in value) return new Date(String(value.$date));
    if (value && typeof value === "object" && "$bigint" in value) return BigInt(String(value.$bigint));
    return value;
  }) as Access;
}

/**
 * Who the sender was when each update of the flow arrived, recorded with the flow. Read afresh on a
 * replay, a role changed in between would send the replay down another path than the one recorded
 * ("Bad replay"); recorded, every replay sees what the flow saw.
 */
export function recordedAccess(conversation: BotConversation): Middleware<ConversationContext> {
  return async (ctx, next) => {
    ctx.access = loadAccess(await conversation.external((outside) => storeAccess(outside.access)));
    await next();
  };
}

export type AccessChange = { kind: "suspended" } | { kind: "status"; status: string } | { kind: "role"; from: string; to: string };

/** A change of status or role since the flow began; a new name or time zone is not one. */
export function accessChange(before: Access, now: Access): AccessChange | null {
  if (before.status !== now.status) return now.status === "suspended" ? { kind: "suspended" } : { kind: "status", status: now.status };
  if (before.role !== now.role || before.isAdmin !== now.isAdmin) return { kind: "role", from: before.role ?? "member", to: now.role ?? "member" };
  return null;
}

const flowStarts = new WeakMap<BotConversation, { access: Access; command: string | null }>();

/**
 * Ends a flow cleanly when the person's status or role changed since it began (an admin suspended
 * them, made them a member again...): what the flow was about to do was decided for the person they
 * were. They are told what changed and how to start again; a command or another feature's button that
 * brought the news goes on to its handler (the gate then decides on the new rights).
 */
export function endFlowOnAccessChange(conversation: BotConversation, isFlowButton: (data: string | undefined) => boolean): Middleware<ConversationContext> {
  return async (ctx, next) => {
    const start = flowStarts.get(conversation);
    if (!start) {
      const found = commandOf(ctx.message?.text, ctx.message?.entities);
      flowStarts.set(conversation, { access: ctx.access, command: found?.name ?? null });
      return next();
    }
    const change = accessChange(start.access, ctx.access);
    if (!change) return next();
    const data = ctx.callbackQuery?.data;
    const passOn = (data !== undefined && !isFlowButton(data)) || commandOf(ctx.message?.text, ctx.message?.entities) !== null;
    const what =
      change.kind === "suspended"
        ? ctx.t("flow-ended-suspended")
        : change.kind === "status"
          ? ctx.t("flow-ended-status", { status: ctx.t(statusKey(change.status)) })
          : ctx.t("flow-ended-role", { from: ctx.t(roleKey(change.from)), to: ctx.t(roleKey(change.to)) });
    const again = start.command && change.kind !== "suspended" ? ctx.t("flow-ended-restart", { command: start.command }) : "";
    if (data !== undefined && !passOn) await ctx.answerCallbackQuery();
    await ctx.reply([what, again].filter(Boolean).join(" "), { reply_markup: { remove_keyboard: true } });
    await conversation.halt({ next: passOn });
  };
}
