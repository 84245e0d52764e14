// What the bot shows in a pokja's Telegram group: /rapat (the pokja's coming meetings), /tugas (the
// pokja's task summary and chart), /start, /menu and /bantuan (what works here). Members of one
// pokja live in all three zones, so times read WIB, WITA and WIT side by side. A group that is not
// linked is told how to link it. Anything personal stays in the private chat: the gate answers
// private-only commands with a button to it, and these screens end with the same button.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { MeetingService } from "../meetings/meeting-service.js";
import { escapeHtml } from "../shared/html.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { WIB } from "../shared/time-zones.js";
import { formatAllZones, formatDate, formatNumber } from "../shared/time.js";
import { renderTaskChart } from "../spbe-tasks/task-chart.js";
import type { SummaryRow, TaskService } from "../spbe-tasks/task-service.js";
import { statusLabel } from "../spbe-tasks/task-views.js";
import type { PokjaService } from "./pokja-service.js";
import type { OffThread } from "../shared/off-thread.js";

export interface GroupScreensDeps {
  pokja: PokjaService;
  meetings: MeetingService;
  tasks: TaskService;
  clock: Clock;
  logger: Logger;
  /** Where the chart is drawn (a worker thread). */
  offThread: OffThread;
}

type Meeting = Awaited<ReturnType<MeetingService["upcomingOfPokja"]>>[number];

/** A button to the private chat with the bot; `start` is the command it goes on with there. */
function privateChatKeyboard(ctx: BotContext, start: string): InlineKeyboard {
  return new InlineKeyboard().url(ctx.t("group-button-private"), `https://t.me/${ctx.me.username}?start=${start}`);
}

/**
 * One coming meeting for the group. The online link is not shown: the meeting card, which has it,
 * opens only for invitees and those who manage the meeting, and a group may hold others.
 */
function meetingItem(ctx: BotContext, meeting: Meeting, number: number, language: string): string {
  const lines = [ctx.t("group-meeting-item", { number, title: escapeHtml(meeting.title), when: formatAllZones(meeting.startsAt, language) })];
  if (meeting.place) lines.push(ctx.t("group-meeting-place", { place: escapeHtml(meeting.place) }));
  if (meeting.onlineUrl) lines.push(ctx.t("group-meeting-online"));
  return lines.join("\n");
}

export function createGroupScreens({ pokja, meetings, tasks, clock, logger, offThread }: GroupScreensDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const groups = composer.chatType(["group", "supergroup"]);

  const languageOf = (ctx: BotContext) => ctx.access.member?.language ?? "id";

  /** The pokja this group is linked to; a group that is not linked is told how to link it. */
  async function linkedPokja(ctx: BotContext & { chat: { id: number } }) {
    const linked = await pokja.groupByChat(BigInt(ctx.chat.id));
    if (linked && !linked.pokja.retiredAt) return linked.pokja;
    await ctx.reply(ctx.t("group-how-to-link"), { parse_mode: "HTML" });
    return null;
  }

  async function help(ctx: BotContext & { chat: { id: number } }) {
    const linked = await linkedPokja(ctx);
    if (!linked) return;
    await ctx.reply(ctx.t("group-help", { pokja: escapeHtml(linked.name) }), {
      parse_mode: "HTML",
      reply_markup: privateChatKeyboard(ctx, "menu"),
    });
  }

  groups.command(["start", "menu", "bantuan", "help"], help);

  groups.command("rapat", async (ctx) => {
    const linked = await linkedPokja(ctx);
    if (!linked) return;
    const coming = await meetings.upcomingOfPokja(linked.id);
    const name = escapeHtml(linked.name);
    if (coming.length === 0) {
      await ctx.reply(ctx.t("group-meetings-none", { pokja: name }), { parse_mode: "HTML" });
      return;
    }
    const language = languageOf(ctx);
    const text = [
      ctx.t("group-meetings-title", { pokja: name }),
      "",
      coming.map((m, i) => meetingItem(ctx, m, i + 1, language)).join("\n\n"),
      "",
      ctx.t("group-meetings-private"),
    ].join("\n");
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: privateChatKeyboard(ctx, "rapat"), link_preview_options: { is_disabled: true } });
  });

  /** The chart of one pokja's tasks (the text still goes out when it cannot be drawn). */
  async function sendChart(ctx: BotContext, row: SummaryRow, date: string) {
    const t = ctx.t.bind(ctx);
    try {
      const png = await renderTaskChart([], row, {
        title: ctx.t("group-tasks-chart-title", { pokja: row.name }),
        subtitle: ctx.t("task-chart-subtitle", { date }),
        statusNames: {
          belum_dimulai: statusLabel(t, "belum_dimulai"),
          berjalan: statusLabel(t, "berjalan"),
          selesai: statusLabel(t, "selesai"),
          ditunda: statusLabel(t, "ditunda"),
        },
        overdueLabel: ctx.t("task-chart-overdue"),
        averageLabel: ctx.t("task-chart-average"),
        totalLabel: ctx.t("task-chart-total"),
        noTasks: ctx.t("task-catalogue-empty"),
      }, offThread);
      await ctx.replyWithPhoto(new InputFile(png, "tugas-spbe-pokja.png"));
    } catch (error) {
      logger.warn({ err: error }, "group task chart not rendered");
    }
  }

  groups.command("tugas", async (ctx) => {
    const linked = await linkedPokja(ctx);
    if (!linked) return;
    const row = await tasks.pokjaSummary(linked.id, linked.name);
    const name = escapeHtml(linked.name);
    if (row.total === 0) {
      await ctx.reply(ctx.t("group-tasks-none", { pokja: name }), { parse_mode: "HTML" });
      return;
    }
    const language = languageOf(ctx);
    // A day is the same day nationwide for a summary: the group reads it as in WIB.
    const date = formatDate(clock.now(), WIB, language);
    await sendChart(ctx, row, date);
    const n = (x: number) => formatNumber(x, language);
    const text = [
      ctx.t("group-tasks-title", { pokja: name, date }),
      "",
      ctx.t("task-summary-total", {
        total: n(row.total),
        notStarted: n(row.counts.belum_dimulai),
        running: n(row.counts.berjalan),
        done: n(row.counts.selesai),
        postponed: n(row.counts.ditunda),
        overdue: n(row.overdue),
        average: n(row.averageProgress),
      }),
      "",
      ctx.t("group-tasks-private"),
    ].join("\n");
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: privateChatKeyboard(ctx, "tugas") });
  });

  return composer;
}
