// Updating one agency's entry of a task that applies to agencies: which agency (asked only of those
// who may update any: the task's pokja's coordinators and admins, by searching the task's agencies
// by name), then status, progress, note and evidence (a link or a document), each skippable;
// confirmed and saved. The right is asked of permissions.updatesAgencyEntry at the start, after
// every step and when saving: a member who loses it midway is stopped.
import { InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, newFlow, waitForInput, type FlowButtons } from "../bot/conversation-kit.js";
import { escapeHtml } from "../shared/html.js";
import {
  AGENCY_NOTE_MAX,
  validEvidenceUrl,
  type AgencyProgressService,
  type Evidence,
  type EntryPatch,
  type UpdateRefusal,
} from "./agency-progress-service.js";
import { agencyStatusLabel } from "./agency-views.js";
import { askOrKeep, cancelFlow, choose } from "./task-flow-kit.js";
import { TASK_STATUSES, type TaskService, type TaskStatus } from "./task-service.js";
import { parseProgress } from "./task-update-flow.js";
import { openTaskKeyboard, statusLabel } from "./task-views.js";

export interface AgencyUpdateDeps {
  tasks: TaskService;
  agencyProgress: AgencyProgressService;
  permissions: Permissions;
}

/** The locale key of every reason the service refuses an entry. */
export const AGENCY_REFUSAL_KEYS: Record<UpdateRefusal, string> = {
  unknown_task: "task-agency-refused-unknown-task",
  not_applicable: "task-agency-refused-not-applicable",
  invalid_status: "task-agency-refused-invalid-status",
  invalid_progress: "task-update-progress-invalid",
  note_too_long: "task-agency-note-length",
  invalid_evidence_url: "task-agency-evidence-invalid",
  invalid_evidence_file: "task-agency-refused-evidence-file",
};

/** Agencies offered for one search. */
const SEARCH_RESULTS = 8;

/** The task as the flow keeps it (plain data: it is stored with the conversation). */
interface FlowTask {
  id: number;
  number: number;
  title: string;
  scope: string;
  pokjaId: number | null;
}

interface FlowAgency {
  id: number;
  name: string;
}

interface Current {
  status: string;
  progress: number;
  note: string | null;
  evidence: string | null;
}

type Step<V> = { value: V; ctx: ConversationContext } | null;

export function createAgencyUpdateFlow({ tasks, agencyProgress, permissions }: AgencyUpdateDeps) {
  /** Asked now, of the database: may this person still update this agency's entry? */
  function allowed(conversation: BotConversation, ctx: ConversationContext, task: FlowTask, agencyId: number) {
    return conversation.external(() => permissions.updatesAgencyEntry(ctx.access, task, agencyId));
  }

  /** Says the right is gone and returns false, or true while it holds. */
  async function stillAllowed(conversation: BotConversation, ctx: ConversationContext, task: FlowTask, agency: FlowAgency) {
    if (await allowed(conversation, ctx, task, agency.id)) return true;
    await ctx.reply(ctx.t("task-agency-update-not-allowed"));
    return false;
  }

  /**
   * The agency to update: one's own (members), or any the task applies to (coordinators and admins),
   * found by typing part of its name. null when cancelled or not allowed.
   */
  async function askAgency(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, task: FlowTask): Promise<Step<FlowAgency>> {
    const scope = await conversation.external(() => permissions.agencyEntryScope(ctx.access, task));
    const member = ctx.access.member;
    if (scope === null || !member) {
      await ctx.reply(ctx.t("task-agency-update-not-allowed"));
      return null;
    }
    const own = { id: member.agencyId, name: member.agency.name };
    const ownApplies = await conversation.external(() => agencyProgress.appliesTo(task, own.id));
    if (scope !== "any") {
      if (!ownApplies) {
        await ctx.reply(ctx.t("task-agency-mine-not-applicable", { agency: escapeHtml(own.name) }), { parse_mode: "HTML" });
        return null;
      }
      return { value: own, ctx };
    }
    const keyboard = new InlineKeyboard();
    if (ownApplies) keyboard.text(ctx.t("task-agency-button-own", { agency: own.name }), flowButton(flow, "ag", own.id)).row();
    keyboard.text(ctx.t("button-cancel"), flowButton(flow, "cancel"));
    await ctx.reply(ctx.t("task-agency-ask-agency", { number: String(task.number), title: escapeHtml(task.title) }), { parse_mode: "HTML", reply_markup: keyboard });
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["ag", "cancel"] });
      const current = input.ctx;
      if (input.kind === "button") {
        if (input.action === "cancel") {
          await cancelFlow(current);
          return null;
        }
        const id = Number(input.arg);
        // The id comes from a button of this run, but is checked as if forged: on the server, now.
        const name = Number.isSafeInteger(id) && id > 0 ? await conversation.external(async () => (await agencyProgress.agencyName(id)) ?? null) : null;
        if (name === null || !(await allowed(conversation, current, task, id))) {
          await current.reply(current.t("task-agency-update-not-allowed"));
          continue;
        }
        await current.editMessageReplyMarkup().catch(() => undefined);
        return { value: { id, name }, ctx: current };
      }
      if (input.kind !== "text") continue;
      if (input.text.replace(/[^\p{L}\p{N}]/gu, "").length < 2) {
        await current.reply(current.t("task-search-too-short"));
        continue;
      }
      const found = await conversation.external(async () => {
        const page = await agencyProgress.agencies(task.id, { text: input.text.slice(0, 100) }, 0);
        return { total: page.total, items: page.items.slice(0, SEARCH_RESULTS).map((row) => ({ id: row.agency.id, name: row.agency.name })) };
      });
      if (found.total === 0) {
        await current.reply(current.t("task-agency-search-none", { text: escapeHtml(input.text.slice(0, 100)) }), { parse_mode: "HTML" });
        continue;
      }
      const results = new InlineKeyboard();
      for (const agency of found.items) results.text(agency.name, flowButton(flow, "ag", agency.id)).row();
      results.text(current.t("button-cancel"), flowButton(flow, "cancel"));
      await current.reply(current.t("task-agency-search-results", { count: found.total, shown: found.items.length }), { reply_markup: results });
    }
  }

  async function askStatus(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, agency: FlowAgency, task: FlowTask, current: Current | null) {
    const t = ctx.t.bind(ctx);
    const keyboard = new InlineKeyboard();
    TASK_STATUSES.forEach((s, i) => {
      keyboard.text(`${s === current?.status ? "• " : ""}${statusLabel(t, s)}`, flowButton(flow, "status", s));
      if (i % 2 === 1) keyboard.row();
    });
    keyboard.text(t("button-skip"), flowButton(flow, "skip"));
    const question = t("task-agency-ask-status", {
      number: String(task.number),
      title: escapeHtml(task.title),
      agency: escapeHtml(agency.name),
      status: agencyStatusLabel(t, current?.status ?? "belum_melapor"),
    });
    const input = await choose(conversation, flow, ctx, question, keyboard, ["status", "skip"]);
    if (!input) return null;
    if (input.action === "skip") return { value: undefined, ctx: input.ctx };
    const known = (TASK_STATUSES as readonly string[]).includes(input.arg);
    return { value: known ? (input.arg as TaskStatus) : undefined, ctx: input.ctx };
  }

  async function askProgress(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, current: Current | null) {
    await ctx.reply(ctx.t("task-agency-ask-progress", { progress: current?.progress ?? 0 }), {
      reply_markup: new InlineKeyboard().text(ctx.t("button-skip"), flowButton(flow, "skip")).text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    return askOrKeep(conversation, flow, "skip", parseProgress, (c) => c.t("task-update-progress-invalid"));
  }

  async function askNote(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext) {
    await ctx.reply(ctx.t("task-agency-ask-note", { max: AGENCY_NOTE_MAX }), {
      reply_markup: new InlineKeyboard().text(ctx.t("button-skip"), flowButton(flow, "skip")).text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    return askOrKeep(
      conversation,
      flow,
      "skip",
      (text) => ([...text].length > AGENCY_NOTE_MAX || [...text].length < 2 ? null : text),
      (c) => c.t("task-agency-note-length", { max: AGENCY_NOTE_MAX }),
    );
  }

  /** A link (http or https) or a document; a photo or other text is answered and asked again. */
  async function askEvidence(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext): Promise<Step<Evidence | undefined>> {
    await ctx.reply(ctx.t("task-agency-ask-evidence"), {
      reply_markup: new InlineKeyboard().text(ctx.t("button-skip"), flowButton(flow, "skip")).text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    for (;;) {
      const input = await waitForInput(conversation, flow, { actions: ["skip", "cancel"], acceptMedia: true, expectedKey: "task-agency-ask-evidence" });
      const current = input.ctx;
      if (input.kind === "button") {
        if (input.action === "cancel") {
          await cancelFlow(current);
          return null;
        }
        await current.editMessageReplyMarkup().catch(() => undefined);
        return { value: undefined, ctx: current };
      }
      if (input.kind === "media") {
        const document = input.message.document;
        if (!document) {
          await current.reply(current.t("task-agency-evidence-photo"));
          continue;
        }
        const fileName = [...(document.file_name ?? "dokumen")].slice(0, 200).join("");
        return { value: { fileId: document.file_id, fileName }, ctx: current };
      }
      if (input.kind !== "text") continue;
      const url = validEvidenceUrl(input.text);
      if (url !== null) return { value: { url }, ctx: current };
      await current.reply(current.t("task-agency-evidence-invalid"));
    }
  }

  async function confirm(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, agency: FlowAgency, task: FlowTask, current: Current | null, patch: EntryPatch) {
    const t = ctx.t.bind(ctx);
    const before = current ? `${statusLabel(t, current.status)}, ${current.progress}%` : t("task-agency-not-reported");
    const status = patch.status ?? current?.status ?? "belum_dimulai";
    const progress = patch.progress ?? (patch.status === "selesai" ? 100 : (current?.progress ?? 0));
    const evidence = patch.evidence ? ("url" in patch.evidence ? patch.evidence.url : patch.evidence.fileName) : (current?.evidence ?? null);
    const summary = t("task-agency-confirm", {
      number: String(task.number),
      agency: escapeHtml(agency.name),
      before,
      after: `${statusLabel(t, status)}, ${progress}%`,
      note: patch.note ? escapeHtml(patch.note) : t("task-note-unchanged"),
      evidence: evidence ? escapeHtml(evidence) : t("task-none"),
    });
    const input = await choose(conversation, flow, ctx, summary, new InlineKeyboard().text(t("task-button-save"), flowButton(flow, "save")), ["save"]);
    return input?.ctx ?? null;
  }

  async function loadTask(conversation: BotConversation, number: number): Promise<FlowTask | null> {
    return conversation.external(async () => {
      const found = await tasks.findByNumber(number);
      if (!found) return null;
      const { id, title, scope, pokjaId } = found.task;
      return { id, number: found.task.number, title, scope, pokjaId };
    });
  }

  function loadEntry(conversation: BotConversation, task: FlowTask, agencyId: number): Promise<Current | null> {
    return conversation.external(async () => {
      const { entry } = await agencyProgress.entryOf(task.id, agencyId, 0);
      return entry ? { status: entry.status, progress: entry.progress, note: entry.note, evidence: entry.evidenceUrl ?? entry.evidenceFileName } : null;
    });
  }

  return async function agencyTaskUpdate(conversation: BotConversation, ctx: ConversationContext, number: number) {
    const task = await loadTask(conversation, number);
    if (!task) {
      await ctx.reply(ctx.t("task-not-found", { number: String(number) }));
      return;
    }
    if (task.scope === "national") {
      await ctx.reply(ctx.t("task-agency-national-task", { number: String(number) }));
      return;
    }
    const flow = await newFlow(conversation, "tka");
    const agency = await askAgency(conversation, flow, ctx, task);
    if (!agency || !(await stillAllowed(conversation, agency.ctx, task, agency.value))) return;
    const current = await loadEntry(conversation, task, agency.value.id);
    const status = await askStatus(conversation, flow, agency.ctx, agency.value, task, current);
    if (!status || !(await stillAllowed(conversation, status.ctx, task, agency.value))) return;
    // "Selesai" means 100 %: the progress question is not asked.
    const progress = status.value === "selesai" ? { value: undefined, ctx: status.ctx } : await askProgress(conversation, flow, status.ctx, current);
    if (!progress || !(await stillAllowed(conversation, progress.ctx, task, agency.value))) return;
    const note = await askNote(conversation, flow, progress.ctx);
    if (!note || !(await stillAllowed(conversation, note.ctx, task, agency.value))) return;
    const evidence = await askEvidence(conversation, flow, note.ctx);
    if (!evidence || !(await stillAllowed(conversation, evidence.ctx, task, agency.value))) return;
    const patch: EntryPatch = {
      ...(status.value !== undefined ? { status: status.value } : {}),
      ...(progress.value !== undefined ? { progress: progress.value } : {}),
      ...(note.value !== undefined ? { note: note.value } : {}),
      ...(evidence.value !== undefined ? { evidence: evidence.value } : {}),
    };
    const last = await confirm(conversation, flow, evidence.ctx, agency.value, task, current, patch);
    if (!last) return;
    const actor = { memberId: last.access.member?.id ?? null };
    const saved = await conversation.external(async () => {
      if (!(await permissions.updatesAgencyEntry(last.access, task, agency.value.id))) return { allowed: false as const };
      const result = await agencyProgress.updateEntry(task.id, agency.value.id, actor, patch);
      return result.ok ? { allowed: true as const, ok: true as const, changed: result.changed } : { allowed: true as const, ok: false as const, reason: result.reason };
    });
    const open = openTaskKeyboard(last.t("task-button-open", { number: String(task.number) }), task.number);
    if (!saved.allowed) await last.reply(last.t("task-agency-update-not-allowed"));
    else if (!saved.ok) await last.reply(last.t(AGENCY_REFUSAL_KEYS[saved.reason]), { reply_markup: open });
    else {
      const vars = { number: String(task.number), agency: escapeHtml(agency.value.name) };
      await last.reply(last.t(saved.changed ? "task-agency-saved" : "task-agency-unchanged", vars), { parse_mode: "HTML", reply_markup: open });
    }
  };
}
