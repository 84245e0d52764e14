// /profil: the member's own card, with buttons to correct a field, pick a time zone, decline
// ordinary broadcasts and switch the language. Anyone may press them; each acts on the sender's
// own record only, so the only check is that there is one in a state that allows the change.
import { Composer, InlineKeyboard } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { BotContext } from "../bot/context.js";
import { onButton } from "../bot/callback-data.js";
import type { Translator } from "../bot/i18n.js";
import { TIME_ZONES } from "../shared/time-zones.js";
import { timezoneAbbreviation } from "../shared/time.js";
import type { MemberService } from "./member-service.js";
import { memberCard } from "./member-cards.js";
import { MEMBER_BUTTONS } from "./member-buttons.js";
import { isCreatedForConfiguredAdmin } from "./member-composer.js";
import { mayEditProfile, PROFILE_EDIT_CONVERSATION } from "./profile-conversation.js";
import type { MemberWithAgency } from "./member-types.js";

export interface ProfileComposerDeps {
  members: MemberService;
  i18n: Translator;
}


function profileKeyboard(ctx: BotContext, member: MemberWithAgency): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const edit = (field: "name" | "agency" | "position" | "nip" | "phone") => MEMBER_BUTTONS.editField.pack({ field });
  if (mayEditProfile(member)) {
    keyboard
      .text(ctx.t("profile-button-name"), edit("name"))
      .text(ctx.t("profile-button-position"), edit("position"))
      .row()
      .text(ctx.t("profile-button-agency"), edit("agency"))
      .row()
      .text(ctx.t("profile-button-nip"), edit("nip"))
      .text(ctx.t("profile-button-phone"), edit("phone"))
      .row()
      .text(ctx.t("profile-button-timezone"), MEMBER_BUTTONS.timezoneMenu.pack({}))
      .row()
      .text(
        ctx.t(member.broadcastOptOut ? "profile-button-broadcasts-off" : "profile-button-broadcasts-on"),
        MEMBER_BUTTONS.broadcastOptOut.pack({ optOut: member.broadcastOptOut ? "0" : "1" }),
      )
      .row();
  }
  keyboard.text(ctx.t("profile-button-language"), MEMBER_BUTTONS.languageMenu.pack({}));
  return keyboard;
}

export function createProfileComposer({ members, i18n }: ProfileComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  privateChats.command("profil", async (ctx) => {
    const member = ctx.access.member;
    if (!member) {
      await ctx.reply(ctx.t("profile-none"));
      return;
    }
    const card = memberCard(i18n, member, { language: member.language, timezone: ctx.access.timezone, showPersonalData: true });
    const lines = [ctx.t("profile-title"), "", card];
    if (isCreatedForConfiguredAdmin(ctx)) lines.push("", ctx.t("start-configured-admin-profile"));
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: profileKeyboard(ctx, member) });
  });

  onButton(privateChats, MEMBER_BUTTONS.editField, async (ctx, { field }) => {
    const member = ctx.access.member;
    if (!member || !mayEditProfile(member)) {
      await ctx.answerCallbackQuery({ text: ctx.t(member ? "button-stale" : "profile-none"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await enterFlow(ctx, PROFILE_EDIT_CONVERSATION, field);
  });

  onButton(privateChats, MEMBER_BUTTONS.timezoneMenu, async (ctx) => {
    if (!ctx.access.member) return ctx.answerCallbackQuery({ text: ctx.t("profile-none"), show_alert: true });
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    for (const { zone, localeKey } of TIME_ZONES) keyboard.text(ctx.t(localeKey), MEMBER_BUTTONS.timezone.pack({ zone })).row();
    await ctx.reply(ctx.t("profile-choose-timezone"), { reply_markup: keyboard });
  });

  onButton(privateChats, MEMBER_BUTTONS.timezone, async (ctx, { zone }) => {
    const member = ctx.access.member;
    if (!member) return ctx.answerCallbackQuery({ text: ctx.t("profile-none"), show_alert: true });
    await members.updateProfile(member.id, { timezone: zone }, { memberId: member.id, telegramId: member.telegramId });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("profile-timezone-saved", { zone: timezoneAbbreviation(zone) }));
  });

  // Broadcasts that are not mandatory can be declined; the secretariat's announcements stay on.
  onButton(privateChats, MEMBER_BUTTONS.broadcastOptOut, async (ctx, value) => {
    const member = ctx.access.member;
    if (!member) return ctx.answerCallbackQuery({ text: ctx.t("profile-none"), show_alert: true });
    const optOut = value.optOut === "1";
    await members.setBroadcastOptOut(member.id, optOut);
    await ctx.answerCallbackQuery({ text: ctx.t(optOut ? "profile-broadcasts-declined" : "profile-broadcasts-accepted"), show_alert: true });
    await ctx.editMessageReplyMarkup({ reply_markup: profileKeyboard(ctx, { ...member, broadcastOptOut: optOut }) });
  });

  onButton(privateChats, MEMBER_BUTTONS.languageMenu, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("profile-choose-language"), {
      reply_markup: new InlineKeyboard()
        .text("🇮🇩 Bahasa Indonesia", MEMBER_BUTTONS.language.pack({ language: "id" }))
        .text("🇬🇧 English", MEMBER_BUTTONS.language.pack({ language: "en" })),
    });
  });

  onButton(privateChats, MEMBER_BUTTONS.language, async (ctx, { language }) => {
    const member = ctx.access.member;
    if (!member) return ctx.answerCallbackQuery({ text: ctx.t("profile-none"), show_alert: true });
    await members.updateProfile(member.id, { language }, { memberId: member.id, telegramId: member.telegramId });
    ctx.i18n.useLocale(language);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("profile-language-saved"));
  });

  return composer;
}
