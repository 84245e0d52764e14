// /pokja and /anggota in private chats: joining and leaving, requests, coordinators, the member
// directory and its CSV export, and the admins' pokja management. Every button re-checks, on the
// server and at that moment, that the sender may do what it asks.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { BotContext } from "../bot/context.js";
import { requireAdmin, requireApproved } from "../bot/guards.js";
import type { CommandMenus } from "../bot/commands.js";
import type { MemberService } from "../members/member-service.js";
import { escapeHtml } from "../shared/html.js";
import { toCsv } from "../shared/csv.js";
import type { Clock } from "../shared/clock.js";
import { formatDate } from "../shared/time.js";
import type { PokjaNotifications } from "./pokja-notifications.js";
import type { PokjaService } from "./pokja-service.js";
import { directoryView, pokjaListView, pokjaPageView, requestsView } from "./pokja-views.js";
import {
  POKJA_COORDINATOR_SEARCH_CONVERSATION,
  POKJA_CREATE_CONVERSATION,
  POKJA_EDIT_CONVERSATION,
} from "./pokja-conversations.js";
import { actorOf } from "../bot/actor.js";

export interface PokjaComposerDeps {
  pokja: PokjaService;
  members: MemberService;
  notifications: PokjaNotifications;
  commandMenus: CommandMenus;
  clock: Clock;
}

async function alert(ctx: BotContext, key: string, vars?: Record<string, string | number>) {
  await ctx.answerCallbackQuery({ text: ctx.t(key, vars), show_alert: true });
}

export function createPokjaComposer({ pokja, members, notifications, commandMenus, clock }: PokjaComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  /** Admin, or coordinator of this pokja: looked up now, never taken from the button. */
  async function staffOf(ctx: BotContext, pokjaId: number) {
    const isAdmin = ctx.access.isAdmin;
    const member = ctx.access.member;
    const coordinates = Boolean(member && ctx.access.isApproved && (await pokja.isCoordinator(member.id, pokjaId)));
    return { isAdmin, coordinates, may: isAdmin || coordinates };
  }

  /** The active pokja, if the sender is its coordinator or an admin now; otherwise answers why not. */
  async function pokjaForStaff(ctx: BotContext, pokjaId: number) {
    if (!(await requireApproved(ctx))) return null;
    if (!(await staffOf(ctx, pokjaId)).may) {
      await alert(ctx, "pokja-staff-only");
      return null;
    }
    const p = await pokja.findActive(pokjaId);
    if (!p) await alert(ctx, "pokja-gone");
    return p;
  }

  async function showList(ctx: BotContext, edit: boolean) {
    const view = pokjaListView(ctx, await pokja.list(ctx.access.member?.id ?? null), ctx.access.isAdmin);
    const options = { parse_mode: "HTML" as const, reply_markup: view.keyboard };
    if (edit) await ctx.editMessageText(view.text, options);
    else await ctx.reply(view.text, options);
  }

  async function showPage(ctx: BotContext, pokjaId: number, edit: boolean) {
    const overview = await pokja.overview(pokjaId, ctx.access.member?.id ?? null);
    if (!overview) {
      await alert(ctx, "pokja-gone");
      return;
    }
    const staff = await staffOf(ctx, pokjaId);
    const view = pokjaPageView(
      ctx,
      overview,
      await pokja.coordinators(pokjaId),
      (await pokja.groupsOf(pokjaId)).map((g) => g.title),
      { isAdmin: staff.isAdmin, coordinates: staff.coordinates, language: ctx.access.member?.language ?? "id" },
    );
    const options = { parse_mode: "HTML" as const, reply_markup: view.keyboard };
    if (edit) await ctx.editMessageText(view.text, options);
    else await ctx.reply(view.text, options);
  }

  chat.command("pokja", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    await showList(ctx, false);
  });

  chat.callbackQuery("pk:list", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    await ctx.answerCallbackQuery();
    await showList(ctx, true);
  });

  chat.callbackQuery(/^pk:view:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    await showPage(ctx, Number(ctx.match[1]), true);
    await ctx.answerCallbackQuery().catch(() => undefined);
  });

  chat.callbackQuery(/^pk:join:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) {
      if (ctx.access.isApproved) await alert(ctx, "pokja-register-first");
      return;
    }
    const member = ctx.access.member;
    const result = await pokja.join(member, Number(ctx.match[1]));
    if (!result.ok) {
      await alert(ctx, `pokja-join-refused-${result.reason.replace("_", "-")}`);
      return;
    }
    if (result.status === "requested") await notifications.joinRequested(result.pokja, member);
    await ctx.answerCallbackQuery({
      text: ctx.t(result.status === "active" ? "pokja-joined" : "pokja-requested", { pokja: result.pokja.name }),
      show_alert: true,
    });
    await showList(ctx, true);
  });

  chat.callbackQuery(/^pk:leave:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const overview = await pokja.overview(Number(ctx.match[1]), ctx.access.member?.id ?? null);
    if (!overview || !overview.myStatus) {
      await alert(ctx, "pokja-not-member");
      return;
    }
    await ctx.answerCallbackQuery();
    const key = overview.myStatus === "active" ? (overview.iCoordinate ? "pokja-leave-confirm-coordinator" : "pokja-leave-confirm") : "pokja-cancel-confirm";
    await ctx.editMessageText(ctx.t(key, { pokja: escapeHtml(overview.name) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t(overview.myStatus === "active" ? "pokja-button-leave-yes" : "pokja-button-cancel-yes"), `pk:leaveok:${overview.id}`)
        .text(ctx.t("pokja-button-leave-no"), "pk:list"),
    });
  });

  chat.callbackQuery(/^pk:leaveok:(\d+)$/, async (ctx) => {
    if (!(await requireApproved(ctx)) || !ctx.access.member) return;
    const pokjaId = Number(ctx.match[1]);
    const before = await pokja.overview(pokjaId, ctx.access.member.id);
    const result = await pokja.leave(ctx.access.member, pokjaId);
    if (!result.ok) {
      await alert(ctx, "pokja-not-member");
      return;
    }
    if (before?.iCoordinate) await commandMenus.forMember(ctx.access.member.telegramId, (await members.findById(ctx.access.member.id))?.role ?? "member");
    await ctx.answerCallbackQuery({ text: ctx.t("pokja-left", { pokja: before?.name ?? "" }) });
    await showList(ctx, true);
  });

  // Join requests: the coordinators of that pokja (or admins) decide; the first decision counts.
  chat.callbackQuery(/^pk:req:(\d+)$/, async (ctx) => {
    const pokjaId = Number(ctx.match[1]);
    const p = await pokjaForStaff(ctx, pokjaId);
    if (!p) return;
    await ctx.answerCallbackQuery();
    const view = requestsView(ctx, p.name, await pokja.pendingRequests(pokjaId), pokjaId);
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  chat.callbackQuery(/^pk:(acc|dec):(\d+):(\d+)$/, async (ctx) => {
    const accept = ctx.match[1] === "acc";
    const pokjaId = Number(ctx.match[2]);
    if (!(await requireApproved(ctx))) return;
    if (!(await staffOf(ctx, pokjaId)).may) return alert(ctx, "pokja-staff-only");
    const result = await pokja.decide(actorOf(ctx), pokjaId, Number(ctx.match[3]), accept);
    if (!result.ok) return alert(ctx, result.reason === "not_pending" ? "pokja-request-handled" : "pokja-gone");
    await notifications.requestDecided(result.member, result.pokja, accept);
    await ctx.answerCallbackQuery({ text: ctx.t(accept ? "pokja-request-accepted" : "pokja-request-declined") });
    const note = ctx.t(accept ? "pokja-request-accepted-note" : "pokja-request-declined-note", {
      name: escapeHtml(result.member.fullName),
      pokja: escapeHtml(result.pokja.name),
      by: escapeHtml(ctx.access.member?.fullName ?? ctx.from.first_name),
    });
    await ctx.editMessageText(note, { parse_mode: "HTML" });
  });

  // Member directory: names, jabatan and instansi for staff; counts only for members.
  composer.chatType("private").command("anggota", async (ctx) => {
    if (!(await requireApproved(ctx))) return;
    const member = ctx.access.member;
    const choices = ctx.access.isAdmin
      ? await pokja.list(member?.id ?? null)
      : member
        ? (await pokja.list(member.id)).filter((p) => p.iCoordinate)
        : [];
    if (choices.length === 0) {
      const all = await pokja.list(member?.id ?? null);
      const lines = all.map((p) => ctx.t("directory-count-line", { pokja: escapeHtml(p.name), count: p.memberCount }));
      await ctx.reply([ctx.t("directory-counts-title"), "", ...lines, "", ctx.t("directory-counts-note")].join("\n"), { parse_mode: "HTML" });
      return;
    }
    if (choices.length === 1 && choices[0]) {
      const only = choices[0];
      const view = directoryView(ctx, only.id, only.name, await pokja.directoryPage(only.id, 0, false), false);
      await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
      return;
    }
    const keyboard = new InlineKeyboard();
    for (const p of choices) keyboard.text(`${p.name} (${p.memberCount})`, `pk:dir:${p.id}:0:n`).row();
    await ctx.reply(ctx.t("directory-choose"), { reply_markup: keyboard });
  });

  chat.callbackQuery(/^pk:dir:(\d+):(\d+):([np])$/, async (ctx) => {
    const pokjaId = Number(ctx.match[1]);
    const p = await pokjaForStaff(ctx, pokjaId);
    if (!p) return;
    await ctx.answerCallbackQuery();
    const byProvince = ctx.match[3] === "p";
    const view = directoryView(ctx, p.id, p.name, await pokja.directoryPage(p.id, Number(ctx.match[2]), byProvince), byProvince);
    const message = ctx.callbackQuery.message;
    // Paging edits the directory in place; opening it from another screen sends a new message.
    const isDirectory = message?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data?.startsWith("pk:csv:"));
    if (isDirectory) {
      await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
    } else {
      await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
    }
  });

  chat.callbackQuery(/^pk:csv:(\d+)$/, async (ctx) => {
    const pokjaId = Number(ctx.match[1]);
    const p = await pokjaForStaff(ctx, pokjaId);
    if (!p) return;
    await ctx.answerCallbackQuery({ text: ctx.t("directory-csv-preparing") });
    const entries = await pokja.directoryEntries(pokjaId);
    const timezone = ctx.access.member?.timezone ?? "Asia/Jakarta";
    // Username, NIP and phone only for the secretariat, as the consent statement says.
    const personal = ctx.access.isAdmin;
    const headers = [
      "No",
      "Nama",
      "Jabatan",
      "Instansi",
      "Provinsi",
      ...(personal ? ["Username Telegram"] : []),
      "Koordinator",
      "Tanggal Bergabung",
      ...(personal ? ["NIP", "Telepon"] : []),
    ];
    const rows = entries.map((e, i) => [
      i + 1,
      e.fullName,
      e.position,
      e.agency,
      e.provinceName ?? "Pusat",
      ...(personal ? [e.telegramUsername ?? ""] : []),
      e.isCoordinator ? "Ya" : "Tidak",
      e.joinedAt ? formatDate(e.joinedAt, timezone, "id") : "",
      ...(personal ? [e.nip ?? "", e.phone ?? ""] : []),
    ]);
    const stamp = formatDate(clock.now(), timezone, "id").replace(/\s+/g, "-").toLowerCase();
    const fileName = `anggota-pokja-${p.slug}-${stamp}.csv`;
    await ctx.replyWithDocument(new InputFile(toCsv(headers, rows), fileName), {
      caption: ctx.t("directory-csv-caption", { pokja: p.name, count: entries.length }),
    });
  });

  // Admins: create, rename, describe, open or moderate, retire, and appoint coordinators.
  chat.callbackQuery("pk:create", async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, POKJA_CREATE_CONVERSATION);
  });

  chat.callbackQuery(/^pk:(rename|describe):(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const pokjaId = Number(ctx.match[2]);
    if (!(await pokja.findActive(pokjaId))) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, POKJA_EDIT_CONVERSATION, pokjaId, ctx.match[1] === "rename" ? "name" : "description");
  });

  // The button says what it sets (not "toggle"), so a double tap cannot undo itself.
  chat.callbackQuery(/^pk:mode:(\d+):([om])$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const pokjaId = Number(ctx.match[1]);
    const current = await pokja.findActive(pokjaId);
    if (!current) return alert(ctx, "pokja-gone");
    const isOpen = ctx.match[2] === "o";
    await pokja.update(actorOf(ctx), pokjaId, { isOpen });
    await ctx.answerCallbackQuery({ text: ctx.t(isOpen ? "pokja-now-open" : "pokja-now-moderated") });
    await showPage(ctx, pokjaId, true);
  });

  chat.callbackQuery(/^pk:retire:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const p = await pokja.findActive(Number(ctx.match[1]));
    if (!p) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("pokja-retire-confirm", { pokja: escapeHtml(p.name) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("pokja-button-retire-yes"), `pk:retireok:${p.id}`)
        .text(ctx.t("pokja-button-leave-no"), `pk:view:${p.id}`),
    });
  });

  chat.callbackQuery(/^pk:retireok:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const result = await pokja.retire(actorOf(ctx), Number(ctx.match[1]));
    if (!result.ok) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery({ text: ctx.t("pokja-retired", { pokja: result.pokja.name }) });
    await showList(ctx, true);
  });

  async function coordinatorsView(ctx: BotContext, pokjaId: number) {
    const p = await pokja.findActive(pokjaId);
    if (!p) return null;
    const current = await pokja.coordinators(pokjaId);
    const keyboard = new InlineKeyboard();
    for (const c of current) keyboard.text(`✖️ ${c.fullName}`, `pk:crm:${pokjaId}:${c.id}`).row();
    keyboard.text(ctx.t("pokja-button-add-coordinator"), `pk:cadd:${pokjaId}`).row().text(ctx.t("pokja-button-back"), `pk:view:${pokjaId}`);
    const names = current.map((c) => `• ${escapeHtml(c.fullName)} — ${escapeHtml(c.agency.name)}`);
    const text = [ctx.t("pokja-coordinators-title", { pokja: escapeHtml(p.name) }), "", ...(names.length ? names : [ctx.t("pokja-none-yet")]), "", ctx.t("pokja-coordinators-hint")].join("\n");
    return { text, keyboard };
  }

  chat.callbackQuery(/^pk:coords:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const view = await coordinatorsView(ctx, Number(ctx.match[1]));
    if (!view) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  chat.callbackQuery(/^pk:cadd:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const pokjaId = Number(ctx.match[1]);
    if (!(await pokja.findActive(pokjaId))) return alert(ctx, "pokja-gone");
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, POKJA_COORDINATOR_SEARCH_CONVERSATION, pokjaId);
  });

  async function setCoordinator(ctx: BotContext, pokjaId: number, memberId: number, assign: boolean) {
    const result = assign
      ? await pokja.assignCoordinator(actorOf(ctx), pokjaId, memberId)
      : await pokja.removeCoordinator(actorOf(ctx), pokjaId, memberId);
    if (!result.ok) {
      await alert(ctx, `pokja-coordinator-refused-${result.reason.replace("_", "-")}`);
      return false;
    }
    await notifications.coordinatorChanged(result.member, result.pokja, assign);
    await commandMenus.forMember(result.member.telegramId, result.member.role);
    await ctx.answerCallbackQuery({
      text: ctx.t(assign ? "pokja-coordinator-assigned" : "pokja-coordinator-removed", {
        name: result.member.fullName,
        pokja: result.pokja.name,
      }),
    });
    return true;
  }

  chat.callbackQuery(/^pk:cset:(\d+):(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const pokjaId = Number(ctx.match[1]);
    if (!(await setCoordinator(ctx, pokjaId, Number(ctx.match[2]), true))) return;
    const view = await coordinatorsView(ctx, pokjaId);
    if (view) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  chat.callbackQuery(/^pk:crm:(\d+):(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const pokjaId = Number(ctx.match[1]);
    if (!(await setCoordinator(ctx, pokjaId, Number(ctx.match[2]), false))) return;
    const view = await coordinatorsView(ctx, pokjaId);
    if (view) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  // From a member's card in /admin: the pokja they coordinate, toggled one by one.
  async function memberCoordinationView(ctx: BotContext, memberId: number) {
    const member = await members.findById(memberId);
    if (!member) return null;
    const all = await pokja.list(null);
    const mine = new Set((await pokja.coordinatedPokja(memberId)).map((p) => p.id));
    const keyboard = new InlineKeyboard();
    for (const p of all) keyboard.text(`${mine.has(p.id) ? "✅" : "▫️"} ${p.name}`, `pk:ctog:${p.id}:${memberId}:${mine.has(p.id) ? 0 : 1}`).row();
    keyboard.text(ctx.t("pokja-button-back"), `adm:member:${memberId}`);
    return { text: ctx.t("pokja-coordinates-of", { name: escapeHtml(member.fullName) }), keyboard };
  }

  chat.callbackQuery(/^pk:cmember:(\d+)$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const view = await memberCoordinationView(ctx, Number(ctx.match[1]));
    if (!view) return alert(ctx, "admin-member-not-found");
    await ctx.answerCallbackQuery();
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  chat.callbackQuery(/^pk:ctog:(\d+):(\d+):([01])$/, async (ctx) => {
    if (!(await requireAdmin(ctx))) return;
    const pokjaId = Number(ctx.match[1]);
    const memberId = Number(ctx.match[2]);
    const assign = ctx.match[3] === "1";
    if (!(await setCoordinator(ctx, pokjaId, memberId, assign))) return;
    const view = await memberCoordinationView(ctx, memberId);
    if (view) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  return composer;
}
