// /usul, step by step: pokja (only when there is a choice), category, title (with the
// near-duplicate check: support the existing one instead?), masalah, usulan solusi, manfaat
// (3,000 characters together), related SPBE task (optional), up to 3 documents or photos, preview,
// submit. Nothing is saved before the last button; the right to submit to the pokja is checked
// again at that moment.
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import { replyHtml } from "../bot/reply-html.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import { attachmentOf, cancelled, openCardKeyboard, partProblem, pickTask, titleProblem, type PickedTask, type RecommendationConversationDeps } from "./recommendation-flow-kit.js";
import { PART_QUESTION_KEYS, PARTS, SUPPORT_KEYS, type Part } from "./recommendation-keys.js";
import { visiblePokja } from "./recommendation-screen.js";
import type { NewAttachment } from "./recommendation-service.js";
import { ATTACHMENTS_MAX, CATEGORIES, DESCRIPTION_MAX, isCategory, TITLE_MAX, TITLE_MIN, type Category } from "./recommendation-types.js";
import { categoryLabel, statusLabel } from "./recommendation-views.js";

type PokjaChoice = { id: number; name: string };
/** What a step got, with the context to go on from; null when the flow ended there (answered). */
type Step<V> = { ctx: ConversationContext; value: V } | null;

/** 1a. The pokja, asked only when the member sees more than one. */
async function askPokja(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, choices: PokjaChoice[]): Promise<Step<PokjaChoice>> {
  if (choices.length === 1) return { ctx, value: choices[0]! };
  const kb = new InlineKeyboard();
  for (const p of choices) kb.text(`Pokja ${p.name}`, flowButton(flow, "pokja", p.id)).row();
  kb.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
  await ctx.reply(ctx.t("rec-ask-pokja"), { reply_markup: kb });
  const pick = await waitForInput(conversation, flow, { actions: ["pokja", "cancel"], acceptText: false });
  if (pick.kind !== "button" || pick.action === "cancel") return cancelled(pick.ctx).then(() => null);
  await pick.ctx.editMessageReplyMarkup();
  const found = choices.find((p) => p.id === Number(pick.arg));
  return found ? { ctx: pick.ctx, value: found } : cancelled(pick.ctx).then(() => null);
}

/** 1b. The category. */
async function askCategory(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, pokjaName: string): Promise<Step<Category>> {
  const kb = new InlineKeyboard();
  CATEGORIES.forEach((c, i) => {
    kb.text(categoryLabel(ctx.t.bind(ctx), c), flowButton(flow, "cat", c));
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
  await ctx.reply(ctx.t("rec-ask-category", { pokja: escapeHtml(pokjaName) }), { parse_mode: "HTML", reply_markup: kb });
  const cat = await waitForInput(conversation, flow, { actions: ["cat", "cancel"], acceptText: false });
  if (cat.kind !== "button" || cat.action === "cancel" || !isCategory(cat.arg)) return cancelled(cat.ctx).then(() => null);
  await cat.ctx.editMessageReplyMarkup();
  return { ctx: cat.ctx, value: cat.arg };
}

/**
 * 2. The title, and the near-duplicate check: the member may support the existing one instead
 * (which ends the flow), give another title, or go on with a new one.
 */
async function askTitle(deps: RecommendationConversationDeps, conversation: BotConversation, flow: FlowButtons, start: ConversationContext, pokjaId: number, memberId: number): Promise<Step<string>> {
  let current = start;
  for (;;) {
    await current.reply(current.t("rec-ask-title", { min: TITLE_MIN, max: TITLE_MAX }));
    const answer = await askText(conversation, flow, { validate: titleProblem(current) });
    if (!("text" in answer)) continue;
    current = answer.ctx;
    const title = answer.text;
    const similar = await conversation.external(() => deps.recommendations.similar(pokjaId, title));
    if (similar.length === 0) return { ctx: current, value: title };
    const kb = new InlineKeyboard();
    for (const s of similar) kb.text(current.t("rec-button-support-existing", { id: String(s.id) }), flowButton(flow, "dup", s.id)).row();
    kb.text(current.t("rec-button-submit-anyway"), flowButton(flow, "dupnew")).row();
    kb.text(current.t("rec-button-retitle"), flowButton(flow, "duptitle")).text(current.t("button-cancel"), flowButton(flow, "cancel"));
    const t = current.t.bind(current);
    const lines = similar.map((s) => `#${s.id} · <b>${escapeHtml(s.title)}</b> (${statusLabel(t, s.status)} · 👍 ${s.supportCount})`);
    await current.reply([current.t("rec-similar-found"), "", ...lines].join("\n"), { parse_mode: "HTML", reply_markup: kb });
    const choice = await waitForInput(conversation, flow, { actions: ["dup", "dupnew", "duptitle", "cancel"], acceptText: false });
    current = choice.ctx;
    if (choice.kind !== "button" || choice.action === "cancel") return cancelled(current).then(() => null);
    await current.editMessageReplyMarkup();
    if (choice.action === "dupnew") return { ctx: current, value: title };
    if (choice.action === "duptitle") continue;
    const supportedId = Number(choice.arg);
    if (!similar.some((s) => s.id === supportedId)) return cancelled(current).then(() => null);
    const result = await conversation.external(() => deps.recommendations.support(supportedId, memberId));
    await current.reply(current.t(SUPPORT_KEYS[result], { id: String(supportedId) }), { reply_markup: openCardKeyboard(current, supportedId) });
    return null;
  }
}

/** 3. Masalah, usulan solusi, manfaat (3,000 characters together). */
async function askTexts(conversation: BotConversation, flow: FlowButtons, start: ConversationContext): Promise<{ ctx: ConversationContext; value: Record<Part, string> }> {
  const parts: Record<Part, string> = { problem: "", solution: "", benefit: "" };
  let current = start;
  for (const part of PARTS) {
    const used = PARTS.reduce((sum, p) => sum + parts[p].length, 0);
    await current.reply(current.t(PART_QUESTION_KEYS[part], { left: DESCRIPTION_MAX - used }), { parse_mode: "HTML" });
    const answer = await askText(conversation, flow, { validate: partProblem(current, used) });
    if (!("text" in answer)) continue;
    current = answer.ctx;
    parts[part] = answer.text;
  }
  return { ctx: current, value: parts };
}

/** 5. Attachments: up to three documents or photos, or none. */
async function askAttachments(conversation: BotConversation, flow: FlowButtons, start: ConversationContext): Promise<{ ctx: ConversationContext; value: NewAttachment[] }> {
  const attachments: NewAttachment[] = [];
  const doneKeyboard = (c: ConversationContext) => new InlineKeyboard().text(c.t("rec-button-attachments-done"), flowButton(flow, "attdone"));
  await start.reply(start.t("rec-ask-attachments", { max: ATTACHMENTS_MAX }), {
    reply_markup: new InlineKeyboard().text(start.t("rec-button-no-attachments"), flowButton(flow, "attdone")),
  });
  for (;;) {
    const input = await waitForInput(conversation, flow, { actions: ["attdone"], acceptText: false, acceptMedia: true, expectedKey: "rec-attachment-expected" });
    const current = input.ctx;
    if (input.kind === "button") {
      await current.editMessageReplyMarkup().catch(() => undefined);
      return { ctx: current, value: attachments };
    }
    if (input.kind !== "media") continue;
    if (attachments.length >= ATTACHMENTS_MAX) {
      await current.reply(current.t("rec-attachments-max", { max: ATTACHMENTS_MAX }), { reply_markup: doneKeyboard(current) });
      continue;
    }
    const file = attachmentOf(input.message);
    if (!file.ok) {
      await current.reply(current.t("rec-attachment-type"));
      continue;
    }
    attachments.push(file.attachment);
    await current.reply(current.t("rec-attachment-added", { count: attachments.length, max: ATTACHMENTS_MAX }), { reply_markup: doneKeyboard(current) });
  }
}

interface Draft {
  pokja: PokjaChoice;
  category: Category;
  title: string;
  parts: Record<Part, string>;
  task: PickedTask["task"];
  attachments: NewAttachment[];
}

/** 6. The preview; the context of the "submit" press, or null when cancelled. */
async function confirmPreview(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, draft: Draft): Promise<ConversationContext | null> {
  const t = ctx.t.bind(ctx);
  const preview = [
    ctx.t("rec-preview-title"),
    "",
    `<b>${escapeHtml(draft.title)}</b>`,
    // Not submitted yet: no status ("Diajukan" would say it already is).
    ctx.t("rec-preview-meta", { pokja: escapeHtml(draft.pokja.name), category: categoryLabel(t, draft.category) }),
    "",
    ctx.t("rec-part-problem"),
    escapeHtml(draft.parts.problem),
    "",
    ctx.t("rec-part-solution"),
    escapeHtml(draft.parts.solution),
    "",
    ctx.t("rec-part-benefit"),
    escapeHtml(draft.parts.benefit),
    "",
    draft.task ? ctx.t("rec-card-related-task", { number: String(draft.task.number), title: escapeHtml(draft.task.title) }) : ctx.t("rec-preview-no-task"),
    ctx.t("rec-card-attachments", { count: draft.attachments.length }),
  ].join("\n");
  await replyHtml(ctx, preview, new InlineKeyboard().text(ctx.t("rec-button-submit"), flowButton(flow, "submit")).text(ctx.t("button-cancel"), flowButton(flow, "cancel")));
  const confirm = await waitForInput(conversation, flow, { actions: ["submit", "cancel"], acceptText: false });
  if (confirm.kind !== "button" || confirm.action === "cancel") return cancelled(confirm.ctx).then(() => null);
  await confirm.ctx.editMessageReplyMarkup();
  return confirm.ctx;
}

export function createSubmitFlow(deps: RecommendationConversationDeps) {
  const { recommendations, notices, pokja, tasks, permissions } = deps;

  return async function recSubmit(conversation: BotConversation, ctx: ConversationContext) {
    const member = ctx.access.member;
    const access = ctx.access;
    if (!member || !access.isApproved) return;
    const flow = await newFlow(conversation, "rcs");
    const setup = await conversation.external(async () => ({
      quota: await recommendations.quota(member.id, member.timezone),
      pokja: await visiblePokja(pokja, permissions, access),
    }));
    // When the next may be submitted: midnight of the member's next day, in their zone.
    const limitReached = (c: ConversationContext, resetsAt: Date | string) =>
      c.reply(c.t("rec-limit-reached", { limit: setup.quota.limit, when: formatDateTime(new Date(resetsAt), member.timezone, member.language) }));
    if (setup.quota.left === 0) return limitReached(ctx, setup.quota.resetsAt);
    if (setup.pokja.length === 0) return ctx.reply(ctx.t("rec-no-pokja"));

    const chosen = await askPokja(conversation, flow, ctx, setup.pokja);
    if (!chosen) return;
    const category = await askCategory(conversation, flow, chosen.ctx, chosen.value.name);
    if (!category) return;
    const title = await askTitle(deps, conversation, flow, category.ctx, chosen.value.id, member.id);
    if (!title) return;
    const texts = await askTexts(conversation, flow, title.ctx);
    const task = await pickTask(tasks, conversation, flow, texts.ctx, texts.ctx.t("rec-ask-task"), true);
    const attachments = await askAttachments(conversation, flow, task.ctx);
    const draft: Draft = { pokja: chosen.value, category: category.value, title: title.value, parts: texts.value, task: task.task, attachments: attachments.value };
    const current = await confirmPreview(conversation, flow, attachments.ctx, draft);
    if (!current) return;

    const now = current.access;
    const saved = await conversation.external(async () => {
      // Checked again at the moment of submitting: the member may have left the pokja meanwhile.
      if (!(await permissions.seesPokjaRecommendations(now, draft.pokja.id))) return "refused" as const;
      const result = await recommendations.submit({
        pokjaId: draft.pokja.id,
        submitterId: member.id,
        submitterName: member.fullName,
        category: draft.category,
        title: draft.title,
        ...draft.parts,
        relatedTaskId: draft.task?.id ?? null,
        attachments: draft.attachments,
        timezone: member.timezone,
      });
      if (!result.ok) return { resetsAt: (await recommendations.quota(member.id, member.timezone)).resetsAt.toISOString() };
      await notices.toCoordinators(result.recommendation, "new", 0);
      return result.recommendation.id;
    });
    if (saved === "refused") return current.reply(current.t("rec-submit-refused", { pokja: draft.pokja.name }));
    if (typeof saved === "object") return limitReached(current, saved.resetsAt);
    await current.reply(current.t("rec-submitted", { id: String(saved) }), { reply_markup: openCardKeyboard(current, saved) });
  };
}
