// What the recommendation flows share: their dependencies, leaving a flow, the length checks of
// the texts, picking an SPBE task, reading an attachment, and the button back to the card.
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { Permissions } from "../access/permissions.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { TaskService } from "../spbe-tasks/task-service.js";
import { openCardButton } from "./recommendation-buttons.js";
import type { RecommendationNotices } from "./recommendation-notices.js";
import type { NewAttachment, RecommendationService } from "./recommendation-service.js";
import { DESCRIPTION_MAX, PART_MIN, TITLE_MAX, TITLE_MIN } from "./recommendation-types.js";
import { cleanLine, cutText } from "../shared/user-text.js";

export interface RecommendationConversationDeps {
  recommendations: RecommendationService;
  notices: RecommendationNotices;
  pokja: PokjaService;
  tasks: TaskService;
  permissions: Permissions;
}

export async function cancelled(ctx: ConversationContext) {
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await ctx.reply(ctx.t("flow-cancelled"));
}

/** "Open the recommendation": the button under a flow's last message. */
export const openCardKeyboard = (ctx: ConversationContext, id: number) => new InlineKeyboard().text(ctx.t("rec-button-open"), openCardButton.pack({ id }));

/** A title of the right length. */
export const titleProblem = (ctx: ConversationContext) => (text: string) =>
  text.length < TITLE_MIN || text.length > TITLE_MAX ? ctx.t("rec-title-length", { min: TITLE_MIN, max: TITLE_MAX }) : null;

/** One of the three parts: at least PART_MIN characters, and the three within DESCRIPTION_MAX. */
export const partProblem = (ctx: ConversationContext, others: number) => (text: string) =>
  text.length < PART_MIN
    ? ctx.t("rec-part-too-short", { min: PART_MIN })
    : others + text.length > DESCRIPTION_MAX
      ? ctx.t("rec-description-too-long", { max: DESCRIPTION_MAX, left: Math.max(0, DESCRIPTION_MAX - others) })
      : null;

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
    // The name as stored and shown to reviewers: no bidi override turning "gpj.exe" into "exe.jpg".
    const fileName = document.file_name === undefined ? null : cleanLine(document.file_name) || null;
    const extension = fileName?.split(".").pop()?.toLowerCase() ?? "";
    if (DOCUMENT_EXTENSIONS.has(extension)) return { ok: true, attachment: { kind: "document", fileId: document.file_id, fileName } };
  }
  return { ok: false, reason: "type" };
}

export interface PickedTask {
  task: { id: number; number: number; title: string } | null;
  ctx: ConversationContext;
  cancelled: boolean;
}

/**
 * An SPBE task picked by number or words; null when skipped (if allowed). Typing again searches
 * again; the buttons show the first matches.
 */
export async function pickTask(
  tasks: TaskService,
  conversation: BotConversation,
  flow: FlowButtons,
  ctx: ConversationContext,
  question: string,
  skippable: boolean,
): Promise<PickedTask> {
  const skipRow = (kb: InlineKeyboard, c: ConversationContext) =>
    skippable ? kb.text(c.t("button-skip"), flowButton(flow, "taskskip")) : kb.text(c.t("button-cancel"), flowButton(flow, "cancel"));
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
    for (const t of found) kb.text(cutText(`${t.number}. ${t.title}`, 60), flowButton(flow, "task", t.number)).row();
    skipRow(kb, current);
    await current.reply(current.t(found.length > 0 ? "rec-task-pick" : "rec-task-none"), { reply_markup: kb });
  }
}
