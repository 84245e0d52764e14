// The short flows behind "Balas ke pengirim" (a member writes back to a broadcast's sender) and
// "Jawab" (the sender answers that member): one text, then it goes through the outbox. Who may,
// and how many are left, is asked again when the text is sent.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import { escapeHtml } from "../shared/html.js";
import { formatNumber } from "../shared/time.js";
import { REPLIES_PER_BROADCAST, REPLY_MAX_LENGTH, type BroadcastReplies, type Target } from "./broadcast-replies.js";
import { cancelled } from "./broadcast-steps.js";
import { ANSWER_REFUSAL_KEYS, REPLY_REFUSAL_KEYS } from "./broadcast-views.js";

export const BROADCAST_REPLY_CONVERSATION = "broadcastReply";
export const BROADCAST_ANSWER_CONVERSATION = "broadcastAnswer";
export const BROADCAST_REPLY_FLOW_PREFIX = "bcr";

/** The text, asked until it fits; null when cancelled. */
async function askReplyText(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  prompt: string,
): Promise<{ text: string; ctx: ConversationContext } | null> {
  await ctx.reply(prompt, { parse_mode: "HTML", reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")) });
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: ["cancel"], expectedKey: "bc-reply-text-only" });
    if (input.kind === "button") {
      await cancelled(input.ctx);
      return null;
    }
    if (input.kind !== "text" || input.text.length === 0) continue;
    if (input.text.length > REPLY_MAX_LENGTH) {
      const language = input.ctx.access.member?.language ?? "id";
      await input.ctx.reply(
        input.ctx.t("bc-reply-too-long", { length: formatNumber(input.text.length, language), max: formatNumber(REPLY_MAX_LENGTH, language) }),
      );
      continue;
    }
    return { text: input.text, ctx: input.ctx };
  }
}

export function createBroadcastReplyConversations({ replies }: { replies: BroadcastReplies }) {
  /** Asks, sends, confirms: the shape both flows share. */
  async function run<R extends string>(
    conversation: BotConversation,
    ctx: ConversationContext,
    keys: { ask: string; sent: string; refusals: Record<R, string> },
    target: () => Promise<Target<R>>,
    send: (text: string) => Promise<{ ok: true; name: string } | { ok: false; reason: R }>,
  ) {
    const flow = await newFlow(conversation, BROADCAST_REPLY_FLOW_PREFIX);
    const language = ctx.access.member?.language ?? "id";
    const found = await conversation.external(target);
    if (!found.ok) {
      await ctx.reply(ctx.t(keys.refusals[found.reason], { max: REPLIES_PER_BROADCAST }));
      return;
    }
    const vars = { name: escapeHtml(found.name), max: formatNumber(REPLY_MAX_LENGTH, language), left: found.left };
    const answer = await askReplyText(conversation, flow, ctx, ctx.t(keys.ask, vars));
    if (!answer) return;
    const result = await conversation.external(() => send(answer.text));
    const reply = answer.ctx;
    if (!result.ok) await reply.reply(reply.t(keys.refusals[result.reason], { max: REPLIES_PER_BROADCAST }));
    else await reply.reply(reply.t(keys.sent, { name: escapeHtml(result.name) }), { parse_mode: "HTML" });
  }

  async function broadcastReply(conversation: BotConversation, ctx: ConversationContext, broadcastId: number) {
    const chatId = BigInt(ctx.from?.id ?? 0);
    await run(
      conversation,
      ctx,
      { ask: "bc-reply-ask", sent: "bc-reply-sent", refusals: REPLY_REFUSAL_KEYS },
      () => replies.replyTarget(broadcastId, chatId),
      (text) => replies.sendReply(broadcastId, chatId, text),
    );
  }

  async function broadcastAnswer(conversation: BotConversation, ctx: ConversationContext, broadcastId: number, memberId: number) {
    const chatId = BigInt(ctx.from?.id ?? 0);
    await run(
      conversation,
      ctx,
      { ask: "bc-answer-ask", sent: "bc-answer-sent", refusals: ANSWER_REFUSAL_KEYS },
      () => replies.answerTarget(broadcastId, chatId, memberId),
      (text) => replies.sendAnswer(broadcastId, chatId, memberId, text),
    );
  }

  return { broadcastReply, broadcastAnswer };
}
