// /siaran, and the stop button of progress messages. The gate has already checked that the sender
// is staff; whether they may stop this broadcast is asked of the permissions module.
import { Composer } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import { stopBroadcastButton } from "./broadcast-buttons.js";
import { BROADCAST_CONVERSATION } from "./broadcast-conversation.js";
import type { BroadcastProgressReporter } from "./broadcast-progress.js";
import { createBroadcastReportComposer, handledBroadcast } from "./broadcast-report.js";
import type { BroadcastService } from "./broadcast-service.js";

export interface BroadcastComposerDeps {
  broadcasts: BroadcastService;
  progress: BroadcastProgressReporter;
  permissions: Permissions;
}

export function createBroadcastComposer({ broadcasts, progress, permissions }: BroadcastComposerDeps): Composer<BotContext> {
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

  composer.use(createBroadcastReportComposer({ broadcasts, permissions }));
  return composer;
}
