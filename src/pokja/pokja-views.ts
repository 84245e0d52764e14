// Texts and keyboards of the pokja screens, built from plain data.
import { InlineKeyboard } from "grammy";
import type { ConversationContext } from "../bot/context.js";
import type { Page } from "../members/member-service.js";
import type { MemberWithAgency } from "../members/member-types.js";
import { escapeHtml } from "../shared/html.js";
import { formatNumber } from "../shared/time.js";
import type { DirectoryEntry, PokjaOverview } from "./pokja-service.js";

export interface Viewer {
  isAdmin: boolean;
  /** Coordinator of this pokja (checked on the server). */
  coordinates: boolean;
  language: string;
}

function count(ctx: ConversationContext, n: number) {
  return formatNumber(n, ctx.access.member?.language ?? "id");
}

function membershipLabel(ctx: ConversationContext, p: PokjaOverview) {
  if (p.myStatus === "active") return ctx.t("pokja-my-status-member");
  if (p.myStatus === "requested") return ctx.t("pokja-my-status-requested");
  return ctx.t("pokja-my-status-none");
}

export function pokjaListView(ctx: ConversationContext, pokjas: PokjaOverview[], isAdmin: boolean) {
  const lines = [ctx.t("pokja-list-title"), ""];
  const keyboard = new InlineKeyboard();
  for (const p of pokjas) {
    lines.push(
      ctx.t("pokja-list-entry", {
        name: escapeHtml(p.name),
        mode: ctx.t(p.isOpen ? "pokja-mode-open" : "pokja-mode-moderated"),
        members: count(ctx, p.memberCount),
        description: escapeHtml(p.description.length > 110 ? `${p.description.slice(0, 108)}…` : p.description),
        status: membershipLabel(ctx, p),
      }),
      "",
    );
    keyboard.text(`ℹ️ ${p.name}`, `pk:view:${p.id}`);
    if (p.myStatus === "active") keyboard.text(ctx.t("pokja-button-leave"), `pk:leave:${p.id}`);
    else if (p.myStatus === "requested") keyboard.text(ctx.t("pokja-button-cancel-request"), `pk:leave:${p.id}`);
    else keyboard.text(ctx.t(p.isOpen ? "pokja-button-join" : "pokja-button-request"), `pk:join:${p.id}`);
    keyboard.row();
  }
  if (pokjas.length === 0) lines.push(ctx.t("pokja-list-empty"));
  if (isAdmin) keyboard.text(ctx.t("pokja-button-create"), "pk:create");
  return { text: lines.join("\n").trim(), keyboard };
}

export function pokjaPageView(
  ctx: ConversationContext,
  p: PokjaOverview,
  coordinators: MemberWithAgency[],
  groupTitles: string[],
  viewer: Viewer,
) {
  const staff = viewer.isAdmin || viewer.coordinates;
  const lines = [
    `<b>Pokja ${escapeHtml(p.name)}</b>`,
    escapeHtml(p.description),
    "",
    ctx.t("pokja-page-mode", { mode: ctx.t(p.isOpen ? "pokja-mode-open" : "pokja-mode-moderated") }),
    ctx.t("pokja-page-members", { count: count(ctx, p.memberCount) }),
    ctx.t("pokja-page-coordinators", {
      names: coordinators.length ? coordinators.map((c) => escapeHtml(c.fullName)).join(", ") : ctx.t("pokja-none-yet"),
    }),
    ctx.t("pokja-page-groups", {
      groups: groupTitles.length ? groupTitles.map(escapeHtml).join(", ") : ctx.t("pokja-none-yet"),
    }),
    ctx.t("pokja-page-my-status", { status: membershipLabel(ctx, p) }),
  ];
  if (staff && p.requestCount > 0) lines.push(ctx.t("pokja-page-requests", { count: count(ctx, p.requestCount) }));
  const keyboard = new InlineKeyboard();
  if (p.myStatus === "active") keyboard.text(ctx.t("pokja-button-leave"), `pk:leave:${p.id}`);
  else if (p.myStatus === "requested") keyboard.text(ctx.t("pokja-button-cancel-request"), `pk:leave:${p.id}`);
  else keyboard.text(ctx.t(p.isOpen ? "pokja-button-join" : "pokja-button-request"), `pk:join:${p.id}`);
  if (staff) {
    keyboard.row().text(ctx.t("pokja-button-directory"), `pk:dir:${p.id}:0:n`);
    if (p.requestCount > 0) keyboard.text(ctx.t("pokja-button-requests", { count: p.requestCount }), `pk:req:${p.id}`);
  }
  if (viewer.isAdmin) {
    keyboard
      .row()
      .text(ctx.t("pokja-button-rename"), `pk:rename:${p.id}`)
      .text(ctx.t("pokja-button-describe"), `pk:describe:${p.id}`)
      .row()
      .text(ctx.t(p.isOpen ? "pokja-button-make-moderated" : "pokja-button-make-open"), `pk:mode:${p.id}:${p.isOpen ? "m" : "o"}`)
      .text(ctx.t("pokja-button-coordinators"), `pk:coords:${p.id}`)
      .row()
      .text(ctx.t("pokja-button-retire"), `pk:retire:${p.id}`);
  }
  keyboard.row().text(ctx.t("pokja-button-back"), "pk:list");
  return { text: lines.join("\n"), keyboard };
}

export function requestsView(ctx: ConversationContext, pokjaName: string, requests: { member: MemberWithAgency }[], pokjaId: number) {
  if (requests.length === 0) return { text: ctx.t("pokja-requests-empty", { pokja: escapeHtml(pokjaName) }), keyboard: new InlineKeyboard() };
  const lines = [ctx.t("pokja-requests-title", { pokja: escapeHtml(pokjaName), count: requests.length }), ""];
  const keyboard = new InlineKeyboard();
  requests.slice(0, 10).forEach(({ member }, i) => {
    lines.push(`${i + 1}. <b>${escapeHtml(member.fullName)}</b> — ${escapeHtml(member.position)}, ${escapeHtml(member.agency.name)}`);
    keyboard
      .text(`${i + 1}. ${ctx.t("pokja-button-accept")}`, `pk:acc:${pokjaId}:${member.id}`)
      .text(`${i + 1}. ${ctx.t("pokja-button-decline")}`, `pk:dec:${pokjaId}:${member.id}`)
      .row();
  });
  return { text: lines.join("\n"), keyboard };
}

export function directoryView(
  ctx: ConversationContext,
  pokjaId: number,
  pokjaName: string,
  page: Page<DirectoryEntry>,
  byProvince: boolean,
) {
  const lines = [ctx.t("directory-title", { pokja: escapeHtml(pokjaName), count: count(ctx, page.total) }), ""];
  if (page.total === 0) lines.push(ctx.t("directory-empty"));
  let province: string | null | undefined;
  page.items.forEach((e, i) => {
    if (byProvince && e.provinceName !== province) {
      province = e.provinceName;
      lines.push(`<b>${escapeHtml(province ?? ctx.t("directory-central"))}</b>`);
    }
    const n = page.page * 20 + i + 1;
    const star = e.isCoordinator ? " ⭐" : "";
    lines.push(`${n}. ${escapeHtml(e.fullName)}${star} — ${escapeHtml(e.position)}, ${escapeHtml(e.agency)}`);
  });
  const mode = byProvince ? "p" : "n";
  const keyboard = new InlineKeyboard();
  if (page.pageCount > 1) {
    if (page.page > 0) keyboard.text(ctx.t("button-previous"), `pk:dir:${pokjaId}:${page.page - 1}:${mode}`);
    keyboard.text(ctx.t("page-indicator", { page: page.page + 1, pages: page.pageCount }), "noop");
    if (page.page < page.pageCount - 1) keyboard.text(ctx.t("button-next"), `pk:dir:${pokjaId}:${page.page + 1}:${mode}`);
    keyboard.row();
  }
  keyboard
    .text(ctx.t(byProvince ? "directory-button-by-name" : "directory-button-by-province"), `pk:dir:${pokjaId}:0:${byProvince ? "n" : "p"}`)
    .text(ctx.t("directory-button-csv"), `pk:csv:${pokjaId}`);
  return { text: lines.join("\n"), keyboard };
}
