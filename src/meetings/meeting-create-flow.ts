// /rapat_baru: pokja (or a plenary meeting), title, agenda, date and time (read as an official
// types it, echoed for confirmation, warned on a holiday or weekend), repetition, duration (a
// button or typed: "1,5 jam"), place and/or online link, reminders; then a preview where every
// field can be changed; then the announcement with RSVP buttons and a calendar file (outbox).
import { InlineKeyboard, InputFile } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import type { MeetingConversationDeps } from "./meeting-conversations.js";
import { AGENDA_MAX, DEFAULT_REMINDERS, TITLE_MAX, type NewMeeting } from "./meeting-model.js";
import { DURATION_PROBLEM_KEYS } from "./meeting-keys.js";
import { parseDuration } from "./duration.js";
import { askPlace, askRecurrence, calendarFile, cancelled } from "./meeting-steps.js";
import { announcementText, durationLabel, reminderLeadLabel, repeatLabel, seriesLines } from "./meeting-views.js";
import { askWorkingWhen, dayOffWarning } from "./meeting-when-step.js";
import { occurrenceStarts } from "./recurrence.js";

const REMINDER_CHOICES = [1440, 60, 15];
const DURATIONS = [60, 120, 180, 240];
/** The fields the preview can change, with their buttons. */
const EDITABLE = [
  ["pokja", "meeting-edit-pokja"],
  ["title", "meeting-edit-title"],
  ["agenda", "meeting-edit-agenda"],
  ["when", "meeting-edit-when"],
  ["duration", "meeting-edit-duration"],
  ["place", "meeting-edit-place"],
  ["reminders", "meeting-edit-reminders"],
  ["repeat", "meeting-edit-repeat"],
] as const;

type Step<R> = Promise<(R & { ctx: ConversationContext }) | null>;

/** Says the flow was cancelled; the step then has no result. */
async function cancelledStep(ctx: ConversationContext): Promise<null> {
  await cancelled(ctx);
  return null;
}

/** What the flow has gathered, as the meeting will be made. */
type Draft = Omit<NewMeeting, "createdById" | "createdByName"> & { pokjaName: string | null; starts: Date[]; groupCount: number };

function meetingOf(draft: Draft): Omit<NewMeeting, "createdById" | "createdByName"> {
  const { pokjaId, title, agenda, startsAt, durationMinutes, timezone, place, onlineUrl, reminderOffsets, recurrence } = draft;
  const remindGroups = Boolean(draft.remindGroups) && draft.groupCount > 0;
  return { pokjaId, title, agenda, startsAt, durationMinutes, timezone, place, onlineUrl, reminderOffsets, remindGroups, recurrence };
}

/**
 * The later meetings of a series that fall on a holiday, cuti bersama or weekend (the first was
 * confirmed when its date was typed): named in the preview, so "Jadwalkan" accepts them knowingly.
 */
function seriesDaysOff(t: (key: string, vars?: Record<string, string | number>) => string, draft: Draft, language: string): string {
  const warnings = draft.starts
    .slice(1)
    .map((start) => dayOffWarning(t, start, draft.timezone, language))
    .filter((w): w is string => w !== null);
  return warnings.length === 0 ? "" : `\n\n${t("meeting-series-days-off")}\n${warnings.map((w) => `⚠️ ${w}`).join("\n")}`;
}

export function createMeetingCreateFlow(deps: MeetingConversationDeps) {
  const { meetings, pokja, permissions, announcer, clock, icsLabels } = deps;

  /** 1. Which pokja: those the member coordinates; admins any, or a plenary forum meeting. */
  async function askPokja(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, editing = false): Step<{ pokjaId: number | null; pokjaName: string | null }> {
    const memberId = ctx.access.member?.id ?? null;
    const isAdmin = permissions.isAdmin(ctx.access);
    const choices = await conversation.external(async () => {
      const list = isAdmin ? await pokja.list(null) : memberId ? await pokja.coordinatedPokja(memberId) : [];
      return list.map((p) => ({ id: p.id, name: p.name }));
    });
    const keyboard = new InlineKeyboard();
    for (const p of choices) keyboard.text(`Pokja ${p.name}`, flowButton(flow, "pokja", p.id)).row();
    if (isAdmin) keyboard.text(ctx.t("meeting-plenary-button"), flowButton(flow, "pokja", "plenary")).row();
    // From the preview, a choice is expected (the preview's own Batal ends the flow).
    if (!editing) keyboard.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
    await ctx.reply(ctx.t("meeting-ask-pokja"), { reply_markup: keyboard });
    const pick = await waitForInput(conversation, flow, { actions: ["pokja", "cancel"], acceptText: false });
    if (pick.kind !== "button" || pick.action === "cancel") return cancelledStep(pick.ctx);
    await pick.ctx.editMessageReplyMarkup();
    const pokjaId = pick.arg === "plenary" ? null : Number(pick.arg);
    const chosen = choices.find((p) => p.id === pokjaId);
    if ((pokjaId !== null && !chosen) || (pokjaId === null && !isAdmin)) return cancelledStep(pick.ctx);
    return { pokjaId, pokjaName: chosen?.name ?? null, ctx: pick.ctx };
  }

  /** 2. Title. */
  async function askTitle(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
    await ctx.reply(ctx.t("meeting-ask-title", { max: TITLE_MAX }));
    return askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > TITLE_MAX ? ctx.t("meeting-title-length", { max: TITLE_MAX }) : null),
    });
  }

  /** 2b. Agenda. */
  async function askAgenda(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
    await ctx.reply(ctx.t("meeting-ask-agenda", { max: AGENDA_MAX }));
    return askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > AGENDA_MAX ? ctx.t("meeting-agenda-length", { max: AGENDA_MAX }) : null),
    });
  }

  /** How long: a button, or typed as officials write it ("90 menit", "1,5 jam", "2 jam 30 menit"). */
  async function askDuration(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
    const durations = new InlineKeyboard();
    for (const minutes of DURATIONS) durations.text(ctx.t("meeting-duration-hours", { hours: minutes / 60 }), flowButton(flow, "dur", minutes));
    await ctx.reply(ctx.t("meeting-ask-duration"), { reply_markup: durations });
    for (;;) {
      const answer = await waitForInput(conversation, flow, { actions: ["dur"] });
      if (answer.kind === "button" && DURATIONS.includes(Number(answer.arg))) {
        await answer.ctx.editMessageReplyMarkup().catch(() => undefined);
        return { durationMinutes: Number(answer.arg), ctx: answer.ctx };
      }
      if (answer.kind !== "text") continue;
      const typed = parseDuration(answer.text);
      if (!typed.ok) {
        await answer.ctx.reply(answer.ctx.t(DURATION_PROBLEM_KEYS[typed.reason]));
        continue;
      }
      await answer.ctx.reply(answer.ctx.t("meeting-duration-check", { duration: durationLabel(answer.ctx.t.bind(answer.ctx), typed.minutes) }));
      return { durationMinutes: typed.minutes, ctx: answer.ctx };
    }
  }

  /** 4. Reminders (1 day and 1 hour before by default), toggled until "Lanjut". */
  async function askReminders(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, initial: readonly number[] = DEFAULT_REMINDERS) {
    const chosen = new Set(initial);
    let current = ctx;
    const reminderKeyboard = () => {
      const kb = new InlineKeyboard();
      for (const minutes of REMINDER_CHOICES) {
        const label = reminderLeadLabel(current.t.bind(current), minutes);
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

  /** 4b. Whether reminders also go to the pokja's linked group(s): asked only when it has one. */
  async function askGroupReminders(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, pokjaName: string) {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("meeting-button-group-reminders-yes"), flowButton(flow, "grp", "yes"))
      .text(ctx.t("meeting-button-group-reminders-no"), flowButton(flow, "grp", "no"));
    await ctx.reply(ctx.t("meeting-ask-group-reminders", { pokja: escapeHtml(pokjaName) }), { parse_mode: "HTML", reply_markup: keyboard });
    const press = await waitForInput(conversation, flow, { actions: ["grp"], acceptText: false });
    await press.ctx.editMessageReplyMarkup().catch(() => undefined);
    return { remindGroups: press.kind === "button" && press.arg === "yes", ctx: press.ctx };
  }

  /** The preview: every field, the agenda, how many will be invited, and a button per field to change it. */
  async function showPreview(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, draft: Draft) {
    const language = ctx.access.member?.language ?? "id";
    const { pokjaId, timezone } = draft;
    const t = ctx.t.bind(ctx);
    const invitees = await conversation.external(async () => (await meetings.inviteeIds(pokjaId)).length);
    const last = formatDateTime(draft.starts.at(-1)!, timezone, language);
    const reminders = [...draft.reminderOffsets].sort((x, y) => y - x).map((m) => reminderLeadLabel(t, m));
    const keyboard = new InlineKeyboard();
    EDITABLE.forEach(([field, key], i) => {
      keyboard.text(t(key), flowButton(flow, "edit", field));
      if (i % 2 === 1) keyboard.row();
    });
    if (draft.groupCount > 0) keyboard.row().text(t("meeting-edit-group-reminders"), flowButton(flow, "edit", "groups"));
    keyboard.row().text(t("meeting-button-create"), flowButton(flow, "create")).row().text(t("button-cancel"), flowButton(flow, "cancel"));
    const groupLine = draft.groupCount > 0 ? `\n${t(draft.remindGroups ? "meeting-summary-group-reminders-on" : "meeting-summary-group-reminders-off")}` : "";
    await ctx.reply(
      t("meeting-summary", {
        audience: draft.pokjaName ? t("meeting-of-pokja", { pokja: escapeHtml(draft.pokjaName) }) : t("meeting-plenary"),
        title: escapeHtml(draft.title),
        when: formatDateTime(draft.startsAt, timezone, language),
        duration: durationLabel(t, draft.durationMinutes),
        place: escapeHtml([draft.place, draft.onlineUrl].filter(Boolean).join(" · ") || t("value-not-provided")),
        repeat: draft.recurrence
          ? t("meeting-summary-repeat", { frequency: repeatLabel(t, draft.recurrence.frequency), count: draft.starts.length, last })
          : t("meeting-summary-once"),
        reminders: (reminders.length > 0 ? reminders.join(", ") : t("meeting-summary-no-reminders")) + groupLine,
        agenda: escapeHtml(draft.agenda),
        invitees,
      }) + seriesDaysOff(t, draft, language),
      { parse_mode: "HTML", reply_markup: keyboard },
    );
  }

  /** Changes one field of the draft, asked again as in the flow; the context to go on with. */
  async function editField(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, draft: Draft, field: string): Promise<ConversationContext> {
    if (field === "pokja") {
      const who = await askPokja(conversation, flow, ctx, true);
      if (!who) return ctx;
      draft.pokjaId = who.pokjaId;
      draft.pokjaName = who.pokjaName;
      const pokjaId = who.pokjaId;
      // Another pokja has other groups: the group reminders are asked again for it.
      draft.groupCount = pokjaId === null ? 0 : await conversation.external(async () => (await pokja.groupsOf(pokjaId)).length);
      draft.remindGroups = false;
      if (draft.groupCount === 0 || !who.pokjaName) return who.ctx;
      const groups = await askGroupReminders(conversation, flow, who.ctx, who.pokjaName);
      draft.remindGroups = groups.remindGroups;
      return groups.ctx;
    }
    if (field === "title") {
      const title = await askTitle(conversation, flow, ctx);
      if ("text" in title) draft.title = title.text;
      return title.ctx;
    }
    if (field === "agenda") {
      const agenda = await askAgenda(conversation, flow, ctx);
      if ("text" in agenda) draft.agenda = agenda.text;
      return agenda.ctx;
    }
    if (field === "when") {
      const when = await askWorkingWhen(conversation, flow, ctx, clock, draft.timezone as SupportedTimezone);
      draft.startsAt = when.date;
      draft.timezone = when.timezone;
      draft.starts = [when.date];
      if (!draft.recurrence) return when.ctx;
      // A series keeps its frequency and end day when they still fit the new start; else they are asked again.
      const planned = occurrenceStarts(when.date, draft.recurrence.frequency, draft.recurrence.until, when.timezone);
      if (planned.ok && planned.starts.length >= 2) {
        draft.starts = planned.starts;
        return when.ctx;
      }
      field = "repeat";
      ctx = when.ctx;
    }
    if (field === "repeat") {
      const repeat = await askRecurrence(conversation, flow, ctx, clock, draft.startsAt, draft.timezone as SupportedTimezone);
      draft.recurrence = repeat.recurrence;
      draft.starts = repeat.starts;
      return repeat.ctx;
    }
    if (field === "duration") {
      const duration = await askDuration(conversation, flow, ctx);
      draft.durationMinutes = duration.durationMinutes;
      return duration.ctx;
    }
    if (field === "place") {
      const where = await askPlace(conversation, flow, ctx);
      draft.place = where.place;
      draft.onlineUrl = where.onlineUrl;
      return where.ctx;
    }
    const reminders = await askReminders(conversation, flow, ctx, draft.reminderOffsets);
    draft.reminderOffsets = reminders.reminderOffsets;
    return reminders.ctx;
  }

  /** 5. The preview until "Jadwalkan" (null when cancelled); each change shows it again. */
  async function confirm(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, draft: Draft): Step<object> {
    let current = ctx;
    for (;;) {
      await showPreview(conversation, flow, current, draft);
      const answer = await waitForInput(conversation, flow, { actions: ["create", "cancel", "edit"], acceptText: false });
      if (answer.kind !== "button" || answer.action === "cancel") return cancelledStep(answer.ctx);
      await answer.ctx.editMessageReplyMarkup().catch(() => undefined);
      if (answer.action === "create") return { ctx: answer.ctx };
      if (answer.arg === "groups" && draft.groupCount > 0) {
        // A yes/no choice: the button switches it and the preview shows the new state.
        draft.remindGroups = !draft.remindGroups;
        current = answer.ctx;
        continue;
      }
      if (!EDITABLE.some(([field]) => field === answer.arg)) {
        current = answer.ctx;
        continue;
      }
      current = await editField(conversation, flow, answer.ctx, draft, answer.arg);
    }
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
    // The organiser just got the file above; the invitation to them comes without a second copy.
    const organiser = icsMessage ? (access.member?.id ?? null) : null;
    const announced = await conversation.external(async () => {
      if (created.seriesId === null) {
        return announcer.notifyInvitees(created.id, icsFileId, "invite", (t, tz, lang, meeting) => announcementText(t, meeting, tz, lang), { icsSentTo: organiser });
      }
      // A series is announced once: the first meeting, every date, and one calendar file.
      const series = await meetings.seriesOf(created.seriesId);
      const occurrences = await meetings.occurrencesOf(created.seriesId);
      return announcer.notifyInvitees(
        created.id,
        icsFileId,
        "invite",
        (t, tz, lang, meeting) => announcementText(t, meeting, tz, lang, [...seriesLines(t, series!.frequency, occurrences, tz, lang), "", t("meeting-series-rsvp-note")]),
        { scope: `series:${created.seriesId}:0`, icsSentTo: organiser },
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
    const title = await askTitle(conversation, flow, who.ctx);
    if (!("text" in title)) return;
    const agenda = await askAgenda(conversation, flow, title.ctx);
    if (!("text" in agenda)) return;
    // 3. When, how long, where. The meeting lives in the zone its time was written in ("10.00 WITA"), else the creator's.
    const when = await askWorkingWhen(conversation, flow, agenda.ctx, clock, ctx.access.timezone as SupportedTimezone);
    const repeat = await askRecurrence(conversation, flow, when.ctx, clock, when.date, when.timezone);
    const duration = await askDuration(conversation, flow, repeat.ctx);
    const where = await askPlace(conversation, flow, duration.ctx);
    const reminders = await askReminders(conversation, flow, where.ctx);
    const pokjaId = who.pokjaId;
    const groupCount = pokjaId === null ? 0 : await conversation.external(async () => (await pokja.groupsOf(pokjaId)).length);
    const groups = groupCount > 0 && who.pokjaName ? await askGroupReminders(conversation, flow, reminders.ctx, who.pokjaName) : { remindGroups: false, ctx: reminders.ctx };
    const draft: Draft = {
      pokjaId: who.pokjaId,
      pokjaName: who.pokjaName,
      title: title.text,
      agenda: agenda.text,
      startsAt: when.date,
      timezone: when.timezone,
      durationMinutes: duration.durationMinutes,
      place: where.place,
      onlineUrl: where.onlineUrl,
      reminderOffsets: reminders.reminderOffsets,
      remindGroups: groups.remindGroups,
      groupCount,
      recurrence: repeat.recurrence,
      starts: repeat.starts,
    };
    const confirmed = await confirm(conversation, flow, groups.ctx, draft);
    if (!confirmed) return;
    await createAndAnnounce(conversation, confirmed.ctx, draft);
  };
}
