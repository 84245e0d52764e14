// Per-agency progress of SPBE tasks in the chat: /tugas_instansi, the province and not-reported
// views of a task, a province's kabupaten/kota, and the start of an agency's update. Views are asked
// of permissions.seesAgencyProgress; who may update which agency is asked of
// permissions.agencyEntryScope / updatesAgencyEntry (again in the flow at every step and on saving).
import { Composer, type InlineKeyboard } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import { enterFlow } from "../bot/flows.js";
import type { AgencyProgressService } from "./agency-progress-service.js";
import {
  agencyCardButtons,
  agencyTasksView,
  figureLines,
  myEntryLines,
  notReportedView,
  provincesView,
  regenciesView,
  type AgencyTaskFilterCode,
} from "./agency-views.js";
import {
  agencyEvidenceButton,
  agencyNotReportedButton,
  agencyProvincesButton,
  agencyRegenciesButton,
  agencyTasksButton,
  agencyUpdateButton,
  ALL_AREAS,
  decodeArea,
  taskListButton,
} from "./spbe-tasks-buttons.js";
import { isTaskScope, type TaskScope } from "./task-scope.js";
import { isOverdue, type TaskService } from "./task-service.js";
import type { Viewer } from "./task-views.js";

export const AGENCY_UPDATE_CONVERSATION = "agencyTaskUpdate";

export interface AgencyComposerDeps {
  tasks: TaskService;
  agencyProgress: AgencyProgressService;
  permissions: Permissions;
  viewer: (ctx: BotContext) => Viewer;
}

type CardTask = { id: number; number: number; title: string; scope: string; pokjaId: number | null; targetDate: Date | null };

const REGENCY_KINDS = ["kabupaten", "kota"] as const;

/** Whether the member's agency is a province's own (Dinas Kominfo Provinsi): they get the kabupaten/kota view. */
const isProvinceMember = (ctx: BotContext) => ctx.access.member?.agency.kind === "provinsi" && Boolean(ctx.access.member.agency.provinceCode);

export function createAgencyParts({ tasks, agencyProgress, permissions, viewer }: AgencyComposerDeps) {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  /** A task that applies to agencies, by number; otherwise the press is answered and null returned. */
  async function scopedTask(ctx: BotContext, number: number): Promise<(CardTask & { scope: Exclude<TaskScope, "national"> }) | null> {
    const found = await tasks.findByNumber(number);
    const refuse = async (key: string) => {
      const text = ctx.t(key, { number: String(number) });
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
      else await ctx.reply(text);
      return null;
    };
    if (!found) return refuse("task-not-found");
    if (!isTaskScope(found.task.scope) || found.task.scope === "national") return refuse("task-agency-national-task");
    if (!permissions.seesAgencyProgress(ctx.access)) return refuse("task-agency-not-allowed");
    return { ...found.task, scope: found.task.scope };
  }

  async function show(ctx: BotContext, view: { text: string; keyboard: InlineKeyboard }, edit: boolean) {
    const options = { parse_mode: "HTML" as const, reply_markup: view.keyboard, link_preview_options: { is_disabled: true } };
    if (edit) await ctx.editMessageText(view.text, options);
    else await ctx.reply(view.text, options);
  }

  /** Paging edits the list in place; a first press from a card sends a new message. */
  const fromSameView = (ctx: BotContext, unpack: (data: string) => unknown) =>
    (ctx.callbackQuery?.message?.reply_markup?.inline_keyboard.flat() ?? []).some((b) => "callback_data" in b && unpack(b.callback_data) !== null);

  /**
   * What a task that applies to agencies adds to its card: the derived figure, my agency's entry,
   * and buttons. null for a national task (its card stays as it was).
   */
  async function cardParts(ctx: BotContext, task: CardTask) {
    if (!isTaskScope(task.scope) || task.scope === "national") return null;
    const v = viewer(ctx);
    const figure = await agencyProgress.figure(task);
    const member = ctx.access.member;
    const agencyId = ctx.access.isApproved ? (member?.agencyId ?? null) : null;
    const applies = agencyId !== null && (await agencyProgress.appliesTo(task, agencyId));
    const mine = applies && agencyId !== null ? await agencyProgress.entryOf(task.id, agencyId, 0) : null;
    const entry = mine?.entry
      ? { ...mine.entry, updatedByName: mine.entry.updatedBy?.fullName ?? null }
      : null;
    const overdue = isOverdue({ targetDate: task.targetDate, status: entry?.status ?? "belum_dimulai" }, v.now);
    const entryScope = await permissions.agencyEntryScope(ctx.access, task);
    const mayUpdate = entryScope === "any" || (entryScope !== null && applies);
    return {
      figure: figureLines(v, { title: task.title, scope: task.scope }, figure),
      mine: agencyId !== null ? myEntryLines(v, member?.agency.name ?? null, applies, entry, overdue) : [],
      addButtons: (keyboard: InlineKeyboard) =>
        agencyCardButtons(keyboard, v.t, task.number, {
          mayUpdate,
          area: member?.agency.provinceCode ?? ALL_AREAS,
          provinceView: isProvinceMember(ctx),
          evidenceOf: entry?.evidenceFileId && agencyId !== null ? agencyId : null,
        }),
    };
  }

  async function showMyTasks(ctx: BotContext, filter: AgencyTaskFilterCode, page: number, edit: boolean) {
    const member = ctx.access.member;
    if (!member || !permissions.seesAgencyProgress(ctx.access)) return ctx.reply(ctx.t("task-agency-not-allowed"));
    const summary = await agencyProgress.agencySummary(member.agencyId);
    const result = await agencyProgress.agencyTasks(
      member.agencyId,
      filter === "o" ? { overdueOnly: true } : filter === "n" ? { status: "belum_melapor", overdueFirst: true } : { overdueFirst: true },
      page,
    );
    await show(ctx, agencyTasksView(viewer(ctx), member.agency, summary, filter, result, isProvinceMember(ctx)), edit);
  }

  chat.command("tugas_instansi", (ctx) => showMyTasks(ctx, "a", 0, false));

  onButton(composer, agencyTasksButton, async (ctx, { page, filter }) => {
    await ctx.answerCallbackQuery();
    // Paging and filters edit the list in place; from /tugas's summary (its list buttons) it comes as a new message.
    const inPlace = fromSameView(ctx, (d) => agencyTasksButton.unpack(d)) && !fromSameView(ctx, (d) => taskListButton.unpack(d));
    await showMyTasks(ctx, filter, page, inPlace);
  });

  onButton(composer, agencyProvincesButton, async (ctx, { number, page }) => {
    const task = await scopedTask(ctx, number);
    if (!task) return;
    await ctx.answerCallbackQuery();
    // Grouped, ranked by share done and cut to the page by the database.
    const rows = await agencyProgress.provincesPage(task.id, page);
    const area = ctx.access.member?.agency.provinceCode ?? ALL_AREAS;
    await show(ctx, provincesView(viewer(ctx), task, rows, area), fromSameView(ctx, (d) => agencyProvincesButton.unpack(d)));
  });

  onButton(composer, agencyNotReportedButton, async (ctx, { number, area: code, page }) => {
    const area = decodeArea(code);
    if (!area) return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    const task = await scopedTask(ctx, number);
    if (!task) return;
    await ctx.answerCallbackQuery();
    const result = await agencyProgress.notReported(task.id, area === ALL_AREAS ? {} : { provinceCode: area }, page);
    const provinceName = area === ALL_AREAS ? null : await agencyProgress.provinceName(area);
    const own = ctx.access.member?.agency.provinceCode ?? null;
    await show(
      ctx,
      notReportedView(viewer(ctx), task, result, { code: area, name: provinceName, own }),
      fromSameView(ctx, (d) => agencyNotReportedButton.unpack(d)),
    );
  });

  onButton(composer, agencyRegenciesButton, async (ctx, { number, page }) => {
    // The button is offered to members of a province's own agency; the view is of the presser's own
    // province (what every approved member may see anyway), so a central unit has none to show.
    const member = ctx.access.member;
    if (!member?.agency.provinceCode) return ctx.answerCallbackQuery({ text: ctx.t("task-agency-no-province"), show_alert: true });
    const task = await scopedTask(ctx, number);
    if (!task) return;
    await ctx.answerCallbackQuery();
    const result = await agencyProgress.agencies(task.id, { provinceCode: member.agency.provinceCode, kinds: REGENCY_KINDS }, page);
    const province = member.agency.provinceName ?? (await agencyProgress.provinceName(member.agency.provinceCode)) ?? member.agency.provinceCode;
    await show(ctx, regenciesView(viewer(ctx), task, province, result), fromSameView(ctx, (d) => agencyRegenciesButton.unpack(d)));
  });

  onButton(composer, agencyEvidenceButton, async (ctx, { number, agency }) => {
    const task = await scopedTask(ctx, number);
    if (!task) return;
    const { entry } = await agencyProgress.entryOf(task.id, agency, 0);
    if (!entry?.evidenceFileId) return ctx.answerCallbackQuery({ text: ctx.t("task-agency-no-evidence"), show_alert: true });
    await ctx.answerCallbackQuery();
    const name = (await agencyProgress.agencyName(agency)) ?? "-";
    await ctx.replyWithDocument(entry.evidenceFileId, { caption: ctx.t("task-agency-evidence-caption", { number: String(task.number), agency: name }) });
  });

  onButton(composer, agencyUpdateButton, async (ctx, { number }) => {
    const found = await tasks.findByNumber(number);
    if (!found) return ctx.answerCallbackQuery({ text: ctx.t("task-not-found", { number: String(number) }), show_alert: true });
    const task = found.task;
    if (task.scope === "national") return ctx.answerCallbackQuery({ text: ctx.t("task-agency-national-task", { number: String(number) }), show_alert: true });
    const scope = await permissions.agencyEntryScope(ctx.access, task);
    const allowed = scope === "any" || (scope !== null && (await permissions.updatesAgencyEntry(ctx.access, task, scope.agencyId)));
    if (!allowed) return ctx.answerCallbackQuery({ text: ctx.t("task-agency-update-not-allowed"), show_alert: true });
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, AGENCY_UPDATE_CONVERSATION, task.number);
  });

  return { composer, cardParts };
}
