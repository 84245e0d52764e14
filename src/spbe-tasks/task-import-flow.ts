// Importing the task catalogue from a CSV file: the file is validated whole, its problems listed by
// line and column, a good file summarised and confirmed, and written in one transaction. Only admins
// start it (the command's audience); whether the sender is still an admin is checked again at the
// moment of import.
import { InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, newFlow, waitForInput } from "../bot/conversation-kit.js";
import { replyHtml } from "../bot/reply-html.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import { escapeHtml } from "../shared/html.js";
import type { Logger } from "../shared/logger.js";
import { OffThreadError, type OffThread } from "../shared/off-thread.js";
import { TASK_CSV_COLUMNS, TASK_CSV_MAX_BYTES, type TaskCsvError, type TaskCsvErrorCode } from "./task-csv.js";
import { choose, cancelFlow } from "./task-flow-kit.js";
import type { TaskService } from "./task-service.js";

export interface TaskImportDeps {
  tasks: TaskService;
  pokja: PokjaService;
  permissions: Permissions;
  logger: Logger;
  /** Reads a file a user sent (Telegram's getFile and download). */
  downloadFile: (fileId: string) => Promise<Uint8Array>;
  knownAgencyCodes: () => Promise<Set<string>>;
  /** Where the file is parsed (a worker thread). */
  offThread: OffThread;
}

/** A problem with the file: the parser's codes, or a file that could not be fetched or read at all. */
type ImportProblem = Omit<TaskCsvError, "code"> & { code: TaskCsvErrorCode | "unreadable" };

/** The locale key of every problem. */
export const TASK_IMPORT_ERROR_KEYS: Record<ImportProblem["code"], string> = {
  file_too_large: "task-import-error-file-too-large",
  encoding: "task-import-error-encoding",
  empty: "task-import-error-empty",
  unclosed_quote: "task-import-error-unclosed-quote",
  unknown_column: "task-import-error-unknown-column",
  missing_column: "task-import-error-missing-column",
  duplicate_column: "task-import-error-duplicate-column",
  unnamed_column: "task-import-error-unnamed-column",
  field_count: "task-import-error-field-count",
  required: "task-import-error-required",
  invalid_number: "task-import-error-invalid-number",
  duplicate_number: "task-import-error-duplicate-number",
  too_short: "task-import-error-too-short",
  too_long: "task-import-error-too-long",
  unknown_agency: "task-import-error-unknown-agency",
  agency_and_unit: "task-import-error-agency-and-unit",
  unknown_pokja: "task-import-error-unknown-pokja",
  ambiguous_pokja: "task-import-error-ambiguous-pokja",
  invalid_date: "task-import-error-invalid-date",
  impossible_date: "task-import-error-impossible-date",
  date_out_of_range: "task-import-error-date-out-of-range",
  invalid_status: "task-import-error-invalid-status",
  invalid_progress: "task-import-error-invalid-progress",
  progress_out_of_range: "task-import-error-progress-out-of-range",
  done_needs_100: "task-import-error-done-needs-100",
  invalid_scope: "task-import-error-invalid-scope",
  empty_scope_list: "task-import-error-empty-scope-list",
  too_many_scope_agencies: "task-import-error-too-many-scope-agencies",
  unknown_scope_agency: "task-import-error-unknown-scope-agency",
  too_many_errors: "task-import-error-too-many-errors",
  unreadable: "task-import-error-unreadable",
};

/** How many problems one report lists. */
const SHOWN_PROBLEMS = 25;
const CSV_MIME_TYPES = ["text/csv", "text/plain", "application/vnd.ms-excel", "text/comma-separated-values"];

type T = (key: string, vars?: Record<string, string | number>) => string;

function describeProblem(t: T, e: ImportProblem): string {
  const where = e.line > 0 ? `${t(e.column ? "task-import-at-column" : "task-import-at-line", { line: String(e.line), column: escapeHtml(e.column ?? "") })} ` : "";
  // Values quoted back from the file are the sender's text: escaped for HTML.
  const params = Object.fromEntries(Object.entries(e.params ?? {}).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]));
  return `• ${where}${t(TASK_IMPORT_ERROR_KEYS[e.code], params)}`;
}

function problemReport(t: T, problems: readonly ImportProblem[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((e) => describeProblem(t, e));
  const more = problems.length > SHOWN_PROBLEMS ? [t("task-import-more-errors", { count: problems.length - SHOWN_PROBLEMS })] : [];
  return [t("task-import-invalid", { count: problems.length }), "", ...shown, ...more, "", t("task-import-fix-and-resend")].join("\n");
}

export function createTaskImportFlow({ tasks, pokja, permissions, logger, downloadFile, knownAgencyCodes, offThread }: TaskImportDeps) {
  /** The file read and checked on a worker thread: a 1 MB file is seconds of work for one thread. */
  async function parseFile(fileId: string) {
    const bytes = await downloadFile(fileId);
    const pokjas = (await pokja.list(null)).map((p) => ({ id: p.id, slug: p.slug, name: p.name }));
    return offThread.run("parseTaskCsv", { bytes, known: { agencyCodes: await knownAgencyCodes(), pokja: pokjas } });
  }

  /** What the file would do, or its problems; `failed` when the server could not do the work. */
  async function check(conversation: BotConversation, fileId: string) {
    return conversation.external(async () => {
      try {
        const parsed = await parseFile(fileId);
        if (!parsed.ok) return { ok: false as const, failed: false, errors: parsed.errors as ImportProblem[] };
        const plan = await tasks.planImport(parsed.rows);
        return { ok: true as const, create: plan.create.length, update: plan.update.length, unchanged: plan.unchanged };
      } catch (error) {
        if (error instanceof OffThreadError) {
          logger.error({ err: error }, "task import file not parsed: the worker failed");
          return { ok: false as const, failed: true, errors: [] as ImportProblem[] };
        }
        logger.warn({ err: error }, "task import file could not be read");
        return { ok: false as const, failed: false, errors: [{ line: 0, code: "unreadable" }] as ImportProblem[] };
      }
    });
  }

  /** A document that looks like a CSV of an acceptable size; otherwise says why and returns null. */
  async function acceptableDocument(ctx: ConversationContext, document: { file_id: string; file_name?: string; mime_type?: string; file_size?: number } | undefined) {
    if (!document) {
      await ctx.reply(ctx.t("task-import-send-file"));
      return null;
    }
    const name = document.file_name ?? "";
    if (!/\.csv$/i.test(name) && !CSV_MIME_TYPES.includes(document.mime_type ?? "")) {
      await ctx.reply(ctx.t("task-import-not-csv", { name: escapeHtml(name || "-") }), { parse_mode: "HTML" });
      return null;
    }
    if ((document.file_size ?? 0) > TASK_CSV_MAX_BYTES) {
      await ctx.reply(ctx.t(TASK_IMPORT_ERROR_KEYS.file_too_large));
      return null;
    }
    return document;
  }

  /** Imports the file again read, if the sender is still an admin at this moment. */
  async function apply(conversation: BotConversation, ctx: ConversationContext, fileId: string) {
    const actor = { memberId: ctx.access.member?.id ?? null, name: ctx.access.member?.fullName ?? ctx.from?.first_name ?? "-" };
    return conversation.external(async () => {
      if (!permissions.isAdmin(ctx.access)) return { allowed: false as const };
      let parsed;
      try {
        parsed = await parseFile(fileId);
      } catch (error) {
        if (!(error instanceof OffThreadError)) throw error;
        logger.error({ err: error }, "task import file not parsed: the worker failed");
        return { allowed: true as const, applied: null, failed: true };
      }
      return { allowed: true as const, applied: parsed.ok ? await tasks.applyImport(parsed.rows, actor) : null, failed: false };
    });
  }

  return async function taskImport(conversation: BotConversation, ctx: ConversationContext) {
    const flow = await newFlow(conversation, "tki");
    await ctx.reply(ctx.t("task-import-intro", { columns: TASK_CSV_COLUMNS.join(", ") }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["cancel"], acceptMedia: true, acceptText: false, expectedKey: "task-import-send-file" });
      const current = input.ctx;
      if (input.kind === "button") return cancelFlow(current);
      const document = await acceptableDocument(current, input.kind === "media" ? input.message.document : undefined);
      if (!document) continue;
      const checked = await check(conversation, document.file_id);
      if (!checked.ok && checked.failed) {
        await current.reply(current.t("long-work-failed"));
        continue;
      }
      if (!checked.ok) {
        // Quoted values can make the report longer than one Telegram message.
        await replyHtml(current, problemReport(current.t.bind(current), checked.errors));
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
      const result = await apply(conversation, confirm.ctx, document.file_id);
      const done = confirm.ctx;
      if (!result.allowed) await done.reply(done.t("access-admin-only"));
      else if (result.failed) await done.reply(done.t("long-work-failed"));
      else await done.reply(result.applied ? done.t("task-import-done", result.applied) : done.t("error-generic"));
      return;
    }
  };
}
