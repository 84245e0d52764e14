// Updating a task (status, progress, note; confirmed; followers told) and importing the catalogue
// from a CSV file (validated whole, summarised, confirmed, written in one transaction).
import { InlineKeyboard } from "grammy";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import type { Messenger } from "../bot/messenger.js";
import type { Translator } from "../bot/i18n.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import type { Logger } from "../shared/logger.js";
import { parseTaskCsv, TASK_CSV_COLUMNS, TASK_CSV_MAX_BYTES, type TaskCsvError } from "./task-csv.js";
import { TASK_STATUSES, type TaskService, type TaskStatus } from "./task-service.js";
import { statusLabel } from "./task-views.js";
import { replyHtml } from "../bot/reply-html.js";

export const TASK_UPDATE_CONVERSATION = "taskUpdate";
export const TASK_IMPORT_CONVERSATION = "taskImport";
export const TASK_NOTE_MAX = 1000;

export interface TaskConversationDeps {
  tasks: TaskService;
  pokja: PokjaService;
  messenger: Messenger;
  i18n: Translator;
  clock: Clock;
  logger: Logger;
  /** Reads a file a user sent (Telegram's getFile and download). */
  downloadFile: (fileId: string) => Promise<Uint8Array>;
  knownAgencyCodes: () => Promise<Set<string>>;
}

/** "45", "45%", "45 %" -> 45; anything else -> null. */
export function parseProgress(text: string): number | null {
  const match = /^(\d{1,3})\s*%?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  return value >= 0 && value <= 100 ? value : null;
}

/** Admins, and coordinators of the task's pokja, may update it; checked now, on the server. */
export async function mayUpdateTask(ctx: ConversationContext, pokja: PokjaService, taskPokjaId: number | null): Promise<boolean> {
  if (ctx.access.isAdmin) return true;
  const member = ctx.access.member;
  if (!member || !ctx.access.isApproved || taskPokjaId === null) return false;
  return pokja.isCoordinator(member.id, taskPokjaId);
}

function describeError(t: (key: string, vars?: Record<string, string | number>) => string, e: TaskCsvError): string {
  const where =
    e.line > 0 ? `${t(e.column ? "task-import-at-column" : "task-import-at-line", { line: String(e.line), column: escapeHtml(e.column ?? "") })} ` : "";
  // Values quoted back from the file are the sender's text: escaped for HTML.
  const params = Object.fromEntries(Object.entries(e.params ?? {}).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]));
  return `• ${where}${t(`task-import-error-${e.code.replace(/_/g, "-")}`, params)}`;
}

export function createTaskConversations(deps: TaskConversationDeps) {
  const { tasks, pokja, messenger, i18n, clock, logger } = deps;

  async function cancel(ctx: ConversationContext) {
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    await ctx.reply(ctx.t("flow-cancelled"));
  }

  async function choose(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, text: string, keyboard: InlineKeyboard, actions: string[]) {
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard.row().text(ctx.t("button-cancel"), flowButton(flow, "cancel")) });
    const input = await waitForInput(conversation, flow, { actions: [...actions, "cancel"], acceptText: false });
    if (input.kind !== "button" || input.action === "cancel") {
      await cancel(input.ctx);
      return null;
    }
    await input.ctx.editMessageReplyMarkup();
    return input;
  }

  /**
   * Text the parser accepts, or the keep/skip button (value undefined); null when cancelled.
   * Anything else is answered with `invalid` and asked again.
   */
  async function askOrKeep<V>(
    conversation: BotConversation,
    flow: FlowButtons,
    keepAction: string,
    parse: (text: string) => V | null,
    invalid: (ctx: ConversationContext) => string,
  ): Promise<{ value: V | undefined; ctx: ConversationContext } | null> {
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: [keepAction, "cancel"] });
      if (input.kind === "button") {
        if (input.action === "cancel") {
          await cancel(input.ctx);
          return null;
        }
        await input.ctx.editMessageReplyMarkup();
        return { value: undefined, ctx: input.ctx };
      }
      if (input.kind !== "text") continue;
      const value = parse(input.text);
      if (value !== null) return { value, ctx: input.ctx };
      await input.ctx.reply(invalid(input.ctx));
    }
  }

  async function taskUpdate(conversation: BotConversation, ctx: ConversationContext, number: number) {
    const found = await conversation.external(async () => {
      const r = await tasks.findByNumber(number);
      return r ? { id: r.task.id, number: r.task.number, title: r.task.title, status: r.task.status, progress: r.task.progress, pokjaId: r.task.pokjaId, pokjaName: r.task.pokja?.name ?? null } : null;
    });
    if (!found) {
      await ctx.reply(ctx.t("task-not-found", { number: String(number) }));
      return;
    }
    if (!(await conversation.external(() => mayUpdateTask(ctx, pokja, found.pokjaId)))) {
      await ctx.reply(ctx.t("task-update-not-allowed"));
      return;
    }
    const flow = await newFlow(conversation, "tku");
    const t = ctx.t.bind(ctx);

    // Status.
    const statusKeyboard = new InlineKeyboard();
    TASK_STATUSES.forEach((s, i) => {
      statusKeyboard.text(`${s === found.status ? "• " : ""}${statusLabel(t, s)}`, flowButton(flow, "status", s));
      if (i % 2 === 1) statusKeyboard.row();
    });
    const statusInput = await choose(
      conversation,
      flow,
      ctx,
      ctx.t("task-update-ask-status", { number: String(found.number), title: escapeHtml(found.title), status: statusLabel(t, found.status) }),
      statusKeyboard,
      ["status"],
    );
    if (!statusInput) return;
    let status = statusInput.arg as TaskStatus;
    if (!TASK_STATUSES.includes(status)) status = found.status as TaskStatus;
    let current = statusInput.ctx;

    // Progress.
    await current.reply(current.t("task-update-ask-progress", { progress: found.progress }), {
      reply_markup: new InlineKeyboard()
        .text(current.t("task-button-keep", { value: `${found.progress} %` }), flowButton(flow, "keep"))
        .text(current.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const progressAnswer = await askOrKeep(conversation, flow, "keep", parseProgress, (c) => c.t("task-update-progress-invalid"));
    if (!progressAnswer) return;
    current = progressAnswer.ctx;
    let progress = progressAnswer.value ?? found.progress;
    if (status === "selesai" && progress < 100) {
      const confirm = await choose(
        conversation,
        flow,
        current,
        current.t("task-update-done-under-100", { progress }),
        new InlineKeyboard()
          .text(current.t("task-button-make-100"), flowButton(flow, "done", "100"))
          .row()
          .text(current.t("task-button-keep-progress", { progress }), flowButton(flow, "done", "keep")),
        ["done"],
      );
      if (!confirm) return;
      current = confirm.ctx;
      if (confirm.arg === "100") progress = 100;
    }

    // Note.
    await current.reply(current.t("task-update-ask-note", { max: TASK_NOTE_MAX }), {
      reply_markup: new InlineKeyboard().text(current.t("button-skip"), flowButton(flow, "skip")).text(current.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const noteAnswer = await askOrKeep(
      conversation,
      flow,
      "skip",
      (text) => (text.length > TASK_NOTE_MAX || text.length < 2 ? null : text),
      (c) => c.t("task-update-note-length", { max: TASK_NOTE_MAX }),
    );
    if (!noteAnswer) return;
    current = noteAnswer.ctx;
    const note = noteAnswer.value;

    // Who hears of it.
    let toPokja = false;
    if (found.pokjaName) {
      const who = await choose(
        conversation,
        flow,
        current,
        current.t("task-update-ask-audience", { pokja: escapeHtml(found.pokjaName) }),
        new InlineKeyboard()
          .text(current.t("task-button-followers-only"), flowButton(flow, "aud", "f"))
          .row()
          .text(current.t("task-button-followers-and-pokja", { pokja: found.pokjaName }), flowButton(flow, "aud", "p")),
        ["aud"],
      );
      if (!who) return;
      current = who.ctx;
      toPokja = who.arg === "p";
    }

    const confirm = await choose(
      conversation,
      flow,
      current,
      current.t("task-update-confirm", {
        number: String(found.number),
        status: `${statusLabel(t, found.status)} → ${statusLabel(t, status)}`,
        progress: `${found.progress} → ${progress}`,
        note: note ? escapeHtml(note) : current.t("task-note-unchanged"),
      }),
      new InlineKeyboard().text(current.t("task-button-save"), flowButton(flow, "save")),
      ["save"],
    );
    if (!confirm) return;
    current = confirm.ctx;
    // The role is checked again at the moment of saving.
    if (!(await conversation.external(() => mayUpdateTask(current, pokja, found.pokjaId)))) {
      await current.reply(current.t("task-update-not-allowed"));
      return;
    }
    const actor = { memberId: current.access.member?.id ?? null, name: current.access.member?.fullName ?? current.from?.first_name ?? "-" };
    const saved = await conversation.external(async () => {
      const result = await tasks.update(found.id, actor, { status, progress, note });
      if (!result) return { changed: false, notified: 0 };
      const audience = await tasks.audienceOfUpdate(found.id, toPokja);
      let notified = 0;
      for (const person of audience) {
        if (person.id === actor.memberId) continue;
        const text = i18n.t(person.language, "task-update-notification", {
          number: String(found.number),
          title: escapeHtml(found.title),
          status: statusLabel((k, v) => i18n.t(person.language, k, v), status),
          progress,
          note: note ? `\n${i18n.t(person.language, "task-update-notification-note", { note: escapeHtml(note) })}` : "",
          by: escapeHtml(actor.name),
        });
        const keyboard = new InlineKeyboard().text(i18n.t(person.language, "task-button-open", { number: String(found.number) }), `tk:c:${found.number}`);
        await messenger.send(person.telegramId, text, keyboard, `task-update:${found.id}:${clock.now().getTime()}:${person.id}`);
        notified += 1;
      }
      return { changed: true, notified };
    });
    await current.reply(
      current.t(saved.changed ? "task-update-saved" : "task-update-unchanged", { number: String(found.number), notified: saved.notified }),
      { reply_markup: new InlineKeyboard().text(current.t("task-button-open", { number: String(found.number) }), `tk:c:${found.number}`) },
    );
  }

  async function taskImport(conversation: BotConversation, ctx: ConversationContext) {
    if (!ctx.access.isAdmin) {
      await ctx.reply(ctx.t("access-admin-only"));
      return;
    }
    const flow = await newFlow(conversation, "tki");
    await ctx.reply(ctx.t("task-import-intro", { columns: TASK_CSV_COLUMNS.join(", ") }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["cancel"], acceptMedia: true, acceptText: false, expectedKey: "task-import-send-file" });
      const current = input.ctx;
      if (input.kind === "button") return cancel(current);
      const document = input.kind === "media" ? input.message.document : undefined;
      if (!document) {
        await current.reply(current.t("task-import-send-file"));
        continue;
      }
      const name = document.file_name ?? "";
      const csvLike = /\.csv$/i.test(name) || ["text/csv", "text/plain", "application/vnd.ms-excel", "text/comma-separated-values"].includes(document.mime_type ?? "");
      if (!csvLike) {
        await current.reply(current.t("task-import-not-csv", { name: escapeHtml(name || "-") }), { parse_mode: "HTML" });
        continue;
      }
      if ((document.file_size ?? 0) > TASK_CSV_MAX_BYTES) {
        await current.reply(current.t("task-import-error-file-too-large"));
        continue;
      }
      const checked = await conversation.external(async () => {
        try {
          const bytes = await deps.downloadFile(document.file_id);
          const pokjas = (await pokja.list(null)).map((p) => ({ id: p.id, slug: p.slug, name: p.name }));
          const parsed = parseTaskCsv(bytes, { agencyCodes: await deps.knownAgencyCodes(), pokja: pokjas });
          if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
          const plan = await tasks.planImport(parsed.rows);
          return { ok: true as const, create: plan.create.length, update: plan.update.length, unchanged: plan.unchanged, fileId: document.file_id };
        } catch (error) {
          logger.warn({ err: error }, "task import file could not be read");
          return { ok: false as const, errors: [{ line: 0, code: "unreadable" }] as TaskCsvError[] };
        }
      });
      if (!checked.ok) {
        const shown = checked.errors.slice(0, 25).map((e) => describeError(current.t.bind(current), e));
        const more = checked.errors.length > 25 ? [current.t("task-import-more-errors", { count: checked.errors.length - 25 })] : [];
        const report = [current.t("task-import-invalid", { count: checked.errors.length }), "", ...shown, ...more, "", current.t("task-import-fix-and-resend")].join("\n");
        // Quoted values can make the report longer than one Telegram message.
        await replyHtml(current, report);
        continue;
      }
      const confirm = await choose(
        conversation,
        flow,
        current,
        current.t("task-import-summary", { create: checked.create, update: checked.update, unchanged: checked.unchanged }),
        new InlineKeyboard().text(current.t("task-button-import"), flowButton(flow, "import")),
        ["import"],
      );
      if (!confirm) return;
      if (!confirm.ctx.access.isAdmin) {
        await confirm.ctx.reply(confirm.ctx.t("access-admin-only"));
        return;
      }
      const actor = { memberId: confirm.ctx.access.member?.id ?? null, name: confirm.ctx.access.member?.fullName ?? confirm.ctx.from?.first_name ?? "-" };
      const applied = await conversation.external(async () => {
        const bytes = await deps.downloadFile(checked.fileId);
        const pokjas = (await pokja.list(null)).map((p) => ({ id: p.id, slug: p.slug, name: p.name }));
        const parsed = parseTaskCsv(bytes, { agencyCodes: await deps.knownAgencyCodes(), pokja: pokjas });
        if (!parsed.ok) return null;
        return tasks.applyImport(parsed.rows, actor);
      });
      await confirm.ctx.reply(applied ? confirm.ctx.t("task-import-done", applied) : confirm.ctx.t("error-generic"));
      return;
    }
  }

  return { taskUpdate, taskImport };
}
