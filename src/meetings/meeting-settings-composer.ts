// /pengaturan: every meeting reminder on or muted. The button says what it sets, so a double tap
// cannot undo itself.
import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../bot/context.js";
import { onButton } from "../bot/callback-data.js";
import { explainNotApproved } from "../bot/guards.js";
import { remindersMutedButton } from "./meeting-buttons.js";
import type { MeetingService } from "./meeting-service.js";

function settingsView(ctx: BotContext, muted: boolean) {
  return {
    text: ctx.t("settings-title", { reminders: ctx.t(muted ? "settings-reminders-off" : "settings-reminders-on") }),
    keyboard: new InlineKeyboard().text(
      ctx.t(muted ? "settings-button-reminders-on" : "settings-button-reminders-off"),
      remindersMutedButton.pack({ muted: muted ? "0" : "1" }),
    ),
  };
}

export function createMeetingSettingsComposer({ meetings }: { meetings: MeetingService }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  chat.command("pengaturan", async (ctx) => {
    const member = ctx.access.member;
    if (!member) return explainNotApproved(ctx);
    const view = settingsView(ctx, member.remindersMuted);
    await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  onButton(chat, remindersMutedButton, async (ctx, { muted: value }) => {
    const member = ctx.access.member;
    if (!member) return explainNotApproved(ctx);
    const muted = value === "1";
    await meetings.setRemindersMuted(member.id, muted);
    await ctx.answerCallbackQuery({ text: ctx.t(muted ? "settings-reminders-off" : "settings-reminders-on"), show_alert: true });
    const view = settingsView(ctx, muted);
    await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard }).catch(() => undefined);
  });

  return composer;
}
