// /siaran and /siaran_laporan, and the buttons of progress messages.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { BotContext } from "../bot/context.js";
import { isStaff } from "../access/access.js";
import { requireApproved } from "../bot/guards.js";
import { toCsv } from "../shared/csv.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime, formatNumber } from "../shared/time.js";
import { BROADCAST_CONVERSATION } from "./broadcast-conversation.js";
import type { BroadcastProgressReporter } from "./broadcast-progress.js";
import type { BroadcastService } from "./broadcast-service.js";

export interface BroadcastComposerDeps {
  broadcasts: BroadcastService;
  progress: BroadcastProgressReporter;
}

export function createBroadcastComposer({ broadcasts, progress }: BroadcastComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  /** The sender of a broadcast, or any admin, may stop it and see who it missed. */
  async function mayHandle(ctx: BotContext, broadcastId: number) {
    const broadcast = await broadcasts.find(broadcastId);
    if (!broadcast) return null;
    const own = ctx.from !== undefined && broadcast.senderTelegramId === BigInt(ctx.from.id);
    return (ctx.access.isAdmin || (own && isStaff(ctx.access))) ? broadcast : null;
  }

  chat.command("siaran", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    if (!isStaff(ctx.access)) {
      await ctx.reply(ctx.t("bc-staff-only"));
      return;
    }
    await enterFlow(ctx, BROADCAST_CONVERSATION);
  });

  chat.callbackQuery(/^bc:stop:(\d+)$/, async (ctx) => {
    const id = Number(ctx.match[1]);
    if (!(await mayHandle(ctx, id))) {
      await ctx.answerCallbackQuery({ text: ctx.t("bc-not-yours"), show_alert: true });
      return;
    }
    const stopped = await broadcasts.stop(id);
    await ctx.answerCallbackQuery({ text: ctx.t(stopped ? "bc-stopped" : "bc-already-finished") });
    if (stopped) await progress.report(id, true);
  });

  chat.callbackQuery(/^bc:csv:(\d+)$/, async (ctx) => {
    const id = Number(ctx.match[1]);
    const broadcast = await mayHandle(ctx, id);
    if (!broadcast) {
      await ctx.answerCallbackQuery({ text: ctx.t("bc-not-yours"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const rows = await broadcasts.undelivered(id);
    if (rows.length === 0) {
      await ctx.reply(ctx.t("bc-all-delivered"));
      return;
    }
    const stateLabel = (state: string, reason: string) =>
      ctx.t(state === "skipped" ? (reason === "stopped" ? "bc-csv-stopped" : "bc-csv-blocked") : state === "failed" ? "bc-csv-failed" : "bc-csv-pending");
    const csv = toCsv(
      ["No", "Nama", "Instansi", "ID Chat", "Status", "Alasan", "Percobaan"],
      rows.map((r, i) => [i + 1, r.name, r.agency, String(r.chatId), stateLabel(r.state, r.reason), r.reason, r.attempts]),
    );
    await ctx.replyWithDocument(new InputFile(csv, `siaran-${id}-tidak-terkirim.csv`), {
      caption: ctx.t("bc-undelivered-caption", { id: String(id), count: rows.length }),
    });
  });

  chat.command("siaran_laporan", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    if (!isStaff(ctx.access)) {
      await ctx.reply(ctx.t("bc-staff-only"));
      return;
    }
    const language = ctx.access.member?.language ?? "id";
    const timezone = ctx.access.member?.timezone ?? "Asia/Jakarta";
    const list = await broadcasts.recent(ctx.access.isAdmin ? null : BigInt(ctx.from.id));
    if (list.length === 0) {
      await ctx.reply(ctx.t("bc-report-none"));
      return;
    }
    const lines = [ctx.t("bc-report-title"), ""];
    const keyboard = new InlineKeyboard();
    for (const b of list) {
      const p = await broadcasts.progress(b.id);
      if (!p) continue;
      lines.push(
        ctx.t("bc-report-line", {
          id: String(b.id),
          when: formatDateTime(b.scheduledAt, timezone, language),
          label: escapeHtml(b.audienceLabel),
          sent: formatNumber(p.sent, language),
          total: formatNumber(p.total, language),
          failed: formatNumber(p.failed, language),
          blocked: formatNumber(p.blocked, language),
          state: ctx.t(`bc-state-${p.state}`),
        }),
      );
      if (p.failed + p.blocked + p.stopped > 0) keyboard.text(ctx.t("bc-button-csv-of", { id: String(b.id) }), `bc:csv:${b.id}`).row();
    }
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
  });

  return composer;
}
