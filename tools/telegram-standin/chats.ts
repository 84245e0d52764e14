// Chats as the bot sees them: getChat, members and administrators, leaving, menu buttons,
// the bot's commands, join requests and invite links.
import type { BotCommand, ChatInviteLink, ChatMember } from "grammy/types";
import { badRequest, clone, compact, isRecord, toBool, toInt, toObj, toStr, type Params } from "./params.js";
import type { ChatState, StandInState } from "./state.js";
import type { ChatMemberStatus } from "./types.js";

export function getChat(s: StandInState, p: Params): unknown {
  const state = s.chatState(s.resolveChatId(p.chat_id));
  return {
    ...state.chat,
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: {
      unlimited_gifts: false,
      limited_gifts: false,
      unique_gifts: false,
      premium_subscription: false,
    },
  };
}

export function getChatMember(s: StandInState, p: Params): ChatMember {
  const state = s.chatState(s.resolveChatId(p.chat_id));
  const userId = toInt(p.user_id);
  if (userId === undefined) throw badRequest("invalid user_id specified");
  return chatMember(s, state, userId);
}

export function getChatAdministrators(s: StandInState, p: Params): ChatMember[] {
  const state = s.chatState(s.resolveChatId(p.chat_id));
  return [...state.members.entries()]
    .filter(([, status]) => status === "administrator" || status === "creator")
    .map(([id]) => chatMember(s, state, id));
}

export function getChatMemberCount(s: StandInState, p: Params): number {
  const state = s.chatState(s.resolveChatId(p.chat_id));
  return state.chat.type === "private" ? 2 : Math.max(1, [...state.members.values()].filter(isPresent).length);
}

// ------------------------------------------------------------------ bans

/**
 * Like Telegram: a bot may ban only where it is an admin (as far as the stand-in was told: by
 * setChatMemberStatus or a my_chat_member update), and never the group's owner. The user is then
 * "kicked" until unbanned.
 */
export function banChatMember(s: StandInState, p: Params): true {
  const { state, userId } = restrictionTarget(s, p);
  if (state.members.get(userId) === "creator") throw badRequest("can't remove chat owner");
  state.members.set(userId, "kicked");
  return true;
}

/**
 * Lifts a ban: the user is "left" and may join again. Without only_if_banned Telegram also removes
 * a current member (the call guarantees they are out); with it, only a banned user is touched.
 */
export function unbanChatMember(s: StandInState, p: Params): true {
  const { state, userId } = restrictionTarget(s, p);
  const status = state.members.get(userId) ?? "member";
  if (toBool(p.only_if_banned) && status !== "kicked") return true;
  if (status === "creator") throw badRequest("can't remove chat owner");
  state.members.set(userId, "left");
  return true;
}

function restrictionTarget(s: StandInState, p: Params): { state: ChatState; userId: number } {
  const state = s.chatState(s.resolveChatId(p.chat_id));
  const userId = toInt(p.user_id);
  if (userId === undefined) throw badRequest("invalid user_id specified");
  if (state.chat.type === "private") throw badRequest("method is available for supergroup and channel chats only");
  if (!botMayAct(s, state.chat.id)) throw badRequest("not enough rights to restrict/ban chat member");
  return { state, userId };
}

/** The bot is an admin there, or the stand-in was never told its status (tests that do not care). */
function botMayAct(s: StandInState, chatId: number): boolean {
  const status = s.chats.get(chatId)?.members.get(s.botUser.id);
  return status === undefined || status === "administrator" || status === "creator";
}

export function leaveChat(s: StandInState, p: Params): true {
  s.chatState(s.resolveChatId(p.chat_id)).left = true;
  return true;
}

export function setChatMenuButton(s: StandInState, p: Params): true {
  const button = toObj(p.menu_button) ?? { type: "default" };
  if (p.chat_id === undefined || p.chat_id === null) s.defaultMenuButton = button;
  else s.chatState(s.resolveChatId(p.chat_id)).menuButton = button;
  return true;
}

export function getChatMenuButton(s: StandInState, p: Params): unknown {
  if (p.chat_id === undefined || p.chat_id === null) return clone(s.defaultMenuButton);
  return clone(s.chatState(s.resolveChatId(p.chat_id)).menuButton ?? s.defaultMenuButton);
}

function chatMember(s: StandInState, state: ChatState, userId: number): ChatMember {
  const user = s.userObject(userId);
  const status = state.members.get(userId) ?? "member";
  switch (status) {
    case "creator":
      return { status, user, is_anonymous: false };
    case "administrator":
      return {
        status,
        user,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: true,
        can_restrict_members: true,
        can_promote_members: false,
        can_change_info: true,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_pin_messages: true,
        can_send_welcome_messages: false,
      };
    case "restricted":
      return {
        status,
        user,
        is_member: true,
        can_send_messages: false,
        can_send_audios: false,
        can_send_documents: false,
        can_send_photos: false,
        can_send_videos: false,
        can_send_video_notes: false,
        can_send_voice_notes: false,
        can_send_polls: false,
        can_send_other_messages: false,
        can_add_web_page_previews: false,
        can_change_info: false,
        can_invite_users: false,
        can_pin_messages: false,
        can_manage_topics: false,
        until_date: 0,
      } as unknown as ChatMember;
    case "kicked":
      return { status, user, until_date: 0 };
    case "left":
      return { status, user };
    default:
      return { status: "member", user };
  }
}

function isPresent(status: ChatMemberStatus): boolean {
  return status !== "left" && status !== "kicked";
}

// ------------------------------------------------------------------ commands

export function setMyCommands(s: StandInState, p: Params): true {
  const commands = toObj(p.commands);
  if (!Array.isArray(commands)) throw badRequest("parameter \"commands\" is required");
  if (commands.length > 100) throw badRequest("too many commands");
  const list: BotCommand[] = [];
  for (const c of commands) {
    if (!isRecord(c)) throw badRequest("can't parse BotCommand");
    const command = toStr(c.command) ?? "";
    const description = toStr(c.description) ?? "";
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest("BOT_COMMAND_INVALID");
    if (description.trim().length < 1 || description.length > 256) throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    list.push({ command, description });
  }
  s.commands.set(commandsKey(p.scope, p.language_code), list);
  return true;
}

export function getMyCommands(s: StandInState, p: Params): BotCommand[] {
  return clone(s.commands.get(commandsKey(p.scope, p.language_code)) ?? []);
}

export function deleteMyCommands(s: StandInState, p: Params): true {
  s.commands.delete(commandsKey(p.scope, p.language_code));
  return true;
}

export function commandsKey(scope: unknown, languageCode: unknown): string {
  const o = toObj(scope);
  const normalized = isRecord(o) ? Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))) : { type: "default" };
  if (isRecord(normalized) && typeof normalized.chat_id === "string" && /^-?\d+$/.test(normalized.chat_id)) {
    normalized.chat_id = Number(normalized.chat_id);
  }
  return `${JSON.stringify(normalized)}|${toStr(languageCode) ?? ""}`;
}

// ------------------------------------------------------------------ joining

export function decideJoinRequest(s: StandInState, p: Params, decision: "approved" | "declined"): true {
  const chatId = s.resolveChatId(p.chat_id);
  const userId = toInt(p.user_id);
  if (userId === undefined) throw badRequest("invalid user_id specified");
  requireInviteRights(s, chatId);
  if (!s.pendingJoinRequests.delete(`${chatId}:${userId}`)) throw badRequest("HIDE_REQUESTER_MISSING");
  if (decision === "approved") s.chatState(chatId).members.set(userId, "member");
  s.joinRequestDecisions.push({ chatId, userId, decision, time: s.now() });
  return true;
}

/**
 * Like Telegram, invite links and join-request decisions need the bot to be an admin of the
 * group, when the stand-in was told the bot's status there (setChatMemberStatus).
 */
function requireInviteRights(s: StandInState, chatId: number): void {
  if (!botMayAct(s, chatId)) throw badRequest("not enough rights to manage chat invite links");
}

export function createChatInviteLink(s: StandInState, p: Params): ChatInviteLink {
  const state = s.chatState(s.resolveChatId(p.chat_id));
  if (state.chat.type === "private") throw badRequest("can't invite members to a private chat");
  requireInviteRights(s, state.chat.id);
  const createsJoinRequest = toBool(p.creates_join_request);
  if (createsJoinRequest && p.member_limit !== undefined) {
    throw badRequest("member limit can't be specified for links requiring administrator approval");
  }
  const code = Math.random().toString(36).slice(2, 12) + (s.inviteLinks.length + 1).toString(36);
  const link: ChatInviteLink = compact({
    invite_link: `https://t.me/+${code}`,
    creator: s.botFrom(),
    creates_join_request: createsJoinRequest,
    is_primary: false,
    is_revoked: false,
    name: toStr(p.name),
    expire_date: toInt(p.expire_date),
    member_limit: toInt(p.member_limit),
  });
  s.inviteLinks.push({ ...link, chatId: state.chat.id });
  return clone(link);
}

export function inviteLinkWithoutChat(link: ChatInviteLink & { chatId: number }): ChatInviteLink {
  const copy: Partial<ChatInviteLink & { chatId: number }> = { ...link };
  delete copy.chatId;
  return copy as ChatInviteLink;
}
