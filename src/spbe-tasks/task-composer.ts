// /tugas, /cari_tugas, /ikuti, /berhenti_ikuti, /ekspor_tugas, /impor_tugas, the task buttons and
// inline mode; /tugas_instansi and the per-agency views come from agency-composer.ts. The gate has already checked who each command and kind of button is for; who may
// update a given task is asked of permissions.updatesTask.
import { Composer, InputFile } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { formatDate } from "../shared/time.js";
import {
  decodeFilter,
  SEARCH_TOKEN_MAX,
  searchToken,
  taskCardButton,
  taskCsvButton,
  taskFollowButton,
  taskListButton,
  taskUnfollowButton,
  taskUpdateButton,
} from "./spbe-tasks-buttons.js";
import { renderTaskChart } from "./task-chart.js";
import { tasksCsvFromBatches } from "./task-csv.js";
import { TASK_IMPORT_CONVERSATION, TASK_UPDATE_CONVERSATION } from "./task-conversations.js";
import { installTaskInline } from "./task-inline.js";
import type { SummaryRow, TaskFilter, TaskService } from "./task-service.js";
import { cardKeyboard, cardText, listView, statusLabel, summaryKeyboard, summaryText, type Viewer } from "./task-views.js";
import type { OffThread } from "../shared/off-thread.js";
import type { AgencyFigure, AgencyProgressService } from "./agency-progress-service.js";
import { createAgencyParts } from "./agency-composer.js";

export interface TaskComposerDeps {
  tasks: TaskService;
  pokja: PokjaService;
  agencyProgress: AgencyProgressService;
  permissions: Permissions;
  clock: Clock;
  logger: Logger;
  /** Where the chart is drawn (a worker thread). */
  offThread: OffThread;
}

export function createTaskComposer({ tasks, pokja, agencyProgress, permissions, clock, logger, offThread }: TaskComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  function viewer(ctx: BotContext): Viewer {
    return { t: ctx.t.bind(ctx), language: ctx.access.member?.language ?? "id", timezone: ctx.access.timezone, now: clock.now() };
  }

  const agency = createAgencyParts({ tasks, agencyProgress, permissions, viewer });
  composer.use(agency.composer);

  async function filterLabel(ctx: BotContext, filter: TaskFilter): Promise<string> {
    if (filter.text) return ctx.t("task-filter-text", { text: filter.text });
    if (filter.status) return statusLabel(ctx.t.bind(ctx), filter.status);
    if (filter.overdueOnly) return ctx.t("task-button-overdue");
    if (filter.pokjaId !== undefined) return `Pokja ${(await pokja.findActive(filter.pokjaId))?.name ?? "-"}`;
    return ctx.t("task-button-all");
  }

  async function sendChart(ctx: BotContext, v: Viewer, total: SummaryRow, byPokja: SummaryRow[]) {
    const asChartRow = (row: SummaryRow, name: string) => ({ name, counts: row.counts, overdue: row.overdue, averageProgress: row.averageProgress });
    try {
      const png = await renderTaskChart(
        byPokja.map((row) => asChartRow(row, row.name || ctx.t("task-no-pokja"))),
        asChartRow(total, ctx.t("task-chart-all")),
        {
          title: ctx.t("task-chart-title"),
          subtitle: ctx.t("task-chart-subtitle", { date: formatDate(v.now, v.timezone, v.language) }),
          statusNames: {
            belum_dimulai: statusLabel(v.t, "belum_dimulai"),
            berjalan: statusLabel(v.t, "berjalan"),
            selesai: statusLabel(v.t, "selesai"),
            ditunda: statusLabel(v.t, "ditunda"),
          },
          overdueLabel: ctx.t("task-chart-overdue"),
          averageLabel: ctx.t("task-chart-average"),
          totalLabel: ctx.t("task-chart-total"),
          noTasks: ctx.t("task-catalogue-empty"),
        },
        offThread,
      );
      await ctx.replyWithPhoto(new InputFile(png, "tugas-spbe.png"));
    } catch (error) {
      // The numbers still go out as text when the chart cannot be drawn.
      logger.warn({ err: error }, "task chart not rendered");
    }
  }

  async function showSummary(ctx: BotContext) {
    const v = viewer(ctx);
    const { total, byPokja } = await tasks.summary();
    if (total.total === 0) {
      await ctx.reply(ctx.t("task-catalogue-empty"));
      return;
    }
    await sendChart(ctx, v, total, byPokja);
    await ctx.reply(summaryText(v, total, byPokja), { parse_mode: "HTML", reply_markup: summaryKeyboard(v.t, byPokja) });
  }

  /** The card; false when there is no such task (told, unless a press was already answered: a follow's answer says so). */
  async function showCard(ctx: BotContext, number: number, edit = false, pressAnswered = false): Promise<boolean> {
    const found = await tasks.findByNumber(number);
    if (!found) {
      const text = ctx.t("task-not-found", { number: String(number) });
      if (!ctx.callbackQuery) await ctx.reply(text);
      else if (!pressAnswered) await ctx.answerCallbackQuery({ text, show_alert: true });
      return false;
    }
    const member = ctx.access.member;
    const following = member ? await tasks.isFollowing(found.task.id, member.id) : false;
    // A task that applies to agencies has no single status: its card shows the derived figure instead.
    const parts = await agency.cardParts(ctx, found.task);
    const mayUpdate = !parts && (await permissions.updatesTask(ctx.access, found.task));
    const text = cardText(viewer(ctx), found.task, found.history, parts ?? undefined);
    const keyboard = cardKeyboard(ctx.t.bind(ctx), found.task, following, mayUpdate);
    const options = { parse_mode: "HTML" as const, reply_markup: parts ? parts.addButtons(keyboard) : keyboard, link_preview_options: { is_disabled: true } };
    if (edit) await ctx.editMessageText(text, options);
    else await ctx.reply(text, options);
    return true;
  }

  async function showList(ctx: BotContext, filter: TaskFilter, page: number, edit: boolean) {
    const result = await tasks.search(filter, page);
    // Tasks that apply to agencies show their derived figure instead of a single status.
    const figures = new Map<number, AgencyFigure>();
    for (const task of result.items) if (task.scope !== "national") figures.set(task.id, await agencyProgress.figure(task));
    const view = listView(viewer(ctx), filter, result, await filterLabel(ctx, filter), figures);
    const options = { parse_mode: "HTML" as const, reply_markup: view.keyboard };
    if (edit) await ctx.editMessageText(view.text, options);
    else await ctx.reply(view.text, options);
  }

  /** The search words must fit in the paging buttons' data (letters and digits are what is searched). */
  function searchProblem(ctx: BotContext, text: string): string | null {
    const words = searchToken(text);
    if (words.replace(/_/g, "").length < 2) return ctx.t("task-search-too-short");
    if (words.length > SEARCH_TOKEN_MAX) return ctx.t("task-search-too-long", { max: SEARCH_TOKEN_MAX });
    return null;
  }

  chat.command("tugas", async (ctx) => {
    const arg = ctx.match.trim();
    if (arg === "") return showSummary(ctx);
    const number = /^(?:tugas\s*)?(\d{1,6})$/i.exec(arg);
    if (number) return showCard(ctx, Number(number[1]));
    const problem = searchProblem(ctx, arg);
    if (problem) return ctx.reply(problem);
    await showList(ctx, { text: arg }, 0, false);
  });

  chat.command("cari_tugas", async (ctx) => {
    const arg = ctx.match.trim();
    if (arg === "") return ctx.reply(ctx.t("task-search-usage"));
    const problem = searchProblem(ctx, arg);
    if (problem) return ctx.reply(problem);
    await showList(ctx, { text: arg }, 0, false);
  });

  onButton(composer, taskListButton, async (ctx, { page, filter: code }) => {
    const filter = decodeFilter(code);
    if (!filter) return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    await ctx.answerCallbackQuery();
    // Paging edits the list in place; a list opened from the summary comes as a new message.
    const buttons = ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat() ?? [];
    const fromList = buttons.some((b) => "callback_data" in b && taskCardButton.unpack(b.callback_data) !== null);
    await showList(ctx, filter, page, fromList);
  });

  onButton(composer, taskCardButton, async (ctx, { number }) => {
    // Answered once: by the card, or by showCard's "no such task".
    if (await showCard(ctx, number)) await ctx.answerCallbackQuery();
  });

  /** The answer to a follow or unfollow, in words. */
  async function setFollowing(ctx: BotContext, number: number, follow: boolean): Promise<string> {
    const member = ctx.access.member;
    if (!member) return ctx.t("task-register-first");
    const found = await tasks.findByNumber(number);
    if (!found) return ctx.t("task-not-found", { number: String(number) });
    const changed = follow ? await tasks.follow(found.task.id, member.id) : await tasks.unfollow(found.task.id, member.id);
    const key = follow ? (changed ? "task-followed" : "task-already-following") : changed ? "task-unfollowed" : "task-not-following";
    return ctx.t(key, { number: String(number) });
  }

  /** "/ikuti 12" or "/ikuti tugas 12": the number, or null. */
  const numberArgument = (text: string) => {
    const number = Number(text.trim().replace(/^tugas\s*/i, ""));
    return Number.isInteger(number) && number > 0 ? number : null;
  };

  chat.command("ikuti", async (ctx) => {
    const number = numberArgument(ctx.match);
    await ctx.reply(number === null ? ctx.t("task-follow-usage") : await setFollowing(ctx, number, true));
  });

  chat.command("berhenti_ikuti", async (ctx) => {
    const number = numberArgument(ctx.match);
    await ctx.reply(number === null ? ctx.t("task-unfollow-usage") : await setFollowing(ctx, number, false));
  });

  for (const [codec, follow] of [[taskFollowButton, true], [taskUnfollowButton, false]] as const) {
    onButton(composer, codec, async (ctx, { number }) => {
      await ctx.answerCallbackQuery({ text: await setFollowing(ctx, number, follow) });
      await showCard(ctx, number, true, true);
    });
  }

  onButton(composer, taskUpdateButton, async (ctx, { number }) => {
    const found = await tasks.findByNumber(number);
    if (!found) return ctx.answerCallbackQuery({ text: ctx.t("task-not-found", { number: String(number) }), show_alert: true });
    if (!(await permissions.updatesTask(ctx.access, found.task))) {
      return ctx.answerCallbackQuery({ text: ctx.t("task-update-not-allowed"), show_alert: true });
    }
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, TASK_UPDATE_CONVERSATION, found.task.number);
  });

  async function sendCsv(ctx: BotContext, filter: TaskFilter) {
    const timezone = ctx.access.timezone;
    // Read and written 500 tasks at a time: memory does not grow with the catalogue.
    const csv = await tasksCsvFromBatches(tasks.exportBatches(filter), timezone);
    if (csv.rows === 0) return ctx.reply(ctx.t("task-list-empty"));
    const stamp = formatDate(clock.now(), timezone, "id").replace(/\s+/g, "-").toLowerCase();
    await ctx.replyWithDocument(new InputFile(csv.bytes, `tugas-spbe-${stamp}.csv`), {
      caption: ctx.t("task-csv-caption", { count: csv.rows }),
    });
  }

  chat.command("ekspor_tugas", (ctx) => sendCsv(ctx, {}));

  onButton(composer, taskCsvButton, async (ctx, { filter: code }) => {
    const filter = decodeFilter(code);
    if (!filter) return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    await ctx.answerCallbackQuery({ text: ctx.t("directory-csv-preparing") });
    await sendCsv(ctx, filter);
  });

  chat.command("impor_tugas", (ctx) => enterFlow(ctx, TASK_IMPORT_CONVERSATION));

  installTaskInline(composer, { tasks, logger, viewer });

  return composer;
}
