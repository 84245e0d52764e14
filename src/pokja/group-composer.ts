// Telegram groups of the pokja: linking and unlinking, following the group's life (bot removed,
// upgraded to a supergroup, renamed), join requests and invite links. In groups the bot answers
// only its own commands and otherwise keeps quiet (what they show is in group-screens.ts). The gate
// lets only coordinators and admins use /hubungkan, /putuskan, /undangan and their buttons; here the
// group-admin and this-pokja rules.
import { Composer, GrammyError, InlineKeyboard } from "grammy";
import type { Chat, ChatMember } from "grammy/types";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import type { Translator } from "../bot/i18n.js";
import type { Messenger } from "../bot/messenger.js";
import { escapeHtml } from "../shared/html.js";
import type { Logger } from "../shared/logger.js";
import type { PokjaNotifications } from "./pokja-notifications.js";
import type { PokjaScreens } from "./pokja-screens.js";
import type { PokjaService } from "./pokja-service.js";
import { actorOf } from "../bot/actor.js";
import { inviteButton, linkGroupButton, unlinkCancelButton, unlinkConfirmButton } from "./pokja-buttons.js";
import { fitText } from "../shared/user-text.js";

export interface GroupComposerDeps {
  pokja: PokjaService;
  notifications: PokjaNotifications;
  messenger: Messenger;
  i18n: Translator;
  logger: Logger;
  permissions: Permissions;
  screens: PokjaScreens;
}

type GroupChat = Chat.GroupChat | Chat.SupergroupChat;

const GROUP_ADMIN_STATUSES = new Set<ChatMember["status"]>(["creator", "administrator"]);

function isGroup(chat: Chat | undefined): chat is GroupChat {
  return chat?.type === "group" || chat?.type === "supergroup";
}

/** Telegram refuses because the bot lacks admin rights in the group. */
function lacksRights(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    (error.error_code === 403 || /not enough rights|CHAT_ADMIN_REQUIRED|need administrator rights|not an administrator/i.test(error.description))
  );
}

export function createGroupComposer(deps: GroupComposerDeps): Composer<BotContext> {
  const { pokja, notifications, messenger, i18n, logger, permissions, screens } = deps;
  const composer = new Composer<BotContext>();
  const groups = composer.chatType(["group", "supergroup"]);

  async function isGroupAdmin(ctx: BotContext, chatId: number, userId: number) {
    try {
      const member = await ctx.api.getChatMember(chatId, userId);
      return GROUP_ADMIN_STATUSES.has(member.status);
    } catch (error) {
      logger.warn({ err: error, chatId }, "could not check group admin status");
      return false;
    }
  }

  /** Whether the bot can approve join requests and create invite links here. */
  async function botCanInvite(ctx: BotContext, chatId: number) {
    try {
      const me = await ctx.api.getChatMember(chatId, ctx.me.id);
      return me.status === "creator" || (me.status === "administrator" && me.can_invite_users);
    } catch {
      return false;
    }
  }

  /**
   * Who may link or unlink this group for a pokja: an admin of the Telegram group who manages that
   * pokja in the forum (the gate has already checked they are staff at all; null: no pokja chosen
   * yet). Returns the message key of the reason when not.
   */
  async function mayManageGroup(ctx: BotContext, chatId: number, pokjaId: number | null): Promise<string | null> {
    if (!ctx.from || !(await isGroupAdmin(ctx, chatId, ctx.from.id))) return "group-not-group-admin";
    if (pokjaId === null) return null;
    return (await permissions.managesPokja(ctx.access, pokjaId)) ? null : "group-not-coordinator-of";
  }

  // The bot was added to, or removed from, a group.
  composer.on("my_chat_member", async (ctx) => {
    const chat = ctx.myChatMember.chat;
    if (!isGroup(chat)) return;
    const before = ctx.myChatMember.old_chat_member.status;
    const after = ctx.myChatMember.new_chat_member.status;
    const wasIn = before !== "left" && before !== "kicked";
    const isIn = after !== "left" && after !== "kicked";
    if (!wasIn && isIn) {
      await ctx.reply(ctx.t("group-hello"), { parse_mode: "HTML" });
    } else if (wasIn && !isIn) {
      const unlinked = await pokja.unlinkGroup(null, BigInt(chat.id), after === "kicked" ? "bot_removed" : "bot_left");
      if (unlinked) {
        await notifications.tellStewards(unlinked.pokjaId, "group-unlinked-removed", {
          title: escapeHtml(unlinked.title),
          pokja: escapeHtml(unlinked.pokja.name),
        });
      }
    }
  });

  // A group upgraded to a supergroup: Telegram says so in both chats; either moves the link.
  composer.on("message:migrate_to_chat_id", async (ctx) => {
    await pokja.migrateGroup(BigInt(ctx.chat.id), BigInt(ctx.message.migrate_to_chat_id));
  });
  composer.on("message:migrate_from_chat_id", async (ctx) => {
    await pokja.migrateGroup(BigInt(ctx.message.migrate_from_chat_id), BigInt(ctx.chat.id));
  });
  composer.on("message:new_chat_title", async (ctx) => {
    await pokja.renameGroup(BigInt(ctx.chat.id), ctx.message.new_chat_title);
  });

  groups.command("hubungkan", async (ctx) => {
    const linked = await pokja.groupByChat(BigInt(ctx.chat.id));
    if (linked) {
      await ctx.reply(ctx.t("group-already-linked", { pokja: escapeHtml(linked.pokja.name) }), { parse_mode: "HTML" });
      return;
    }
    const refusal = await mayManageGroup(ctx, ctx.chat.id, null);
    if (refusal) {
      await ctx.reply(ctx.t(refusal), { parse_mode: "HTML" });
      return;
    }
    const keyboard = new InlineKeyboard();
    for (const p of await screens.managedPokja(ctx)) keyboard.text(p.name, linkGroupButton.pack({ pokjaId: p.id })).row();
    await ctx.reply(ctx.t("group-choose-pokja"), { reply_markup: keyboard });
  });

  onButton(groups, linkGroupButton, async (ctx, { pokjaId }) => {
    const refusal = await mayManageGroup(ctx, ctx.chat.id, pokjaId);
    if (refusal) {
      await ctx.answerCallbackQuery({ text: ctx.t(refusal).replace(/<[^>]+>/g, ""), show_alert: true });
      return;
    }
    const result = await pokja.linkGroup(actorOf(ctx), pokjaId, BigInt(ctx.chat.id), ctx.chat.title);
    if (!result.ok) {
      const key = result.reason === "already_linked" ? "group-already-linked" : "pokja-gone";
      await ctx.answerCallbackQuery({ text: ctx.t(key, { pokja: result.pokjaName ?? "" }).replace(/<[^>]+>/g, ""), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const rights = (await botCanInvite(ctx, ctx.chat.id)) ? "" : `\n\n${ctx.t("group-needs-rights")}`;
    const by = escapeHtml(ctx.access.member?.fullName ?? ctx.from.first_name);
    await ctx.editMessageText(ctx.t("group-linked", { pokja: escapeHtml(result.pokja.name), by }) + rights, { parse_mode: "HTML" });
  });

  groups.command("putuskan", async (ctx) => {
    const linked = await pokja.groupByChat(BigInt(ctx.chat.id));
    if (!linked) {
      await ctx.reply(ctx.t("group-not-linked"));
      return;
    }
    const refusal = await mayManageGroup(ctx, ctx.chat.id, linked.pokjaId);
    if (refusal) {
      await ctx.reply(ctx.t(refusal), { parse_mode: "HTML" });
      return;
    }
    // Unlinking stops the pokja's notices to the group and its join approvals: ask first.
    const keyboard = new InlineKeyboard()
      .text(ctx.t("group-unlink-button-confirm"), unlinkConfirmButton.pack({ pokjaId: linked.pokjaId }))
      .text(ctx.t("group-unlink-button-cancel"), unlinkCancelButton.pack({ pokjaId: linked.pokjaId }));
    await ctx.reply(ctx.t("group-unlink-confirm", { pokja: escapeHtml(linked.pokja.name) }), { parse_mode: "HTML", reply_markup: keyboard });
  });

  /** The link the question was about, if it still stands and this person may change it; else answers the press. */
  async function unlinkQuestion(ctx: BotContext & { chat: GroupChat }, pokjaId: number) {
    const linked = await pokja.groupByChat(BigInt(ctx.chat.id));
    if (!linked || linked.pokjaId !== pokjaId) {
      await ctx.answerCallbackQuery({ text: ctx.t("group-unlink-stale"), show_alert: true });
      await ctx.editMessageReplyMarkup();
      return null;
    }
    const refusal = await mayManageGroup(ctx, ctx.chat.id, pokjaId);
    if (refusal) {
      await ctx.answerCallbackQuery({ text: ctx.t(refusal).replace(/<[^>]+>/g, ""), show_alert: true });
      return null;
    }
    return linked;
  }

  onButton(groups, unlinkConfirmButton, async (ctx, { pokjaId }) => {
    const linked = await unlinkQuestion(ctx, pokjaId);
    if (!linked) return;
    await pokja.unlinkGroup(actorOf(ctx), BigInt(ctx.chat.id), "command");
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("group-unlinked", { pokja: escapeHtml(linked.pokja.name) }), { parse_mode: "HTML" });
  });

  onButton(groups, unlinkCancelButton, async (ctx, { pokjaId }) => {
    const linked = await unlinkQuestion(ctx, pokjaId);
    if (!linked) return;
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("group-unlink-kept", { pokja: escapeHtml(linked.pokja.name) }), { parse_mode: "HTML" });
  });

  // Someone asks to join a linked group through an invite link that needs approval.
  composer.on("chat_join_request", async (ctx) => {
    const request = ctx.chatJoinRequest;
    const linked = await pokja.groupByChat(BigInt(request.chat.id));
    if (!linked || linked.pokja.retiredAt) return; // not ours to decide
    const allowed = await permissions.entersPokjaGroup(ctx.access, linked.pokjaId);
    const language = ctx.access.member?.language ?? (request.from.language_code?.startsWith("en") ? "en" : "id");
    const vars = { title: escapeHtml(request.chat.title), pokja: escapeHtml(linked.pokja.name) };
    try {
      if (allowed) {
        await ctx.api.approveChatJoinRequest(request.chat.id, request.from.id);
        return;
      }
      await ctx.api.declineChatJoinRequest(request.chat.id, request.from.id);
    } catch (error) {
      if (!lacksRights(error)) throw error;
      logger.warn({ chatId: request.chat.id }, "bot lacks the right to decide join requests");
      await notifications.tellStewards(linked.pokjaId, "group-join-needs-rights", vars);
      return;
    }
    // Tell the person privately why, and what to do (Telegram allows this for join requests).
    const key = !ctx.access.member
      ? "group-join-declined-unregistered"
      : ctx.access.member.status !== "approved"
        ? "group-join-declined-not-approved"
        : "group-join-declined-not-member";
    await messenger.send(request.user_chat_id, i18n.t(language, key, vars));
  });

  // /undangan: an invite link that asks for approval, so that only members get in.
  async function createInvite(ctx: BotContext, group: { chatId: bigint; title: string }, pokjaName: string) {
    try {
      const link = await ctx.api.createChatInviteLink(Number(group.chatId), {
        creates_join_request: true,
        // Telegram allows 32 characters; never half an emoji.
        name: fitText(`Forum Kominfo · ${pokjaName}`, 32),
      });
      await ctx.reply(ctx.t("group-invite-link", { title: escapeHtml(group.title), pokja: escapeHtml(pokjaName), link: link.invite_link }), {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      });
    } catch (error) {
      if (!lacksRights(error)) throw error;
      await ctx.reply(ctx.t("group-invite-needs-rights", { title: escapeHtml(group.title) }), { parse_mode: "HTML" });
    }
  }

  composer.command("undangan", async (ctx) => {
    if (isGroup(ctx.chat)) {
      const linked = await pokja.groupByChat(BigInt(ctx.chat.id));
      if (!linked) {
        await ctx.reply(ctx.t("group-not-linked"));
        return;
      }
      if (!(await permissions.managesPokja(ctx.access, linked.pokjaId))) {
        await ctx.reply(ctx.t("group-not-coordinator-of"), { parse_mode: "HTML" });
        return;
      }
      await createInvite(ctx, linked, linked.pokja.name);
      return;
    }
    if (ctx.chat?.type !== "private") return;
    const keyboard = new InlineKeyboard();
    let any = false;
    for (const p of await screens.managedPokja(ctx)) {
      for (const g of await pokja.groupsOf(p.id)) {
        keyboard.text(`${p.name} · ${g.title}`, inviteButton.pack({ groupId: g.id })).row();
        any = true;
      }
    }
    await ctx.reply(ctx.t(any ? "group-invite-choose" : "group-invite-no-groups"), { reply_markup: any ? keyboard : undefined });
  });

  onButton(composer.chatType("private"), inviteButton, async (ctx, { groupId }) => {
    const group = await pokja.groupById(groupId);
    if (!group) {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
      return;
    }
    if (!(await permissions.managesPokja(ctx.access, group.pokjaId))) {
      await ctx.answerCallbackQuery({ text: ctx.t("pokja-staff-only"), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await createInvite(ctx, group, group.pokja.name);
  });

  return composer;
}
