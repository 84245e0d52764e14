// /usul, /usulan, /usulan_saya, /tinjau, /rekap_usulan and the buttons of recommendation cards.
// Every button is checked on the server: who may see a recommendation (its pokja's members, its
// submitter, coordinators, admins), who may review it (its pokja's coordinators and admins), and
// whether the card it came from is still current (its version).
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../bot/context.js";
import { isStaff } from "../access/access.js";
import { enterFlow } from "../bot/flows.js";
import { requireApproved } from "../bot/guards.js";
import { splitHtml } from "../delivery/split-message.js";
import type { MeetingService } from "../meetings/meeting-service.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { replyHtml } from "../bot/reply-html.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate, formatDateTime, localDay, ZONE_OFFSET_MINUTES } from "../shared/time.js";
import type { SupportedTimezone } from "../config/config.js";
import { REC_LINK_TASK_CONVERSATION, REC_REVIEW_CONVERSATION, REC_REVISE_CONVERSATION, REC_SUBMIT_CONVERSATION } from "./recommendation-conversations.js";
import type { RecommendationNotices } from "./recommendation-notices.js";
import { renderReportChart, reportCsv, reportXlsx, summarizeReport, type ExportLabels, type ReportLabels } from "./recommendation-report.js";
import type { RecommendationFull, RecommendationService } from "./recommendation-service.js";
import { CATEGORIES, STATUSES, type Category, type Status } from "./recommendation-types.js";
import { cardKeyboard, cardText, categoryLabel, listLine, queueLine, statusLabel } from "./recommendation-views.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export const REPORT_PERIODS = ["30", "90", "year", "all"] as const;
type Period = (typeof REPORT_PERIODS)[number];

export interface RecommendationComposerDeps {
  recommendations: RecommendationService;
  notices: RecommendationNotices;
  pokja: PokjaService;
  meetings: MeetingService;
  clock: Clock;
}

export function createRecommendationComposer({ recommendations, notices, pokja, meetings, clock }: RecommendationComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");
  const zone = (ctx: BotContext) => ({ timezone: ctx.access.member?.timezone ?? "Asia/Jakarta", language: ctx.access.member?.language ?? "id" });
  const tOf = (ctx: BotContext): T => ctx.t.bind(ctx);

  async function canReview(ctx: BotContext, pokjaId: number) {
    return pokja.manages(ctx.access, pokjaId);
  }

  /** Members of its pokja, its submitter, reviewers (`reviewer`, when already known). */
  async function canView(ctx: BotContext, rec: RecommendationFull, reviewer?: boolean) {
    const member = ctx.access.member;
    if (!ctx.access.isApproved || !member) return false;
    if (rec.submitterId === member.id || (reviewer ?? (await canReview(ctx, rec.pokjaId)))) return true;
    return pokja.isActiveMember(member.id, rec.pokjaId);
  }

  async function showCard(ctx: BotContext, id: number, edit = false) {
    const member = ctx.access.member!;
    const rec = await recommendations.find(id);
    const reviewer = rec !== null && (await canReview(ctx, rec.pokjaId));
    if (!rec || !(await canView(ctx, rec, reviewer))) return ctx.reply(ctx.t("rec-not-found"));
    const history = await recommendations.history(id);
    const { timezone, language } = zone(ctx);
    const lastStep = [...history].reverse().find((e) => e.kind === "status" || e.kind === "resubmitted" || e.kind === "undo");
    const keyboard = cardKeyboard(tOf(ctx), rec, {
      canReview: reviewer,
      isSubmitter: rec.submitterId === member.id,
      supported: await recommendations.hasSupported(id, member.id),
      following: await recommendations.isFollowing(id, member.id),
      canUndo: lastStep?.kind === "status" && lastStep.undoneAt === null,
    });
    const text = cardText(tOf(ctx), rec, history, timezone, language);
    if (!edit) return replyHtml(ctx, text, keyboard);
    // A card in several parts has its buttons under the last: only they change.
    const parts = splitHtml(text);
    if (parts.length === 1) await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: keyboard }).catch(() => undefined);
    else await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined);
  }

  /** A numbered list with a button per item and paging. */
  function listMessage(
    ctx: BotContext,
    title: string,
    page: { items: RecommendationFull[]; page: number; pageCount: number; total: number },
    pageData: (page: number) => string,
    line: (rec: RecommendationFull) => string = (rec) => listLine(tOf(ctx), rec),
  ) {
    const lines = [title, ""];
    const keyboard = new InlineKeyboard();
    page.items.forEach((rec, i) => {
      lines.push(line(rec));
      keyboard.text(`#${rec.id}`, `rc:${rec.id}`);
      if (i % 5 === 4) keyboard.row();
    });
    keyboard.row();
    if (page.page > 0) keyboard.text("◀️", pageData(page.page - 1));
    if (page.pageCount > 1) lines.push("", ctx.t("rec-page", { page: page.page + 1, pages: page.pageCount, total: page.total }));
    if (page.page + 1 < page.pageCount) keyboard.text("▶️", pageData(page.page + 1));
    return { text: lines.join("\n"), keyboard };
  }

  // /usul: the submission flow.
  chat.command("usul", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    await enterFlow(ctx, REC_SUBMIT_CONVERSATION);
  });

  // /usulan_saya: own recommendations, newest first.
  async function showMine(ctx: BotContext, page: number, edit: boolean) {
    const member = ctx.access.member!;
    const mine = await recommendations.mine(member.id, page);
    if (mine.total === 0) return ctx.reply(ctx.t("rec-mine-none"));
    const view = listMessage(ctx, ctx.t("rec-mine-title", { total: mine.total }), mine, (p) => `rmy:${p}`);
    if (edit) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard }).catch(() => undefined);
    else await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  }
  chat.command("usulan_saya", async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    await showMine(ctx, 0, false);
  });
  chat.callbackQuery(/^rmy:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    await ctx.answerCallbackQuery();
    await showMine(ctx, Number(ctx.match[1]), true);
  });

  // /usulan: a pokja's recommendations, filtered by status and category, paged.
  async function viewablePokja(ctx: BotContext) {
    const member = ctx.access.member!;
    return pokja.belongingTo(member.id, ctx.access.isAdmin);
  }
  async function showPokjaList(ctx: BotContext, pokjaId: number, status: Status | null, category: Category | null, page: number, edit: boolean) {
    const allowed = (await viewablePokja(ctx)).find((p) => p.id === pokjaId);
    if (!allowed) return ctx.reply(ctx.t("rec-pokja-not-member"));
    const list = await recommendations.listForPokja(pokjaId, { ...(status ? { status } : {}), ...(category ? { category } : {}) }, page);
    const s = status ?? "all";
    const c = category ?? "all";
    const filterLine = ctx.t("rec-list-filter", {
      status: status ? statusLabel(tOf(ctx), status) : ctx.t("rec-filter-all"),
      category: category ? categoryLabel(tOf(ctx), category) : ctx.t("rec-filter-all"),
    });
    const title = `${ctx.t("rec-list-title", { pokja: escapeHtml(allowed.name), total: list.total })}\n${filterLine}`;
    const view =
      list.total === 0
        ? { text: `${title}\n\n${ctx.t("rec-list-none")}`, keyboard: new InlineKeyboard() }
        : listMessage(ctx, title, list, (p) => `rl:${pokjaId}:${s}:${c}:${p}`);
    view.keyboard.row().text(ctx.t("rec-button-filter-status"), `rlf:${pokjaId}:s:${s}:${c}`).text(ctx.t("rec-button-filter-category"), `rlf:${pokjaId}:c:${s}:${c}`);
    if (edit) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard }).catch(() => undefined);
    else await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  }
  const statusArg = (value: string): Status | null | undefined => (value === "all" ? null : (STATUSES as readonly string[]).includes(value) ? (value as Status) : undefined);
  const categoryArg = (value: string): Category | null | undefined => (value === "all" ? null : (CATEGORIES as readonly string[]).includes(value) ? (value as Category) : undefined);

  chat.command("usulan", async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const list = await viewablePokja(ctx);
    if (list.length === 0) return ctx.reply(ctx.t("rec-no-pokja"));
    if (list.length === 1) return showPokjaList(ctx, list[0]!.id, null, null, 0, false);
    const keyboard = new InlineKeyboard();
    for (const p of list) keyboard.text(`Pokja ${p.name}`, `rl:${p.id}:all:all:0`).row();
    await ctx.reply(ctx.t("rec-ask-list-pokja"), { reply_markup: keyboard });
  });
  chat.callbackQuery(/^rl:(\d+):([a-z_]+):([a-z_]+):(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const status = statusArg(ctx.match[2]!);
    const category = categoryArg(ctx.match[3]!);
    if (status === undefined || category === undefined) return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    await ctx.answerCallbackQuery();
    await showPokjaList(ctx, Number(ctx.match[1]), status, category, Number(ctx.match[4]), true);
  });
  // The filter choices: every status (or category), and "all".
  chat.callbackQuery(/^rlf:(\d+):([sc]):([a-z_]+):([a-z_]+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const [, pokjaId, which, s, c] = ctx.match;
    if (statusArg(s!) === undefined || categoryArg(c!) === undefined) return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    const values = which === "s" ? STATUSES : CATEGORIES;
    values.forEach((value, i) => {
      const label = which === "s" ? statusLabel(tOf(ctx), value) : categoryLabel(tOf(ctx), value);
      keyboard.text(label, which === "s" ? `rl:${pokjaId}:${value}:${c}:0` : `rl:${pokjaId}:${s}:${value}:0`);
      if (i % 2 === 1) keyboard.row();
    });
    keyboard.row().text(ctx.t("rec-filter-all"), which === "s" ? `rl:${pokjaId}:all:${c}:0` : `rl:${pokjaId}:${s}:all:0`);
    await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined);
  });

  // /tinjau: the review queue of the coordinator's pokja (all pokja for admins), oldest first.
  async function showQueue(ctx: BotContext, page: number, edit: boolean) {
    const member = ctx.access.member!;
    const pokjaIds = ctx.access.isAdmin ? null : (await pokja.coordinatedPokja(member.id)).map((p) => p.id);
    const queue = await recommendations.queue(pokjaIds, page);
    if (queue.total === 0) return ctx.reply(ctx.t("rec-queue-none"));
    const { timezone, language } = zone(ctx);
    const view = listMessage(ctx, ctx.t("rec-queue-title", { total: queue.total }), queue, (p) => `rq:${p}`, (rec) => queueLine(tOf(ctx), rec, timezone, language));
    if (edit) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard }).catch(() => undefined);
    else await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  }
  chat.command("tinjau", async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    if (!isStaff(ctx.access)) return ctx.reply(ctx.t("rec-reviewers-only"));
    await showQueue(ctx, 0, false);
  });
  chat.callbackQuery(/^rq:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    if (!isStaff(ctx.access)) return ctx.answerCallbackQuery({ text: ctx.t("rec-reviewers-only"), show_alert: true });
    await ctx.answerCallbackQuery();
    await showQueue(ctx, Number(ctx.match[1]), true);
  });

  // The card, and what members do with it.
  chat.callbackQuery(/^rc:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    await ctx.answerCallbackQuery();
    await showCard(ctx, Number(ctx.match[1]));
  });

  chat.callbackQuery(/^rs:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const rec = await recommendations.find(Number(ctx.match[1]));
    if (!rec || !(await canView(ctx, rec))) return ctx.answerCallbackQuery({ text: ctx.t("rec-not-found"), show_alert: true });
    const result = await recommendations.support(rec.id, ctx.access.member.id);
    await ctx.answerCallbackQuery({ text: ctx.t(`rec-support-${result.replace(/_/g, "-")}`, { id: String(rec.id) }), show_alert: result !== "ok" });
    if (result === "ok") await showCard(ctx, rec.id, true);
  });

  chat.callbackQuery(/^rf:(\d+):([01])$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const rec = await recommendations.find(Number(ctx.match[1]));
    if (!rec || !(await canView(ctx, rec))) return ctx.answerCallbackQuery({ text: ctx.t("rec-not-found"), show_alert: true });
    const follow = ctx.match[2] === "1";
    await recommendations.setFollowing(rec.id, ctx.access.member.id, follow);
    await ctx.answerCallbackQuery({ text: ctx.t(follow ? "rec-followed" : "rec-unfollowed", { id: String(rec.id) }) });
    await showCard(ctx, rec.id, true);
  });

  chat.callbackQuery(/^rp:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const rec = await recommendations.find(Number(ctx.match[1]));
    if (!rec || !(await canView(ctx, rec))) return ctx.answerCallbackQuery({ text: ctx.t("rec-not-found"), show_alert: true });
    await ctx.answerCallbackQuery();
    for (const [i, file] of rec.attachments.entries()) {
      const caption = ctx.t("rec-attachment-caption", { id: String(rec.id), n: i + 1, count: rec.attachments.length });
      if (file.kind === "photo") await ctx.replyWithPhoto(file.fileId, { caption });
      else await ctx.replyWithDocument(file.fileId, { caption });
    }
  });

  chat.callbackQuery(/^rv:(\d+):(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const rec = await recommendations.find(Number(ctx.match[1]));
    if (!rec || rec.submitterId !== ctx.access.member.id) return ctx.answerCallbackQuery({ text: ctx.t("rec-refused-not-allowed"), show_alert: true });
    if (rec.status !== "perlu_revisi" || rec.version !== Number(ctx.match[2])) return ctx.answerCallbackQuery({ text: ctx.t("rec-refused-stale"), show_alert: true });
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, REC_REVISE_CONVERSATION, rec.id, rec.version);
  });

  // Reviewers' buttons: the step (a comment is asked in a flow), undo, meeting, SPBE task.
  /** The recommendation behind a reviewer's button, if the presser may review it and the card is current. */
  async function reviewTarget(ctx: BotContext, id: number, version: number) {
    const rec = await recommendations.find(id);
    if (!rec || !(await canReview(ctx, rec.pokjaId))) {
      await ctx.answerCallbackQuery({ text: ctx.t("rec-refused-not-reviewer"), show_alert: true });
      return null;
    }
    if (rec.version !== version) {
      await ctx.answerCallbackQuery({ text: ctx.t("rec-refused-stale"), show_alert: true });
      return null;
    }
    return rec;
  }

  chat.callbackQuery(/^ra:(\d+):([a-z_]+):(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const to = statusArg(ctx.match[2]!);
    if (!to) return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    const rec = await reviewTarget(ctx, Number(ctx.match[1]), Number(ctx.match[3]));
    if (!rec) return;
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, REC_REVIEW_CONVERSATION, rec.id, to, rec.version);
  });

  chat.callbackQuery(/^ru:(\d+):(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const rec = await reviewTarget(ctx, Number(ctx.match[1]), Number(ctx.match[2]));
    if (!rec) return;
    const actor = { memberId: ctx.access.member.id, name: ctx.access.member.fullName };
    const result = await recommendations.undo(rec.id, actor, rec.version);
    if (!result.ok) return ctx.answerCallbackQuery({ text: ctx.t(`rec-refused-${result.reason.replace(/_/g, "-")}`), show_alert: true });
    await notices.changed(result.recommendation, result.eventId, actor.memberId, { from: rec.status, to: result.recommendation.status, comment: null, actorName: actor.name, undo: true });
    await ctx.answerCallbackQuery({ text: ctx.t("rec-undone", { status: statusLabel(tOf(ctx), result.recommendation.status) }), show_alert: true });
    await showCard(ctx, rec.id);
  });

  chat.callbackQuery(/^rm:(\d+):(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const rec = await reviewTarget(ctx, Number(ctx.match[1]), Number(ctx.match[2]));
    if (!rec) return;
    const upcoming = await meetings.upcomingOfPokja(rec.pokjaId);
    if (upcoming.length === 0) return ctx.answerCallbackQuery({ text: ctx.t("rec-no-meetings"), show_alert: true });
    await ctx.answerCallbackQuery();
    const { timezone, language } = zone(ctx);
    const keyboard = new InlineKeyboard();
    for (const m of upcoming) keyboard.text(`${formatDate(m.startsAt, timezone, language)} · ${m.title}`.slice(0, 60), `rmp:${rec.id}:${m.id}:${rec.version}`).row();
    await ctx.reply(ctx.t("rec-ask-meeting", { id: String(rec.id) }), { reply_markup: keyboard });
  });

  chat.callbackQuery(/^rmp:(\d+):(\d+):(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const rec = await reviewTarget(ctx, Number(ctx.match[1]), Number(ctx.match[3]));
    if (!rec) return;
    const actor = { memberId: ctx.access.member.id, name: ctx.access.member.fullName };
    const result = await recommendations.scheduleInMeeting(rec.id, Number(ctx.match[2]), actor, rec.version);
    if (!result.ok) return ctx.answerCallbackQuery({ text: ctx.t(`rec-refused-${result.reason.replace(/_/g, "-")}`), show_alert: true });
    const meeting = result.recommendation.meeting!;
    const { timezone, language } = zone(ctx);
    await notices.changed(result.recommendation, result.eventId, actor.memberId, {
      from: rec.status,
      to: "dibahas",
      comment: ctx.t("rec-meeting-comment", { title: meeting.title, when: formatDateTime(meeting.startsAt, meeting.timezone, language) }),
      actorName: actor.name,
    });
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t("rec-on-meeting", { id: String(rec.id), title: escapeHtml(meeting.title), when: formatDateTime(meeting.startsAt, timezone, language) }), { parse_mode: "HTML" });
  });

  chat.callbackQuery(/^rt:(\d+):(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const rec = await reviewTarget(ctx, Number(ctx.match[1]), Number(ctx.match[2]));
    if (!rec) return;
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, REC_LINK_TASK_CONVERSATION, rec.id, rec.version);
  });

  // /rekap_usulan: counts by status, category and province for a period, a chart, CSV and XLSX.
  function periodRange(period: Period, timezone: string): { from: Date | null; to: Date } {
    const now = clock.now();
    const today = localDay(now, timezone);
    const offset = (ZONE_OFFSET_MINUTES[timezone as SupportedTimezone] ?? 420) * 60_000;
    if (period === "all") return { from: null, to: now };
    if (period === "year") return { from: new Date(Date.UTC(today.year, 0, 1) - offset), to: now };
    return { from: new Date(Date.UTC(today.year, today.month - 1, today.day) - offset - (Number(period) - 1) * 86_400_000), to: now };
  }

  /**
   * The rows of a report button press, after checking the presser: coordinators get their pokja,
   * admins all; null when refused (the press is then answered).
   */
  async function reportRowsFor(ctx: BotContext, period: Period) {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return null;
    if (!isStaff(ctx.access)) {
      await ctx.answerCallbackQuery({ text: ctx.t("rec-reviewers-only"), show_alert: true });
      return null;
    }
    await ctx.answerCallbackQuery();
    const { timezone } = zone(ctx);
    const range = periodRange(period, timezone);
    const scope = ctx.access.isAdmin ? null : (await pokja.coordinatedPokja(ctx.access.member.id)).map((p) => p.id);
    return { period, timezone, rows: await recommendations.reportRows(range.from, range.to, scope) };
  }

  /** Status and category names in the reader's language, for the chart and the exports. */
  function names(ctx: BotContext) {
    const t = tOf(ctx);
    return {
      statusNames: Object.fromEntries(STATUSES.map((s) => [s, statusLabel(t, s)])) as Record<Status, string>,
      categoryNames: Object.fromEntries(CATEGORIES.map((c) => [c, categoryLabel(t, c)])) as Record<Category, string>,
    };
  }

  function reportLabels(ctx: BotContext, period: Period, total: number): ReportLabels {
    return {
      title: ctx.t("rec-report-chart-title"),
      subtitle: ctx.t("rec-report-subtitle", { period: ctx.t(`rec-period-${period}`), total }),
      byStatus: ctx.t("rec-report-by-status"),
      byCategory: ctx.t("rec-report-by-category"),
      byProvince: ctx.t("rec-report-by-province"),
      ...names(ctx),
      empty: ctx.t("rec-report-empty"),
      moreProvinces: (count: number) => ctx.t("rec-report-more-provinces", { count }),
    };
  }

  function exportLabels(ctx: BotContext): ExportLabels {
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
      ...names(ctx),
      centralLabel: ctx.t("rec-central"),
      sheetRows: ctx.t("rec-sheet-rows"),
      sheetSummary: ctx.t("rec-sheet-summary"),
      count: ctx.t("rec-col-count"),
      total: ctx.t("rec-col-total"),
    };
  }

  const periodKeyboard = (ctx: BotContext) => {
    const keyboard = new InlineKeyboard();
    for (const period of REPORT_PERIODS) keyboard.text(ctx.t(`rec-period-${period}`), `rr:${period}`);
    return keyboard;
  };

  chat.command("rekap_usulan", async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    if (!isStaff(ctx.access)) return ctx.reply(ctx.t("rec-reviewers-only"));
    await ctx.reply(ctx.t("rec-report-ask-period"), { reply_markup: periodKeyboard(ctx) });
  });

  chat.callbackQuery(/^rr:(30|90|year|all)$/, async (ctx) => {
    const report = await reportRowsFor(ctx, ctx.match[1] as Period);
    if (!report) return;
    const { period, rows } = report;
    const summary = summarizeReport(rows, ctx.t("rec-central"));
    const t = tOf(ctx);
    const lines = [ctx.t("rec-report-title", { period: ctx.t(`rec-period-${period}`), total: summary.total })];
    if (summary.total > 0) {
      lines.push("", `<b>${ctx.t("rec-report-by-status")}</b>`);
      for (const s of STATUSES) if (summary.byStatus[s] > 0) lines.push(`• ${statusLabel(t, s)}: ${summary.byStatus[s]}`);
      lines.push("", `<b>${ctx.t("rec-report-by-category")}</b>`);
      for (const c of CATEGORIES) if (summary.byCategory[c] > 0) lines.push(`• ${categoryLabel(t, c)}: ${summary.byCategory[c]}`);
      lines.push("", `<b>${ctx.t("rec-report-by-province")}</b>`);
      for (const p of summary.byProvince.slice(0, 10)) lines.push(`• ${escapeHtml(p.province)}: ${p.count}`);
      if (summary.byProvince.length > 10) lines.push(ctx.t("rec-report-more-provinces", { count: summary.byProvince.length - 10 }));
    }
    const chart = await renderReportChart(summary, reportLabels(ctx, period, summary.total));
    await ctx.replyWithPhoto(new InputFile(chart, "rekap-usulan.png"));
    await ctx.reply(lines.join("\n"), {
      parse_mode: "HTML",
      reply_markup: summary.total > 0 ? new InlineKeyboard().text(ctx.t("rec-button-csv"), `rx:${period}:csv`).text(ctx.t("rec-button-xlsx"), `rx:${period}:xlsx`) : undefined,
    });
  });

  chat.callbackQuery(/^rx:(30|90|year|all):(csv|xlsx)$/, async (ctx) => {
    const report = await reportRowsFor(ctx, ctx.match[1] as Period);
    if (!report) return;
    const { period, timezone, rows } = report;
    const labels = exportLabels(ctx);
    const stamp = clock.now().toISOString().slice(0, 10);
    const caption = ctx.t("rec-export-caption", { period: ctx.t(`rec-period-${period}`), total: rows.length });
    if (ctx.match[2] === "csv") {
      await ctx.replyWithDocument(new InputFile(reportCsv(rows, labels, timezone), `rekap-usulan-${stamp}.csv`), { caption });
    } else {
      const xlsx = await reportXlsx(rows, summarizeReport(rows, labels.centralLabel), labels, timezone);
      await ctx.replyWithDocument(new InputFile(xlsx, `rekap-usulan-${stamp}.xlsx`), { caption });
    }
  });

  return composer;
}
