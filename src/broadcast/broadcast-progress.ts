// Keeps the sender's progress message current while a broadcast runs (edited at most every few
// seconds), and turns it into the final report when nothing is left to send.
import { GrammyError, InlineKeyboard, type Api } from "grammy";
import type { Translator } from "../bot/i18n.js";
import type { MemberService } from "../members/member-service.js";
import type { Logger } from "../shared/logger.js";
import { formatNumber } from "../shared/time.js";
import type { BroadcastService } from "./broadcast-service.js";
import { broadcastProgressKeyboard, progressText } from "./broadcast-views.js";

export interface BroadcastProgressDeps {
  broadcasts: BroadcastService;
  members: MemberService;
  api: Api;
  i18n: Translator;
  logger: Logger;
  minIntervalMs?: number;
}

export function createBroadcastProgress({ broadcasts, members, api, i18n, logger, minIntervalMs = 3000 }: BroadcastProgressDeps) {
  const lastEdit = new Map<number, number>();

  async function edit(chatId: bigint, messageId: number, text: string, keyboard?: InlineKeyboard) {
    try {
      await api.editMessageText(Number(chatId), messageId, text, { reply_markup: keyboard });
    } catch (error) {
      if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
      logger.warn({ err: error }, "broadcast progress not updated");
    }
  }

  async function report(broadcastId: number, force: boolean): Promise<void> {
    const broadcast = await broadcasts.find(broadcastId);
    if (!broadcast?.progressChatId || !broadcast.progressMessageId) return;
    if (broadcast.state === "scheduled") await broadcasts.markStarted(broadcastId);
    const finished = (await broadcasts.completeIfDone(broadcastId)) || force;
    const now = performance.now();
    if (!finished && now - (lastEdit.get(broadcastId) ?? -Infinity) < minIntervalMs) return;
    lastEdit.set(broadcastId, now);
    const progress = await broadcasts.progress(broadcastId);
    if (!progress) return;
    const sender = await members.findByTelegramId(broadcast.senderTelegramId);
    const language = sender?.language ?? "id";
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t(language, key, vars);
    if (!finished) {
      await edit(broadcast.progressChatId, broadcast.progressMessageId, progressText(t, language, progress), broadcastProgressKeyboard(t, broadcastId, false));
      return;
    }
    lastEdit.delete(broadcastId);
    const key = progress.state === "stopped" ? "bc-report-stopped" : "bc-report-done";
    const text = t(key, {
      sent: formatNumber(progress.sent, language),
      total: formatNumber(progress.total, language),
      failed: formatNumber(progress.failed, language),
      blocked: formatNumber(progress.blocked, language),
      stopped: formatNumber(progress.stopped, language),
      doubt: formatNumber(progress.inDoubt, language),
    });
    const undelivered = progress.failed + progress.blocked + progress.stopped;
    const keyboard = undelivered > 0 ? new InlineKeyboard().text(t("bc-button-undelivered-csv"), `bc:csv:${broadcastId}`) : undefined;
    await edit(broadcast.progressChatId, broadcast.progressMessageId, text, keyboard);
  }

  return {
    /** The dispatcher's after-batch hook. */
    async afterBatch(broadcastIds: Set<number>) {
      for (const id of broadcastIds) await report(id, false);
    },
    /** After a stop: the report at once. */
    report,
  };
}

export type BroadcastProgressReporter = ReturnType<typeof createBroadcastProgress>;
