// What those who manage a meeting do from its card: who answered what, a reminder to those who
// have not answered, change or cancel, the attendance list (and the invitees' "Saya hadir"), and
// the minutes. Every press loads the meeting and asks permissions.managesMeeting, now.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import type { Translator } from "../bot/i18n.js";
import type { Messenger } from "../bot/messenger.js";
import { replyHtml } from "../bot/reply-html.js";
import { toCsv } from "../shared/csv.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import {
  answersButton,
  attendanceCsvButton,
  attendedButton,
  changeButton,
  nudgeButton,
  nudgeConfirmButton,
  openAttendanceButton,
  presentButton,
  writeMinutesButton,
} from "./meeting-buttons.js";
import { MEETING_CHANGE_CONVERSATION } from "./meeting-conversations.js";
import { PRESENT_KEYS } from "./meeting-keys.js";
import type { MeetingService, MeetingWithPokja } from "./meeting-service.js";
import { rsvpKeyboard, rsvpLabel, when, type T } from "./meeting-views.js";
import { MEETING_MINUTES_CONVERSATION } from "./minutes-conversation.js";
import { cutText } from "../shared/user-text.js";

export interface MeetingManageDeps {
  meetings: MeetingService;
  permissions: Permissions;
  messenger: Messenger;
  i18n: Translator;
  clock: Clock;
}

export function createMeetingManageComposer({ meetings, permissions, messenger, i18n, clock }: MeetingManageDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");
  const tOf = (language: string): T => (key, vars) => i18n.t(language, key, vars);

  /** The meeting, if the presser manages it now; otherwise the press is answered with why not. */
  async function managedMeeting(ctx: BotContext, meetingId: number): Promise<MeetingWithPokja | null> {
    const meeting = await meetings.find(meetingId);
    if (meeting && (await permissions.managesMeeting(ctx.access, meeting))) return meeting;
    await ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    return null;
  }

  /** Answers the press with an alert and returns true when the meeting is cancelled, or (with `started`) has begun. */
  async function refusedChange(ctx: BotContext, meeting: MeetingWithPokja, { started = false } = {}) {
    if (meeting.status !== "scheduled") return alert(ctx, "meeting-rsvp-refused-cancelled");
    if (started && meeting.startsAt.getTime() <= clock.now().getTime()) return alert(ctx, "meeting-rsvp-refused-over");
    return false;
  }

  async function alert(ctx: BotContext, key: string) {
    await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
    return true;
  }

  onButton(chat, answersButton, async (ctx, { meetingId }) => {
    const meeting = await managedMeeting(ctx, meetingId);
    if (!meeting) return;
    await ctx.answerCallbackQuery();
    const people = await meetings.invitees(meeting.id);
    const lines = [ctx.t("meeting-answers-title", { title: escapeHtml(meeting.title) })];
    for (const rsvp of ["hadir", "diwakilkan", "tidak_hadir", "pending"] as const) {
      const who = people.filter((p) => p.rsvp === rsvp);
      lines.push("", `<b>${rsvpLabel(ctx.t.bind(ctx), rsvp)} (${who.length})</b>`);
      for (const p of who.slice(0, 60)) {
        const deputy = p.deputyName ? ` → ${escapeHtml(p.deputyName)}` : "";
        lines.push(`• ${escapeHtml(p.member.fullName)} — ${escapeHtml(p.member.agency.name)}${deputy}`);
      }
      if (who.length > 60) lines.push(ctx.t("meeting-answers-more", { count: who.length - 60 }));
    }
    await replyHtml(ctx, lines.join("\n"));
  });

  /** Those who have not answered, the presser aside (they know already). */
  async function unanswered(meeting: MeetingWithPokja, presserId: number | null) {
    return (await meetings.invitees(meeting.id)).filter((p) => p.rsvp === "pending" && p.member.id !== presserId);
  }

  // Reminding everyone who has not answered cannot be undone: first the count, and a confirmation.
  onButton(chat, nudgeButton, async (ctx, { meetingId }) => {
    const meeting = await managedMeeting(ctx, meetingId);
    if (!meeting) return;
    if (meeting.status !== "scheduled" || meeting.startsAt.getTime() <= clock.now().getTime()) return alert(ctx, "meeting-rsvp-refused-over");
    const pending = await unanswered(meeting, ctx.access.member?.id ?? null);
    if (pending.length === 0) return alert(ctx, "meeting-nudge-none");
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("meeting-nudge-confirm", { count: pending.length, title: escapeHtml(meeting.title) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("meeting-button-nudge-send", { count: pending.length }), nudgeConfirmButton.pack({ meetingId: meeting.id, send: "1" }))
        .text(ctx.t("meeting-button-nudge-cancel"), nudgeConfirmButton.pack({ meetingId: meeting.id, send: "0" })),
    });
  });

  // The confirmed reminder: once per meeting per day to each who has still not answered.
  onButton(chat, nudgeConfirmButton, async (ctx, { meetingId, send }) => {
    const meeting = await managedMeeting(ctx, meetingId);
    if (!meeting) return;
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (send === "0") {
      await ctx.answerCallbackQuery();
      return ctx.reply(ctx.t("meeting-nudge-cancelled"));
    }
    if (meeting.status !== "scheduled" || meeting.startsAt.getTime() <= clock.now().getTime()) return alert(ctx, "meeting-rsvp-refused-over");
    const pending = await unanswered(meeting, ctx.access.member?.id ?? null);
    const day = clock.now().toISOString().slice(0, 10);
    await messenger.sendMany(
      pending.map((p) => {
        const t = tOf(p.member.language);
        return {
          chatId: p.member.telegramId,
          text: t("meeting-nudge", { title: escapeHtml(meeting.title), when: when(meeting, p.member.timezone, p.member.language) }),
          keyboard: rsvpKeyboard(t, meeting.id, null),
          dedupeKey: `meeting-nudge:${meeting.id}:${p.member.id}:${day}`,
        };
      }),
    );
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("meeting-nudged", { count: pending.length }));
  });

  // A meeting that has started (or ended) is no longer moved or cancelled, not even from an old card.
  onButton(chat, changeButton, async (ctx, { meetingId }) => {
    const meeting = await managedMeeting(ctx, meetingId);
    if (!meeting || (await refusedChange(ctx, meeting, { started: true }))) return;
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, MEETING_CHANGE_CONVERSATION, meeting.id);
  });

  // Attendance: opened by a manager at the start time; members tap "Saya hadir"; managers correct
  // and mark deputies present. Every open list message is refreshed as someone is marked.
  async function attendanceView(t: T, meeting: MeetingWithPokja) {
    const people = await meetings.invitees(meeting.id);
    const present = people.filter((p) => p.attended).length;
    const keyboard = new InlineKeyboard();
    for (const p of people.slice(0, 40)) {
      const data = attendedButton.pack({ meetingId: meeting.id, memberId: p.member.id, attended: p.attended ? "0" : "1" });
      const deputy = p.rsvp === "diwakilkan" && p.deputyName ? ` · ${t("meeting-attendance-deputy", { name: p.deputyName })}` : "";
      keyboard.text(cutText(`${p.attended ? "✅" : "▫️"} ${p.member.fullName}${deputy}`, 60), data).row();
    }
    keyboard.text(t("meeting-button-attendance-csv"), attendanceCsvButton.pack({ meetingId: meeting.id }));
    const deputies = people
      .filter((p) => p.rsvp === "diwakilkan" && p.deputyName)
      .map((p) => `• ${escapeHtml(p.member.fullName)} ${t("meeting-attendance-deputy", { name: escapeHtml(p.deputyName!) })}${p.attended ? " ✅" : ""}`);
    const text = [
      t("meeting-attendance-title", { title: escapeHtml(meeting.title), present, invited: people.length }),
      ...(deputies.length > 0 ? ["", t("meeting-attendance-deputies-title"), ...deputies] : []),
    ].join("\n");
    return { text, keyboard };
  }

  /** Shows the list in the manager's chat and remembers it, to be refreshed. */
  async function showAttendance(ctx: BotContext, meeting: MeetingWithPokja) {
    const language = ctx.access.member?.language ?? "id";
    const view = await attendanceView(tOf(language), meeting);
    const sent = await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
    await meetings.rememberAttendanceList(meeting.id, { chatId: String(sent.chat.id), messageId: sent.message_id, language });
  }

  /** Edits every open list of the meeting; one that can no longer be edited (or is unchanged) is left. */
  async function refreshAttendance(ctx: BotContext, meeting: MeetingWithPokja) {
    for (const list of await meetings.attendanceLists(meeting.id)) {
      const view = await attendanceView(tOf(list.language), meeting);
      await ctx.api.editMessageText(list.chatId, list.messageId, view.text, { parse_mode: "HTML", reply_markup: view.keyboard }).catch(() => undefined);
    }
  }

  onButton(chat, openAttendanceButton, async (ctx, { meetingId }) => {
    const meeting = await managedMeeting(ctx, meetingId);
    if (!meeting || (await refusedChange(ctx, meeting))) return;
    const opened = await meetings.openAttendance(meeting.id);
    await ctx.answerCallbackQuery({ text: ctx.t(opened ? "meeting-attendance-opened" : "meeting-attendance-already-open") });
    if (opened) {
      // Everyone invited but those who declined or sent a deputy gets the "Saya hadir" button.
      await messenger.sendMany(
        (await meetings.invitees(meeting.id))
          .filter((i) => i.rsvp !== "tidak_hadir" && i.rsvp !== "diwakilkan")
          .map((p) => {
            const t = tOf(p.member.language);
            return {
              chatId: p.member.telegramId,
              text: t("meeting-attendance-ask", { title: escapeHtml(meeting.title) }),
              keyboard: new InlineKeyboard().text(t("meeting-button-present"), presentButton.pack({ meetingId: meeting.id })),
              dedupeKey: `meeting-attendance-ask:${meeting.id}:${p.member.id}`,
            };
          }),
      );
    }
    await showAttendance(ctx, meeting);
  });

  // "Saya hadir": the presser's own attendance, only while the list is open.
  onButton(composer, presentButton, async (ctx, { meetingId }) => {
    const member = ctx.access.member;
    if (!member) return alert(ctx, "meeting-rsvp-refused-not-invited");
    const result = await meetings.markPresent(meetingId, member.id);
    await ctx.answerCallbackQuery({ text: ctx.t(PRESENT_KEYS[result]), show_alert: result !== "ok" });
    if (result !== "ok") return;
    if (ctx.chat?.type === "private") await ctx.editMessageReplyMarkup().catch(() => undefined);
    const meeting = await meetings.find(meetingId);
    if (meeting) await refreshAttendance(ctx, meeting);
  });

  onButton(chat, attendedButton, async (ctx, { meetingId, memberId, attended }) => {
    const meeting = await managedMeeting(ctx, meetingId);
    if (!meeting) return;
    await meetings.setAttended(meeting.id, memberId, attended === "1");
    await ctx.answerCallbackQuery();
    const view = await attendanceView(tOf(ctx.access.member?.language ?? "id"), meeting);
    // A double tap renders the same list again; Telegram refuses an edit that changes nothing.
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard }).catch(() => undefined);
    await refreshAttendance(ctx, meeting);
  });

  onButton(chat, attendanceCsvButton, async (ctx, { meetingId }) => {
    const meeting = await managedMeeting(ctx, meetingId);
    if (!meeting) return;
    await ctx.answerCallbackQuery();
    const people = await meetings.invitees(meeting.id);
    // The file is in Indonesian (it is filed by the secretariat); times in the reader's zone.
    const csv = toCsv(
      ["No", "Nama", "Instansi", "Jawaban Undangan", "Wakil", "Hadir", "Waktu Hadir"],
      people.map((p, i) => [
        i + 1,
        p.member.fullName,
        p.member.agency.name,
        rsvpLabel(tOf("id"), p.rsvp),
        p.deputyName ?? "",
        p.attended ? "Ya" : "Tidak",
        p.attendedAt ? formatDateTime(p.attendedAt, ctx.access.timezone, "id") : "",
      ]),
    );
    await ctx.replyWithDocument(new InputFile(csv, `daftar-hadir-rapat-${meeting.id}.csv`), {
      caption: ctx.t("meeting-attendance-csv-caption", { title: meeting.title }),
    });
  });

  // Minutes: managers write or replace them (after the start).
  onButton(chat, writeMinutesButton, async (ctx, { meetingId }) => {
    const meeting = await managedMeeting(ctx, meetingId);
    if (!meeting || (await refusedChange(ctx, meeting))) return;
    if (meeting.startsAt.getTime() > clock.now().getTime()) return alert(ctx, "meeting-minutes-not-yet");
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, MEETING_MINUTES_CONVERSATION, meeting.id);
  });

  return composer;
}
