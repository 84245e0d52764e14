// /siaran, and the stop button of progress messages. The gate has already checked that the sender
// is staff; whether they may stop this broadcast is asked of the permissions module.
import { Composer } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import { answerReplyButton, replyToSenderButton, stopBroadcastButton } from "./broadcast-buttons.js";
import { BROADCAST_CONVERSATION } from "./broadcast-conversation.js";
import type { BroadcastProgressReporter } from "./broadcast-progress.js";
import { createBroadcastReportComposer, handledBroadcast } from "./broadcast-report.js";
import { REPLIES_PER_BROADCAST, type BroadcastReplies } from "./broadcast-replies.js";
import { BROADCAST_ANSWER_CONVERSATION, BROADCAST_REPLY_CONVERSATION } from "./broadcast-reply-conversation.js";
import type { BroadcastService } from "./broadcast-service.js";
import { ANSWER_REFUSAL_KEYS, REPLY_REFUSAL_KEYS } from "./broadcast-views.js";

export interface BroadcastComposerDeps {
  broadcasts: BroadcastService;
  progress: BroadcastProgressReporter;
  permissions: Permissions;
  replies: BroadcastReplies;
}

export function createBroadcastComposer({ broadcasts, progress, permissions, replies }: BroadcastComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.chatType("private").command("siaran", (ctx) => enterFlow(ctx, BROADCAST_CONVERSATION));

  onButton(composer, stopBroadcastButton, async (ctx, { broadcastId }) => {
    if (!(await handledBroadcast(ctx, broadcasts, permissions, broadcastId))) {
      await ctx.answerCallbackQuery({ text: ctx.t("bc-not-yours"), show_alert: true });
      return;
    }
    const stopped = await broadcasts.stop(broadcastId);
    await ctx.answerCallbackQuery({ text: ctx.t(stopped ? "bc-stopped" : "bc-already-finished") });
    if (stopped) await progress.report(broadcastId, true);
  });

  // Replies and answers are typed in the private chat; a refusal is said at once, on the button.
  const chat = composer.chatType("private");
  onButton(chat, replyToSenderButton, async (ctx, { broadcastId }) => {
    const target = await replies.replyTarget(broadcastId, BigInt(ctx.from.id));
    if (!target.ok) return ctx.answerCallbackQuery({ text: ctx.t(REPLY_REFUSAL_KEYS[target.reason], { max: REPLIES_PER_BROADCAST }), show_alert: true });
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, BROADCAST_REPLY_CONVERSATION, broadcastId);
  });
  onButton(chat, answerReplyButton, async (ctx, { broadcastId, memberId }) => {
    const target = await replies.answerTarget(broadcastId, BigInt(ctx.from.id), memberId);
    if (!target.ok) return ctx.answerCallbackQuery({ text: ctx.t(ANSWER_REFUSAL_KEYS[target.reason], { max: REPLIES_PER_BROADCAST }), show_alert: true });
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, BROADCAST_ANSWER_CONVERSATION, broadcastId, memberId);
  });

  composer.use(createBroadcastReportComposer({ broadcasts, permissions }));
  return composer;
}
