// The gate in front of every feature: commands are matched without regard to case, and every
// command and every kind of button is checked against who it is for (src/access) before any
// handler runs, with a short Indonesian reason for anyone it refuses. The same declarations drive
// /bantuan and the menus, so what the gate allows and what the bot offers never disagree.
import { InlineKeyboard, type MiddlewareFn } from "grammy";
import type { MessageEntity } from "grammy/types";
import { refusalFor, type Refusal } from "../access/access.js";
import { findButton, type ButtonCodec } from "./callback-data.js";
import type { BotContext } from "./context.js";
import type { CommandDefinition } from "./feature.js";
import { explainNotApproved } from "./guards.js";

export interface GateOptions {
  commands: readonly CommandDefinition[];
  buttons: readonly ButtonCodec<unknown>[];
  flowPrefixes: readonly string[];
}

/** The command at the start of a message, lower-cased, with the bot it is addressed to. */
export function commandOf(text: string | undefined, entities: readonly MessageEntity[] | undefined) {
  const entity = entities?.[0];
  if (!text || !entity || entity.type !== "bot_command" || entity.offset !== 0) return null;
  const [name = "", addressee] = text.slice(1, entity.length).split("@");
  return { name: name.toLowerCase(), addressee: addressee?.toLowerCase() ?? null, length: entity.length };
}

/**
 * Phones capitalise the first letter ("/Rapat"): the command is lower-cased in the update itself,
 * so every handler's bot.command("rapat") matches.
 */
export const lowerCaseCommands: MiddlewareFn<BotContext> = async (ctx, next) => {
  const message = ctx.message ?? ctx.channelPost;
  const found = commandOf(message?.text, message?.entities);
  if (message?.text && found) {
    const head = message.text.slice(0, found.length);
    if (head !== head.toLowerCase()) {
      (message as { text: string }).text = head.toLowerCase() + message.text.slice(found.length);
    }
  }
  await next();
};

/** Flow buttons are "<flow prefix>:<5-character run id>:<action>:<arg>" with a registered prefix. */
export function flowButtonRule(flowPrefixes: readonly string[]) {
  const prefixes = new Set(flowPrefixes);
  return (data: string | undefined): boolean => {
    if (data === undefined) return false;
    const [prefix = "", nonce = "", action] = data.split(":");
    return prefixes.has(prefix) && /^[0-9a-z]{5}$/.test(nonce) && action !== undefined;
  };
}

const REFUSAL_KEYS: Record<Refusal, string> = {
  not_approved: "access-group-not-approved",
  staff_only: "access-staff-only",
  admin_only: "access-admin-only",
  already_member: "reg-already-member",
};

export function createGate({ commands, buttons, flowPrefixes }: GateOptions): MiddlewareFn<BotContext> {
  // A command may be declared by two features for different chats (a pokja group's /rapat, say).
  const byName = new Map<string, CommandDefinition[]>();
  for (const c of commands) for (const name of [c.command, ...(c.aliases ?? [])]) byName.set(name, [...(byName.get(name) ?? []), c]);
  const isFlowButton = flowButtonRule(flowPrefixes);

  async function refuse(ctx: BotContext, refusal: Refusal, refusalKey?: string) {
    // In a group, nobody's registration status or reasons are shown to the others.
    if (refusal === "not_approved" && ctx.chat?.type === "private") return explainNotApproved(ctx);
    const text = ctx.t(refusal !== "not_approved" && refusalKey ? refusalKey : REFUSAL_KEYS[refusal]);
    if (ctx.callbackQuery) return ctx.answerCallbackQuery({ text, show_alert: true });
    return ctx.reply(text, { reply_parameters: ctx.msgId ? { message_id: ctx.msgId, allow_sending_without_reply: true } : undefined });
  }

  return async (ctx, next) => {
    const data = ctx.callbackQuery?.data;
    if (data !== undefined) {
      if (data === "noop") return ctx.answerCallbackQuery();
      if (isFlowButton(data)) return next();
      const codec = findButton(buttons, data);
      if (!codec) return next();
      const refusal = refusalFor(ctx.access, codec.audience);
      if (refusal && refusal !== "already_member") return refuse(ctx, refusal);
      return next();
    }

    const message = ctx.message;
    const found = commandOf(message?.text, message?.entities);
    if (!message || !found) return next();
    const inGroup = ctx.chat?.type !== "private";
    const ours = found.addressee === null || found.addressee === ctx.me.username.toLowerCase();
    if (!ours) return; // A command for another bot in the group: not ours to answer.
    const declared = byName.get(found.name);
    if (!declared) return next(); // Unknown: the fallback suggests the nearest command.
    const definition = declared.find((d) => d.chats.includes(inGroup ? "group" : "private")) ?? declared[0]!;
    if (inGroup && !definition.chats.includes("group")) {
      const keyboard = new InlineKeyboard().url(ctx.t("button-open-private"), `https://t.me/${ctx.me.username}?start=${encodeURIComponent(definition.command)}`);
      return ctx.reply(ctx.t("command-private-only", { command: definition.command }), {
        reply_markup: keyboard,
        reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
      });
    }
    if (!inGroup && !definition.chats.includes("private")) {
      return ctx.reply(ctx.t("command-group-only", { command: definition.command }));
    }
    const refusal = refusalFor(ctx.access, definition.audience);
    // "unapproved" commands (/daftar) explain themselves to members who are already in.
    if (refusal && refusal !== "already_member") return refuse(ctx, refusal, definition.refusalKey);
    return next();
  };
}
