// The multi-step flows of recommendations:
// - /usul: pokja, category, title (with the near-duplicate check: support instead?), masalah, usulan
//   solusi, manfaat (3,000 characters together), related SPBE task (optional, by number or words),
//   up to 3 documents or photos, preview, submit. Nothing is saved before the last button.
// - a reviewer's step with its comment (required for Ditolak and Perlu revisi);
// - the submitter's revision after "Perlu revisi", then resubmission;
// - linking an accepted recommendation to an SPBE task.
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { askText, flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import { replyHtml } from "../bot/reply-html.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { TaskService } from "../spbe-tasks/task-service.js";
import { escapeHtml } from "../shared/html.js";
import type { RecommendationNotices } from "./recommendation-notices.js";
import type { NewAttachment, RecommendationService, Revision } from "./recommendation-service.js";
import {
  ATTACHMENTS_MAX,
  CATEGORIES,
  DESCRIPTION_MAX,
  PART_MIN,
  REASON_REQUIRED,
  STATUSES,
  TITLE_MAX,
  TITLE_MIN,
  type Category,
  type Status,
} from "./recommendation-types.js";
import { categoryLabel, statusLabel } from "./recommendation-views.js";

export const REC_SUBMIT_CONVERSATION = "recSubmit";
export const REC_REVIEW_CONVERSATION = "recReview";
export const REC_REVISE_CONVERSATION = "recRevise";
export const REC_LINK_TASK_CONVERSATION = "recLinkTask";

const PARTS = ["problem", "solution", "benefit"] as const;
const REVISION_FIELDS: readonly (keyof Revision)[] = ["title", ...PARTS];
type Part = (typeof PARTS)[number];

/** Documents an office actually exchanges; anything else (archives, programs, media) is refused. */
const DOCUMENT_EXTENSIONS = new Set(["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "csv", "txt", "rtf", "jpg", "jpeg", "png"]);

/** An attachment from a message, or why it is refused. */
export function attachmentOf(message: Message): { ok: true; attachment: NewAttachment } | { ok: false; reason: "type" } {
  if (message.photo && message.photo.length > 0) {
    const largest = message.photo[message.photo.length - 1]!;
    return { ok: true, attachment: { kind: "photo", fileId: largest.file_id, fileName: null } };
  }
  const document = message.document;
  if (document) {
    const extension = document.file_name?.split(".").pop()?.toLowerCase() ?? "";
    if (DOCUMENT_EXTENSIONS.has(extension)) return { ok: true, attachment: { kind: "document", fileId: document.file_id, fileName: document.file_name ?? null } };
  }
  return { ok: false, reason: "type" };
}

export interface RecommendationConversationDeps {
  recommendations: RecommendationService;
  notices: RecommendationNotices;
  pokja: PokjaService;
  tasks: TaskService;
}

export function createRecommendationConversations({ recommendations, notices, pokja, tasks }: RecommendationConversationDeps) {
  async function cancelled(ctx: ConversationContext) {
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t("flow-cancelled"));
  }

  /** A title of the right length. */
  const titleProblem = (ctx: ConversationContext) => (text: string) =>
    text.length < TITLE_MIN || text.length > TITLE_MAX ? ctx.t("rec-title-length", { min: TITLE_MIN, max: TITLE_MAX }) : null;

  /** One of the three parts: at least PART_MIN characters, and the three within DESCRIPTION_MAX. */
  const partProblem = (ctx: ConversationContext, others: number) => (text: string) =>
    text.length < PART_MIN
      ? ctx.t("rec-part-too-short", { min: PART_MIN })
      : others + text.length > DESCRIPTION_MAX
        ? ctx.t("rec-description-too-long", { max: DESCRIPTION_MAX, left: Math.max(0, DESCRIPTION_MAX - others) })
        : null;

  /**
   * An SPBE task picked by number or words; null when skipped (if allowed). Typing again searches
   * again; the buttons show the first matches.
   */
  async function pickTask(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, question: string, skippable: boolean) {
    const skipRow = (kb: InlineKeyboard, c: ConversationContext) => (skippable ? kb.text(c.t("button-skip"), flowButton(flow, "taskskip")) : kb.text(c.t("button-cancel"), flowButton(flow, "cancel")));
    await ctx.reply(question, { reply_markup: skipRow(new InlineKeyboard(), ctx) });
    let current = ctx;
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["task", "taskskip", "cancel"] });
      current = input.ctx;
      if (input.kind === "button") {
        await current.editMessageReplyMarkup().catch(() => undefined);
        if (input.action !== "task") return { task: null, ctx: current, cancelled: input.action === "cancel" };
        const number = Number(input.arg);
        const task = await conversation.external(async () => {
          const found = (await tasks.findByNumber(number))?.task;
          return found ? { id: found.id, number: found.number, title: found.title } : null;
        });
        if (task) return { task, ctx: current, cancelled: false };
        continue;
      }
      if (input.kind !== "text") continue;
      const query = input.text.replace(/^#|^tugas\s+/i, "").trim();
      const found = await conversation.external(async () => {
        const byNumber = /^\d+$/.test(query) ? await tasks.findByNumber(Number(query)) : null;
        const list = byNumber ? [byNumber.task] : (await tasks.search({ text: query }, 0)).items.slice(0, 6);
        return list.map((t) => ({ number: t.number, title: t.title }));
      });
      const kb = new InlineKeyboard();
      for (const t of found) kb.text(`${t.number}. ${t.title}`.slice(0, 60), flowButton(flow, "task", t.number)).row();
      skipRow(kb, current);
      await current.reply(current.t(found.length > 0 ? "rec-task-pick" : "rec-task-none"), { reply_markup: kb });
    }
  }

  async function recSubmit(conversation: BotConversation, ctx: ConversationContext) {
    const member = ctx.access.member;
    if (!member || !ctx.access.isApproved) return;
    const flow = await newFlow(conversation, "rcs");
    const isAdmin = ctx.access.isAdmin;
    const setup = await conversation.external(async () => ({
      quota: await recommendations.quota(member.id, member.timezone),
      pokja: (await pokja.belongingTo(member.id, isAdmin)).map((p) => ({ id: p.id, name: p.name })),
    }));
    if (setup.quota.left === 0) {
      await ctx.reply(ctx.t("rec-limit-reached", { limit: setup.quota.limit }));
      return;
    }
    if (setup.pokja.length === 0) {
      await ctx.reply(ctx.t("rec-no-pokja"));
      return;
    }

    // 1. Pokja (asked only when there is a choice) and category.
    let current = ctx;
    let chosenPokja = setup.pokja[0]!;
    if (setup.pokja.length > 1) {
      const kb = new InlineKeyboard();
      for (const p of setup.pokja) kb.text(`Pokja ${p.name}`, flowButton(flow, "pokja", p.id)).row();
      kb.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
      await ctx.reply(ctx.t("rec-ask-pokja"), { reply_markup: kb });
      const pick = await waitForInput(conversation, flow, { actions: ["pokja", "cancel"], acceptText: false });
      current = pick.ctx;
      if (pick.kind !== "button" || pick.action === "cancel") return cancelled(current);
      await current.editMessageReplyMarkup();
      const found = setup.pokja.find((p) => p.id === Number(pick.arg));
      if (!found) return cancelled(current);
      chosenPokja = found;
    }
    const categories = new InlineKeyboard();
    CATEGORIES.forEach((c, i) => {
      categories.text(categoryLabel(current.t.bind(current), c), flowButton(flow, "cat", c));
      if (i % 2 === 1) categories.row();
    });
    categories.row().text(current.t("button-cancel"), flowButton(flow, "cancel"));
    await current.reply(current.t("rec-ask-category", { pokja: escapeHtml(chosenPokja.name) }), { parse_mode: "HTML", reply_markup: categories });
    const cat = await waitForInput(conversation, flow, { actions: ["cat", "cancel"], acceptText: false });
    current = cat.ctx;
    if (cat.kind !== "button" || cat.action === "cancel" || !(CATEGORIES as readonly string[]).includes(cat.arg)) return cancelled(current);
    await current.editMessageReplyMarkup();
    const category = cat.arg as Category;

    // 2. Title, and the near-duplicate check: the member may support the existing one instead.
    let title = "";
    for (;;) {
      await current.reply(current.t("rec-ask-title", { min: TITLE_MIN, max: TITLE_MAX }));
      const answer = await askText(conversation, flow, { validate: titleProblem(current) });
      if (!("text" in answer)) continue;
      current = answer.ctx;
      title = answer.text;
      const typed = title;
      const similar = await conversation.external(() => recommendations.similar(chosenPokja.id, typed));
      if (similar.length === 0) break;
      const kb = new InlineKeyboard();
      for (const s of similar) kb.text(current.t("rec-button-support-existing", { id: String(s.id) }), flowButton(flow, "dup", s.id)).row();
      kb.text(current.t("rec-button-submit-anyway"), flowButton(flow, "dupnew")).row();
      kb.text(current.t("rec-button-retitle"), flowButton(flow, "duptitle")).text(current.t("button-cancel"), flowButton(flow, "cancel"));
      const lines = similar.map((s) => `#${s.id} · <b>${escapeHtml(s.title)}</b> (${statusLabel(current.t.bind(current), s.status)} · 👍 ${s.supportCount})`);
      await current.reply([current.t("rec-similar-found"), "", ...lines].join("\n"), { parse_mode: "HTML", reply_markup: kb });
      const choice = await waitForInput(conversation, flow, { actions: ["dup", "dupnew", "duptitle", "cancel"], acceptText: false });
      current = choice.ctx;
      if (choice.kind !== "button" || choice.action === "cancel") return cancelled(current);
      await current.editMessageReplyMarkup();
      if (choice.action === "dupnew") break;
      if (choice.action === "duptitle") continue;
      const supportedId = Number(choice.arg);
      if (!similar.some((s) => s.id === supportedId)) return cancelled(current);
      const result = await conversation.external(() => recommendations.support(supportedId, member.id));
      await current.reply(current.t(`rec-support-${result.replace(/_/g, "-")}`, { id: String(supportedId) }), {
        reply_markup: new InlineKeyboard().text(current.t("rec-button-open"), `rc:${supportedId}`),
      });
      return;
    }

    // 3. Masalah, usulan solusi, manfaat (3,000 characters together).
    const parts: Record<Part, string> = { problem: "", solution: "", benefit: "" };
    for (const part of PARTS) {
      const used = PARTS.reduce((sum, p) => sum + parts[p].length, 0);
      await current.reply(current.t(`rec-ask-${part}`, { left: DESCRIPTION_MAX - used }), { parse_mode: "HTML" });
      const answer = await askText(conversation, flow, { validate: partProblem(current, used) });
      if (!("text" in answer)) continue;
      current = answer.ctx;
      parts[part] = answer.text;
    }

    // 4. Related SPBE task (optional).
    const task = await pickTask(conversation, flow, current, current.t("rec-ask-task"), true);
    current = task.ctx;

    // 5. Attachments: up to three documents or photos, or none.
    const attachments: NewAttachment[] = [];
    await current.reply(current.t("rec-ask-attachments", { max: ATTACHMENTS_MAX }), {
      reply_markup: new InlineKeyboard().text(current.t("rec-button-no-attachments"), flowButton(flow, "attdone")),
    });
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["attdone"], acceptText: false, acceptMedia: true, expectedKey: "rec-attachment-expected" });
      current = input.ctx;
      if (input.kind === "button") {
        await current.editMessageReplyMarkup().catch(() => undefined);
        break;
      }
      if (input.kind !== "media") continue;
      if (attachments.length >= ATTACHMENTS_MAX) {
        await current.reply(current.t("rec-attachments-max", { max: ATTACHMENTS_MAX }), {
          reply_markup: new InlineKeyboard().text(current.t("rec-button-attachments-done"), flowButton(flow, "attdone")),
        });
        continue;
      }
      const file = attachmentOf(input.message);
      if (!file.ok) {
        await current.reply(current.t("rec-attachment-type"));
        continue;
      }
      attachments.push(file.attachment);
      await current.reply(current.t("rec-attachment-added", { count: attachments.length, max: ATTACHMENTS_MAX }), {
        reply_markup: new InlineKeyboard().text(current.t("rec-button-attachments-done"), flowButton(flow, "attdone")),
      });
    }

    // 6. Preview, then submit.
    const preview = [
      current.t("rec-preview-title"),
      "",
      `<b>${escapeHtml(title)}</b>`,
      current.t("rec-card-meta", { pokja: escapeHtml(chosenPokja.name), category: categoryLabel(current.t.bind(current), category), status: statusLabel(current.t.bind(current), "diajukan") }),
      "",
      current.t("rec-part-problem"),
      escapeHtml(parts.problem),
      "",
      current.t("rec-part-solution"),
      escapeHtml(parts.solution),
      "",
      current.t("rec-part-benefit"),
      escapeHtml(parts.benefit),
      "",
      task.task ? current.t("rec-card-related-task", { number: String(task.task.number), title: escapeHtml(task.task.title) }) : current.t("rec-preview-no-task"),
      current.t("rec-card-attachments", { count: attachments.length }),
    ].join("\n");
    await replyHtml(current, preview, new InlineKeyboard().text(current.t("rec-button-submit"), flowButton(flow, "submit")).text(current.t("button-cancel"), flowButton(flow, "cancel")));
    const confirm = await waitForInput(conversation, flow, { actions: ["submit", "cancel"], acceptText: false });
    current = confirm.ctx;
    if (confirm.kind !== "button" || confirm.action === "cancel") return cancelled(current);
    await current.editMessageReplyMarkup();
    if (!current.access.isApproved) return;
    const saved = await conversation.external(async () => {
      const result = await recommendations.submit({
        pokjaId: chosenPokja.id,
        submitterId: member.id,
        submitterName: member.fullName,
        category,
        title,
        ...parts,
        relatedTaskId: task.task?.id ?? null,
        attachments,
        timezone: member.timezone,
      });
      if (!result.ok) return null;
      await notices.toCoordinators(result.recommendation, "new", 0);
      return result.recommendation.id;
    });
    if (saved === null) {
      await current.reply(current.t("rec-limit-reached", { limit: setup.quota.limit }));
      return;
    }
    await current.reply(current.t("rec-submitted", { id: String(saved) }), { reply_markup: new InlineKeyboard().text(current.t("rec-button-open"), `rc:${saved}`) });
  }

  /** A reviewer's step: the comment (a reason for Ditolak / Perlu revisi), then the change and its notices. */
  async function recReview(conversation: BotConversation, ctx: ConversationContext, id: number, to: Status, version: number) {
    if (!(STATUSES as readonly string[]).includes(to)) return;
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
    const outcome = await conversation.external(async () => {
      const rec = await recommendations.find(id);
      if (!rec) return "not_found";
      // Checked again at the moment of the change: the role may have been taken away meanwhile.
      if (!(await pokja.manages(access, rec.pokjaId))) return "not_reviewer";
      const result = await recommendations.transition(id, to, comment, { memberId: reviewer.id, name: reviewer.fullName }, version);
      if (!result.ok) return result.reason;
      await notices.changed(result.recommendation, result.eventId, reviewer.id, { from: rec.status, to, comment, actorName: reviewer.fullName });
      return "ok";
    });
    await answer.ctx.reply(
      outcome === "ok" ? answer.ctx.t("rec-changed", { id: String(id), status: statusLabel(answer.ctx.t.bind(answer.ctx), to) }) : answer.ctx.t(`rec-refused-${outcome.replace(/_/g, "-")}`),
      { reply_markup: new InlineKeyboard().text(answer.ctx.t("rec-button-open"), `rc:${id}`) },
    );
  }

  /** The submitter edits what the reviewers asked for and submits again. */
  async function recRevise(conversation: BotConversation, ctx: ConversationContext, id: number, version: number) {
    const member = ctx.access.member;
    if (!member) return;
    const flow = await newFlow(conversation, "rcv");
    const loaded = await conversation.external(async () => {
      const rec = await recommendations.find(id);
      if (!rec || rec.submitterId !== member.id || rec.status !== "perlu_revisi" || rec.version !== version) return null;
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
      await current.reply(field === "title" ? current.t("rec-ask-title", { min: TITLE_MIN, max: TITLE_MAX }) : current.t(`rec-ask-${field}`, { left: DESCRIPTION_MAX - others }), {
        parse_mode: "HTML",
      });
      const answer = await askText(conversation, flow, { validate: field === "title" ? titleProblem(current) : partProblem(current, others) });
      if (!("text" in answer)) continue;
      current = answer.ctx;
      draft[field] = answer.text;
    }
    const outcome = await conversation.external(async () => {
      const result = await recommendations.resubmit(id, member.id, draft, member.fullName, version);
      if (!result.ok) return result.reason;
      await notices.toCoordinators(result.recommendation, "resubmitted", result.eventId);
      await notices.changed(result.recommendation, result.eventId, member.id, { from: "perlu_revisi", to: "diajukan", comment: null, actorName: member.fullName });
      return "ok";
    });
    await current.reply(outcome === "ok" ? current.t("rec-resubmitted", { id: String(id) }) : current.t(`rec-refused-${outcome.replace(/_/g, "-")}`), {
      reply_markup: new InlineKeyboard().text(current.t("rec-button-open"), `rc:${id}`),
    });
  }

  /** Links an accepted recommendation to the SPBE task it is carried out under. */
  async function recLinkTask(conversation: BotConversation, ctx: ConversationContext, id: number, version: number) {
    const flow = await newFlow(conversation, "rct");
    const picked = await pickTask(conversation, flow, ctx, ctx.t("rec-ask-link-task"), false);
    if (!picked.task) return picked.cancelled ? picked.ctx.reply(picked.ctx.t("flow-cancelled")) : undefined;
    const reviewer = picked.ctx.access.member;
    const access = picked.ctx.access;
    if (!reviewer) return;
    const task = picked.task;
    const outcome = await conversation.external(async () => {
      const rec = await recommendations.find(id);
      if (!rec) return "not_found";
      if (!(await pokja.manages(access, rec.pokjaId))) return "not_reviewer";
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
      outcome === "ok" ? picked.ctx.t("rec-linked", { id: String(id), number: String(task.number) }) : picked.ctx.t(`rec-refused-${outcome.replace(/_/g, "-")}`),
      { reply_markup: new InlineKeyboard().text(picked.ctx.t("rec-button-open"), `rc:${id}`) },
    );
  }

  return { recSubmit, recReview, recRevise, recLinkTask };
}
