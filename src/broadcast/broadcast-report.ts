// /siaran_laporan (the latest broadcasts with their figures) and the CSV of the recipients a
// broadcast did not reach.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { toCsv } from "../shared/csv.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime, formatNumber } from "../shared/time.js";
import { undeliveredCsvButton } from "./broadcast-buttons.js";
import type { BroadcastService } from "./broadcast-service.js";
import { BROADCAST_STATE_KEYS, UNDELIVERED_KEYS, undeliveredKind } from "./broadcast-views.js";

export interface BroadcastReportDeps {
  broadcasts: BroadcastService;
  permissions: Permissions;
}

/** The broadcast, if whoever pressed may stop it and see whom it missed; null otherwise. */
export async function handledBroadcast(ctx: BotContext, broadcasts: BroadcastService, permissions: Permissions, broadcastId: number) {
  const broadcast = await broadcasts.find(broadcastId);
  if (!broadcast || !ctx.from) return null;
  return permissions.handlesBroadcast(ctx.access, broadcast, BigInt(ctx.from.id)) ? broadcast : null;
}

export function createBroadcastReportComposer({ broadcasts, permissions }: BroadcastReportDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  onButton(composer, undeliveredCsvButton, async (ctx, { broadcastId }) => {
    if (!(await handledBroadcast(ctx, broadcasts, permissions, broadcastId))) {
      await ctx.answerCallbackQuery({ text: ctx.t("bc-not-yours"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const rows = await broadcasts.undelivered(broadcastId);
    if (rows.length === 0) {
      await ctx.reply(ctx.t("bc-all-delivered"));
      return;
    }
    const csv = toCsv(
      ["No", "Nama", "Instansi", "ID Chat", "Status", "Alasan", "Percobaan"],
      rows.map((r, i) => [i + 1, r.name, r.agency, String(r.chatId), ctx.t(UNDELIVERED_KEYS[undeliveredKind(r.state, r.reason)]), r.reason, r.attempts]),
    );
    await ctx.replyWithDocument(new InputFile(csv, `siaran-${broadcastId}-tidak-terkirim.csv`), {
      caption: ctx.t("bc-undelivered-caption", { id: String(broadcastId), count: rows.length }),
    });
  });

  composer.chatType("private").command("siaran_laporan", async (ctx) => {
    const language = ctx.access.member?.language ?? "id";
    // Admins handle every broadcast (permissions.handlesBroadcast), so they see every one; others their own.
    const list = await broadcasts.recent(permissions.isAdmin(ctx.access) ? null : BigInt(ctx.from.id));
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
          when: formatDateTime(b.scheduledAt, ctx.access.timezone, language),
          label: escapeHtml(b.audienceLabel),
          sent: formatNumber(p.sent, language),
          total: formatNumber(p.total, language),
          failed: formatNumber(p.failed, language),
          blocked: formatNumber(p.blocked, language),
          state: ctx.t(BROADCAST_STATE_KEYS[p.state]),
        }),
      );
      if (p.failed + p.blocked + p.stopped > 0) {
        keyboard.text(ctx.t("bc-button-csv-of", { id: String(b.id) }), undeliveredCsvButton.pack({ broadcastId: b.id })).row();
      }
    }
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
  });

  return composer;
}
