// /rapat_baru: pokja (or a plenary meeting), title, agenda, date and time (read as an official
// types it, echoed for confirmation), duration, place and/or online link, reminders, confirm; then
// the announcement with RSVP buttons and a calendar file goes out through the outbox.
// A meeting may recur weekly or monthly until an end date; a change then applies to one occurrence
// or to it and the later ones. Also the short flow that asks for the deputy's name when a member
// sends someone in their place.
import { InlineKeyboard, InputFile } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import type { Translator } from "../bot/i18n.js";
import { isStaff } from "../access/access.js";
import { askText, flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { calendarKeyboard } from "../shared/calendar-keyboard.js";
import { parseDateTimeInput } from "../shared/date-input.js";
import { askDay } from "../bot/ask-day.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate, formatDateTime, localDay, monthName, timezoneAbbreviation, ZONE_OFFSET_MINUTES } from "../shared/time.js";
import { icsFileName, meetingsToIcs } from "./ics.js";
import type { MeetingAnnouncer } from "./meeting-announcer.js";
import { AGENDA_MAX, DEFAULT_REMINDERS, TITLE_MAX, type ChangeScope, type MeetingDetails, type MeetingService, type MeetingWithPokja } from "./meeting-service.js";
import { announcementText, audienceName, seriesLines } from "./meeting-views.js";
import { FREQUENCIES, occurrenceStarts, type Frequency } from "./recurrence.js";

export const MEETING_CREATE_CONVERSATION = "meetingCreate";
export const MEETING_DEPUTY_CONVERSATION = "meetingDeputy";
export const MEETING_CHANGE_CONVERSATION = "meetingChange";

const REMINDER_CHOICES = [1440, 60, 15];
const DURATIONS = [60, 120, 180, 240];
/** What a change in the change flow did, as the notices need it. */
interface AppliedChange {
  count: number;
  seriesId: number | null;
  seriesSequence: number | null;
  /** The start before a move (ISO). */
  previous: string | null;
}
type NoticeText = Parameters<MeetingAnnouncer["notifyInvitees"]>[3];

/** Times offered after a day is picked on the calendar; any other time can be typed. */
const PICKER_TIMES = ["08.00", "09.00", "10.00", "13.00", "14.00", "15.00"];

export interface MeetingConversationDeps {
  meetings: MeetingService;
  pokja: PokjaService;
  announcer: MeetingAnnouncer;
  i18n: Translator;
  clock: Clock;
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

export function createMeetingConversations({ meetings, pokja, announcer, i18n, clock }: MeetingConversationDeps) {
  const { notifyInvitees } = announcer;
  // One calendar file serves every invitee, so it is written in the forum's language.
  const icsLabels = { organizer: i18n.t("id", "meeting-ics-organizer"), alarm: i18n.t("id", "meeting-ics-alarm-label") };
  /** Admins, and coordinators of the meeting's pokja, checked at the moment of the change. */
  async function managesMeeting(access: ConversationContext["access"], meetingId: number) {
    const meeting = await meetings.find(meetingId);
    return Boolean(meeting && (await pokja.manages(access, meeting.pokjaId)));
  }

  async function cancelled(ctx: ConversationContext) {
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t("flow-cancelled"));
  }

  /**
   * The date and time, typed as an official writes it or picked on an inline calendar (a day, then
   * a time button or a typed time); the reading is echoed for confirmation.
   */
  async function askWhen(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, timezone: SupportedTimezone) {
    const language = ctx.access.member?.language ?? "id";
    await ctx.reply(ctx.t("meeting-ask-when", { zone: timezoneAbbreviation(timezone) }), {
      reply_markup: new InlineKeyboard().text(ctx.t("meeting-button-calendar"), flowButton(flow, "cal", "open")),
    });
    let current = ctx;
    let pickedDay: string | null = null;
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["cal", "calday", "caltime"] });
      current = input.ctx;
      const now = new Date(await conversation.external(() => clock.now().toISOString()));
      let typed: string | null = null;
      if (input.kind === "button" && input.action === "cal") {
        if (input.arg === "noop") continue;
        const today = localDay(now, timezone);
        const [year, month] = input.arg === "open" ? [today.year, today.month] : input.arg.split("-").map(Number);
        if (!year || !month || month < 1 || month > 12 || year * 12 + month < today.year * 12 + today.month || year > today.year + 2) continue;
        const keyboard = calendarKeyboard(year, month, {
          today,
          callback: (kind, value) => (kind === "day" ? flowButton(flow, "calday", value) : kind === "month" ? flowButton(flow, "cal", value) : flowButton(flow, "cal", "noop")),
          weekdayLabels: current.t("calendar-weekdays").split(" "),
          monthName: (m) => monthName(m, language),
        });
        // A double tap edits to the same content; Telegram refuses that, and it must not end the flow.
        await current.editMessageText(current.t("meeting-pick-day"), { reply_markup: keyboard }).catch(() => undefined);
        continue;
      }
      if (input.kind === "button" && input.action === "calday") {
        const [y, m, d] = input.arg.split("-");
        const picked = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
        if (!/^\d{4}-\d{2}-\d{2}$/.test(input.arg) || picked.toISOString().slice(0, 10) !== input.arg) continue;
        pickedDay = input.arg;
        const times = new InlineKeyboard();
        PICKER_TIMES.forEach((time, i) => {
          times.text(time, flowButton(flow, "caltime", `${pickedDay} ${time}`));
          if (i % 3 === 2) times.row();
        });
        times.text(current.t("meeting-button-calendar"), flowButton(flow, "cal", `${y}-${m}`));
        const day = picked;
        await current
          .editMessageText(current.t("meeting-pick-time", { date: formatDate(day, "UTC", language), zone: timezoneAbbreviation(timezone) }), {
            reply_markup: times,
          })
          .catch(() => undefined);
        continue;
      }
      if (input.kind === "button" && input.action === "caltime") {
        const [day = "", time = ""] = input.arg.split(" ");
        const [y, m, d] = day.split("-");
        typed = `${d}/${m}/${y} ${time}`;
        await current.editMessageReplyMarkup().catch(() => undefined);
      } else if (input.kind === "text") {
        typed = input.text;
        // After a day was picked, a typed time alone belongs to that day.
        if (pickedDay) {
          const [y, m, d] = pickedDay.split("-");
          const onDay = parseDateTimeInput(`${d}/${m}/${y} ${input.text}`, now, timezone);
          if (onDay.ok || onDay.reason !== "format") typed = `${d}/${m}/${y} ${input.text}`;
        }
      }
      if (typed === null) continue;
      const parsed = parseDateTimeInput(typed, now, timezone);
      if (!parsed.ok) {
        await current.reply(current.t(`meeting-date-${parsed.reason.replace(/_/g, "-")}`));
        continue;
      }
      await current.reply(current.t("meeting-when-check", { when: formatDateTime(parsed.date, parsed.timezone, language) }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard()
          .text(current.t("meeting-button-when-ok"), flowButton(flow, "when", "ok"))
          .text(current.t("meeting-button-when-change"), flowButton(flow, "when", "change")),
      });
      const check = await waitForInput(conversation, flow, { actions: ["when"], acceptText: false });
      current = check.ctx;
      await current.editMessageReplyMarkup();
      if (check.kind === "button" && check.arg === "ok") return { date: parsed.date, timezone: parsed.timezone, ctx: current };
      pickedDay = null;
      await current.reply(current.t("meeting-ask-when-again"), {
        reply_markup: new InlineKeyboard().text(current.t("meeting-button-calendar"), flowButton(flow, "cal", "open")),
      });
    }
  }

  /** The place and/or online link, in one answer ("Ruang Rapat Lt. 3, https://zoom.us/j/123"). */
  async function askPlace(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
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
  async function askRecurrence(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, first: Date, timezone: SupportedTimezone) {
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
    await current.reply(current.t("meeting-ask-until", { frequency: current.t(`meeting-repeat-${frequency}`) }));
    for (;;) {
      const answer = await askDay(conversation, flow, clock, timezone);
      current = answer.ctx;
      // The day as written (in the zone written, if any), at noon in the meeting's zone.
      const written = answer.day;
      const until = new Date(Date.UTC(written.year, written.month - 1, written.day, 12) - ZONE_OFFSET_MINUTES[timezone] * 60_000);
      const planned = occurrenceStarts(first, frequency, until, timezone);
      if (!planned.ok) {
        await current.reply(current.t(`meeting-until-${planned.reason.replace(/_/g, "-")}`));
        continue;
      }
      if (planned.starts.length < 2) {
        await current.reply(current.t("meeting-until-single"));
        continue;
      }
      await current.reply(
        current.t("meeting-repeat-check", {
          frequency: current.t(`meeting-repeat-${frequency}`),
          count: planned.starts.length,
          last: formatDateTime(planned.starts.at(-1)!, timezone, language),
        }),
        { parse_mode: "HTML" },
      );
      return { recurrence: { frequency, until }, starts: planned.starts, ctx: current };
    }
  }

  async function meetingCreate(conversation: BotConversation, ctx: ConversationContext) {
    if (!isStaff(ctx.access)) {
      await ctx.reply(ctx.t("meeting-staff-only"));
      return;
    }
    const flow = await newFlow(conversation, "mtc");
    const memberId = ctx.access.member?.id ?? null;
    const isAdmin = ctx.access.isAdmin;
    const creatorZone = (ctx.access.member?.timezone ?? "Asia/Jakarta") as SupportedTimezone;
    const language = ctx.access.member?.language ?? "id";

    // 1. Which pokja (admins may call a plenary forum meeting).
    const choices = await conversation.external(async () => {
      const list = isAdmin ? await pokja.list(null) : memberId ? await pokja.coordinatedPokja(memberId) : [];
      return list.map((p) => ({ id: p.id, name: p.name }));
    });
    const keyboard = new InlineKeyboard();
    for (const p of choices) keyboard.text(`Pokja ${p.name}`, flowButton(flow, "pokja", p.id)).row();
    if (isAdmin) keyboard.text(ctx.t("meeting-plenary-button"), flowButton(flow, "pokja", "plenary")).row();
    keyboard.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
    await ctx.reply(ctx.t("meeting-ask-pokja"), { reply_markup: keyboard });
    const pick = await waitForInput(conversation, flow, { actions: ["pokja", "cancel"], acceptText: false });
    if (pick.kind !== "button" || pick.action === "cancel") return cancelled(pick.ctx);
    await pick.ctx.editMessageReplyMarkup();
    const pokjaId = pick.arg === "plenary" ? null : Number(pick.arg);
    if (pokjaId !== null && !choices.some((p) => p.id === pokjaId)) return cancelled(pick.ctx);
    if (pokjaId === null && !isAdmin) return cancelled(pick.ctx);

    // 2. Title and agenda.
    await pick.ctx.reply(pick.ctx.t("meeting-ask-title", { max: TITLE_MAX }));
    const title = await askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > TITLE_MAX ? pick.ctx.t("meeting-title-length", { max: TITLE_MAX }) : null),
    });
    if (!("text" in title)) return;
    await title.ctx.reply(title.ctx.t("meeting-ask-agenda", { max: AGENDA_MAX }));
    const agenda = await askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > AGENDA_MAX ? title.ctx.t("meeting-agenda-length", { max: AGENDA_MAX }) : null),
    });
    if (!("text" in agenda)) return;

    // 3. When, how long, where.
    const whenAnswer = await askWhen(conversation, flow, agenda.ctx, creatorZone);
    // The meeting lives in the zone its time was written in ("10.00 WITA"), else the creator's.
    const timezone = whenAnswer.timezone;
    const repeat = await askRecurrence(conversation, flow, whenAnswer.ctx, whenAnswer.date, timezone);
    let current = repeat.ctx;
    const durations = new InlineKeyboard();
    for (const minutes of DURATIONS) durations.text(current.t("meeting-duration-hours", { hours: minutes / 60 }), flowButton(flow, "dur", minutes));
    await current.reply(current.t("meeting-ask-duration"), { reply_markup: durations });
    const duration = await waitForInput(conversation, flow, { actions: ["dur"], acceptText: false });
    current = duration.ctx;
    await current.editMessageReplyMarkup();
    const durationMinutes = duration.kind === "button" && DURATIONS.includes(Number(duration.arg)) ? Number(duration.arg) : 120;

    const where = await askPlace(conversation, flow, current);
    current = where.ctx;
    const { place, onlineUrl } = where;

    // 4. Reminders (1 day and 1 hour before by default).
    const chosen = new Set(DEFAULT_REMINDERS);
    const reminderKeyboard = () => {
      const kb = new InlineKeyboard();
      for (const minutes of REMINDER_CHOICES) {
        const label = minutes % 1440 === 0 ? current.t("meeting-reminder-days", { days: minutes / 1440 }) : minutes % 60 === 0 ? current.t("meeting-reminder-hours", { hours: minutes / 60 }) : current.t("meeting-reminder-minutes", { minutes });
        kb.text(`${chosen.has(minutes) ? "✅" : "▫️"} ${label}`, flowButton(flow, "rem", minutes)).row();
      }
      return kb.text(current.t("meeting-button-next"), flowButton(flow, "remok"));
    };
    await current.reply(current.t("meeting-ask-reminders"), { reply_markup: reminderKeyboard() });
    for (;;) {
      const press = await waitForInput(conversation, flow, { actions: ["rem", "remok"], acceptText: false });
      current = press.ctx;
      if (press.kind !== "button") continue;
      if (press.action === "remok") {
        await current.editMessageReplyMarkup();
        break;
      }
      const minutes = Number(press.arg);
      if (!REMINDER_CHOICES.includes(minutes)) continue;
      if (chosen.has(minutes)) chosen.delete(minutes);
      else chosen.add(minutes);
      await current.editMessageReplyMarkup({ reply_markup: reminderKeyboard() });
    }

    // 5. Confirm.
    const pokjaName = pokjaId === null ? null : (choices.find((p) => p.id === pokjaId)?.name ?? null);
    const invitees = await conversation.external(async () => (await meetings.inviteeIds(pokjaId)).length);
    await current.reply(
      current.t("meeting-summary", {
        audience: pokjaName ? current.t("meeting-of-pokja", { pokja: escapeHtml(pokjaName) }) : current.t("meeting-plenary"),
        title: escapeHtml(title.text),
        when: formatDateTime(whenAnswer.date, timezone, language),
        hours: durationMinutes / 60,
        place: escapeHtml([place, onlineUrl].filter(Boolean).join(" · ") || current.t("value-not-provided")),
        repeat: repeat.recurrence
          ? current.t("meeting-summary-repeat", {
              frequency: current.t(`meeting-repeat-${repeat.recurrence.frequency}`),
              count: repeat.starts.length,
              last: formatDateTime(repeat.starts.at(-1)!, timezone, language),
            })
          : current.t("meeting-summary-once"),
        invitees,
      }),
      {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard()
          .text(current.t("meeting-button-create"), flowButton(flow, "create"))
          .text(current.t("button-cancel"), flowButton(flow, "cancel")),
      },
    );
    const confirm = await waitForInput(conversation, flow, { actions: ["create", "cancel"], acceptText: false });
    current = confirm.ctx;
    if (confirm.kind !== "button" || confirm.action === "cancel") return cancelled(current);
    await current.editMessageReplyMarkup();
    // Checked again now: the coordinator may have been replaced while the flow was open.
    const access = current.access;
    if (!(await conversation.external(() => pokja.manages(access, pokjaId)))) {
      await current.reply(current.t("meeting-staff-only"));
      return;
    }

    const creatorName = current.access.member?.fullName ?? current.from?.first_name ?? "-";
    const created = await conversation.external(async () => {
      const r = await meetings.create({
        pokjaId,
        title: title.text,
        agenda: agenda.text,
        startsAt: whenAnswer.date,
        durationMinutes,
        timezone,
        place,
        onlineUrl,
        reminderOffsets: [...chosen],
        createdById: memberId,
        createdByName: creatorName,
        recurrence: repeat.recurrence,
      });
      return { id: r.meeting.id, seriesId: r.meeting.seriesId, ...calendarFile(r.occurrences, clock.now(), icsLabels) };
    });
    // The calendar file goes to the creator first; Telegram's file id then serves every invitee.
    // The meeting exists now: if the file cannot be sent, the invitations still go out (without it).
    const icsMessage = await current
      .replyWithDocument(new InputFile(Buffer.from(created.ics, "utf8"), created.fileName), { caption: current.t("meeting-ics-caption") })
      .catch(() => null);
    const icsFileId = icsMessage?.document?.file_id ?? null;
    const announced = await conversation.external(async () => {
      if (created.seriesId === null) {
        return notifyInvitees(created.id, icsFileId, "invite", (t, tz, lang, meeting) => announcementText(t, meeting, tz, lang));
      }
      // A series is announced once: the first meeting, every date, and one calendar file.
      const series = await meetings.seriesOf(created.seriesId);
      const occurrences = await meetings.occurrencesOf(created.seriesId);
      return notifyInvitees(
        created.id,
        icsFileId,
        "invite",
        (t, tz, lang, meeting) =>
          announcementText(t, meeting, tz, lang, [...seriesLines(t, series!.frequency, occurrences, tz, lang), "", t("meeting-series-rsvp-note")]),
        `series:${created.seriesId}:0`,
      );
    });
    await current.reply(current.t(created.seriesId === null ? "meeting-created" : "meeting-created-series", { invited: announced }));
  }

  /** A coordinator moves or cancels a meeting; everyone invited hears of it, reminders follow. */
  async function meetingChange(conversation: BotConversation, ctx: ConversationContext, meetingId: number) {
    const flow = await newFlow(conversation, "mtx");
    const timezone = (ctx.access.member?.timezone ?? "Asia/Jakarta") as SupportedTimezone;
    const info = await conversation.external(async () => {
      const m = await meetings.find(meetingId);
      return m && m.status === "scheduled" ? { title: m.title, following: await meetings.followingCount(meetingId) } : null;
    });
    if (!info) {
      await ctx.reply(ctx.t("meeting-rsvp-refused-cancelled"));
      return;
    }
    /**
     * Makes the change (the rights checked at that moment), sends the creator the new calendar
     * file and every invitee one notice (one per series change), then says how many were told.
     */
    const applyChange = async (
      current: ConversationContext,
      kind: string,
      captionKey: string,
      doneKey: string,
      run: () => Promise<{ changed: MeetingWithPokja[]; seriesSequence: number | null; previousStart?: Date } | null>,
      notice: (applied: AppliedChange) => Promise<NoticeText>,
    ) => {
      const access = current.access;
      const applied = await conversation.external(async () => {
        if (!(await managesMeeting(access, meetingId))) return "refused" as const;
        const r = await run();
        if (!r) return null;
        const first = r.changed[0]!;
        return { count: r.changed.length, seriesSequence: r.seriesSequence, seriesId: first.seriesId, previous: r.previousStart?.toISOString() ?? null, ...calendarFile(r.changed, clock.now(), icsLabels) };
      });
      if (applied === "refused") return current.reply(current.t("meeting-staff-only"));
      if (!applied) return current.reply(current.t("meeting-rsvp-refused-cancelled"));
      // The change is made: if the file cannot be sent, the notices still go out (without it).
      const file = await current.replyWithDocument(new InputFile(Buffer.from(applied.ics, "utf8"), applied.fileName), { caption: current.t(captionKey) }).catch(() => null);
      const told = await conversation.external(async () =>
        notifyInvitees(meetingId, file?.document?.file_id ?? null, kind, await notice(applied), applied.seriesSequence === null ? undefined : `series:${applied.seriesId}:${applied.seriesSequence}`),
      );
      return current.reply(current.t(doneKey, { invited: told }));
    };

    await ctx.reply(ctx.t("meeting-change-ask", { title: escapeHtml(info.title) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("meeting-button-reschedule"), flowButton(flow, "what", "move"))
        .row()
        .text(ctx.t("meeting-button-change-place"), flowButton(flow, "what", "place"))
        .row()
        .text(ctx.t("meeting-button-change-text"), flowButton(flow, "what", "text"))
        .row()
        .text(ctx.t("meeting-button-cancel-meeting"), flowButton(flow, "what", "cancel"))
        .row()
        .text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const what = await waitForInput(conversation, flow, { actions: ["what", "cancel"], acceptText: false });
    if (what.kind !== "button" || what.action === "cancel") return cancelled(what.ctx);
    await what.ctx.editMessageReplyMarkup();
    let current = what.ctx;
    // An occurrence of a series: only this one, or it and the later ones.
    let scope: ChangeScope = "one";
    if (info.following > 1) {
      await current.reply(current.t("meeting-ask-scope"), {
        reply_markup: new InlineKeyboard()
          .text(current.t("meeting-button-scope-one"), flowButton(flow, "scope", "one"))
          .row()
          .text(current.t("meeting-button-scope-following", { count: info.following }), flowButton(flow, "scope", "following")),
      });
      const chosen = await waitForInput(conversation, flow, { actions: ["scope"], acceptText: false });
      current = chosen.ctx;
      await current.editMessageReplyMarkup();
      if (chosen.kind === "button" && chosen.arg === "following") scope = "following";
    }
    if (what.arg === "place" || what.arg === "text") {
      let patch: MeetingDetails;
      if (what.arg === "place") {
        const where = await askPlace(conversation, flow, current);
        current = where.ctx;
        patch = { place: where.place, onlineUrl: where.onlineUrl };
      } else {
        await current.reply(current.t("meeting-ask-which-text"), {
          reply_markup: new InlineKeyboard().text(current.t("meeting-button-title"), flowButton(flow, "field", "title")).text(current.t("meeting-button-agenda"), flowButton(flow, "field", "agenda")),
        });
        const field = await waitForInput(conversation, flow, { actions: ["field"], acceptText: false });
        current = field.ctx;
        await current.editMessageReplyMarkup().catch(() => undefined);
        const isTitle = field.kind === "button" && field.arg === "title";
        const max = isTitle ? TITLE_MAX : AGENDA_MAX;
        await current.reply(current.t(isTitle ? "meeting-ask-title" : "meeting-ask-agenda", { max }));
        const answer = await askText(conversation, flow, {
          validate: (text) => (text.length < 5 || text.length > max ? current.t(isTitle ? "meeting-title-length" : "meeting-agenda-length", { max }) : null),
        });
        if (!("text" in answer)) return;
        current = answer.ctx;
        patch = isTitle ? { title: answer.text } : { agenda: answer.text };
      }
      const details = patch;
      return applyChange(current, "details", "meeting-ics-caption", "meeting-details-changed-done", async () => {
        const r = await meetings.changeDetails(meetingId, details, scope);
        return r && { changed: r.changed, seriesSequence: r.seriesSequence };
      }, async (applied) => (t, tz, lang, meeting) =>
        [t(applied.seriesSequence === null ? "meeting-details-changed-title" : "meeting-series-details-changed-title", { count: applied.count }), "", announcementText(t, meeting, tz, lang)].join("\n"),
      );
    }
    if (what.arg === "move") {
      const moved = await askWhen(conversation, flow, current, timezone);
      return applyChange(moved.ctx, "moved", "meeting-ics-caption", "meeting-moved-done", async () => {
        const r = await meetings.reschedule(meetingId, moved.date, scope);
        return r && { changed: r.moved.map((m) => m.meeting), seriesSequence: r.seriesSequence, previousStart: r.previousStart };
      }, async (applied) => {
        const previous = new Date(applied.previous!);
        if (applied.seriesSequence === null) {
          return (t, tz, lang, meeting) => [t("meeting-moved-title", { previous: formatDateTime(previous, tz, lang) }), "", announcementText(t, meeting, tz, lang)].join("\n");
        }
        const occurrences = (await meetings.occurrencesOf(applied.seriesId!)).filter((m) => m.status === "scheduled" && m.startsAt.getTime() >= moved.date.getTime());
        const series = await meetings.seriesOf(applied.seriesId!);
        return (t, tz, lang, meeting) =>
          [
            t("meeting-series-moved-title", { count: applied.count, previous: formatDateTime(previous, tz, lang) }),
            "",
            `<b>${escapeHtml(meeting.title)}</b> · ${audienceName(t, meeting)}`,
            ...seriesLines(t, series!.frequency, occurrences, tz, lang),
          ].join("\n");
      });
    }
    await current.reply(current.t("meeting-ask-cancel-reason"));
    const reason = await askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > 300 ? current.t("meeting-cancel-reason-length") : null),
    });
    if (!("text" in reason)) return;
    return applyChange(reason.ctx, "cancelled", "meeting-ics-cancel-caption", "meeting-cancelled-done", async () => {
      const r = await meetings.cancel(meetingId, reason.text, scope);
      return r && { changed: r.cancelled, seriesSequence: r.seriesSequence };
    }, async (applied) => (t, tz, lang, meeting) =>
      t(applied.seriesSequence === null ? "meeting-cancelled-notice" : "meeting-series-cancelled-notice", {
        audience: audienceName(t, meeting),
        title: escapeHtml(meeting.title),
        when: formatDateTime(meeting.startsAt, tz, lang),
        reason: escapeHtml(meeting.cancelReason ?? "-"),
        count: applied.count,
      }),
    );
  }

  /** Sends a deputy: asks the name, then records the answer. */
  async function meetingDeputy(conversation: BotConversation, ctx: ConversationContext, meetingId: number) {
    const flow = await newFlow(conversation, "mtd");
    await ctx.reply(ctx.t("meeting-ask-deputy"), {
      reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const answer = await askText(conversation, flow, {
      actions: ["cancel"],
      validate: (text) => (text.length < 3 || text.length > 100 ? ctx.t("meeting-deputy-length") : null),
    });
    if (!("text" in answer)) return cancelled(answer.ctx);
    const memberId = answer.ctx.access.member?.id;
    if (!memberId) return;
    const result = await conversation.external(async () => {
      const r = await meetings.rsvp(meetingId, memberId, "diwakilkan", answer.text);
      return r.ok ? "ok" : r.reason;
    });
    await answer.ctx.reply(
      result === "ok" ? answer.ctx.t("meeting-deputy-saved", { name: escapeHtml(answer.text) }) : answer.ctx.t(`meeting-rsvp-refused-${result.replace("_", "-")}`),
      { parse_mode: "HTML" },
    );
  }

  return { meetingCreate, meetingDeputy, meetingChange };
}
