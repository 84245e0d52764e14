// /start, /daftar, /menu, /bantuan: what every Telegram user can reach. /profil is in profile-composer.ts.
import { Composer, InlineKeyboard } from "grammy";
import { enterFlow } from "../bot/flows.js";
import type { BotContext } from "../bot/context.js";
import { commandsFor, type CommandDefinition } from "../bot/commands.js";
import { onButton } from "../bot/callback-data.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import { REGISTRATION_CONVERSATION } from "./registration-conversation.js";
import { MEMBER_BUTTONS } from "./member-buttons.js";
import { roleKey, START_KEYS } from "./member-keys.js";
import { mainMenu, mainMenuKeyboard, menuCommand } from "./main-menu.js";
import { refusalFor, type Refusal } from "../access/access.js";
import { CONFIGURED_ADMIN_CONSENT } from "./member-service.js";

export interface MemberComposerDeps {
  /** Every command of the bot, for /bantuan and the menu. */
  commands: readonly CommandDefinition[];
  /** Opens a command's screen as if it were typed (src/bot/feature.ts FeatureDeps.openCommand). */
  openCommand(ctx: BotContext, command: string): Promise<void>;
  /** The Mini App's page (WEB_APP_URL): the menu's dashboard button; undefined when not set up. */
  webAppUrl: string | undefined;
}

/** A menu button outside its command's audience (a member holding an old staff menu, say). */
const MENU_REFUSAL_KEYS: Record<Refusal, string> = {
  not_approved: "access-unregistered",
  staff_only: "access-staff-only",
  admin_only: "access-admin-only",
  already_member: "reg-already-member",
};

export function helpText(ctx: BotContext, commands: readonly CommandDefinition[]): string {
  const chat = ctx.chat?.type === "private" ? "private" : "group";
  const lines = commandsFor(commands, ctx.access, chat).map((c) => `/${c.command} — ${ctx.t(`cmd-${c.command}`)}`);
  return [ctx.t("help-title"), "", ...lines].join("\n");
}

/** A record the bot made for an admin named in ADMIN_TELEGRAM_IDS, from their Telegram name. */
export function isCreatedForConfiguredAdmin(ctx: BotContext): boolean {
  return ctx.access.member?.consentVersion === CONFIGURED_ADMIN_CONSENT;
}

async function startRegistration(ctx: BotContext) {
  const { access } = ctx;
  if (access.member && access.status !== "rejected") {
    const key = access.status === "approved" ? "reg-already-member" : access.status === "pending" ? "access-pending" : "access-suspended";
    await ctx.reply(
      ctx.t(key, {
        since: formatDateTime(access.member.registeredAt, access.timezone, access.member.language),
        reason: escapeHtml(access.member.suspensionReason ?? "-"),
      }),
      { parse_mode: "HTML" },
    );
    return;
  }
  await enterFlow(ctx, REGISTRATION_CONVERSATION);
}

async function greet(ctx: BotContext, commands: readonly CommandDefinition[], webAppUrl: string | undefined) {
  const { access } = ctx;
  const name = escapeHtml(access.member?.fullName ?? ctx.from?.first_name ?? "");
  if (!access.member) {
    // An admin named in ADMIN_TELEGRAM_IDS has a record made on first contact; without one (no
    // secretariat agency in the database) they register like anyone else, approved at once.
    const text = access.isConfiguredAdmin ? ctx.t("start-configured-admin", { name }) : ctx.t("start-unregistered", { name });
    await ctx.reply(text, {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(ctx.t("start-button-register"), MEMBER_BUTTONS.register.pack({})),
    });
    return;
  }
  if (access.status !== "approved" && access.status !== "unregistered") {
    const keyboard =
      access.status === "rejected" ? new InlineKeyboard().text(ctx.t("start-button-register-again"), MEMBER_BUTTONS.register.pack({})) : undefined;
    await ctx.reply(
      ctx.t(START_KEYS[access.status], {
        name,
        since: formatDateTime(access.member.registeredAt, access.timezone, access.member.language),
        reason: escapeHtml(access.member.rejectionReason ?? access.member.suspensionReason ?? "-"),
      }),
      { parse_mode: "HTML", reply_markup: keyboard },
    );
    return;
  }
  const lines = [ctx.t("start-approved", { name, role: ctx.t(roleKey(access.role ?? "member")) })];
  if (isCreatedForConfiguredAdmin(ctx)) lines.push("", ctx.t("start-configured-admin-profile"));
  await ctx.reply([...lines, "", ctx.t("menu-prompt")].join("\n"), { parse_mode: "HTML", reply_markup: mainMenuKeyboard(ctx, commands, webAppUrl) });
}

/** /bantuan in a private chat: a few lines, and for members the way to the menu. */
async function help(ctx: BotContext) {
  if (!ctx.access.isApproved) {
    await ctx.reply(ctx.t("help-newcomer"), { parse_mode: "HTML" });
    return;
  }
  await ctx.reply(ctx.t("help-member"), {
    parse_mode: "HTML",
    reply_markup: new InlineKeyboard().text(ctx.t("help-button-menu"), MEMBER_BUTTONS.menuShow.pack({})),
  });
}

export function createMemberComposer({ commands, openCommand, webAppUrl }: MemberComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  privateChats.command("start", async (ctx) => {
    const payload = ctx.match.trim().toLowerCase();
    if (payload === "daftar" && !ctx.access.isApproved) return startRegistration(ctx);
    await greet(ctx, commands, webAppUrl);
    // Sent here from a group by a private-only command ("t.me/<bot>?start=rapat"): say how to go on.
    const wanted = commandsFor(commands, ctx.access, "private").find((c) => c.command === payload && c.command !== "start");
    if (wanted) await ctx.reply(ctx.t("start-continue-with", { command: wanted.command }));
  });

  privateChats.command("daftar", startRegistration);

  onButton(privateChats, MEMBER_BUTTONS.register, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup();
    await startRegistration(ctx);
  });

  privateChats.command("menu", async (ctx) => {
    const menu = mainMenu(ctx, commands, webAppUrl);
    await ctx.reply(menu.text, { parse_mode: "HTML", reply_markup: menu.keyboard });
  });

  onButton(privateChats, MEMBER_BUTTONS.menuShow, async (ctx) => {
    await ctx.answerCallbackQuery();
    const menu = mainMenu(ctx, commands, webAppUrl);
    await ctx.editMessageText(menu.text, { parse_mode: "HTML", reply_markup: menu.keyboard });
  });

  // A menu button opens exactly what the command opens: the command goes through the whole bot
  // again (gate included). The audience is checked here too, so an old menu gets a clear answer.
  onButton(privateChats, MEMBER_BUTTONS.menuOpen, async (ctx, { command }) => {
    const definition = menuCommand(commands, command);
    if (!definition) {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
      return;
    }
    const refusal = refusalFor(ctx.access, definition.audience);
    if (refusal) {
      await ctx.answerCallbackQuery({ text: ctx.t(definition.refusalKey ?? MENU_REFUSAL_KEYS[refusal]), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await openCommand(ctx, command);
  });

  privateChats.command(["bantuan", "help"], help);

  return composer;
}
