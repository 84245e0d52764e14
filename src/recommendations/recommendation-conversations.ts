// The multi-step flows of recommendations (the submission, /usul, is in recommendation-submit):
// - a reviewer's step with its comment (required for Ditolak and Perlu revisi);
// - the submitter's revision after "Perlu revisi", then resubmission;
// - linking an accepted recommendation to an SPBE task.
// Rights are asked of permissions again at the moment of the change, inside conversation.external:
// a role may have been taken away while the flow waited.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow, waitForInput } from "../bot/conversation-kit.js";
import { replyHtml } from "../bot/reply-html.js";
import { escapeHtml } from "../shared/html.js";
import { cancelled, openCardKeyboard, partProblem, pickTask, titleProblem, type RecommendationConversationDeps } from "./recommendation-flow-kit.js";
import { PART_QUESTION_KEYS, PARTS, REFUSAL_KEYS, type RecommendationRefusal } from "./recommendation-keys.js";
import type { Revision } from "./recommendation-service.js";
import { createSubmitFlow } from "./recommendation-submit.js";
import { DESCRIPTION_MAX, isStatus, REASON_REQUIRED, TITLE_MAX, TITLE_MIN, type Status } from "./recommendation-types.js";
import { statusLabel } from "./recommendation-views.js";

export { REC_LINK_TASK_CONVERSATION, REC_REVIEW_CONVERSATION, REC_REVISE_CONVERSATION, REC_SUBMIT_CONVERSATION } from "./recommendation-flow-ids.js";
export { attachmentOf, type RecommendationConversationDeps } from "./recommendation-flow-kit.js";

const REVISION_FIELDS: readonly (keyof Revision)[] = ["title", ...PARTS];

export function createRecommendationConversations(deps: RecommendationConversationDeps) {
  const { recommendations, notices, tasks, permissions } = deps;

  /** A reviewer's step: the comment (a reason for Ditolak / Perlu revisi), then the change and its notices. */
  async function recReview(conversation: BotConversation, ctx: ConversationContext, id: number, to: Status, version: number) {
    if (!isStatus(to)) return;
    const flow = await newFlow(conversation, "rcr");
    const required = REASON_REQUIRED.has(to);
    const kb = new InlineKeyboard();
    if (!required) kb.text(ctx.t("rec-button-no-comment"), flowButton(flow, "skip"));
    kb.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
    await ctx.reply(ctx.t(required ? "rec-ask-reason" : "rec-ask-comment", { status: statusLabel(ctx.t.bind(ctx), to) }), { reply_markup: kb });
    const answer = await askText(conversation, flow, {
      actions: ["skip", "cancel"],
      validate: (text) => (text.length < 3 || text.length > 1000 ? ctx.t("rec-comment-length") : null),
    });
    if ("action" in answer && answer.action === "cancel") return cancelled(answer.ctx);
    if ("action" in answer) await answer.ctx.editMessageReplyMarkup().catch(() => undefined);
    const comment = "text" in answer ? answer.text : null;
    const reviewer = answer.ctx.access.member;
    const access = answer.ctx.access;
    if (!reviewer) return;
    const outcome = await conversation.external(async (): Promise<RecommendationRefusal | "ok"> => {
      const rec = await recommendations.find(id);
      if (!rec) return "not_found";
      if (!(await permissions.reviewsRecommendation(access, rec))) return "not_reviewer";
      const result = await recommendations.transition(id, to, comment, { memberId: reviewer.id, name: reviewer.fullName }, version);
      if (!result.ok) return result.reason;
      await notices.changed(result.recommendation, result.eventId, reviewer.id, { from: rec.status, to, comment, actorName: reviewer.fullName });
      return "ok";
    });
    await answer.ctx.reply(
      outcome === "ok" ? answer.ctx.t("rec-changed", { id: String(id), status: statusLabel(answer.ctx.t.bind(answer.ctx), to) }) : answer.ctx.t(REFUSAL_KEYS[outcome]),
      { reply_markup: openCardKeyboard(answer.ctx, id) },
    );
  }

  /** The submitter edits what the reviewers asked for and submits again. */
  async function recRevise(conversation: BotConversation, ctx: ConversationContext, id: number, version: number) {
    const member = ctx.access.member;
    const opened = ctx.access;
    if (!member) return;
    const flow = await newFlow(conversation, "rcv");
    const loaded = await conversation.external(async () => {
      const rec = await recommendations.find(id);
      if (!rec || !(await permissions.revisesRecommendation(opened, rec)) || rec.status !== "perlu_revisi" || rec.version !== version) return null;
      const history = await recommendations.history(id);
      const reason = [...history].reverse().find((e) => e.kind === "status" && e.toStatus === "perlu_revisi")?.comment ?? "";
      return { title: rec.title, problem: rec.problem, solution: rec.solution, benefit: rec.benefit, reason, pokjaId: rec.pokjaId };
    });
    if (!loaded) {
      await ctx.reply(ctx.t("rec-refused-stale"));
      return;
    }
    const draft: Revision = { title: loaded.title, problem: loaded.problem, solution: loaded.solution, benefit: loaded.benefit };
    let current = ctx;
    for (;;) {
      const kb = new InlineKeyboard()
        .text(current.t("rec-edit-title"), flowButton(flow, "edit", "title"))
        .text(current.t("rec-edit-problem"), flowButton(flow, "edit", "problem"))
        .row()
        .text(current.t("rec-edit-solution"), flowButton(flow, "edit", "solution"))
        .text(current.t("rec-edit-benefit"), flowButton(flow, "edit", "benefit"))
        .row()
        .text(current.t("rec-button-resubmit"), flowButton(flow, "send"))
        .text(current.t("button-cancel"), flowButton(flow, "cancel"));
      // The reason (up to 1,000 characters) and the draft (up to 3,000) together can pass
      // Telegram's 4,096: split, the buttons under the last part.
      await replyHtml(
        current,
        [
          current.t("rec-revise-title", { id: String(id), reason: escapeHtml(loaded.reason) }),
          "",
          `<b>${escapeHtml(draft.title)}</b>`,
          "",
          current.t("rec-part-problem"),
          escapeHtml(draft.problem),
          "",
          current.t("rec-part-solution"),
          escapeHtml(draft.solution),
          "",
          current.t("rec-part-benefit"),
          escapeHtml(draft.benefit),
        ].join("\n"),
        kb,
      );
      const press = await waitForInput(conversation, flow, { actions: ["edit", "send", "cancel"], acceptText: false });
      current = press.ctx;
      if (press.kind !== "button" || press.action === "cancel") return cancelled(current);
      await current.editMessageReplyMarkup();
      if (press.action === "send") break;
      const field = REVISION_FIELDS.find((f) => f === press.arg);
      if (!field) continue;
      const others = PARTS.filter((p) => p !== field).reduce((sum, p) => sum + draft[p].length, 0);
      await current.reply(field === "title" ? current.t("rec-ask-title", { min: TITLE_MIN, max: TITLE_MAX }) : current.t(PART_QUESTION_KEYS[field], { left: DESCRIPTION_MAX - others }), {
        parse_mode: "HTML",
      });
      const answer = await askText(conversation, flow, { validate: field === "title" ? titleProblem(current) : partProblem(current, others) });
      if (!("text" in answer)) continue;
      current = answer.ctx;
      draft[field] = answer.text;
    }
    const access = current.access;
    const outcome = await conversation.external(async (): Promise<RecommendationRefusal | "ok"> => {
      const rec = await recommendations.find(id);
      if (!rec || !(await permissions.revisesRecommendation(access, rec))) return "not_allowed";
      const result = await recommendations.resubmit(id, member.id, draft, member.fullName, version);
      if (!result.ok) return result.reason;
      await notices.toCoordinators(result.recommendation, "resubmitted", result.eventId);
      await notices.changed(result.recommendation, result.eventId, member.id, { from: "perlu_revisi", to: "diajukan", comment: null, actorName: member.fullName });
      return "ok";
    });
    await current.reply(outcome === "ok" ? current.t("rec-resubmitted", { id: String(id) }) : current.t(REFUSAL_KEYS[outcome]), { reply_markup: openCardKeyboard(current, id) });
  }

  /** Links an accepted recommendation to the SPBE task it is carried out under. */
  async function recLinkTask(conversation: BotConversation, ctx: ConversationContext, id: number, version: number) {
    const flow = await newFlow(conversation, "rct");
    const picked = await pickTask(tasks, conversation, flow, ctx, ctx.t("rec-ask-link-task"), false);
    if (!picked.task) return picked.cancelled ? picked.ctx.reply(picked.ctx.t("flow-cancelled")) : undefined;
    const reviewer = picked.ctx.access.member;
    const access = picked.ctx.access;
    if (!reviewer) return;
    const task = picked.task;
    const outcome = await conversation.external(async (): Promise<RecommendationRefusal | "ok"> => {
      const rec = await recommendations.find(id);
      if (!rec) return "not_found";
      if (!(await permissions.reviewsRecommendation(access, rec))) return "not_reviewer";
      const result = await recommendations.linkTask(id, task.id, { memberId: reviewer.id, name: reviewer.fullName }, version);
      if (!result.ok) return result.reason;
      await notices.changed(result.recommendation, result.eventId, reviewer.id, {
        from: rec.status,
        to: rec.status,
        comment: picked.ctx.t("rec-linked-comment", { number: String(task.number), title: task.title }),
        actorName: reviewer.fullName,
      });
      return "ok";
    });
    await picked.ctx.reply(
      outcome === "ok" ? picked.ctx.t("rec-linked", { id: String(id), number: String(task.number) }) : picked.ctx.t(REFUSAL_KEYS[outcome]),
      { reply_markup: openCardKeyboard(picked.ctx, id) },
    );
  }

  return { recSubmit: createSubmitFlow(deps), recReview, recRevise, recLinkTask };
}
