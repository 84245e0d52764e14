// /rapat, /rapat_baru, /pengaturan, RSVP buttons (in private chats and in pokja groups), the
// meeting card and, for its coordinators, who answered what and a reminder to those who did not.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { BotContext } from "../bot/context.js";
import { isStaff } from "../access/access.js";
import { requireApproved } from "../bot/guards.js";
import type { Translator } from "../bot/i18n.js";
import type { Messenger } from "../bot/messenger.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { replyHtml } from "../bot/reply-html.js";
import { escapeHtml } from "../shared/html.js";
import { toCsv } from "../shared/csv.js";
import { formatDate, formatDateTime } from "../shared/time.js";
import { MEETING_CHANGE_CONVERSATION, MEETING_CREATE_CONVERSATION, MEETING_DEPUTY_CONVERSATION } from "./meeting-conversations.js";
import type { MeetingAnnouncer } from "./meeting-announcer.js";
import type { MeetingService, MeetingWithPokja } from "./meeting-service.js";
import { cardText, minutesMessage, RSVP_CODES, rsvpKeyboard, rsvpLabel, when } from "./meeting-views.js";
import { MEETING_MINUTES_CONVERSATION } from "./minutes-conversation.js";

export interface MeetingComposerDeps {
  meetings: MeetingService;
  announcer: MeetingAnnouncer;
  pokja: PokjaService;
  messenger: Messenger;
  i18n: Translator;
  clock: Clock;
  /** Recommendations (usulan) put on a meeting's agenda, shown on its card. */
  agendaRecommendations?: (meetingId: number) => Promise<{ id: number; title: string }[]>;
}

export function createMeetingComposer({ meetings, announcer, pokja, messenger, i18n, clock, agendaRecommendations }: MeetingComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  const zone = (ctx: BotContext) => ({ timezone: ctx.access.member?.timezone ?? "Asia/Jakarta", language: ctx.access.member?.language ?? "id" });

  /** Admins, and coordinators of the meeting's pokja, manage it (checked now, on the server). */
  async function manages(ctx: BotContext, meeting: MeetingWithPokja) {
    return pokja.manages(ctx.access, meeting.pokjaId);
  }

  async function showCard(ctx: BotContext, meetingId: number) {
    const meeting = await meetings.find(meetingId);
    if (!meeting) return ctx.reply(ctx.t("meeting-not-found"));
    const member = ctx.access.member;
    const own = member ? await meetings.inviteOf(meeting.id, member.id) : null;
    // Only its invitees and those who manage it see a meeting (its online link above all).
    const managing = await manages(ctx, meeting);
    if (!own && !managing) return ctx.reply(ctx.t("meeting-not-found"));
    const { timezone, language } = zone(ctx);
    const now = clock.now().getTime();
    const started = meeting.startsAt.getTime() <= now;
    const ended = meeting.endsAt.getTime() <= now;
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
    const keyboard = meeting.status === "scheduled" && own && !ended ? rsvpKeyboard(ctx.t.bind(ctx), meeting.id, own.rsvp) : new InlineKeyboard();
    if (own && !started) keyboard.row().text(own.muted ? ctx.t("meeting-button-unmute") : ctx.t("meeting-button-mute"), `mt:m:${meeting.id}`);
    if (meeting.minutesSharedAt) keyboard.row().text(ctx.t("meeting-button-view-minutes"), `mt:nv:${meeting.id}`);
    if (managing) {
      keyboard.row().text(ctx.t("meeting-button-answers"), `mt:l:${meeting.id}`);
      if (meeting.status === "scheduled" && !started) keyboard.row().text(ctx.t("meeting-button-nudge"), `mt:n:${meeting.id}`).row().text(ctx.t("meeting-button-change"), `mt:x:${meeting.id}`);
      if (meeting.status === "scheduled" && started) {
        keyboard.row().text(ctx.t("meeting-button-open-attendance"), `mt:a:${meeting.id}`);
        keyboard.row().text(ctx.t(meeting.minutesSharedAt ? "meeting-button-update-minutes" : "meeting-button-minutes"), `mt:nt:${meeting.id}`);
      }
    }
    await replyHtml(ctx, text, keyboard, { noPreview: true });
  }

  chat.command("rapat", async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    // A member who just joined a pokja sees its coming meetings at once (and gets their invitations).
    await announcer.inviteNewcomers(ctx.access.member.id);
    const upcoming = await meetings.upcomingFor(ctx.access.member.id);
    const actions = await meetings.openActionItemsOf(ctx.access.member.id);
    const { timezone, language } = zone(ctx);
    const actionLines = actions.map(
      (a) => `• ${escapeHtml(a.description)} (${escapeHtml(a.meeting.title)}), ${ctx.t("meeting-action-due", { date: formatDate(a.dueAt, timezone, language) })}`,
    );
    if (upcoming.length === 0) {
      const none = ctx.t("meeting-none-upcoming");
      return replyHtml(ctx, actions.length > 0 ? [none, "", ctx.t("meeting-own-actions-title"), ...actionLines].join("\n") : none);
    }
    const lines = [ctx.t("meeting-upcoming-title"), ""];
    const keyboard = new InlineKeyboard();
    upcoming.forEach((invite, i) => {
      lines.push(
        `${i + 1}. <b>${escapeHtml(invite.meeting.title)}</b>\n   ${when(invite.meeting, timezone, language)} · ${rsvpLabel(ctx.t.bind(ctx), invite.rsvp)}`,
      );
      keyboard.text(`${i + 1}`, `mt:c:${invite.meeting.id}`);
      if (i % 5 === 4) keyboard.row();
    });
    if (actions.length > 0) lines.push("", ctx.t("meeting-own-actions-title"), ...actionLines);
    await replyHtml(ctx, lines.join("\n"), keyboard);
  });

  chat.command("rapat_baru", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    if (!isStaff(ctx.access)) return ctx.reply(ctx.t("meeting-staff-only"));
    await enterFlow(ctx, MEETING_CREATE_CONVERSATION);
  });

  chat.callbackQuery(/^mt:c:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    await ctx.answerCallbackQuery();
    await showCard(ctx, Number(ctx.match[1]));
  });

  // RSVP, in a private chat or in the pokja's group: the answer is the presser's own.
  composer.callbackQuery(/^mt:r:(\d+):([htd])$/, async (ctx) => {
    const member = ctx.access.member;
    if (!ctx.access.isApproved || !member) {
      return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-not-invited"), show_alert: true });
    }
    const meetingId = Number(ctx.match[1]);
    const answer = RSVP_CODES[ctx.match[2] as keyof typeof RSVP_CODES];
    if (answer === "diwakilkan") {
      const invite = await meetings.inviteOf(meetingId, member.id);
      if (!invite) return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-not-invited"), show_alert: true });
      await ctx.answerCallbackQuery();
      if (ctx.chat?.type !== "private") {
        await messenger.send(member.telegramId, ctx.t("meeting-deputy-in-private"), new InlineKeyboard().text(ctx.t("meeting-button-open"), `mt:c:${meetingId}`));
        return;
      }
      await enterFlow(ctx, MEETING_DEPUTY_CONVERSATION, meetingId);
      return;
    }
    const result = await meetings.rsvp(meetingId, member.id, answer, null);
    if (!result.ok) {
      return ctx.answerCallbackQuery({ text: ctx.t(`meeting-rsvp-refused-${result.reason.replace("_", "-")}`), show_alert: true });
    }
    await ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-saved", { rsvp: rsvpLabel(ctx.t.bind(ctx), answer) }) });
    if (ctx.chat?.type === "private") {
      await ctx.editMessageReplyMarkup({ reply_markup: rsvpKeyboard(ctx.t.bind(ctx), meetingId, answer) }).catch(() => undefined);
    }
  });

  chat.callbackQuery(/^mt:m:(\d+)$/, async (ctx) => {
    const member = ctx.access.member;
    if (!(await requireApproved(ctx)) || !member) return;
    const invite = await meetings.inviteOf(Number(ctx.match[1]), member.id);
    if (!invite) return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-not-invited"), show_alert: true });
    await meetings.muteMeeting(invite.meetingId, member.id, !invite.muted);
    await ctx.answerCallbackQuery({ text: ctx.t(invite.muted ? "meeting-unmuted" : "meeting-muted"), show_alert: true });
  });

  chat.callbackQuery(/^mt:l:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const meeting = await meetings.find(Number(ctx.match[1]));
    if (!meeting || !(await manages(ctx, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    await ctx.answerCallbackQuery();
    const people = await meetings.invitees(meeting.id);
    const groups = ["hadir", "diwakilkan", "tidak_hadir", "pending"] as const;
    const lines = [ctx.t("meeting-answers-title", { title: escapeHtml(meeting.title) })];
    for (const rsvp of groups) {
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

  // One press reminds those who have not answered yet (once per meeting per day).
  chat.callbackQuery(/^mt:n:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const meeting = await meetings.find(Number(ctx.match[1]));
    if (!meeting || !(await manages(ctx, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    if (meeting.status !== "scheduled" || meeting.startsAt.getTime() <= clock.now().getTime()) {
      return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-over"), show_alert: true });
    }
    const pending = (await meetings.invitees(meeting.id)).filter((p) => p.rsvp === "pending");
    const day = clock.now().toISOString().slice(0, 10);
    await messenger.sendMany(
      pending.map((p) => {
        const t = (key: string, vars?: Record<string, string | number>) => i18n.t(p.member.language, key, vars);
        return {
          chatId: p.member.telegramId,
          text: t("meeting-nudge", { title: escapeHtml(meeting.title), when: when(meeting, p.member.timezone, p.member.language) }),
          keyboard: rsvpKeyboard(t, meeting.id, null),
          dedupeKey: `meeting-nudge:${meeting.id}:${p.member.id}:${day}`,
        };
      }),
    );
    await ctx.answerCallbackQuery({ text: ctx.t("meeting-nudged", { count: pending.length }), show_alert: true });
  });

  chat.callbackQuery(/^mt:x:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const meeting = await meetings.find(Number(ctx.match[1]));
    if (!meeting || !(await manages(ctx, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    if (meeting.status !== "scheduled") return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-cancelled"), show_alert: true });
    // A meeting that has started (or ended) is no longer moved or cancelled, not even from an old card.
    if (meeting.startsAt.getTime() <= clock.now().getTime()) return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-over"), show_alert: true });
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, MEETING_CHANGE_CONVERSATION, meeting.id);
  });

  // Attendance: opened by a manager at the start time; members tap "Saya hadir"; managers correct.
  async function attendanceView(ctx: BotContext, meeting: MeetingWithPokja) {
    const people = await meetings.invitees(meeting.id);
    const present = people.filter((p) => p.attended).length;
    const keyboard = new InlineKeyboard();
    for (const p of people.slice(0, 40)) {
      keyboard.text(`${p.attended ? "✅" : "▫️"} ${p.member.fullName}`, `mt:at:${meeting.id}:${p.member.id}:${p.attended ? 0 : 1}`).row();
    }
    keyboard.text(ctx.t("meeting-button-attendance-csv"), `mt:ac:${meeting.id}`);
    return { text: ctx.t("meeting-attendance-title", { title: escapeHtml(meeting.title), present, invited: people.length }), keyboard };
  }

  chat.callbackQuery(/^mt:a:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const meeting = await meetings.find(Number(ctx.match[1]));
    if (!meeting || !(await manages(ctx, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    if (meeting.status !== "scheduled") return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-cancelled"), show_alert: true });
    const opened = await meetings.openAttendance(meeting.id);
    await ctx.answerCallbackQuery({ text: ctx.t(opened ? "meeting-attendance-opened" : "meeting-attendance-already-open") });
    if (opened) {
      // Everyone invited but those who declined gets the "Saya hadir" button.
      await messenger.sendMany(
        (await meetings.invitees(meeting.id))
          .filter((i) => i.rsvp !== "tidak_hadir")
          .map((p) => {
            const t = (key: string, vars?: Record<string, string | number>) => i18n.t(p.member.language, key, vars);
            return {
              chatId: p.member.telegramId,
              text: t("meeting-attendance-ask", { title: escapeHtml(meeting.title) }),
              keyboard: new InlineKeyboard().text(t("meeting-button-present"), `mt:p:${meeting.id}`),
              dedupeKey: `meeting-attendance-ask:${meeting.id}:${p.member.id}`,
            };
          }),
      );
    }
    const view = await attendanceView(ctx, meeting);
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  composer.callbackQuery(/^mt:p:(\d+)$/, async (ctx) => {
    const member = ctx.access.member;
    if (!ctx.access.isApproved || !member) return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-not-invited"), show_alert: true });
    const result = await meetings.markPresent(Number(ctx.match[1]), member.id);
    const key = result === "ok" ? "meeting-present-saved" : result === "closed" ? "meeting-attendance-closed" : "meeting-rsvp-refused-not-invited";
    await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: result !== "ok" });
    if (result === "ok" && ctx.chat?.type === "private") await ctx.editMessageReplyMarkup().catch(() => undefined);
  });

  chat.callbackQuery(/^mt:at:(\d+):(\d+):([01])$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const meeting = await meetings.find(Number(ctx.match[1]));
    if (!meeting || !(await manages(ctx, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    await meetings.setAttended(meeting.id, Number(ctx.match[2]), ctx.match[3] === "1");
    await ctx.answerCallbackQuery();
    const view = await attendanceView(ctx, meeting);
    // A double tap renders the same list again; Telegram refuses an edit that changes nothing.
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard }).catch(() => undefined);
  });

  chat.callbackQuery(/^mt:ac:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const meeting = await meetings.find(Number(ctx.match[1]));
    if (!meeting || !(await manages(ctx, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    await ctx.answerCallbackQuery();
    const { timezone } = zone(ctx);
    const people = await meetings.invitees(meeting.id);
    const csv = toCsv(
      ["No", "Nama", "Instansi", "Jawaban Undangan", "Wakil", "Hadir", "Waktu Hadir"],
      people.map((p, i) => [
        i + 1,
        p.member.fullName,
        p.member.agency.name,
        rsvpLabel((k, v) => i18n.t("id", k, v), p.rsvp),
        p.deputyName ?? "",
        p.attended ? "Ya" : "Tidak",
        p.attendedAt ? formatDateTime(p.attendedAt, timezone, "id") : "",
      ]),
    );
    await ctx.replyWithDocument(new InputFile(csv, `daftar-hadir-rapat-${meeting.id}.csv`), {
      caption: ctx.t("meeting-attendance-csv-caption", { title: meeting.title }),
    });
  });

  // Minutes: managers write or replace them (after the start); invitees and managers read them.
  chat.callbackQuery(/^mt:nt:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const meeting = await meetings.find(Number(ctx.match[1]));
    if (!meeting || !(await manages(ctx, meeting))) return ctx.answerCallbackQuery({ text: ctx.t("meeting-staff-only"), show_alert: true });
    if (meeting.status !== "scheduled") return ctx.answerCallbackQuery({ text: ctx.t("meeting-rsvp-refused-cancelled"), show_alert: true });
    if (meeting.startsAt.getTime() > clock.now().getTime()) return ctx.answerCallbackQuery({ text: ctx.t("meeting-minutes-not-yet"), show_alert: true });
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, MEETING_MINUTES_CONVERSATION, meeting.id);
  });

  chat.callbackQuery(/^mt:nv:(\d+)$/, async (ctx) => {
    const member = ctx.access.member;
    if (!(await requireApproved(ctx)) || !member) return;
    const meeting = await meetings.find(Number(ctx.match[1]));
    const allowed = meeting && ((await meetings.inviteOf(meeting.id, member.id)) || (await manages(ctx, meeting)));
    if (!meeting || !allowed) return ctx.answerCallbackQuery({ text: ctx.t("meeting-not-found"), show_alert: true });
    if (!meeting.minutesSharedAt) return ctx.answerCallbackQuery({ text: ctx.t("meeting-minutes-none"), show_alert: true });
    await ctx.answerCallbackQuery();
    const { timezone, language } = zone(ctx);
    const items = await meetings.actionItemsOf(meeting.id);
    await replyHtml(ctx, minutesMessage(ctx.t.bind(ctx), meeting, items, timezone, language));
    if (meeting.minutesFileId) await ctx.replyWithDocument(meeting.minutesFileId, { caption: ctx.t("meeting-minutes-file-caption", { title: meeting.title }) });
  });

  // An action item is marked done by its owner or by those who manage the meeting.
  composer.callbackQuery(/^mt:ai:(\d+)$/, async (ctx) => {
    const member = ctx.access.member;
    if (!ctx.access.isApproved || !member) return ctx.answerCallbackQuery({ text: ctx.t("meeting-action-not-yours"), show_alert: true });
    const item = await meetings.findActionItem(Number(ctx.match[1]));
    if (!item || (item.ownerId !== member.id && !(await manages(ctx, item.meeting)))) {
      return ctx.answerCallbackQuery({ text: ctx.t("meeting-action-not-yours"), show_alert: true });
    }
    const done = await meetings.completeActionItem(item.id);
    await ctx.answerCallbackQuery({ text: ctx.t(done ? "meeting-action-done" : "meeting-action-already-done"), show_alert: true });
    await ctx.editMessageReplyMarkup().catch(() => undefined);
  });

  chat.command("rapat_lalu", async (ctx) => {
    const member = ctx.access.member;
    if (!(await requireApproved(ctx)) || !member) return;
    const coordinated = (await pokja.coordinatedPokja(member.id)).map((p) => p.id);
    const past = await meetings.pastFor(member.id, coordinated, ctx.access.isAdmin);
    if (past.length === 0) return ctx.reply(ctx.t("meeting-none-past"));
    const { timezone, language } = zone(ctx);
    const lines = [ctx.t("meeting-past-title"), ""];
    const keyboard = new InlineKeyboard();
    for (const [i, m] of past.entries()) {
      const present = await meetings.attendedCount(m.id);
      const state = m.status === "cancelled" ? ctx.t("meeting-past-cancelled") : ctx.t("meeting-past-attendance", { present, invited: m._count.invites });
      const minutes = m.status === "cancelled" ? "" : ` · ${ctx.t(m.minutesSharedAt ? "meeting-past-minutes" : "meeting-past-no-minutes")}`;
      lines.push(`${i + 1}. <b>${escapeHtml(m.title)}</b>\n   ${when(m, timezone, language)} · ${state}${minutes}`);
      keyboard.text(`${i + 1}`, `mt:c:${m.id}`);
      if (i % 5 === 4) keyboard.row();
    }
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
  });

  chat.command("pengaturan", async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const muted = ctx.access.member.remindersMuted;
    await ctx.reply(ctx.t("settings-title", { reminders: ctx.t(muted ? "settings-reminders-off" : "settings-reminders-on") }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t(muted ? "settings-button-reminders-on" : "settings-button-reminders-off"), `set:rem:${muted ? 0 : 1}`),
    });
  });

  // The button says what it sets, so a double tap cannot undo itself.
  chat.callbackQuery(/^set:rem:([01])$/, async (ctx) => {
    const member = ctx.access.member;
    if (!(await requireApproved(ctx)) || !member) return;
    const muted = ctx.match[1] === "1";
    await meetings.setRemindersMuted(member.id, muted);
    await ctx.answerCallbackQuery({ text: ctx.t(muted ? "settings-reminders-off" : "settings-reminders-on"), show_alert: true });
    await ctx
      .editMessageText(ctx.t("settings-title", { reminders: ctx.t(muted ? "settings-reminders-off" : "settings-reminders-on") }), {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t(muted ? "settings-button-reminders-on" : "settings-button-reminders-off"), `set:rem:${muted ? 0 : 1}`),
      })
      .catch(() => undefined);
  });

  return composer;
}
