// The date and time of a meeting, typed as an official writes it or picked on an inline calendar
// (a day, then a time button or a typed time); the reading is echoed for confirmation.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import type { Clock } from "../shared/clock.js";
import { calendarKeyboard } from "../shared/calendar-keyboard.js";
import { dayOff } from "../shared/holidays.js";
import { parseDateTimeInput } from "../shared/date-input.js";
import { formatDate, formatDateTime, localDay, monthName, timezoneAbbreviation } from "../shared/time.js";
import { DATE_PROBLEM_KEYS } from "./meeting-keys.js";

/** Times offered after a day is picked on the calendar; any other time can be typed. */
const PICKER_TIMES = ["08.00", "09.00", "10.00", "13.00", "14.00", "15.00"];

interface WhenState {
  flow: FlowButtons;
  timezone: SupportedTimezone;
  language: string;
  /** "YYYY-MM-DD" once a day was picked on the calendar: a typed time alone belongs to it. */
  pickedDay: string | null;
}

const calendarButton = (ctx: ConversationContext, flow: FlowButtons) =>
  new InlineKeyboard().text(ctx.t("meeting-button-calendar"), flowButton(flow, "cal", "open"));

/** A month of the calendar ("open": this month), within today's month and two years ahead. */
async function showMonth(ctx: ConversationContext, state: WhenState, arg: string, now: Date) {
  const today = localDay(now, state.timezone);
  const [year, month] = arg === "open" ? [today.year, today.month] : arg.split("-").map(Number);
  if (!year || !month || month < 1 || month > 12 || year * 12 + month < today.year * 12 + today.month || year > today.year + 2) return;
  const { flow } = state;
  const keyboard = calendarKeyboard(year, month, {
    today,
    callback: (kind, value) => (kind === "day" ? flowButton(flow, "calday", value) : kind === "month" ? flowButton(flow, "cal", value) : flowButton(flow, "cal", "noop")),
    weekdayLabels: ctx.t("calendar-weekdays").split(" "),
    monthName: (m) => monthName(m, state.language),
  });
  // A double tap edits to the same content; Telegram refuses that, and it must not end the flow.
  await ctx.editMessageText(ctx.t("meeting-pick-day"), { reply_markup: keyboard }).catch(() => undefined);
}

/** The times of a picked day; the day is remembered for a typed time. */
async function showTimes(ctx: ConversationContext, state: WhenState, arg: string) {
  const [y, m, d] = arg.split("-");
  const picked = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(arg) || picked.toISOString().slice(0, 10) !== arg) return;
  state.pickedDay = arg;
  const times = new InlineKeyboard();
  PICKER_TIMES.forEach((time, i) => {
    times.text(time, flowButton(state.flow, "caltime", `${arg} ${time}`));
    if (i % 3 === 2) times.row();
  });
  times.text(ctx.t("meeting-button-calendar"), flowButton(state.flow, "cal", `${y}-${m}`));
  await ctx
    .editMessageText(ctx.t("meeting-pick-time", { date: formatDate(picked, "UTC", state.language), zone: timezoneAbbreviation(state.timezone) }), {
      reply_markup: times,
    })
    .catch(() => undefined);
}

/** "Sudah benar?": true when the reading was confirmed. */
async function confirmWhen(conversation: BotConversation, ctx: ConversationContext, state: WhenState, date: Date, timezone: string) {
  await ctx.reply(ctx.t("meeting-when-check", { when: formatDateTime(date, timezone, state.language) }), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard()
      .text(ctx.t("meeting-button-when-ok"), flowButton(state.flow, "when", "ok"))
      .text(ctx.t("meeting-button-when-change"), flowButton(state.flow, "when", "change")),
  });
  const check = await waitForInput(conversation, state.flow, { actions: ["when"], acceptText: false });
  await check.ctx.editMessageReplyMarkup();
  return { ok: check.kind === "button" && check.arg === "ok", ctx: check.ctx };
}

/** When the meeting starts, and the zone it was written in ("10.00 WITA"), else `timezone`. */
export async function askWhen(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, clock: Clock, timezone: SupportedTimezone) {
  const state: WhenState = { flow, timezone, language: ctx.access.member?.language ?? "id", pickedDay: null };
  await ctx.reply(ctx.t("meeting-ask-when", { zone: timezoneAbbreviation(timezone) }), { reply_markup: calendarButton(ctx, flow) });
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: ["cal", "calday", "caltime"] });
    const current = input.ctx;
    const now = new Date(await conversation.external(() => clock.now().toISOString()));
    let typed: string | null = null;
    if (input.kind === "button" && input.action === "cal") {
      if (input.arg !== "noop") await showMonth(current, state, input.arg, now);
      continue;
    }
    if (input.kind === "button" && input.action === "calday") {
      await showTimes(current, state, input.arg);
      continue;
    }
    if (input.kind === "button" && input.action === "caltime") {
      const [day = "", time = ""] = input.arg.split(" ");
      const [y, m, d] = day.split("-");
      typed = `${d}/${m}/${y} ${time}`;
      await current.editMessageReplyMarkup().catch(() => undefined);
    } else if (input.kind === "text") {
      typed = input.text;
      if (state.pickedDay) {
        const [y, m, d] = state.pickedDay.split("-");
        const onDay = parseDateTimeInput(`${d}/${m}/${y} ${input.text}`, now, timezone);
        if (onDay.ok || onDay.reason !== "format") typed = `${d}/${m}/${y} ${input.text}`;
      }
    }
    if (typed === null) continue;
    const parsed = parseDateTimeInput(typed, now, timezone);
    if (!parsed.ok) {
      await current.reply(current.t(DATE_PROBLEM_KEYS[parsed.reason]));
      continue;
    }
    const check = await confirmWhen(conversation, current, state, parsed.date, parsed.timezone);
    if (check.ok) return { date: parsed.date, timezone: parsed.timezone, ctx: check.ctx };
    state.pickedDay = null;
    await check.ctx.reply(check.ctx.t("meeting-ask-when-again"), { reply_markup: calendarButton(check.ctx, flow) });
  }
}

/** What a day off is, or null on a working day ("25 Desember 2026 adalah Hari Raya Natal."). */
export function dayOffWarning(t: (key: string, vars?: Record<string, string | number>) => string, date: Date, timezone: string, language: string): string | null {
  const off = dayOff(localDay(date, timezone));
  if (!off) return null;
  const day = formatDate(date, timezone, language);
  if (off.kind !== "weekend") return t("meeting-day-off-holiday", { date: day, name: off.name });
  return t(off.weekday === "saturday" ? "meeting-day-off-saturday" : "meeting-day-off-sunday", { date: day });
}

/**
 * `askWhen`, and on a holiday, cuti bersama or weekend a warning naming the day: the date stands
 * only when the organiser confirms it, otherwise the date is asked again.
 */
export async function askWorkingWhen(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, clock: Clock, timezone: SupportedTimezone) {
  const language = ctx.access.member?.language ?? "id";
  let current = ctx;
  for (;;) {
    const when = await askWhen(conversation, flow, current, clock, timezone);
    const warning = dayOffWarning(when.ctx.t.bind(when.ctx), when.date, when.timezone, language);
    if (!warning) return when;
    await when.ctx.reply(`${warning} ${when.ctx.t("meeting-day-off-ask")}`, {
      reply_markup: new InlineKeyboard()
        .text(when.ctx.t("meeting-button-day-off-keep"), flowButton(flow, "dayoff", "keep"))
        .text(when.ctx.t("meeting-button-day-off-other"), flowButton(flow, "dayoff", "other")),
    });
    const answer = await waitForInput(conversation, flow, { actions: ["dayoff"], acceptText: false });
    await answer.ctx.editMessageReplyMarkup().catch(() => undefined);
    if (answer.kind === "button" && answer.arg === "keep") return { ...when, ctx: answer.ctx };
    current = answer.ctx;
  }
}
