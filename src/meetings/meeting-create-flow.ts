// /rapat_baru: pokja (or a plenary meeting), title, agenda, date and time (read as an official
// types it, echoed for confirmation), repetition, duration, place and/or online link, reminders,
// confirm; then the announcement with RSVP buttons and a calendar file goes out through the outbox.
import { InlineKeyboard, InputFile } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import type { MeetingConversationDeps } from "./meeting-conversations.js";
import { AGENDA_MAX, DEFAULT_REMINDERS, TITLE_MAX, type NewMeeting } from "./meeting-model.js";
import { askPlace, askRecurrence, calendarFile, cancelled } from "./meeting-steps.js";
import { announcementText, repeatLabel, seriesLines } from "./meeting-views.js";
import { askWhen } from "./meeting-when-step.js";

const REMINDER_CHOICES = [1440, 60, 15];
const DURATIONS = [60, 120, 180, 240];

type Step<R> = Promise<(R & { ctx: ConversationContext }) | null>;

/** Says the flow was cancelled; the step then has no result. */
async function cancelledStep(ctx: ConversationContext): Promise<null> {
  await cancelled(ctx);
  return null;
}

/** What the flow has gathered, as the meeting will be made. */
type Draft = Omit<NewMeeting, "createdById" | "createdByName"> & { pokjaName: string | null; starts: Date[] };

function meetingOf(draft: Draft): Omit<NewMeeting, "createdById" | "createdByName"> {
  const { pokjaId, title, agenda, startsAt, durationMinutes, timezone, place, onlineUrl, reminderOffsets, recurrence } = draft;
  return { pokjaId, title, agenda, startsAt, durationMinutes, timezone, place, onlineUrl, reminderOffsets, recurrence };
}

export function createMeetingCreateFlow(deps: MeetingConversationDeps) {
  const { meetings, pokja, permissions, announcer, clock, icsLabels } = deps;

  /** 1. Which pokja: those the member coordinates; admins any, or a plenary forum meeting. */
  async function askPokja(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext): Step<{ pokjaId: number | null; pokjaName: string | null }> {
    const memberId = ctx.access.member?.id ?? null;
    const isAdmin = permissions.isAdmin(ctx.access);
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
    if (pick.kind !== "button" || pick.action === "cancel") return cancelledStep(pick.ctx);
    await pick.ctx.editMessageReplyMarkup();
    const pokjaId = pick.arg === "plenary" ? null : Number(pick.arg);
    const chosen = choices.find((p) => p.id === pokjaId);
    if ((pokjaId !== null && !chosen) || (pokjaId === null && !isAdmin)) return cancelledStep(pick.ctx);
    return { pokjaId, pokjaName: chosen?.name ?? null, ctx: pick.ctx };
  }

  /** 2. Title and agenda. */
  async function askTitleAndAgenda(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext): Step<{ title: string; agenda: string }> {
    await ctx.reply(ctx.t("meeting-ask-title", { max: TITLE_MAX }));
    const title = await askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > TITLE_MAX ? ctx.t("meeting-title-length", { max: TITLE_MAX }) : null),
    });
    if (!("text" in title)) return null;
    await title.ctx.reply(title.ctx.t("meeting-ask-agenda", { max: AGENDA_MAX }));
    const agenda = await askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > AGENDA_MAX ? title.ctx.t("meeting-agenda-length", { max: AGENDA_MAX }) : null),
    });
    if (!("text" in agenda)) return null;
    return { title: title.text, agenda: agenda.text, ctx: agenda.ctx };
  }

  /** How long: a few whole hours (two when the answer is not one of them). */
  async function askDuration(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
    const durations = new InlineKeyboard();
    for (const minutes of DURATIONS) durations.text(ctx.t("meeting-duration-hours", { hours: minutes / 60 }), flowButton(flow, "dur", minutes));
    await ctx.reply(ctx.t("meeting-ask-duration"), { reply_markup: durations });
    const duration = await waitForInput(conversation, flow, { actions: ["dur"], acceptText: false });
    await duration.ctx.editMessageReplyMarkup();
    const minutes = duration.kind === "button" && DURATIONS.includes(Number(duration.arg)) ? Number(duration.arg) : 120;
    return { durationMinutes: minutes, ctx: duration.ctx };
  }

  /** 4. Reminders (1 day and 1 hour before by default), toggled until "Lanjut". */
  async function askReminders(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
    const chosen = new Set(DEFAULT_REMINDERS);
    let current = ctx;
    const reminderKeyboard = () => {
      const kb = new InlineKeyboard();
      for (const minutes of REMINDER_CHOICES) {
        const label =
          minutes % 1440 === 0
            ? current.t("meeting-reminder-days", { days: minutes / 1440 })
            : minutes % 60 === 0
              ? current.t("meeting-reminder-hours", { hours: minutes / 60 })
              : current.t("meeting-reminder-minutes", { minutes });
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
        return { reminderOffsets: [...chosen], ctx: current };
      }
      const minutes = Number(press.arg);
      if (!REMINDER_CHOICES.includes(minutes)) continue;
      if (chosen.has(minutes)) chosen.delete(minutes);
      else chosen.add(minutes);
      await current.editMessageReplyMarkup({ reply_markup: reminderKeyboard() });
    }
  }

  /** 5. The summary, with how many will be invited; null when cancelled. */
  async function confirm(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, draft: Draft): Step<object> {
    const language = ctx.access.member?.language ?? "id";
    const { pokjaId, timezone } = draft;
    const invitees = await conversation.external(async () => (await meetings.inviteeIds(pokjaId)).length);
    const last = formatDateTime(draft.starts.at(-1)!, timezone, language);
    await ctx.reply(
      ctx.t("meeting-summary", {
        audience: draft.pokjaName ? ctx.t("meeting-of-pokja", { pokja: escapeHtml(draft.pokjaName) }) : ctx.t("meeting-plenary"),
        title: escapeHtml(draft.title),
        when: formatDateTime(draft.startsAt, timezone, language),
        hours: draft.durationMinutes / 60,
        place: escapeHtml([draft.place, draft.onlineUrl].filter(Boolean).join(" · ") || ctx.t("value-not-provided")),
        repeat: draft.recurrence
          ? ctx.t("meeting-summary-repeat", { frequency: repeatLabel(ctx.t.bind(ctx), draft.recurrence.frequency), count: draft.starts.length, last })
          : ctx.t("meeting-summary-once"),
        invitees,
      }),
      {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("meeting-button-create"), flowButton(flow, "create")).text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
      },
    );
    const answer = await waitForInput(conversation, flow, { actions: ["create", "cancel"], acceptText: false });
    if (answer.kind !== "button" || answer.action === "cancel") return cancelledStep(answer.ctx);
    await answer.ctx.editMessageReplyMarkup();
    return { ctx: answer.ctx };
  }

  /**
   * Makes the meeting (the right checked again now: the coordinator may have been replaced while
   * the flow was open), sends the creator the calendar file and announces it to every invitee.
   */
  async function createAndAnnounce(conversation: BotConversation, ctx: ConversationContext, draft: Draft) {
    const access = ctx.access;
    const creatorName = access.member?.fullName ?? ctx.from?.first_name ?? "-";
    const created = await conversation.external(async () => {
      if (!(await permissions.managesPokja(access, draft.pokjaId))) return null;
      const r = await meetings.create({ ...meetingOf(draft), createdById: access.member?.id ?? null, createdByName: creatorName });
      return { id: r.meeting.id, seriesId: r.meeting.seriesId, ...calendarFile(r.occurrences, clock.now(), icsLabels) };
    });
    if (!created) return ctx.reply(ctx.t("meeting-staff-only"));
    // The calendar file goes to the creator first; Telegram's file id then serves every invitee.
    // The meeting exists now: if the file cannot be sent, the invitations still go out (without it).
    const icsMessage = await ctx.replyWithDocument(new InputFile(Buffer.from(created.ics, "utf8"), created.fileName), { caption: ctx.t("meeting-ics-caption") }).catch(() => null);
    const icsFileId = icsMessage?.document?.file_id ?? null;
    const announced = await conversation.external(async () => {
      if (created.seriesId === null) {
        return announcer.notifyInvitees(created.id, icsFileId, "invite", (t, tz, lang, meeting) => announcementText(t, meeting, tz, lang));
      }
      // A series is announced once: the first meeting, every date, and one calendar file.
      const series = await meetings.seriesOf(created.seriesId);
      const occurrences = await meetings.occurrencesOf(created.seriesId);
      return announcer.notifyInvitees(
        created.id,
        icsFileId,
        "invite",
        (t, tz, lang, meeting) => announcementText(t, meeting, tz, lang, [...seriesLines(t, series!.frequency, occurrences, tz, lang), "", t("meeting-series-rsvp-note")]),
        `series:${created.seriesId}:0`,
      );
    });
    return ctx.reply(ctx.t(created.seriesId === null ? "meeting-created" : "meeting-created-series", { invited: announced }));
  }

  return async function meetingCreate(conversation: BotConversation, ctx: ConversationContext) {
    if (!permissions.isStaff(ctx.access)) {
      await ctx.reply(ctx.t("meeting-staff-only"));
      return;
    }
    const flow = await newFlow(conversation, "mtc");
    const who = await askPokja(conversation, flow, ctx);
    if (!who) return;
    const text = await askTitleAndAgenda(conversation, flow, who.ctx);
    if (!text) return;
    // 3. When, how long, where. The meeting lives in the zone its time was written in ("10.00 WITA"), else the creator's.
    const when = await askWhen(conversation, flow, text.ctx, clock, ctx.access.timezone as SupportedTimezone);
    const repeat = await askRecurrence(conversation, flow, when.ctx, clock, when.date, when.timezone);
    const duration = await askDuration(conversation, flow, repeat.ctx);
    const where = await askPlace(conversation, flow, duration.ctx);
    const reminders = await askReminders(conversation, flow, where.ctx);
    const draft: Draft = {
      pokjaId: who.pokjaId,
      pokjaName: who.pokjaName,
      title: text.title,
      agenda: text.agenda,
      startsAt: when.date,
      timezone: when.timezone,
      durationMinutes: duration.durationMinutes,
      place: where.place,
      onlineUrl: where.onlineUrl,
      reminderOffsets: reminders.reminderOffsets,
      recurrence: repeat.recurrence,
      starts: repeat.starts,
    };
    const confirmed = await confirm(conversation, flow, reminders.ctx, draft);
    if (!confirmed) return;
    await createAndAnnounce(conversation, confirmed.ctx, draft);
  };
}
