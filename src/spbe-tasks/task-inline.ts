// Inline mode: "@bot kata" in any chat offers matching task cards to share. Every inline query gets
// an answer: members get the tasks; anyone else (and a member whose search finds nothing or fails)
// an empty list with a button that says why and opens the private chat.
import type { Composer } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import type { Access } from "../access/access.js";
import type { BotContext } from "../bot/context.js";
import type { Logger } from "../shared/logger.js";
import type { TaskService } from "./task-service.js";
import { cardText, statusLabel, type Viewer } from "./task-views.js";
import { figureLines } from "./agency-views.js";
import { isTaskScope } from "./task-scope.js";

/** What the list's button says to someone who is not an approved member; it opens /start daftar. */
const INLINE_REFUSAL_KEYS: Record<Exclude<Access["status"], "approved">, string> = {
  unregistered: "task-inline-register",
  pending: "task-inline-pending",
  rejected: "task-inline-register-again",
  suspended: "task-inline-suspended",
  erased: "task-inline-register",
};

export function installTaskInline(composer: Composer<BotContext>, deps: { tasks: TaskService; logger: Logger; viewer: (ctx: BotContext) => Viewer }) {
  const { tasks, logger, viewer } = deps;

  async function explain(ctx: BotContext, key: string, startParameter: string) {
    await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true, button: { text: ctx.t(key), start_parameter: startParameter } });
  }

  composer.on("inline_query", async (ctx) => {
    const { access } = ctx;
    if (!access.isApproved) {
      const status = access.status === "approved" ? "unregistered" : access.status;
      return explain(ctx, INLINE_REFUSAL_KEYS[status], "daftar");
    }
    let results: InlineQueryResultArticle[];
    try {
      const query = ctx.inlineQuery.query.trim();
      const number = /^(?:tugas\s*)?(\d{1,6})$/i.exec(query);
      const v = viewer(ctx);
      // "12" or "tugas 12" is that task (any number, not only those on the first page of all).
      const found = number ? await tasks.findByNumber(Number(number[1])) : null;
      const items = number ? (found ? [found.task] : []) : (await tasks.search({ text: query }, 0)).items;
      results = [];
      for (const task of items.slice(0, 10)) {
        // A task that applies to agencies is shared with its derived figure, not a single status.
        const figure = isTaskScope(task.scope) && task.scope !== "national" ? await tasks.agencyProgress.figure(task) : null;
        const scope = isTaskScope(task.scope) ? task.scope : "national";
        results.push({
          type: "article",
          id: `tugas-${task.number}`,
          title: ctx.t("task-inline-title", { number: String(task.number), title: task.title }),
          description: figure
            ? ctx.t("task-agency-line-figure", { done: figure.done, total: figure.total, percent: figure.donePercent })
            : `${statusLabel(v.t, task.status)} · ${task.progress}%`,
          input_message_content: {
            message_text: cardText(v, task, [], figure ? { figure: figureLines(v, { title: task.title, scope }, figure), mine: [] } : undefined),
            parse_mode: "HTML",
          },
        });
      }
    } catch (error) {
      logger.warn({ err: error }, "inline task search failed");
      return explain(ctx, "task-inline-failed", "tugas");
    }
    if (results.length === 0) return explain(ctx, "task-inline-none", "tugas");
    await ctx.answerInlineQuery(results, { cache_time: 30, is_personal: true });
  });
}
