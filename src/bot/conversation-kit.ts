// Shared building blocks for multi-step flows (conversations v2). Every wait goes through
// `waitForInput`, so every flow treats commands, stickers, foreign and stale buttons alike.
import type { Contact, Message } from "grammy/types";
import type { BotConversation, ConversationContext } from "./context.js";

export type FlowInput =
  | { kind: "text"; text: string; ctx: ConversationContext }
  | { kind: "media"; message: Message; ctx: ConversationContext }
  | { kind: "button"; action: string; arg: string; ctx: ConversationContext }
  | { kind: "contact"; contact: Contact; ctx: ConversationContext };

export interface FlowButtons {
  /** Short flow name at the start of callback data, e.g. "reg". */
  prefix: string;
  /** Random per run of the flow: buttons of an earlier run are recognised as stale. */
  nonce: string;
}

/** Callback data for a button of this run of the flow. Telegram allows 64 bytes. */
export function flowButton(flow: FlowButtons, action: string, arg: string | number = ""): string {
  return `${flow.prefix}:${flow.nonce}:${action}:${arg}`;
}

/** A random token, recorded in the conversation so that replays see the same value. */
export async function newFlow(conversation: BotConversation, prefix: string): Promise<FlowButtons> {
  const random = await conversation.random();
  return { prefix, nonce: Math.floor(random * 36 ** 5).toString(36).padStart(5, "0") };
}

export interface WaitOptions {
  /** Button actions valid at this step; a button of this run with another action is stale. */
  actions?: readonly string[];
  acceptText?: boolean;
  acceptContact?: boolean;
  /** Photos and documents (with their captions) are accepted too. */
  acceptMedia?: boolean;
  /** What to say when something else arrives (a sticker, a photo...). */
  expectedKey?: string;
}

/**
 * Waits until the member gives an input this step accepts. Everything else gets a clear answer
 * and the step keeps waiting; buttons that belong to other features pass through to them.
 */
export async function waitForInput(
  conversation: BotConversation,
  flow: FlowButtons,
  options: WaitOptions,
): Promise<FlowInput> {
  const acceptText = options.acceptText ?? true;
  for (;;) {
    const ctx = await conversation.wait();
    const data = ctx.callbackQuery?.data;
    if (ctx.callbackQuery) {
      if (data === undefined || !data.startsWith(`${flow.prefix}:`)) {
        // Not this flow's button (an admin's approval button, say): let its handler answer it.
        await conversation.skip({ next: true });
      }
      const [, nonce, action = "", ...rest] = (data ?? "").split(":");
      if (nonce === flow.nonce && (options.actions ?? []).includes(action)) {
        await ctx.answerCallbackQuery();
        return { kind: "button", action, arg: rest.join(":"), ctx };
      }
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
      continue;
    }
    if (ctx.chat?.type !== "private") {
      await conversation.skip({ next: true });
    }
    const message = ctx.message;
    if (!message) {
      await conversation.skip({ next: true });
      continue;
    }
    if (options.acceptContact && message.contact) {
      return { kind: "contact", contact: message.contact, ctx };
    }
    if (options.acceptMedia && (message.photo || message.document)) {
      return { kind: "media", message, ctx };
    }
    const text = message.text;
    if (text !== undefined && text.startsWith("/")) {
      await ctx.reply(ctx.t("flow-command-during-flow"));
      continue;
    }
    if (acceptText && text !== undefined) {
      return { kind: "text", text: text.trim(), ctx };
    }
    await ctx.reply(ctx.t(options.expectedKey ?? (acceptText ? "flow-text-expected" : "flow-button-expected")));
  }
}

/** Asks for text until `validate` returns null; returns the accepted text. */
export async function askText(
  conversation: BotConversation,
  flow: FlowButtons,
  options: {
    validate: (text: string) => string | null;
    /** Button actions (e.g. "skip") that end the question without text. */
    actions?: readonly string[];
  },
): Promise<{ text: string; ctx: ConversationContext } | { action: string; arg: string; ctx: ConversationContext }> {
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: options.actions ?? [] });
    if (input.kind === "button") return { action: input.action, arg: input.arg, ctx: input.ctx };
    if (input.kind !== "text") continue;
    const error = options.validate(input.text);
    if (error === null) return { text: input.text, ctx: input.ctx };
    await input.ctx.reply(error);
  }
}
