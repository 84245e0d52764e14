// Texts and keyboards of the /admin screens, built from plain data.
import { InlineKeyboard } from "grammy";
import type { ConversationContext } from "../bot/context.js";
import type { MemberService, Page } from "../members/member-service.js";
import type { MemberWithAgency } from "../members/member-types.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import { statusKey } from "../members/member-keys.js";
import { memberCoordinationButton } from "../pokja/pokja-buttons.js";
import { ADMIN_BUTTONS, queryToken } from "./admin-buttons.js";
import { ROLE_BUTTON_KEYS, SETTABLE_ROLES } from "./admin-keys.js";

export const PENDING_PAGE_SIZE = 5;
export const SEARCH_PAGE_SIZE = 8;
/** Callback data is limited to 64 bytes and carries the query's words for paging. */
export const SEARCH_QUERY_MAX = 40;

export interface MemberSummary {
  id: number;
  name: string;
  agency: string;
  position: string;
  status: string;
  role: string;
  registeredAt: string;
}

export function summarize(m: MemberWithAgency): MemberSummary {
  return {
    id: m.id,
    name: m.fullName,
    agency: m.agency.name,
    position: m.position,
    status: m.status,
    role: m.role,
    registeredAt: m.registeredAt.toISOString(),
  };
}

export async function searchPage(members: MemberService, query: string, page: number): Promise<Page<MemberSummary>> {
  const result = await members.search(query, page, SEARCH_PAGE_SIZE);
  return { ...result, items: result.items.map(summarize) };
}

export async function pendingPage(members: MemberService, page: number): Promise<Page<MemberSummary>> {
  const result = await members.listByStatus("pending", page, PENDING_PAGE_SIZE);
  return { ...result, items: result.items.map(summarize) };
}

/** Graphemes of a name on an approve button: phones show about this many on a full-width button. */
export const APPROVE_NAME_MAX = 28;

let segmenter: Intl.Segmenter | undefined;

/** At most `max` graphemes (an emoji or a letter with its accent counts as one), with "…" when cut. */
export function cutGraphemes(text: string, max: number): string {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const graphemes = Array.from(segmenter.segment(text), (s) => s.segment);
  return graphemes.length <= max ? text : `${graphemes.slice(0, max - 1).join("").trimEnd()}…`;
}

/** The admin reads dates in their own zone and language. */
export function viewerZone(ctx: ConversationContext) {
  return { timezone: ctx.access.timezone, language: ctx.access.member?.language ?? "id" };
}

function pager(ctx: ConversationContext, keyboard: InlineKeyboard, page: Page<unknown>, data: (page: number) => string) {
  if (page.pageCount <= 1) return;
  keyboard.row();
  if (page.page > 0) keyboard.text(ctx.t("button-previous"), data(page.page - 1));
  keyboard.text(ctx.t("page-indicator", { page: page.page + 1, pages: page.pageCount }), "noop");
  if (page.page < page.pageCount - 1) keyboard.text(ctx.t("button-next"), data(page.page + 1));
}

export function adminMenuView(ctx: ConversationContext, counts: Record<string, number>) {
  const text = ctx.t("admin-menu", {
    pending: counts.pending ?? 0,
    approved: counts.approved ?? 0,
    rejected: counts.rejected ?? 0,
    suspended: counts.suspended ?? 0,
  });
  const keyboard = new InlineKeyboard()
    .text(ctx.t("admin-button-pending", { count: counts.pending ?? 0 }), ADMIN_BUTTONS.pendingPage.pack({ page: 0 }))
    .row()
    .text(ctx.t("admin-button-search"), ADMIN_BUTTONS.search.pack({}));
  return { text, keyboard };
}

export function pendingView(ctx: ConversationContext, page: Page<MemberSummary>) {
  const { timezone, language } = viewerZone(ctx);
  if (page.total === 0) return { text: ctx.t("admin-pending-empty"), keyboard: new InlineKeyboard() };
  const lines = [ctx.t("admin-pending-title", { count: page.total }), ""];
  const keyboard = new InlineKeyboard();
  page.items.forEach((m, index) => {
    const n = page.page * PENDING_PAGE_SIZE + index + 1;
    lines.push(
      ctx.t("admin-pending-entry", {
        n,
        name: escapeHtml(m.name),
        position: escapeHtml(m.position),
        agency: escapeHtml(m.agency),
        since: formatDateTime(new Date(m.registeredAt), timezone, language),
      }),
    );
    // The approve button names the applicant and carries their id, never a position in the list.
    const approveLabel = ctx.t("admin-button-approve-named", { name: cutGraphemes(m.name, APPROVE_NAME_MAX) });
    keyboard
      .text(`${n}. ${approveLabel}`, ADMIN_BUTTONS.approveFromList.pack({ memberId: m.id, page: page.page }))
      .row()
      .text(`${n}. ${ctx.t("admin-button-reject")}`, ADMIN_BUTTONS.reject.pack({ memberId: m.id }))
      .text(`${n}. ${ctx.t("admin-button-detail")}`, ADMIN_BUTTONS.member.pack({ memberId: m.id }))
      .row();
  });
  pager(ctx, keyboard, page, (p) => ADMIN_BUTTONS.pendingPage.pack({ page: p }));
  return { text: lines.join("\n"), keyboard };
}

export function searchResultsView(ctx: ConversationContext, query: string, page: Page<MemberSummary>) {
  if (page.total === 0) return { text: ctx.t("admin-search-none", { query: escapeHtml(query) }), keyboard: new InlineKeyboard() };
  const keyboard = new InlineKeyboard();
  for (const m of page.items) {
    keyboard.text(`${m.name} · ${ctx.t(statusKey(m.status))}`, ADMIN_BUTTONS.member.pack({ memberId: m.id })).row();
  }
  const token = queryToken(query);
  pager(ctx, keyboard, page, (p) => ADMIN_BUTTONS.searchPage.pack({ page: p, query: token }));
  return { text: ctx.t("admin-search-results", { count: page.total, query: escapeHtml(query) }), keyboard };
}

/** Buttons on an admin's view of one member: what can be done to them in their current state. */
export function memberActionsKeyboard(ctx: ConversationContext, member: MemberWithAgency, isConfiguredAdmin: boolean) {
  const keyboard = new InlineKeyboard();
  if (member.status === "pending") {
    keyboard
      .text(ctx.t("admin-button-approve"), ADMIN_BUTTONS.approve.pack({ memberId: member.id }))
      .text(ctx.t("admin-button-reject"), ADMIN_BUTTONS.reject.pack({ memberId: member.id }));
    return keyboard;
  }
  if (isConfiguredAdmin || member.id === ctx.access.member?.id) return keyboard;
  if (member.status === "approved") {
    // Coordinators are appointed per pokja; the role follows the appointments.
    for (const role of SETTABLE_ROLES) {
      if (role !== member.role) keyboard.text(ctx.t(ROLE_BUTTON_KEYS[role]), ADMIN_BUTTONS.role.pack({ memberId: member.id, role }));
    }
    // The pokja feature's button: which pokja this member coordinates.
    keyboard.row().text(ctx.t("admin-button-coordinator-of"), memberCoordinationButton.pack({ memberId: member.id }));
    keyboard.row().text(ctx.t("admin-button-suspend"), ADMIN_BUTTONS.suspend.pack({ memberId: member.id }));
  } else if (member.status === "suspended") {
    keyboard.text(ctx.t("admin-button-reinstate"), ADMIN_BUTTONS.reinstate.pack({ memberId: member.id }));
  }
  return keyboard;
}
