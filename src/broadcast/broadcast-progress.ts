// Keeps the sender's progress message current while a broadcast runs (edited at most every few
// seconds), and turns it into the final report when nothing is left to send.
import { GrammyError, type Api, type InlineKeyboard } from "grammy";
import type { Translator } from "../bot/i18n.js";
import type { MemberService } from "../members/member-service.js";
import type { Logger } from "../shared/logger.js";
import type { Clock } from "../shared/clock.js";
import { formatNumber } from "../shared/time.js";
import type { BroadcastService } from "./broadcast-service.js";
import { broadcastProgressKeyboard, progressText, undeliveredKeyboard } from "./broadcast-views.js";

export interface BroadcastProgressDeps {
  broadcasts: BroadcastService;
  members: MemberService;
  api: Api;
  i18n: Translator;
  logger: Logger;
  clock: Clock;
  minIntervalMs?: number;
}

export function createBroadcastProgress({ broadcasts, members, api, i18n, logger, clock, minIntervalMs = 3000 }: BroadcastProgressDeps) {
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
    if (!broadcast) return;
    // Completion does not wait for the progress message (a small broadcast may finish first).
    const finished = (await broadcasts.completeIfDone(broadcastId)) || force || broadcast.state === "done";
    if (!finished && broadcast.state === "scheduled") {
      // Still waiting for its time: the "scheduled" message stays as it is.
      if (broadcast.scheduledAt.getTime() > clock.now().getTime()) return;
      await broadcasts.markStarted(broadcastId);
    }
    if (!broadcast.progressChatId || !broadcast.progressMessageId) return;
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
    const figures = t(key, {
      sent: formatNumber(progress.sent, language),
      total: formatNumber(progress.total, language),
      failed: formatNumber(progress.failed, language),
      blocked: formatNumber(progress.blocked, language),
      stopped: formatNumber(progress.stopped, language),
    });
    // Messages possibly sent twice are worth a line only when there are some.
    const text = progress.inDoubt > 0 ? `${figures}\n${t("bc-report-in-doubt", { doubt: formatNumber(progress.inDoubt, language) })}` : figures;
    const undelivered = progress.failed + progress.blocked + progress.stopped;
    const keyboard = undelivered > 0 ? undeliveredKeyboard(t, broadcastId) : undefined;
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
