// /start, /daftar, /profil, /bantuan: what every Telegram user can reach.
import { Composer, InlineKeyboard } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { BotContext } from "../bot/context.js";
import { commandsFor, type CommandDefinition } from "../bot/commands.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import type { Translator } from "../bot/i18n.js";
import type { MemberService } from "./member-service.js";
import { memberCard } from "./member-cards.js";
import { REGISTRATION_CONVERSATION } from "./registration-conversation.js";
import { PROFILE_EDIT_CONVERSATION, PROFILE_FIELDS, type ProfileField } from "./profile-conversation.js";
import { LANGUAGES, type Language } from "./member-types.js";
import { SUPPORTED_TIMEZONES } from "../config/config.js";
import { timezoneAbbreviation } from "../shared/time.js";

export interface MemberComposerDeps {
  members: MemberService;
  i18n: Translator;
  /** Every command of the bot, for /bantuan. */
  commands: readonly CommandDefinition[];
}

function helpText(ctx: BotContext, commands: readonly CommandDefinition[]): string {
  const chat = ctx.chat?.type === "private" ? "private" : "group";
  const lines = commandsFor(commands, ctx.access, chat).map((c) => `/${c.command} — ${ctx.t(`cmd-${c.command}`)}`);
  return [ctx.t("help-title"), "", ...lines].join("\n");
}

function profileKeyboard(ctx: BotContext, editable: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (editable) {
    keyboard
      .text(ctx.t("profile-button-name"), "prof:edit:name")
      .text(ctx.t("profile-button-position"), "prof:edit:position")
      .row()
      .text(ctx.t("profile-button-agency"), "prof:edit:agency")
      .row()
      .text(ctx.t("profile-button-nip"), "prof:edit:nip")
      .text(ctx.t("profile-button-phone"), "prof:edit:phone")
      .row()
      .text(ctx.t("profile-button-timezone"), "prof:tzmenu")
      .row()
      .text(
        ctx.t(ctx.access.member?.broadcastOptOut ? "profile-button-broadcasts-off" : "profile-button-broadcasts-on"),
        `prof:optout:${ctx.access.member?.broadcastOptOut ? 0 : 1}`,
      )
      .row();
  }
  keyboard.text(ctx.t("profile-button-language"), "prof:langmenu");
  return keyboard;
}

export function createMemberComposer({ members, i18n, commands }: MemberComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  async function startRegistration(ctx: BotContext) {
    const { access } = ctx;
    if (access.member && access.status !== "rejected") {
      const key = access.status === "approved" ? "reg-already-member" : access.status === "pending" ? "access-pending" : "access-suspended";
      await ctx.reply(
        ctx.t(key, {
          since: formatDateTime(access.member.registeredAt, access.member.timezone, access.member.language),
          reason: escapeHtml(access.member.suspensionReason ?? "-"),
        }),
        { parse_mode: "HTML" },
      );
      return;
    }
    await enterFlow(ctx, REGISTRATION_CONVERSATION);
  }

  privateChats.command("start", async (ctx) => {
    const { access } = ctx;
    if (ctx.match.trim() === "daftar" && !access.isApproved) {
      await startRegistration(ctx);
      return;
    }
    const name = escapeHtml(access.member?.fullName ?? ctx.from.first_name);
    if (!access.member) {
      const text = access.isConfiguredAdmin ? ctx.t("start-configured-admin", { name }) : ctx.t("start-unregistered", { name });
      await ctx.reply(text, {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text(ctx.t("start-button-register"), "start:register"),
      });
      return;
    }
    if (!access.isApproved) {
      const since = formatDateTime(access.member.registeredAt, access.member.timezone, access.member.language);
      const key = `start-${access.status}`;
      const keyboard =
        access.status === "rejected" ? new InlineKeyboard().text(ctx.t("start-button-register-again"), "start:register") : undefined;
      await ctx.reply(
        ctx.t(key, {
          name,
          since,
          reason: escapeHtml(access.member.rejectionReason ?? access.member.suspensionReason ?? "-"),
        }),
        { parse_mode: "HTML", reply_markup: keyboard },
      );
      return;
    }
    await ctx.reply(
      [ctx.t("start-approved", { name, role: ctx.t(`role-${access.role}`) }), "", helpText(ctx, commands)].join("\n"),
      { parse_mode: "HTML" },
    );
  });

  privateChats.command("daftar", startRegistration);
  privateChats.callbackQuery("start:register", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup();
    await startRegistration(ctx);
  });

  composer.command(["bantuan", "help", "menu"], async (ctx) => {
    await ctx.reply(helpText(ctx, commands), { parse_mode: "HTML" });
  });

  privateChats.command("profil", async (ctx) => {
    const member = ctx.access.member;
    if (!member) {
      await ctx.reply(ctx.t("profile-none"));
      return;
    }
    const editable = member.status === "approved" || member.status === "pending";
    const card = memberCard(i18n, member, { language: member.language, timezone: member.timezone, showPersonalData: true });
    await ctx.reply([ctx.t("profile-title"), "", card].join("\n"), {
      parse_mode: "HTML",
      reply_markup: profileKeyboard(ctx, editable),
    });
  });

  privateChats.callbackQuery(/^prof:edit:([a-z]+)$/, async (ctx) => {
    const field = ctx.match[1] as ProfileField;
    const member = ctx.access.member;
    if (!member || !(member.status === "approved" || member.status === "pending") || !PROFILE_FIELDS.includes(field)) {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, PROFILE_EDIT_CONVERSATION, field);
  });

  privateChats.callbackQuery("prof:tzmenu", async (ctx) => {
    if (!ctx.access.member) return ctx.answerCallbackQuery({ text: ctx.t("profile-none"), show_alert: true });
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    for (const zone of SUPPORTED_TIMEZONES) keyboard.text(ctx.t(`timezone-${timezoneAbbreviation(zone).toLowerCase()}`), `prof:tz:${zone}`).row();
    await ctx.reply(ctx.t("profile-choose-timezone"), { reply_markup: keyboard });
  });

  privateChats.callbackQuery(/^prof:tz:(.+)$/, async (ctx) => {
    const member = ctx.access.member;
    const zone = ctx.match[1] ?? "";
    if (!member || !(SUPPORTED_TIMEZONES as readonly string[]).includes(zone)) {
      return ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
    }
    await members.updateProfile(member.id, { timezone: zone }, { memberId: member.id, telegramId: member.telegramId });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("profile-timezone-saved", { zone: timezoneAbbreviation(zone) }));
  });

  // Broadcasts that are not mandatory can be declined; the secretariat's announcements stay on.
  privateChats.callbackQuery(/^prof:optout:([01])$/, async (ctx) => {
    const member = ctx.access.member;
    if (!member) return ctx.answerCallbackQuery({ text: ctx.t("profile-none"), show_alert: true });
    const optOut = ctx.match[1] === "1";
    await members.setBroadcastOptOut(member.id, optOut);
    await ctx.answerCallbackQuery({ text: ctx.t(optOut ? "profile-broadcasts-declined" : "profile-broadcasts-accepted"), show_alert: true });
    ctx.access.member = { ...member, broadcastOptOut: optOut };
    await ctx.editMessageReplyMarkup({ reply_markup: profileKeyboard(ctx, member.status === "approved" || member.status === "pending") });
  });

  privateChats.callbackQuery("prof:langmenu", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("profile-choose-language"), {
      reply_markup: new InlineKeyboard().text("🇮🇩 Bahasa Indonesia", "prof:lang:id").text("🇬🇧 English", "prof:lang:en"),
    });
  });

  privateChats.callbackQuery(/^prof:lang:([a-z]+)$/, async (ctx) => {
    const member = ctx.access.member;
    const language = ctx.match[1] as Language;
    if (!member || !LANGUAGES.includes(language)) {
      return ctx.answerCallbackQuery({ text: ctx.t(member ? "button-stale" : "profile-none"), show_alert: true });
    }
    await members.updateProfile(member.id, { language }, { memberId: member.id, telegramId: member.telegramId });
    ctx.i18n.useLocale(language);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("profile-language-saved"));
  });

  return composer;
}
