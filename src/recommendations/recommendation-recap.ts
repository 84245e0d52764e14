// /rekap_usulan: counts by status, category and province for a period, a chart, CSV and XLSX.
// Coordinators get the pokja they manage, admins every pokja (permissions.managedPokjaIds).
import { setImmediate as nextTurn } from "node:timers/promises";
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { escapeHtml } from "../shared/html.js";
import { recapButton, recapExportButton } from "./recommendation-buttons.js";
import { startOfLocalDay, startOfLocalYear } from "./recommendation-dates.js";
import { PERIOD_KEYS } from "./recommendation-keys.js";
import { createReportTally, renderReportChart, reportCsvFromPages, summarizeReport, type ExportLabels, type ReportLabels } from "./recommendation-report.js";
import { readerOf, tOf, type RecommendationScreenDeps } from "./recommendation-screen.js";
import { CATEGORIES, REPORT_PERIODS, STATUSES, type Category, type Period, type Status } from "./recommendation-types.js";
import { categoryLabel, statusLabel } from "./recommendation-views.js";

/**
 * Status and category names in the reader's language, for the chart and the exports. Where the
 * counts put "Dibahas" and "Dijadwalkan dibahas" in one bar, its name says so.
 */
function names(ctx: BotContext, meetingAhead: boolean) {
  const t = tOf(ctx);
  const statusNames = Object.fromEntries(STATUSES.map((s) => [s, statusLabel(t, s)])) as Record<Status, string>;
  if (meetingAhead) statusNames.dibahas = ctx.t("rec-status-dibahas-or-ahead");
  return {
    statusNames,
    scheduledName: statusLabel(t, "dijadwalkan_dibahas"),
    categoryNames: Object.fromEntries(CATEGORIES.map((c) => [c, categoryLabel(t, c)])) as Record<Category, string>,
  };
}

function reportLabels(ctx: BotContext, period: Period, total: number, meetingAhead: boolean): ReportLabels {
  return {
    title: ctx.t("rec-report-chart-title"),
    subtitle: ctx.t("rec-report-subtitle", { period: ctx.t(PERIOD_KEYS[period]), total }),
    byStatus: ctx.t("rec-report-by-status"),
    byCategory: ctx.t("rec-report-by-category"),
    byProvince: ctx.t("rec-report-by-province"),
    ...names(ctx, meetingAhead),
    empty: ctx.t("rec-report-empty"),
    moreProvinces: (count: number) => ctx.t("rec-report-more-provinces", { count }),
  };
}

function exportLabels(ctx: BotContext, meetingAhead: boolean): ExportLabels {
  return {
    headings: {
      id: ctx.t("rec-col-id"),
      pokja: ctx.t("rec-col-pokja"),
      category: ctx.t("rec-col-category"),
      status: ctx.t("rec-col-status"),
      title: ctx.t("rec-col-title"),
      submitter: ctx.t("rec-col-submitter"),
      agency: ctx.t("rec-col-agency"),
      province: ctx.t("rec-col-province"),
      supports: ctx.t("rec-col-supports"),
      submitted: ctx.t("rec-col-submitted"),
      updated: ctx.t("rec-col-updated"),
      task: ctx.t("rec-col-task"),
    },
    ...names(ctx, meetingAhead),
    centralLabel: ctx.t("rec-central"),
    sheetRows: ctx.t("rec-sheet-rows"),
    sheetSummary: ctx.t("rec-sheet-summary"),
    count: ctx.t("rec-col-count"),
    total: ctx.t("rec-col-total"),
  };
}

export function createRecapScreen({ recommendations, permissions, clock, logger, offThread }: RecommendationScreenDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  /** From the start of the period's first day in the reader's zone, until now. */
  function periodRange(period: Period, timezone: string): { from: Date | null; to: Date } {
    const now = clock.now();
    if (period === "all") return { from: null, to: now };
    if (period === "year") return { from: startOfLocalYear(now, timezone), to: now };
    return { from: startOfLocalDay(now, timezone, Number(period) - 1), to: now };
  }

  /** The rows' bounds for a period, of the pokja the presser manages (the press is answered first). */
  async function reportScope(ctx: BotContext, period: Period) {
    await ctx.answerCallbackQuery();
    const { timezone } = readerOf(ctx);
    const range = periodRange(period, timezone);
    const scope = await permissions.managedPokjaIds(ctx.access);
    return { timezone, from: range.from, to: range.to, scope };
  }

  chat.command("rekap_usulan", async (ctx) => {
    const keyboard = new InlineKeyboard();
    for (const period of REPORT_PERIODS) keyboard.text(ctx.t(PERIOD_KEYS[period]), recapButton.pack({ period }));
    await ctx.reply(ctx.t("rec-report-ask-period"), { reply_markup: keyboard });
  });

  onButton(chat, recapButton, async (ctx, { period }) => {
    const { from, to, scope } = await reportScope(ctx, period);
    // Counted page by page: the rows themselves are not kept.
    const tally = createReportTally(ctx.t("rec-central"));
    for await (const page of recommendations.reportPages(from, to, scope)) {
      tally.add(page);
      await nextTurn();
    }
    const summary = tally.summary();
    const ahead = tally.meetingAhead();
    const t = tOf(ctx);
    const lines = [ctx.t("rec-report-title", { period: ctx.t(PERIOD_KEYS[period]), total: summary.total })];
    if (summary.total > 0) {
      lines.push("", `<b>${ctx.t("rec-report-by-status")}</b>`);
      // "Dibahas" counts apart those whose meeting is still to come.
      for (const s of STATUSES) {
        if (s === "dibahas" && ahead > 0) lines.push(`• ${statusLabel(t, "dijadwalkan_dibahas")}: ${ahead}`);
        const count = s === "dibahas" ? summary.byStatus[s] - ahead : summary.byStatus[s];
        if (count > 0) lines.push(`• ${statusLabel(t, s)}: ${count}`);
      }
      lines.push("", `<b>${ctx.t("rec-report-by-category")}</b>`);
      for (const c of CATEGORIES) if (summary.byCategory[c] > 0) lines.push(`• ${categoryLabel(t, c)}: ${summary.byCategory[c]}`);
      lines.push("", `<b>${ctx.t("rec-report-by-province")}</b>`);
      for (const p of summary.byProvince.slice(0, 10)) lines.push(`• ${escapeHtml(p.province)}: ${p.count}`);
      if (summary.byProvince.length > 10) lines.push(ctx.t("rec-report-more-provinces", { count: summary.byProvince.length - 10 }));
    }
    try {
      // Drawn on a worker thread; the counts still go out as text when it cannot be drawn.
      const chart = await renderReportChart(summary, reportLabels(ctx, period, summary.total, ahead > 0), offThread);
      await ctx.replyWithPhoto(new InputFile(chart, "rekap-usulan.png"));
    } catch (error) {
      logger?.warn({ err: error }, "recommendation report chart not rendered");
      await ctx.reply(ctx.t("long-work-chart-failed"));
    }
    const exports =
      summary.total > 0
        ? new InlineKeyboard()
            .text(ctx.t("rec-button-csv"), recapExportButton.pack({ period, format: "csv" }))
            .text(ctx.t("rec-button-xlsx"), recapExportButton.pack({ period, format: "xlsx" }))
        : undefined;
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: exports });
  });

  onButton(chat, recapExportButton, async (ctx, { period, format }) => {
    const { timezone, from, to, scope } = await reportScope(ctx, period);
    const labels = exportLabels(ctx, await recommendations.reportHasMeetingAhead(from, to, scope));
    const stamp = clock.now().toISOString().slice(0, 10);
    const caption = (total: number) => ctx.t("rec-export-caption", { period: ctx.t(PERIOD_KEYS[period]), total });
    if (format === "csv") {
      // Read and written a page at a time.
      const csv = await reportCsvFromPages(recommendations.reportPages(from, to, scope), labels, timezone);
      await ctx.replyWithDocument(new InputFile(csv.bytes, `rekap-usulan-${stamp}.csv`), { caption: caption(csv.rows) });
      return;
    }
    const rows = await recommendations.reportRows(from, to, scope);
    let xlsx: Uint8Array;
    try {
      // exceljs builds and zips the workbook on a worker thread.
      xlsx = await offThread.run("reportXlsx", { rows, summary: summarizeReport(rows, labels.centralLabel), labels, timezone });
    } catch (error) {
      logger?.warn({ err: error }, "recommendation report workbook not built");
      await ctx.reply(ctx.t("long-work-failed"));
      return;
    }
    await ctx.replyWithDocument(new InputFile(xlsx, `rekap-usulan-${stamp}.xlsx`), { caption: caption(rows.length) });
  });

  return composer;
}
