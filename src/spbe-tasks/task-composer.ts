// /tugas, /cari_tugas, /ikuti, /berhenti_ikuti, /ekspor_tugas, /impor_tugas, task buttons and
// inline mode. Every member-only action checks the membership on the server.
import { Composer, InputFile } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { InlineQueryResultArticle } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import { requireAdmin, requireApproved } from "../bot/guards.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { formatDate } from "../shared/time.js";
import type { Logger } from "../shared/logger.js";
import { renderTaskChart } from "./task-chart.js";
import { tasksToCsv } from "./task-csv.js";
import { TASK_IMPORT_CONVERSATION, TASK_UPDATE_CONVERSATION, mayUpdateTask } from "./task-conversations.js";
import type { TaskFilter, TaskService } from "./task-service.js";
import {
  cardKeyboard,
  cardText,
  decodeFilter,
  listView,
  SEARCH_TEXT_MAX_BYTES,
  statusLabel,
  summaryKeyboard,
  summaryText,
  type Viewer,
} from "./task-views.js";

export interface TaskComposerDeps {
  tasks: TaskService;
  pokja: PokjaService;
  clock: Clock;
  logger: Logger;
}

export function createTaskComposer({ tasks, pokja, clock, logger }: TaskComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  function viewer(ctx: BotContext): Viewer {
    return {
      t: ctx.t.bind(ctx),
      language: ctx.access.member?.language ?? "id",
      timezone: ctx.access.member?.timezone ?? "Asia/Jakarta",
      now: clock.now(),
    };
  }

  async function filterLabel(ctx: BotContext, filter: TaskFilter): Promise<string> {
    if (filter.text) return ctx.t("task-filter-text", { text: filter.text });
    if (filter.status) return statusLabel(ctx.t.bind(ctx), filter.status);
    if (filter.overdueOnly) return ctx.t("task-button-overdue");
    if (filter.pokjaId !== undefined) return `Pokja ${(await pokja.findActive(filter.pokjaId))?.name ?? "-"}`;
    return ctx.t("task-button-all");
  }

  async function showSummary(ctx: BotContext) {
    const v = viewer(ctx);
    const { total, byPokja } = await tasks.summary();
    if (total.total === 0) {
      await ctx.reply(ctx.t("task-catalogue-empty"));
      return;
    }
    const text = summaryText(v, total, byPokja);
    try {
      const labelOf = (row: (typeof byPokja)[number]) => row.name || ctx.t("task-no-pokja");
      const png = await renderTaskChart(
        byPokja.map((row) => ({ name: labelOf(row), counts: row.counts, overdue: row.overdue, averageProgress: row.averageProgress })),
        { name: ctx.t("task-chart-all"), counts: total.counts, overdue: total.overdue, averageProgress: total.averageProgress },
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
      );
      await ctx.replyWithPhoto(new InputFile(png, "tugas-spbe.png"));
    } catch (error) {
      // The numbers still go out as text when the chart cannot be drawn.
      logger.warn({ err: error }, "task chart not rendered");
    }
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: summaryKeyboard(v.t, byPokja) });
  }

  async function showCard(ctx: BotContext, number: number, edit = false) {
    const found = await tasks.findByNumber(number);
    if (!found) {
      const text = ctx.t("task-not-found", { number: String(number) });
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
      else await ctx.reply(text);
      return;
    }
    const member = ctx.access.member;
    const following = member ? await tasks.isFollowing(found.task.id, member.id) : false;
    const mayUpdate = await mayUpdateTask(ctx, pokja, found.task.pokjaId);
    const text = cardText(viewer(ctx), found.task, found.history);
    const options = { parse_mode: "HTML" as const, reply_markup: cardKeyboard(ctx.t.bind(ctx), found.task, following, mayUpdate) };
    if (edit) await ctx.editMessageText(text, options);
    else await ctx.reply(text, options);
  }

  async function showList(ctx: BotContext, filter: TaskFilter, page: number, edit: boolean) {
    const result = await tasks.search(filter, page);
    const view = listView(viewer(ctx), filter, result, await filterLabel(ctx, filter));
    const options = { parse_mode: "HTML" as const, reply_markup: view.keyboard };
    if (edit) await ctx.editMessageText(view.text, options);
    else await ctx.reply(view.text, options);
  }

  /** Search text must fit in the paging buttons' callback data. */
  function searchProblem(ctx: BotContext, text: string): string | null {
    if (text.replace(/[^\p{L}\p{N}]/gu, "").length < 2) return ctx.t("task-search-too-short");
    if (Buffer.byteLength(text, "utf8") > SEARCH_TEXT_MAX_BYTES) return ctx.t("task-search-too-long", { max: SEARCH_TEXT_MAX_BYTES });
    return null;
  }

  chat.command("tugas", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const arg = ctx.match.trim();
    if (arg === "") return showSummary(ctx);
    const number = /^(?:tugas\s*)?(\d{1,6})$/i.exec(arg);
    if (number) return showCard(ctx, Number(number[1]));
    const problem = searchProblem(ctx, arg);
    if (problem) return ctx.reply(problem);
    await showList(ctx, { text: arg }, 0, false);
  });

  chat.command("cari_tugas", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const arg = ctx.match.trim();
    if (arg === "") return ctx.reply(ctx.t("task-search-usage"));
    const problem = searchProblem(ctx, arg);
    if (problem) return ctx.reply(problem);
    await showList(ctx, { text: arg }, 0, false);
  });

  chat.callbackQuery(/^tk:l:(\d+):(.+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const filter = decodeFilter(ctx.match[2] ?? "");
    if (!filter) return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    await ctx.answerCallbackQuery();
    const fromList = ctx.callbackQuery.message && "text" in ctx.callbackQuery.message && (ctx.callbackQuery.message.reply_markup?.inline_keyboard.flat() ?? []).some((b) => "callback_data" in b && b.callback_data?.startsWith("tk:c:"));
    await showList(ctx, filter, Number(ctx.match[1]), Boolean(fromList));
  });

  chat.callbackQuery(/^tk:c:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    await ctx.answerCallbackQuery();
    await showCard(ctx, Number(ctx.match[1]));
  });

  async function setFollowing(ctx: BotContext, number: number, follow: boolean) {
    const member = ctx.access.member;
    if (!member) return ctx.reply(ctx.t("task-register-first"));
    const found = await tasks.findByNumber(number);
    if (!found) return ctx.reply(ctx.t("task-not-found", { number: String(number) }));
    const changed = follow ? await tasks.follow(found.task.id, member.id) : await tasks.unfollow(found.task.id, member.id);
    const key = follow ? (changed ? "task-followed" : "task-already-following") : changed ? "task-unfollowed" : "task-not-following";
    return ctx.t(key, { number: String(number) });
  }

  chat.command("ikuti", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const number = Number(ctx.match.trim().replace(/^tugas\s*/i, ""));
    if (!Number.isInteger(number) || number <= 0) return ctx.reply(ctx.t("task-follow-usage"));
    const text = await setFollowing(ctx, number, true);
    if (typeof text === "string") await ctx.reply(text);
  });

  chat.command("berhenti_ikuti", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const number = Number(ctx.match.trim().replace(/^tugas\s*/i, ""));
    if (!Number.isInteger(number) || number <= 0) return ctx.reply(ctx.t("task-unfollow-usage"));
    const text = await setFollowing(ctx, number, false);
    if (typeof text === "string") await ctx.reply(text);
  });

  chat.callbackQuery(/^tk:([fu]):(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const number = Number(ctx.match[2]);
    const text = await setFollowing(ctx, number, ctx.match[1] === "f");
    if (typeof text === "string") await ctx.answerCallbackQuery({ text });
    await showCard(ctx, number, true);
  });

  chat.callbackQuery(/^tk:e:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const found = await tasks.findByNumber(Number(ctx.match[1]));
    if (!found) return ctx.answerCallbackQuery({ text: ctx.t("task-not-found", { number: String(ctx.match[1] ?? "") }), show_alert: true });
    if (!(await mayUpdateTask(ctx, pokja, found.task.pokjaId))) {
      return ctx.answerCallbackQuery({ text: ctx.t("task-update-not-allowed"), show_alert: true });
    }
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, TASK_UPDATE_CONVERSATION, found.task.number);
  });

  async function sendCsv(ctx: BotContext, filter: TaskFilter) {
    const rows = await tasks.exportRows(filter);
    if (rows.length === 0) return ctx.reply(ctx.t("task-list-empty"));
    const stamp = formatDate(clock.now(), "Asia/Jakarta", "id").replace(/\s+/g, "-").toLowerCase();
    await ctx.replyWithDocument(new InputFile(tasksToCsv(rows), `tugas-spbe-${stamp}.csv`), {
      caption: ctx.t("task-csv-caption", { count: rows.length }),
    });
  }

  chat.command("ekspor_tugas", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    await sendCsv(ctx, {});
  });

  chat.callbackQuery(/^tk:x:(.+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const filter = decodeFilter(ctx.match[1] ?? "");
    if (!filter) return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    await ctx.answerCallbackQuery({ text: ctx.t("directory-csv-preparing") });
    await sendCsv(ctx, filter);
  });

  chat.command("impor_tugas", async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    await enterFlow(ctx, TASK_IMPORT_CONVERSATION);
  });

  // Inline mode: "@bot kata" in any chat offers matching task cards to share; members only.
  composer.on("inline_query", async (ctx) => {
    if (!ctx.access.isApproved) {
      await ctx.answerInlineQuery([], {
        cache_time: 0,
        is_personal: true,
        button: { text: ctx.t("task-inline-register"), start_parameter: "daftar" },
      });
      return;
    }
    const query = ctx.inlineQuery.query.trim();
    const number = /^(?:tugas\s*)?(\d{1,6})$/i.exec(query);
    const v = viewer(ctx);
    const page = await tasks.search(number ? {} : { text: query }, 0);
    const items = number ? page.items.filter((t) => t.number === Number(number[1])) : page.items;
    const results: InlineQueryResultArticle[] = [];
    for (const task of items.slice(0, 10)) {
      results.push({
        type: "article",
        id: `tugas-${task.number}`,
        title: ctx.t("task-inline-title", { number: String(task.number), title: task.title }),
        description: `${statusLabel(v.t, task.status)} · ${task.progress} %`,
        input_message_content: { message_text: cardText(v, task, []), parse_mode: "HTML" },
      });
    }
    await ctx.answerInlineQuery(results, { cache_time: 30, is_personal: true });
  });

  return composer;
}
