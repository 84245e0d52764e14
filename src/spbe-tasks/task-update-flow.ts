// Updating a task: status, progress, note, who hears of it; confirmed, saved (the right checked again
// at that moment) and followers told. Each question is a named step; the flow is their sequence.
import { InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import type { BotConversation, ConversationContext } from "../bot/context.js";
import { flowButton, newFlow, type FlowButtons } from "../bot/conversation-kit.js";
import type { Messenger } from "../bot/messenger.js";
import type { Translator } from "../bot/i18n.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import { askOrKeep, choose } from "./task-flow-kit.js";
import { TASK_STATUSES, type TaskService, type TaskStatus } from "./task-service.js";
import { openTaskKeyboard, statusLabel } from "./task-views.js";

export const TASK_NOTE_MAX = 1000;

export interface TaskUpdateDeps {
  tasks: TaskService;
  permissions: Permissions;
  messenger: Messenger;
  i18n: Translator;
  clock: Clock;
}

/** "45", "45%", "45 %" -> 45; anything else -> null. */
export function parseProgress(text: string): number | null {
  const match = /^(\d{1,3})\s*%?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  return value >= 0 && value <= 100 ? value : null;
}

/** The task as the flow keeps it (plain data: it is stored with the conversation). */
interface FlowTask {
  id: number;
  number: number;
  title: string;
  status: string;
  progress: number;
  pokjaId: number | null;
  pokjaName: string | null;
}

interface Draft {
  status: TaskStatus;
  progress: number;
  note: string | undefined;
  toPokja: boolean;
}

/** An answer and the context of the update that gave it (where the next question goes). */
type Step<V> = { value: V; ctx: ConversationContext } | null;

export function createTaskUpdateFlow({ tasks, permissions, messenger, i18n, clock }: TaskUpdateDeps) {
  async function askStatus(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, task: FlowTask): Promise<Step<TaskStatus>> {
    const t = ctx.t.bind(ctx);
    const keyboard = new InlineKeyboard();
    TASK_STATUSES.forEach((s, i) => {
      keyboard.text(`${s === task.status ? "• " : ""}${statusLabel(t, s)}`, flowButton(flow, "status", s));
      if (i % 2 === 1) keyboard.row();
    });
    const question = t("task-update-ask-status", { number: String(task.number), title: escapeHtml(task.title), status: statusLabel(t, task.status) });
    const input = await choose(conversation, flow, ctx, question, keyboard, ["status"]);
    if (!input) return null;
    const known = (TASK_STATUSES as readonly string[]).includes(input.arg);
    return { value: (known ? input.arg : task.status) as TaskStatus, ctx: input.ctx };
  }

  /** Progress 0-100 (or kept); a finished task under 100 % is asked about. */
  async function askProgress(
    conversation: BotConversation,
    flow: FlowButtons,
    ctx: ConversationContext,
    task: FlowTask,
    status: TaskStatus,
  ): Promise<Step<number>> {
    await ctx.reply(ctx.t("task-update-ask-progress", { progress: task.progress }), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("task-button-keep", { value: `${task.progress}%` }), flowButton(flow, "keep"))
        .text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    const answer = await askOrKeep(conversation, flow, "keep", parseProgress, (c) => c.t("task-update-progress-invalid"));
    if (!answer) return null;
    const progress = answer.value ?? task.progress;
    if (status !== "selesai" || progress >= 100) return { value: progress, ctx: answer.ctx };
    const current = answer.ctx;
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
    if (!confirm) return null;
    return { value: confirm.arg === "100" ? 100 : progress, ctx: confirm.ctx };
  }

  async function askNote(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext): Promise<Step<string | undefined>> {
    await ctx.reply(ctx.t("task-update-ask-note", { max: TASK_NOTE_MAX }), {
      reply_markup: new InlineKeyboard().text(ctx.t("button-skip"), flowButton(flow, "skip")).text(ctx.t("button-cancel"), flowButton(flow, "cancel")),
    });
    return askOrKeep(
      conversation,
      flow,
      "skip",
      (text) => (text.length > TASK_NOTE_MAX || text.length < 2 ? null : text),
      (c) => c.t("task-update-note-length", { max: TASK_NOTE_MAX }),
    );
  }

  /** Followers only, or the pokja's members too (only asked when the task has a pokja). */
  async function askAudience(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, task: FlowTask): Promise<Step<boolean>> {
    if (!task.pokjaName) return { value: false, ctx };
    const who = await choose(
      conversation,
      flow,
      ctx,
      ctx.t("task-update-ask-audience", { pokja: escapeHtml(task.pokjaName) }),
      new InlineKeyboard()
        .text(ctx.t("task-button-followers-only"), flowButton(flow, "aud", "f"))
        .row()
        .text(ctx.t("task-button-followers-and-pokja", { pokja: task.pokjaName }), flowButton(flow, "aud", "p")),
      ["aud"],
    );
    return who && { value: who.arg === "p", ctx: who.ctx };
  }

  async function confirmUpdate(conversation: BotConversation, flow: FlowButtons, ctx: ConversationContext, task: FlowTask, draft: Draft) {
    const t = ctx.t.bind(ctx);
    const summary = t("task-update-confirm", {
      number: String(task.number),
      status: `${statusLabel(t, task.status)} → ${statusLabel(t, draft.status)}`,
      progress: `${task.progress} → ${draft.progress}`,
      note: draft.note ? escapeHtml(draft.note) : t("task-note-unchanged"),
    });
    const confirm = await choose(conversation, flow, ctx, summary, new InlineKeyboard().text(t("task-button-save"), flowButton(flow, "save")), ["save"]);
    return confirm?.ctx ?? null;
  }

  /** Tells the followers (and the pokja, if chosen) through the outbox; returns how many. */
  async function notify(task: FlowTask, draft: Draft, actor: { memberId: number | null; name: string }): Promise<number> {
    let notified = 0;
    for (const person of await tasks.audienceOfUpdate(task.id, draft.toPokja)) {
      if (person.id === actor.memberId) continue;
      const t = (key: string, vars?: Record<string, string | number>) => i18n.t(person.language, key, vars);
      const text = t("task-update-notification", {
        number: String(task.number),
        title: escapeHtml(task.title),
        status: statusLabel(t, draft.status),
        progress: draft.progress,
        note: draft.note ? `\n${t("task-update-notification-note", { note: escapeHtml(draft.note) })}` : "",
        by: escapeHtml(actor.name),
      });
      const keyboard = openTaskKeyboard(t("task-button-open", { number: String(task.number) }), task.number);
      await messenger.send(person.telegramId, text, keyboard, `task-update:${task.id}:${clock.now().getTime()}:${person.id}`);
      notified += 1;
    }
    return notified;
  }

  /** Saves if the sender may still update the task (checked now), then tells the others. */
  async function save(conversation: BotConversation, ctx: ConversationContext, task: FlowTask, draft: Draft) {
    const actor = { memberId: ctx.access.member?.id ?? null, name: ctx.access.member?.fullName ?? ctx.from?.first_name ?? "-" };
    return conversation.external(async () => {
      if (!(await permissions.updatesTask(ctx.access, task))) return { allowed: false as const };
      const result = await tasks.update(task.id, actor, { status: draft.status, progress: draft.progress, note: draft.note });
      if (!result) return { allowed: true as const, changed: false, notified: 0 };
      return { allowed: true as const, changed: true, notified: await notify(task, draft, actor) };
    });
  }

  async function loadTask(conversation: BotConversation, number: number): Promise<FlowTask | null> {
    return conversation.external(async () => {
      const found = await tasks.findByNumber(number);
      if (!found) return null;
      const { id, title, status, progress, pokjaId } = found.task;
      return { id, number: found.task.number, title, status, progress, pokjaId, pokjaName: found.task.pokja?.name ?? null };
    });
  }

  return async function taskUpdate(conversation: BotConversation, ctx: ConversationContext, number: number) {
    const task = await loadTask(conversation, number);
    if (!task) {
      await ctx.reply(ctx.t("task-not-found", { number: String(number) }));
      return;
    }
    if (!(await conversation.external(() => permissions.updatesTask(ctx.access, task)))) {
      await ctx.reply(ctx.t("task-update-not-allowed"));
      return;
    }
    const flow = await newFlow(conversation, "tku");
    const status = await askStatus(conversation, flow, ctx, task);
    if (!status) return;
    const progress = await askProgress(conversation, flow, status.ctx, task, status.value);
    if (!progress) return;
    const note = await askNote(conversation, flow, progress.ctx);
    if (!note) return;
    const audience = await askAudience(conversation, flow, note.ctx, task);
    if (!audience) return;
    const draft: Draft = { status: status.value, progress: progress.value, note: note.value, toPokja: audience.value };
    const current = await confirmUpdate(conversation, flow, audience.ctx, task, draft);
    if (!current) return;
    const saved = await save(conversation, current, task, draft);
    if (!saved.allowed) {
      await current.reply(current.t("task-update-not-allowed"));
      return;
    }
    const vars = { number: String(task.number), notified: saved.notified };
    await current.reply(current.t(saved.changed ? "task-update-saved" : "task-update-unchanged", vars), {
      reply_markup: openTaskKeyboard(current.t("task-button-open", { number: String(task.number) }), task.number),
    });
  };
}
