// A coordinator moves a meeting, changes its place, title or agenda, or cancels it; for an
// occurrence of a series, this one alone or it and the later ones. Everyone invited hears of it
// (one notice for a series change), the creator gets the new calendar file, reminders follow.
import { InlineKeyboard, InputFile } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { SupportedTimezone } from "../config/config.js";
import { escapeHtml } from "../shared/html.js";
import type { MeetingAnnouncer } from "./meeting-announcer.js";
import type { MeetingConversationDeps } from "./meeting-conversations.js";
import { AGENDA_MAX, TITLE_MAX, type ChangeScope, type MeetingDetails, type MeetingWithPokja } from "./meeting-model.js";
import { askPlace, calendarFile, cancelled } from "./meeting-steps.js";
import { announcementText, audienceName, dateTimeFor, seriesLines } from "./meeting-views.js";
import { askWorkingWhen } from "./meeting-when-step.js";

/** What a change did, as the notices need it. */
interface AppliedChange {
  count: number;
  seriesId: number | null;
  seriesSequence: number | null;
  /** The start before a move (ISO). */
  previous: string | null;
}
type NoticeText = Parameters<MeetingAnnouncer["notifyInvitees"]>[3];

/** A change as made by the service: the meetings it touched and the series' new version, if any. */
type ChangeResult = { changed: MeetingWithPokja[]; seriesSequence: number | null; previousStart?: Date } | null;

interface Change {
  /** Dedupe kind of the notices ("moved", "details", "cancelled"). */
  kind: string;
  captionKey: string;
  doneKey: string;
  run: () => Promise<ChangeResult>;
  notice: (applied: AppliedChange) => Promise<NoticeText>;
}

export function createMeetingChangeFlow(deps: MeetingConversationDeps) {
  const { meetings, permissions, announcer, clock, icsLabels } = deps;

  /** What to change: move, place, text or cancel; null when the flow was left. */
  async function askWhat(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, title: string) {
    await ctx.reply(ctx.t("meeting-change-ask", { title: escapeHtml(title) }), {
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
    if (what.kind !== "button" || what.action === "cancel") {
      await cancelled(what.ctx);
      return null;
    }
    await what.ctx.editMessageReplyMarkup();
    return { what: what.arg, ctx: what.ctx };
  }

  /** An occurrence of a series: only this one, or it and the later ones. */
  async function askScope(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, following: number) {
    if (following <= 1) return { scope: "one" as ChangeScope, ctx };
    await ctx.reply(ctx.t("meeting-ask-scope"), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("meeting-button-scope-one"), flowButton(flow, "scope", "one"))
        .row()
        .text(ctx.t("meeting-button-scope-following", { count: following }), flowButton(flow, "scope", "following")),
    });
    const chosen = await waitForInput(conversation, flow, { actions: ["scope"], acceptText: false });
    await chosen.ctx.editMessageReplyMarkup();
    const scope: ChangeScope = chosen.kind === "button" && chosen.arg === "following" ? "following" : "one";
    return { scope, ctx: chosen.ctx };
  }

  /** The new title or agenda; null when the flow was left. */
  async function askNewText(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
    await ctx.reply(ctx.t("meeting-ask-which-text"), {
      reply_markup: new InlineKeyboard().text(ctx.t("meeting-button-title"), flowButton(flow, "field", "title")).text(ctx.t("meeting-button-agenda"), flowButton(flow, "field", "agenda")),
    });
    const field = await waitForInput(conversation, flow, { actions: ["field"], acceptText: false });
    const current = field.ctx;
    await current.editMessageReplyMarkup().catch(() => undefined);
    const isTitle = field.kind === "button" && field.arg === "title";
    const max = isTitle ? TITLE_MAX : AGENDA_MAX;
    await current.reply(current.t(isTitle ? "meeting-ask-title" : "meeting-ask-agenda", { max }));
    const answer = await askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > max ? current.t(isTitle ? "meeting-title-length" : "meeting-agenda-length", { max }) : null),
    });
    if (!("text" in answer)) return null;
    const patch: MeetingDetails = isTitle ? { title: answer.text } : { agenda: answer.text };
    return { patch, ctx: answer.ctx };
  }

  /**
   * Makes the change (the right checked at that moment), sends the creator the new calendar
   * file and every invitee one notice (one per series change), then says how many were told.
   */
  async function applyChange(conversation: BotConversation, ctx: ConversationContext, meetingId: number, change: Change) {
    const access = ctx.access;
    const applied = await conversation.external(async () => {
      const meeting = await meetings.find(meetingId);
      if (!meeting || !(await permissions.managesMeeting(access, meeting))) return "refused" as const;
      const r = await change.run();
      if (!r) return null;
      const first = r.changed[0]!;
      return { count: r.changed.length, seriesSequence: r.seriesSequence, seriesId: first.seriesId, previous: r.previousStart?.toISOString() ?? null, ...calendarFile(r.changed, clock.now(), icsLabels) };
    });
    if (applied === "refused") return ctx.reply(ctx.t("meeting-staff-only"));
    if (!applied) return ctx.reply(ctx.t("meeting-rsvp-refused-cancelled"));
    // The change is made: if the file cannot be sent, the notices still go out (without it).
    const file = await ctx.replyWithDocument(new InputFile(Buffer.from(applied.ics, "utf8"), applied.fileName), { caption: ctx.t(change.captionKey) }).catch(() => null);
    const scope = applied.seriesSequence === null ? undefined : `series:${applied.seriesId}:${applied.seriesSequence}`;
    const told = await conversation.external(async () =>
      announcer.notifyInvitees(meetingId, file?.document?.file_id ?? null, change.kind, await change.notice(applied), { scope, icsSentTo: access.member?.id ?? null }),
    );
    return ctx.reply(ctx.t(change.doneKey, { invited: told }));
  }

  function detailsChange(meetingId: number, patch: MeetingDetails, scope: ChangeScope): Change {
    return {
      kind: "details",
      captionKey: "meeting-ics-caption",
      doneKey: "meeting-details-changed-done",
      run: async () => {
        const r = await meetings.changeDetails(meetingId, patch, scope);
        return r && { changed: r.changed, seriesSequence: r.seriesSequence };
      },
      notice: async (applied) => (t, tz, lang, meeting) =>
        [t(applied.seriesSequence === null ? "meeting-details-changed-title" : "meeting-series-details-changed-title", { count: applied.count }), "", announcementText(t, meeting, tz, lang)].join("\n"),
    };
  }

  function moveChange(meetingId: number, startsAt: Date, scope: ChangeScope): Change {
    return {
      kind: "moved",
      captionKey: "meeting-ics-caption",
      doneKey: "meeting-moved-done",
      run: async () => {
        const r = await meetings.reschedule(meetingId, startsAt, scope);
        return r && { changed: r.moved.map((m) => m.meeting), seriesSequence: r.seriesSequence, previousStart: r.previousStart };
      },
      notice: async (applied) => {
        const previous = new Date(applied.previous!);
        if (applied.seriesSequence === null) {
          return (t, tz, lang, meeting) => [t("meeting-moved-title", { previous: dateTimeFor(previous, tz, lang) }), "", announcementText(t, meeting, tz, lang)].join("\n");
        }
        const occurrences = (await meetings.occurrencesOf(applied.seriesId!)).filter((m) => m.status === "scheduled" && m.startsAt.getTime() >= startsAt.getTime());
        const series = await meetings.seriesOf(applied.seriesId!);
        return (t, tz, lang, meeting) =>
          [
            t("meeting-series-moved-title", { count: applied.count, previous: dateTimeFor(previous, tz, lang) }),
            "",
            `<b>${escapeHtml(meeting.title)}</b> · ${audienceName(t, meeting)}`,
            ...seriesLines(t, series!.frequency, occurrences, tz, lang),
          ].join("\n");
      },
    };
  }

  function cancelChange(meetingId: number, reason: string, scope: ChangeScope): Change {
    return {
      kind: "cancelled",
      captionKey: "meeting-ics-cancel-caption",
      doneKey: "meeting-cancelled-done",
      run: async () => {
        const r = await meetings.cancel(meetingId, reason, scope);
        return r && { changed: r.cancelled, seriesSequence: r.seriesSequence };
      },
      notice: async (applied) => (t, tz, lang, meeting) =>
        t(applied.seriesSequence === null ? "meeting-cancelled-notice" : "meeting-series-cancelled-notice", {
          audience: audienceName(t, meeting),
          title: escapeHtml(meeting.title),
          when: dateTimeFor(meeting.startsAt, tz, lang),
          reason: escapeHtml(meeting.cancelReason ?? "-"),
          count: applied.count,
        }),
    };
  }

  return async function meetingChange(conversation: BotConversation, ctx: ConversationContext, meetingId: number) {
    const flow = await newFlow(conversation, "mtx");
    const info = await conversation.external(async () => {
      const m = await meetings.find(meetingId);
      return m && m.status === "scheduled" ? { title: m.title, timezone: m.timezone, following: await meetings.followingCount(meetingId) } : null;
    });
    if (!info) {
      await ctx.reply(ctx.t("meeting-rsvp-refused-cancelled"));
      return;
    }
    const what = await askWhat(conversation, flow, ctx, info.title);
    if (!what) return;
    const { scope, ctx: current } = await askScope(conversation, flow, what.ctx, info.following);
    if (what.what === "place") {
      const where = await askPlace(conversation, flow, current);
      await applyChange(conversation, where.ctx, meetingId, detailsChange(meetingId, { place: where.place, onlineUrl: where.onlineUrl }, scope));
      return;
    }
    if (what.what === "text") {
      const text = await askNewText(conversation, flow, current);
      if (text) await applyChange(conversation, text.ctx, meetingId, detailsChange(meetingId, text.patch, scope));
      return;
    }
    if (what.what === "move") {
      // A new time is read, and checked for days off, in the meeting's own zone, not the mover's.
      const moved = await askWorkingWhen(conversation, flow, current, clock, info.timezone as SupportedTimezone);
      await applyChange(conversation, moved.ctx, meetingId, moveChange(meetingId, moved.date, scope));
      return;
    }
    await current.reply(current.t("meeting-ask-cancel-reason"));
    const reason = await askText(conversation, flow, {
      validate: (text) => (text.length < 5 || text.length > 300 ? current.t("meeting-cancel-reason-length") : null),
    });
    if ("text" in reason) await applyChange(conversation, reason.ctx, meetingId, cancelChange(meetingId, reason.text, scope));
  };
}
