// Texts and keyboards of the pokja screens, built from plain data.
import { InlineKeyboard } from "grammy";
import type { ConversationContext } from "../bot/context.js";
import type { Page } from "../members/member-service.js";
import type { MemberWithAgency } from "../members/member-types.js";
import { escapeHtml } from "../shared/html.js";
import { formatNumber } from "../shared/time.js";
import type { Pokja } from "../generated/prisma/client.js";
import type { DirectoryEntry, PokjaOverview } from "./pokja-service.js";
import { cutText } from "../shared/user-text.js";
import {
  acceptButton,
  addCoordinatorButton,
  coordinatorsButton,
  createButton,
  csvButton,
  declineButton,
  describeButton,
  directoryButton,
  joinButton,
  leaveButton,
  leaveConfirmButton,
  listButton,
  modeButton,
  removeCoordinatorButton,
  removeOnLeaveButton,
  renameButton,
  requestsButton,
  retireButton,
  retireConfirmButton,
  toggleCoordinatorButton,
  viewButton,
} from "./pokja-buttons.js";

/** What the viewer may do with the pokja on screen, as permissions answered it just now. */
export interface Viewer {
  isAdmin: boolean;
  /** Manages this pokja (its coordinators, and admins). */
  manages: boolean;
}

function count(ctx: ConversationContext, n: number) {
  return formatNumber(n, ctx.access.member?.language ?? "id");
}

function membershipLabel(ctx: ConversationContext, p: PokjaOverview) {
  if (p.myStatus === "active") return ctx.t("pokja-my-status-member");
  if (p.myStatus === "requested") return ctx.t("pokja-my-status-requested");
  return ctx.t("pokja-my-status-none");
}

/** Join, request, leave or cancel the request: whichever fits the viewer's membership. */
function membershipButton(ctx: ConversationContext, keyboard: InlineKeyboard, p: PokjaOverview) {
  const pokjaId = p.id;
  if (p.myStatus === "active") keyboard.text(ctx.t("pokja-button-leave"), leaveButton.pack({ pokjaId }));
  else if (p.myStatus === "requested") keyboard.text(ctx.t("pokja-button-cancel-request"), leaveButton.pack({ pokjaId }));
  else keyboard.text(ctx.t(p.isOpen ? "pokja-button-join" : "pokja-button-request"), joinButton.pack({ pokjaId }));
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
        description: escapeHtml(cutText(p.description, 110)),
        status: membershipLabel(ctx, p),
      }),
      "",
    );
    keyboard.text(`ℹ️ ${p.name}`, viewButton.pack({ pokjaId: p.id }));
    membershipButton(ctx, keyboard, p);
    keyboard.row();
  }
  if (pokjas.length === 0) lines.push(ctx.t("pokja-list-empty"));
  if (isAdmin) keyboard.text(ctx.t("pokja-button-create"), createButton.pack({}));
  return { text: lines.join("\n").trim(), keyboard };
}

export function pokjaPageView(
  ctx: ConversationContext,
  p: PokjaOverview,
  coordinators: MemberWithAgency[],
  groupTitles: string[],
  viewer: Viewer,
) {
  const staff = viewer.manages;
  const pokjaId = p.id;
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
  if (staff) lines.push(ctx.t(p.removeOnLeave ? "pokja-page-remove-on-leave" : "pokja-page-keep-on-leave"));
  const keyboard = new InlineKeyboard();
  membershipButton(ctx, keyboard, p);
  if (staff) {
    keyboard.row().text(ctx.t("pokja-button-directory"), directoryButton.pack({ pokjaId, page: 0, order: "n" }));
    if (p.requestCount > 0) keyboard.text(ctx.t("pokja-button-requests", { count: p.requestCount }), requestsButton.pack({ pokjaId }));
    // The coordinators' choice: who leaves the pokja leaves its Telegram groups too, or stays there.
    keyboard
      .row()
      .text(
        ctx.t(p.removeOnLeave ? "pokja-button-keep-on-leave" : "pokja-button-remove-on-leave"),
        removeOnLeaveButton.pack({ pokjaId, remove: p.removeOnLeave ? "0" : "1" }),
      );
  }
  if (viewer.isAdmin) {
    keyboard
      .row()
      .text(ctx.t("pokja-button-rename"), renameButton.pack({ pokjaId }))
      .text(ctx.t("pokja-button-describe"), describeButton.pack({ pokjaId }))
      .row()
      .text(ctx.t(p.isOpen ? "pokja-button-make-moderated" : "pokja-button-make-open"), modeButton.pack({ pokjaId, mode: p.isOpen ? "m" : "o" }))
      .text(ctx.t("pokja-button-coordinators"), coordinatorsButton.pack({ pokjaId }))
      .row()
      .text(ctx.t("pokja-button-retire"), retireButton.pack({ pokjaId }));
  }
  keyboard.row().text(ctx.t("pokja-button-back"), listButton.pack({}));
  return { text: lines.join("\n"), keyboard };
}

export function requestsView(ctx: ConversationContext, pokjaName: string, requests: { member: MemberWithAgency }[], pokjaId: number) {
  if (requests.length === 0) return { text: ctx.t("pokja-requests-empty", { pokja: escapeHtml(pokjaName) }), keyboard: new InlineKeyboard() };
  const lines = [ctx.t("pokja-requests-title", { pokja: escapeHtml(pokjaName), count: requests.length }), ""];
  const keyboard = new InlineKeyboard();
  requests.slice(0, 10).forEach(({ member }, i) => {
    lines.push(`${i + 1}. <b>${escapeHtml(member.fullName)}</b> — ${escapeHtml(member.position)}, ${escapeHtml(member.agency.name)}`);
    keyboard
      .text(`${i + 1}. ${ctx.t("pokja-button-accept")}`, acceptButton.pack({ pokjaId, memberId: member.id }))
      .text(`${i + 1}. ${ctx.t("pokja-button-decline")}`, declineButton.pack({ pokjaId, memberId: member.id }))
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
  const order = byProvince ? "p" : "n";
  const keyboard = new InlineKeyboard();
  if (page.pageCount > 1) {
    if (page.page > 0) keyboard.text(ctx.t("button-previous"), directoryButton.pack({ pokjaId, page: page.page - 1, order }));
    keyboard.text(ctx.t("page-indicator", { page: page.page + 1, pages: page.pageCount }), "noop");
    if (page.page < page.pageCount - 1) keyboard.text(ctx.t("button-next"), directoryButton.pack({ pokjaId, page: page.page + 1, order }));
    keyboard.row();
  }
  keyboard
    .text(ctx.t(byProvince ? "directory-button-by-name" : "directory-button-by-province"), directoryButton.pack({ pokjaId, page: 0, order: byProvince ? "n" : "p" }))
    .text(ctx.t("directory-button-csv"), csvButton.pack({ pokjaId }));
  return { text: lines.join("\n"), keyboard };
}

/** Asks before leaving a pokja (or cancelling a request to join it). */
export function leaveConfirmView(ctx: ConversationContext, p: PokjaOverview) {
  const key = p.myStatus === "active" ? (p.iCoordinate ? "pokja-leave-confirm-coordinator" : "pokja-leave-confirm") : "pokja-cancel-confirm";
  const keyboard = new InlineKeyboard()
    .text(ctx.t(p.myStatus === "active" ? "pokja-button-leave-yes" : "pokja-button-cancel-yes"), leaveConfirmButton.pack({ pokjaId: p.id }))
    .text(ctx.t("pokja-button-leave-no"), listButton.pack({}));
  return { text: ctx.t(key, { pokja: escapeHtml(p.name) }), keyboard };
}

export function retireConfirmView(ctx: ConversationContext, p: Pokja) {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("pokja-button-retire-yes"), retireConfirmButton.pack({ pokjaId: p.id }))
    .text(ctx.t("pokja-button-leave-no"), viewButton.pack({ pokjaId: p.id }));
  return { text: ctx.t("pokja-retire-confirm", { pokja: escapeHtml(p.name) }), keyboard };
}

/** A pokja's coordinators, each with a button to end the appointment, and one to add another. */
export function coordinatorsView(ctx: ConversationContext, p: Pokja, current: MemberWithAgency[]) {
  const pokjaId = p.id;
  const keyboard = new InlineKeyboard();
  for (const c of current) keyboard.text(`✖️ ${c.fullName}`, removeCoordinatorButton.pack({ pokjaId, memberId: c.id })).row();
  keyboard
    .text(ctx.t("pokja-button-add-coordinator"), addCoordinatorButton.pack({ pokjaId }))
    .row()
    .text(ctx.t("pokja-button-back"), viewButton.pack({ pokjaId }));
  const names = current.map((c) => `• ${escapeHtml(c.fullName)} — ${escapeHtml(c.agency.name)}`);
  const text = [
    ctx.t("pokja-coordinators-title", { pokja: escapeHtml(p.name) }),
    "",
    ...(names.length ? names : [ctx.t("pokja-none-yet")]),
    "",
    ctx.t("pokja-coordinators-hint"),
  ].join("\n");
  return { text, keyboard };
}

/**
 * Every pokja, ticked where the member coordinates it; `backData` returns to their card in /admin
 * (the admin feature's button).
 */
export function memberCoordinationView(
  ctx: ConversationContext,
  member: { id: number; fullName: string },
  all: { id: number; name: string }[],
  coordinated: ReadonlySet<number>,
  backData: string,
) {
  const keyboard = new InlineKeyboard();
  for (const p of all) {
    const mine = coordinated.has(p.id);
    keyboard.text(`${mine ? "✅" : "▫️"} ${p.name}`, toggleCoordinatorButton.pack({ pokjaId: p.id, memberId: member.id, assign: mine ? "0" : "1" })).row();
  }
  keyboard.text(ctx.t("pokja-button-back"), backData);
  return { text: ctx.t("pokja-coordinates-of", { name: escapeHtml(member.fullName) }), keyboard };
}
