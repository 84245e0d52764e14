// The card of a recommendation and what members do with it: open, support, follow, attachments,
// and the submitter's revision. Who may see it is asked of permissions at every press.
import { Composer } from "grammy";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import { replyHtml } from "../bot/reply-html.js";
import { splitHtml } from "../delivery/split-message.js";
import { attachmentsButton, followButton, openCardButton, reviseButton, supportButton } from "./recommendation-buttons.js";
import { REC_REVISE_CONVERSATION } from "./recommendation-flow-ids.js";
import { SUPPORT_KEYS } from "./recommendation-keys.js";
import { memberOf, readerOf, tOf, type RecommendationScreenDeps } from "./recommendation-screen.js";
import { cardKeyboard, cardText } from "./recommendation-views.js";

export function createCardScreen({ recommendations, permissions, clock }: Pick<RecommendationScreenDeps, "recommendations" | "permissions" | "clock">) {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  /** Sends the card, or (`edit`) changes the one whose button was pressed. */
  async function showCard(ctx: BotContext, id: number, edit = false) {
    const member = memberOf(ctx);
    const rec = await recommendations.find(id);
    // Reviewers see it too: asked first, so the card asks once.
    const reviewer = rec !== null && (await permissions.reviewsRecommendation(ctx.access, rec));
    if (!rec || !(reviewer || (await permissions.seesRecommendation(ctx.access, rec)))) return ctx.reply(ctx.t("rec-not-found"));
    const history = await recommendations.history(id);
    const { timezone, language } = readerOf(ctx);
    const lastStep = [...history].reverse().find((e) => e.kind === "status" || e.kind === "resubmitted" || e.kind === "undo");
    const keyboard = cardKeyboard(tOf(ctx), rec, {
      canReview: reviewer,
      isSubmitter: rec.submitterId === member.id,
      supported: await recommendations.hasSupported(id, member.id),
      following: await recommendations.isFollowing(id, member.id),
      canUndo: lastStep?.kind === "status" && lastStep.undoneAt === null,
    });
    const text = cardText(tOf(ctx), rec, history, timezone, language, clock.now());
    if (!edit) return replyHtml(ctx, text, keyboard);
    // A card in several parts has its buttons under the last: only they change.
    const parts = splitHtml(text);
    if (parts.length === 1) await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: keyboard }).catch(() => undefined);
    else await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined);
  }

  /** The recommendation behind a member's button, if the presser may see it; the press is answered otherwise. */
  async function seenTarget(ctx: BotContext, id: number) {
    const rec = await recommendations.find(id);
    if (rec && (await permissions.seesRecommendation(ctx.access, rec))) return rec;
    await ctx.answerCallbackQuery({ text: ctx.t("rec-not-found"), show_alert: true });
    return null;
  }

  onButton(chat, openCardButton, async (ctx, { id }) => {
    await ctx.answerCallbackQuery();
    await showCard(ctx, id);
  });

  onButton(chat, supportButton, async (ctx, { id }) => {
    const rec = await seenTarget(ctx, id);
    if (!rec) return;
    const result = await recommendations.support(rec.id, memberOf(ctx).id);
    await ctx.answerCallbackQuery({ text: ctx.t(SUPPORT_KEYS[result], { id: String(rec.id) }), show_alert: result !== "ok" });
    if (result === "ok") await showCard(ctx, rec.id, true);
  });

  onButton(chat, followButton, async (ctx, value) => {
    const rec = await seenTarget(ctx, value.id);
    if (!rec) return;
    const follow = value.follow === "1";
    await recommendations.setFollowing(rec.id, memberOf(ctx).id, follow);
    await ctx.answerCallbackQuery({ text: ctx.t(follow ? "rec-followed" : "rec-unfollowed", { id: String(rec.id) }) });
    await showCard(ctx, rec.id, true);
  });

  onButton(chat, attachmentsButton, async (ctx, { id }) => {
    const rec = await seenTarget(ctx, id);
    if (!rec) return;
    await ctx.answerCallbackQuery();
    for (const [i, file] of rec.attachments.entries()) {
      const caption = ctx.t("rec-attachment-caption", { id: String(rec.id), n: i + 1, count: rec.attachments.length });
      if (file.kind === "photo") await ctx.replyWithPhoto(file.fileId, { caption });
      else await ctx.replyWithDocument(file.fileId, { caption });
    }
  });

  onButton(chat, reviseButton, async (ctx, { id, version }) => {
    const rec = await recommendations.find(id);
    if (!rec || !(await permissions.revisesRecommendation(ctx.access, rec))) return ctx.answerCallbackQuery({ text: ctx.t("rec-refused-not-allowed"), show_alert: true });
    if (rec.status !== "perlu_revisi" || rec.version !== version) return ctx.answerCallbackQuery({ text: ctx.t("rec-refused-stale"), show_alert: true });
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, REC_REVISE_CONVERSATION, rec.id, rec.version);
  });

  return { composer, showCard };
}
