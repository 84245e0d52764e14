// /rapat, /rapat_baru, /rapat_lalu, the meeting card, RSVP buttons (in private chats and in pokja
// groups), muting a meeting, reading the minutes and marking an action item done; the managers'
// screens (meeting-manage-composer) and /pengaturan (meeting-settings-composer) are joined here.
import { Composer, InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import { explainNotApproved } from "../bot/guards.js";
import type { Translator } from "../bot/i18n.js";
import type { Messenger } from "../bot/messenger.js";
import { replyHtml } from "../bot/reply-html.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate } from "../shared/time.js";
import type { MeetingAnnouncer } from "./meeting-announcer.js";
import {
  actionDoneButton,
  answersButton,
  cardButton,
  changeButton,
  muteButton,
  groupRemindersButton,
  nudgeButton,
  openAttendanceButton,
  RSVP_CODES,
  rsvpButton,
  viewMinutesButton,
  writeMinutesButton,
} from "./meeting-buttons.js";
import { MEETING_CREATE_CONVERSATION, MEETING_DEPUTY_CONVERSATION } from "./meeting-conversations.js";
import { RSVP_REFUSAL_KEYS } from "./meeting-keys.js";
import { createMeetingManageComposer } from "./meeting-manage-composer.js";
import type { MeetingService, MeetingWithPokja } from "./meeting-service.js";
import { createMeetingSettingsComposer } from "./meeting-settings-composer.js";
import { cardText, minutesMessage, openCardKeyboard, rsvpKeyboard, rsvpLabel, when } from "./meeting-views.js";

export interface MeetingComposerDeps {
  meetings: MeetingService;
  announcer: MeetingAnnouncer;
  pokja: PokjaService;
  permissions: Permissions;
  messenger: Messenger;
  i18n: Translator;
  clock: Clock;
  /** Recommendations (usulan) put on a meeting's agenda, shown on its card. */
  agendaRecommendations?: (meetingId: number) => Promise<{ id: number; title: string }[]>;
}

/** The reader's zone and language. */
const readerOf = (ctx: BotContext) => ({ timezone: ctx.access.timezone, language: ctx.access.member?.language ?? "id" });

/** Numbered buttons that open the cards of a list, five a row. */
function cardsKeyboard(meetingIds: readonly number[]) {
  const keyboard = new InlineKeyboard();
  meetingIds.forEach((meetingId, i) => {
    keyboard.text(`${i + 1}`, cardButton.pack({ meetingId }));
    if (i % 5 === 4) keyboard.row();
  });
  return keyboard;
}

export function createMeetingComposer(deps: MeetingComposerDeps): Composer<BotContext> {
  const { meetings, announcer, pokja, permissions, messenger, clock, agendaRecommendations } = deps;
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  /** The buttons under a card: the invitee's answers and mute, the minutes, and the managers' tools. */
  function cardKeyboard(ctx: BotContext, meeting: MeetingWithPokja, own: { rsvp: string; muted: boolean } | null, managing: boolean, hasGroup = false) {
    const now = clock.now().getTime();
    const started = meeting.startsAt.getTime() <= now;
    const ended = meeting.endsAt.getTime() <= now;
    const scheduled = meeting.status === "scheduled";
    const meetingId = meeting.id;
    const keyboard = scheduled && own && !ended ? rsvpKeyboard(ctx.t.bind(ctx), meetingId, own.rsvp) : new InlineKeyboard();
    if (own && !started) keyboard.row().text(own.muted ? ctx.t("meeting-button-unmute") : ctx.t("meeting-button-mute"), muteButton.pack({ meetingId }));
    if (meeting.minutesSharedAt) keyboard.row().text(ctx.t("meeting-button-view-minutes"), viewMinutesButton.pack({ meetingId }));
    if (!managing) return keyboard;
    keyboard.row().text(ctx.t("meeting-button-answers"), answersButton.pack({ meetingId }));
    if (scheduled && !started) {
      keyboard.row().text(ctx.t("meeting-button-nudge"), nudgeButton.pack({ meetingId })).row().text(ctx.t("meeting-button-change"), changeButton.pack({ meetingId }));
      if (hasGroup) {
        const key = meeting.remindGroups ? "meeting-button-group-reminders-off" : "meeting-button-group-reminders-on";
        keyboard.row().text(ctx.t(key), groupRemindersButton.pack({ meetingId, on: meeting.remindGroups ? "0" : "1" }));
      }
    }
    if (scheduled && started) {
      keyboard.row().text(ctx.t("meeting-button-open-attendance"), openAttendanceButton.pack({ meetingId }));
      keyboard.row().text(ctx.t(meeting.minutesSharedAt ? "meeting-button-update-minutes" : "meeting-button-minutes"), writeMinutesButton.pack({ meetingId }));
    }
    return keyboard;
  }

  async function showCard(ctx: BotContext, meetingId: number) {
    const meeting = await meetings.find(meetingId);
    // Only its invitees and those who manage it see a meeting (its online link above all).
    if (!meeting || !(await permissions.seesMeeting(ctx.access, meeting))) return ctx.reply(ctx.t("meeting-not-found"));
    const member = ctx.access.member;
    const own = member ? await meetings.inviteOf(meeting.id, member.id) : null;
    const managing = await permissions.managesMeeting(ctx.access, meeting);
    const { timezone, language } = readerOf(ctx);
    const onAgenda = agendaRecommendations ? await agendaRecommendations(meeting.id) : [];
    const text = [
      cardText(ctx.t.bind(ctx), meeting, await meetings.counts(meeting.id), own, timezone, language),
      ...(onAgenda.length > 0
        ? [
            "",
            ctx.t("meeting-agenda-recommendations"),
            ...onAgenda.slice(0, 10).map((r) => `• #${r.id} ${escapeHtml(r.title)}`),
            ...(onAgenda.length > 10 ? [ctx.t("meeting-answers-more", { count: onAgenda.length - 10 })] : []),
          ]
        : []),
    ].join("\n");
    await replyHtml(ctx, text, cardKeyboard(ctx, meeting, own, managing, managing && (await hasLinkedGroup(meeting))), { noPreview: true });
  }

  async function hasLinkedGroup(meeting: MeetingWithPokja) {
    return meeting.pokjaId !== null && (await pokja.groupsOf(meeting.pokjaId)).length > 0;
  }

  // Managers choose whether each reminder also goes to the pokja's linked groups.
  onButton(chat, groupRemindersButton, async (ctx, { meetingId, on }) => {
    const meeting = await meetings.find(meetingId);
    if (!meeting || !(await permissions.managesMeeting(ctx.access, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    if (meeting.status !== "scheduled" || meeting.startsAt.getTime() <= clock.now().getTime() || !(await hasLinkedGroup(meeting))) {
      return ctx.answerCallbackQuery({ text: ctx.t("meeting-group-reminders-unavailable"), show_alert: true });
    }
    const updated = await meetings.setRemindGroups(meeting.id, on === "1");
    await ctx.answerCallbackQuery({ text: ctx.t(updated.remindGroups ? "meeting-group-reminders-set-on" : "meeting-group-reminders-set-off"), show_alert: true });
    const own = ctx.access.member ? await meetings.inviteOf(meeting.id, ctx.access.member.id) : null;
    await ctx.editMessageReplyMarkup({ reply_markup: cardKeyboard(ctx, updated, own, true, true) }).catch(() => undefined);
  });

  chat.command("rapat", async (ctx) => {
    const member = ctx.access.member;
    if (!member) return explainNotApproved(ctx);
    // A member who just joined a pokja sees its coming meetings at once (and gets their invitations).
    await announcer.inviteNewcomers(member.id);
    const upcoming = await meetings.upcomingFor(member.id);
    const actions = await meetings.openActionItemsOf(member.id);
    const { timezone, language } = readerOf(ctx);
    const actionLines = actions.map(
      (a) => `• ${escapeHtml(a.description)} (${escapeHtml(a.meeting.title)}), ${ctx.t("meeting-action-due", { date: formatDate(a.dueAt, timezone, language) })}`,
    );
    const ownActions = actions.length > 0 ? ["", ctx.t("meeting-own-actions-title"), ...actionLines] : [];
    if (upcoming.length === 0) return replyHtml(ctx, [ctx.t("meeting-none-upcoming"), ...ownActions].join("\n"));
    const lines = [ctx.t("meeting-upcoming-title"), ""];
    upcoming.forEach((invite, i) => {
      lines.push(`${i + 1}. <b>${escapeHtml(invite.meeting.title)}</b>\n   ${when(invite.meeting, timezone, language)} · ${rsvpLabel(ctx.t.bind(ctx), invite.rsvp)}`);
    });
    await replyHtml(ctx, [...lines, ...ownActions].join("\n"), cardsKeyboard(upcoming.map((invite) => invite.meeting.id)));
  });

  // The gate lets only coordinators and admins in; the flow checks the pokja itself.
  chat.command("rapat_baru", async (ctx) => {
    await enterFlow(ctx, MEETING_CREATE_CONVERSATION);
  });

  chat.command("rapat_lalu", async (ctx) => {
    const member = ctx.access.member;
    if (!member) return explainNotApproved(ctx);
    const coordinated = (await pokja.coordinatedPokja(member.id)).map((p) => p.id);
    const past = await meetings.pastFor(member.id, coordinated, permissions.isAdmin(ctx.access));
    if (past.length === 0) return ctx.reply(ctx.t("meeting-none-past"));
    const { timezone, language } = readerOf(ctx);
    const lines = [ctx.t("meeting-past-title"), ""];
    for (const [i, m] of past.entries()) {
      const present = await meetings.attendedCount(m.id);
      const state = m.status === "cancelled" ? ctx.t("meeting-past-cancelled") : ctx.t("meeting-past-attendance", { present, invited: m._count.invites });
      const minutes = m.status === "cancelled" ? "" : ` · ${ctx.t(m.minutesSharedAt ? "meeting-past-minutes" : "meeting-past-no-minutes")}`;
      lines.push(`${i + 1}. <b>${escapeHtml(m.title)}</b>\n   ${when(m, timezone, language)} · ${state}${minutes}`);
    }
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: cardsKeyboard(past.map((m) => m.id)) });
  });

  onButton(chat, cardButton, async (ctx, { meetingId }) => {
    await ctx.answerCallbackQuery();
    await showCard(ctx, meetingId);
  });

  // RSVP, in a private chat or in the pokja's group: the answer is the presser's own.
  onButton(composer, rsvpButton, async (ctx, { meetingId, answer: code }) => {
    const member = ctx.access.member;
    if (!member) return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-not-invited"), show_alert: true });
    const answer = RSVP_CODES[code];
    if (answer === "diwakilkan") {
      const invite = await meetings.inviteOf(meetingId, member.id);
      if (!invite) return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-not-invited"), show_alert: true });
      await ctx.answerCallbackQuery();
      if (ctx.chat?.type !== "private") {
        await messenger.send(member.telegramId, ctx.t("meeting-deputy-in-private"), openCardKeyboard(ctx.t.bind(ctx), meetingId));
        return;
      }
      await enterFlow(ctx, MEETING_DEPUTY_CONVERSATION, meetingId);
      return;
    }
    const result = await meetings.rsvp(meetingId, member.id, answer, null);
    if (!result.ok) return ctx.answerCallbackQuery({ text: ctx.t(RSVP_REFUSAL_KEYS[result.reason]), show_alert: true });
    await ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-saved", { rsvp: rsvpLabel(ctx.t.bind(ctx), answer) }) });
    if (ctx.chat?.type === "private") {
      await ctx.editMessageReplyMarkup({ reply_markup: rsvpKeyboard(ctx.t.bind(ctx), meetingId, answer) }).catch(() => undefined);
    }
  });

  onButton(chat, muteButton, async (ctx, { meetingId }) => {
    const member = ctx.access.member;
    const invite = member ? await meetings.inviteOf(meetingId, member.id) : null;
    if (!member || !invite) return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-not-invited"), show_alert: true });
    await meetings.muteMeeting(invite.meetingId, member.id, !invite.muted);
    await ctx.answerCallbackQuery({ text: ctx.t(invite.muted ? "meeting-unmuted" : "meeting-muted"), show_alert: true });
  });

  // Minutes: invitees and managers read them.
  onButton(chat, viewMinutesButton, async (ctx, { meetingId }) => {
    const meeting = await meetings.find(meetingId);
    if (!meeting || !(await permissions.seesMeeting(ctx.access, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-not-found"), show_alert: true });
    if (!meeting.minutesSharedAt) return ctx.answerCallbackQuery({ text: ctx.t("meeting-minutes-none"), show_alert: true });
    await ctx.answerCallbackQuery();
    const { timezone, language } = readerOf(ctx);
    const items = await meetings.actionItemsOf(meeting.id);
    await replyHtml(ctx, minutesMessage(ctx.t.bind(ctx), meeting, items, timezone, language));
    if (meeting.minutesFileId) await ctx.replyWithDocument(meeting.minutesFileId, { caption: ctx.t("meeting-minutes-file-caption", { title: meeting.title }) });
  });

  // An action item is marked done by its owner or by those who manage the meeting.
  onButton(composer, actionDoneButton, async (ctx, { itemId }) => {
    const item = await meetings.findActionItem(itemId);
    if (!item || !(await permissions.updatesActionItem(ctx.access, item))) {
      return ctx.answerCallbackQuery({ text: ctx.t("meeting-action-not-yours"), show_alert: true });
    }
    const done = await meetings.completeActionItem(item.id);
    await ctx.answerCallbackQuery({ text: ctx.t(done ? "meeting-action-done" : "meeting-action-already-done"), show_alert: true });
    await ctx.editMessageReplyMarkup().catch(() => undefined);
  });

  composer.use(createMeetingManageComposer(deps), createMeetingSettingsComposer(deps));
  return composer;
}
