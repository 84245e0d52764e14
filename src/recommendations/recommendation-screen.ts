// What the screens of recommendations share: their dependencies, the reader (zone and language),
// the member behind an approved press, numbered lists with paging, and which pokja someone sees.
import { InlineKeyboard } from "grammy";
import type { Access } from "../access/access.js";
import type { Permissions } from "../access/permissions.js";
import type { BotContext, ConversationContext } from "../bot/context.js";
import type { MeetingService } from "../meetings/meeting-service.js";
import type { MemberWithAgency } from "../members/member-types.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { OffThread } from "../shared/off-thread.js";
import { openCardButton } from "./recommendation-buttons.js";
import type { RecommendationNotices } from "./recommendation-notices.js";
import type { RecommendationFull, RecommendationService } from "./recommendation-service.js";
import { listLine } from "./recommendation-views.js";

export type T = (key: string, vars?: Record<string, string | number>) => string;

export interface RecommendationScreenDeps {
  recommendations: RecommendationService;
  notices: RecommendationNotices;
  pokja: PokjaService;
  meetings: MeetingService;
  clock: Clock;
  permissions: Permissions;
  /** Where the report's chart and workbook are drawn (a worker thread). */
  offThread: OffThread;
  logger?: Logger;
}

export const tOf = (ctx: ConversationContext): T => ctx.t.bind(ctx);

/** The zone and language the reader reads in. */
export function readerOf(ctx: ConversationContext) {
  return { timezone: ctx.access.timezone, language: ctx.access.member?.language ?? "id" };
}

/**
 * The member pressing or typing. The gate lets only approved people through, and every approved
 * person has a record (admins from ADMIN_TELEGRAM_IDS get one on first contact).
 */
export function memberOf(ctx: ConversationContext): MemberWithAgency {
  const member = ctx.access.member;
  if (!member) throw new Error("an approved user without a member record");
  return member;
}

export const actorOf = (member: MemberWithAgency) => ({ memberId: member.id, name: member.fullName });

/** The active pokja whose recommendations this person sees (and may submit to), in list order. */
export async function visiblePokja(pokja: PokjaService, permissions: Permissions, access: Access) {
  const seen = [];
  for (const p of await pokja.list(access.member?.id ?? null)) {
    if (await permissions.seesPokjaRecommendations(access, p.id)) seen.push({ id: p.id, name: p.name });
  }
  return seen;
}

export interface ListPage {
  items: RecommendationFull[];
  page: number;
  pageCount: number;
  total: number;
}

/** A numbered list with a button per item and paging. */
export function listMessage(
  ctx: BotContext,
  title: string,
  page: ListPage,
  pageData: (page: number) => string,
  now: Date,
  line: (rec: RecommendationFull) => string = (rec) => listLine(tOf(ctx), rec, now),
) {
  const lines = [title, ""];
  const keyboard = new InlineKeyboard();
  page.items.forEach((rec, i) => {
    lines.push(line(rec));
    keyboard.text(`#${rec.id}`, openCardButton.pack({ id: rec.id }));
    if (i % 5 === 4) keyboard.row();
  });
  keyboard.row();
  if (page.page > 0) keyboard.text("◀️", pageData(page.page - 1));
  if (page.pageCount > 1) lines.push("", ctx.t("rec-page", { page: page.page + 1, pages: page.pageCount, total: page.total }));
  if (page.page + 1 < page.pageCount) keyboard.text("▶️", pageData(page.page + 1));
  return { text: lines.join("\n"), keyboard };
}

/** Shows a list: in place of the message whose button was pressed, or as a new message. */
export async function showList(ctx: BotContext, view: { text: string; keyboard: InlineKeyboard }, edit: boolean) {
  if (edit) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard }).catch(() => undefined);
  else await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
}
