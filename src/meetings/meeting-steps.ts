// Steps the meeting flows share (plain functions taking the conversation, the flow's buttons and
// the context), and what the flows make: the place and link read from one answer, the calendar file.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askDay } from "../bot/ask-day.js";
import { askText, flowButton, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import type { Clock } from "../shared/clock.js";
import { formatDateTime, ZONE_OFFSET_MINUTES } from "../shared/time.js";
import { icsFileName, meetingsToIcs } from "./ics.js";
import { UNTIL_PROBLEM_KEYS } from "./meeting-keys.js";
import type { MeetingWithPokja } from "./meeting-model.js";
import { repeatLabel } from "./meeting-views.js";
import { FREQUENCIES, occurrenceStarts, type Frequency } from "./recurrence.js";

export async function cancelled(ctx: ConversationContext) {
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t("flow-cancelled"));
}

/** Online links in what was typed; the rest is the place. Only http(s) links count. */
export function splitPlaceAndLink(text: string): { place: string | null; url: string | null; invalidUrl: boolean } {
  const match = /(https?:\/\/\S+)/i.exec(text) ?? /\b((?:zoom\.us|meet\.google\.com|teams\.microsoft\.com)\/\S+)/i.exec(text);
  if (!match) return { place: text.trim() || null, url: null, invalidUrl: false };
  let candidate = match[1]!.replace(/[),.;]+$/, "");
  if (!/^https?:\/\//i.test(candidate)) candidate = `https://${candidate}`;
  let url: string | null = null;
  try {
    const parsed = new URL(candidate);
    if ((parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.hostname.includes(".")) url = parsed.toString();
  } catch {
    url = null;
  }
  const place = text.replace(match[0], " ").replace(/\s+/g, " ").replace(/^[\s,;:-]+|[\s,;:-]+$/g, "");
  return { place: place || null, url, invalidUrl: url === null };
}

/**
 * The calendar file of meetings as they stand: one meeting, or the occurrences of a series (each its
 * own event, so one can later be moved alone). A cancelled one tells calendars to remove it.
 */
export function calendarFile(meetings: readonly MeetingWithPokja[], now: Date, labels: { organizer: string; alarm: string }) {
  const first = meetings[0]!;
  const timezone = first.timezone as SupportedTimezone;
  const ics = meetingsToIcs(
    meetings.map((meeting) => ({
      uid: `rapat-${meeting.id}@forum-kominfo-bot`,
      sequence: meeting.sequence,
      start: meeting.startsAt,
      end: meeting.endsAt,
      timezone,
      title: meeting.title,
      description: meeting.onlineUrl ? `${meeting.agenda}\n\n${meeting.onlineUrl}` : meeting.agenda,
      location: [meeting.place, meeting.onlineUrl].filter(Boolean).join(" · ") || undefined,
      url: meeting.onlineUrl ?? undefined,
      organizerName: labels.organizer,
      alarmLabel: labels.alarm,
      status: meeting.status === "cancelled" ? ("CANCELLED" as const) : ("CONFIRMED" as const),
      alarmsMinutesBefore: JSON.parse(meeting.reminderOffsets) as number[],
      createdAt: now,
    })),
  );
  return { ics, fileName: icsFileName(first.title, first.startsAt, timezone) };
}

/** The place and/or online link, in one answer ("Ruang Rapat Lt. 3, https://zoom.us/j/123"). */
export async function askPlace(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
  await ctx.reply(ctx.t("meeting-ask-place"));
  for (;;) {
    const answer = await askText(conversation, flow, {
      validate: (text) => (text.length > 500 ? ctx.t("meeting-place-too-long") : null),
    });
    if (!("text" in answer)) continue;
    const split = splitPlaceAndLink(answer.text);
    if (split.invalidUrl) {
      await answer.ctx.reply(answer.ctx.t("meeting-link-invalid"));
      continue;
    }
    return { place: split.place, onlineUrl: split.url, ctx: answer.ctx };
  }
}


/** Once, weekly or monthly; for a series, the end day (checked, and echoed with the count). */
export async function askRecurrence(
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  clock: Clock,
  first: Date,
  timezone: SupportedTimezone,
) {
  const language = ctx.access.member?.language ?? "id";
  await ctx.reply(ctx.t("meeting-ask-repeat"), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t("meeting-button-once"), flowButton(flow, "rep", "once"))
      .row()
      .text(ctx.t("meeting-button-weekly"), flowButton(flow, "rep", "weekly"))
      .text(ctx.t("meeting-button-monthly"), flowButton(flow, "rep", "monthly")),
  });
  const pick = await waitForInput(conversation, flow, { actions: ["rep"], acceptText: false });
  let current = pick.ctx;
  await current.editMessageReplyMarkup();
  const frequency = pick.kind === "button" && (FREQUENCIES as readonly string[]).includes(pick.arg) ? (pick.arg as Frequency) : null;
  if (!frequency) return { recurrence: null, starts: [first], ctx: current };
  await current.reply(current.t("meeting-ask-until", { frequency: repeatLabel(current.t.bind(current), frequency) }));
  for (;;) {
    const answer = await askDay(conversation, flow, clock, timezone);
    current = answer.ctx;
    // The day as written (in the zone written, if any), at noon in the meeting's zone.
    const written = answer.day;
    const until = new Date(Date.UTC(written.year, written.month - 1, written.day, 12) - ZONE_OFFSET_MINUTES[timezone] * 60_000);
    const planned = occurrenceStarts(first, frequency, until, timezone);
    if (!planned.ok) {
      await current.reply(current.t(UNTIL_PROBLEM_KEYS[planned.reason]));
      continue;
    }
    if (planned.starts.length < 2) {
      await current.reply(current.t("meeting-until-single"));
      continue;
    }
    await current.reply(
      current.t("meeting-repeat-check", {
        frequency: repeatLabel(current.t.bind(current), frequency),
        count: planned.starts.length,
        last: formatDateTime(planned.starts.at(-1)!, timezone, language),
      }),
      { parse_mode: "HTML" },
    );
    return { recurrence: { frequency, until }, starts: planned.starts, ctx: current };
  }
}
