// Reviewers' buttons on a card: a step (its comment is asked in a flow), undo, the meeting that
// discusses it, the SPBE task it is carried out under. Each press asks permissions whether the
// presser reviews this recommendation, and refuses a card that has changed since (its version).
import { meetingTitled } from "./meeting-title.js";
import { Composer, InlineKeyboard } from "grammy";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate, formatDateTime } from "../shared/time.js";
import { linkTaskButton, meetingButton, meetingPickButton, reviewStepButton, undoButton } from "./recommendation-buttons.js";
import { REC_LINK_TASK_CONVERSATION, REC_REVIEW_CONVERSATION } from "./recommendation-flow-ids.js";
import { REFUSAL_KEYS } from "./recommendation-keys.js";
import { actorOf, memberOf, readerOf, tOf, type RecommendationScreenDeps } from "./recommendation-screen.js";
import { shownStatus, statusLabel } from "./recommendation-views.js";
import { cutText } from "../shared/user-text.js";

type ShowCard = (ctx: BotContext, id: number) => Promise<unknown>;

export function createReviewScreen({ recommendations, notices, meetings, permissions, clock }: RecommendationScreenDeps, showCard: ShowCard): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  /** The recommendation behind a reviewer's button, if the presser reviews it and the card is current. */
  async function reviewTarget(ctx: BotContext, id: number, version: number) {
    const rec = await recommendations.find(id);
    if (!rec || !(await permissions.reviewsRecommendation(ctx.access, rec))) {
      await ctx.answerCallbackQuery({ text: ctx.t("rec-refused-not-reviewer"), show_alert: true });
      return null;
    }
    if (rec.version !== version) {
      await ctx.answerCallbackQuery({ text: ctx.t("rec-refused-stale"), show_alert: true });
      return null;
    }
    return rec;
  }

  onButton(chat, reviewStepButton, async (ctx, { id, to, version }) => {
    const rec = await reviewTarget(ctx, id, version);
    if (!rec) return;
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, REC_REVIEW_CONVERSATION, rec.id, to, rec.version);
  });

  onButton(chat, undoButton, async (ctx, { id, version }) => {
    const rec = await reviewTarget(ctx, id, version);
    if (!rec) return;
    const actor = actorOf(memberOf(ctx));
    const result = await recommendations.undo(rec.id, actor, rec.version);
    if (!result.ok) return ctx.answerCallbackQuery({ text: ctx.t(REFUSAL_KEYS[result.reason]), show_alert: true });
    await notices.changed(result.recommendation, result.eventId, actor.memberId, { from: rec.status, to: result.recommendation.status, comment: null, actorName: actor.name, undo: true });
    await ctx.answerCallbackQuery({ text: ctx.t("rec-undone", { status: statusLabel(tOf(ctx), shownStatus(result.recommendation, clock.now())) }), show_alert: true });
    await showCard(ctx, rec.id);
  });

  // The meeting: the pokja's upcoming meetings to pick from.
  onButton(chat, meetingButton, async (ctx, { id, version }) => {
    const rec = await reviewTarget(ctx, id, version);
    if (!rec) return;
    const upcoming = await meetings.upcomingOfPokja(rec.pokjaId);
    if (upcoming.length === 0) return ctx.answerCallbackQuery({ text: ctx.t("rec-no-meetings"), show_alert: true });
    await ctx.answerCallbackQuery();
    const { timezone, language } = readerOf(ctx);
    const keyboard = new InlineKeyboard();
    for (const m of upcoming) {
      keyboard.text(cutText(`${formatDate(m.startsAt, timezone, language)} · ${m.title}`, 60), meetingPickButton.pack({ id: rec.id, meeting: m.id, version: rec.version })).row();
    }
    await ctx.reply(ctx.t("rec-ask-meeting", { id: String(rec.id) }), { reply_markup: keyboard });
  });

  onButton(chat, meetingPickButton, async (ctx, value) => {
    const rec = await reviewTarget(ctx, value.id, value.version);
    if (!rec) return;
    const actor = actorOf(memberOf(ctx));
    const result = await recommendations.scheduleInMeeting(rec.id, value.meeting, actor, rec.version);
    if (!result.ok) return ctx.answerCallbackQuery({ text: ctx.t(REFUSAL_KEYS[result.reason]), show_alert: true });
    const meeting = result.recommendation.meeting!;
    const { timezone, language } = readerOf(ctx);
    await notices.changed(result.recommendation, result.eventId, actor.memberId, {
      from: rec.status,
      to: "dibahas",
      comment: null,
      meeting: { title: meeting.title, startsAt: meeting.startsAt },
      actorName: actor.name,
    });
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t("rec-on-meeting", { id: String(rec.id), title: escapeHtml(meeting.title), titled: meetingTitled(meeting.title), when: formatDateTime(meeting.startsAt, timezone, language) }), { parse_mode: "HTML" });
  });

  onButton(chat, linkTaskButton, async (ctx, { id, version }) => {
    const rec = await reviewTarget(ctx, id, version);
    if (!rec) return;
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, REC_LINK_TASK_CONVERSATION, rec.id, rec.version);
  });

  return composer;
}
