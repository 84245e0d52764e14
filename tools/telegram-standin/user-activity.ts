// What users do, turned into updates for the bot: texts, button presses, contacts, files, join requests.
import type { Chat, Update, User } from "grammy/types";
import { inviteLinkWithoutChat } from "./chats.js";
import { registerFile } from "./files.js";
import { clone, compact, guessMimeType } from "./params.js";
import type { ChatState, StandInState } from "./state.js";
import type { ChatRef, DocumentInput, StandInUser, StoredBotMessage } from "./types.js";

type PartialUpdate = Omit<Update, "update_id">;

function chatFor(s: StandInState, user: StandInUser, chat: ChatRef | undefined): ChatState {
  s.registerUser(user);
  if (chat === undefined) {
    const priv: Chat = compact({
      id: user.id,
      type: "private" as const,
      first_name: user.first_name,
      last_name: user.last_name,
      username: user.username,
    });
    const state = s.chatState(user.id, priv);
    if (state.chat.type === "private") state.chat = priv;
    return state;
  }
  if (typeof chat === "number") return s.chatState(chat);
  const state = s.chatState(chat.id, { ...chat });
  state.chat = { ...state.chat, ...chat } as Chat;
  return state;
}

function userMessage(s: StandInState, user: StandInUser, state: ChatState, extra: Record<string, unknown>): Update {
  const message = compact({
    message_id: state.nextMessageId,
    from: userAsTelegramUser(user),
    chat: { ...state.chat },
    date: s.date(),
    ...extra,
  });
  return s.enqueueUpdate({ message } as unknown as PartialUpdate);
}

export function userSendsText(s: StandInState, user: StandInUser, text: string, chat?: ChatRef): Update {
  const state = chatFor(s, user, chat);
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text)?.[0];
  return userMessage(s, user, state, {
    text,
    entities: command !== undefined ? [{ type: "bot_command", offset: 0, length: command.length }] : undefined,
  });
}

export function userPressesButton(s: StandInState, user: StandInUser, chatId: number, messageId: number, callbackData: string): Update {
  const state = s.chats.get(chatId);
  const stored = state?.botMessages.get(messageId);
  if (state === undefined || stored === undefined || stored.deleted) {
    throw new Error(`BotApiStandIn: no bot message ${messageId} in chat ${chatId}`);
  }
  const all = stored.buttons.flat();
  if (!all.some((b) => b.callbackData === callbackData)) {
    const available = all.map((b) => `${JSON.stringify(b.text)}=${JSON.stringify(b.callbackData ?? b.url ?? null)}`).join(", ");
    throw new Error(
      `BotApiStandIn: message ${messageId} in chat ${chatId} has no button with callback_data ${JSON.stringify(callbackData)} (buttons: ${available || "none"})`,
    );
  }
  s.registerUser(user);
  const id = String(4_200_000_000_000 + ++s.callbackSeq);
  return s.enqueueUpdate({
    callback_query: {
      id,
      from: userAsTelegramUser(user),
      message: clone(stored.message),
      chat_instance: String(Math.abs(chatId * 7919 + s.botUser.id) % 1e15),
      data: callbackData,
    },
  } as unknown as PartialUpdate);
}

/** `candidates`: the messages to look in, newest first. */
export function userPressesButtonLabeled(
  s: StandInState,
  user: StandInUser,
  chatId: number,
  label: string,
  candidates: StoredBotMessage[],
): Update {
  for (const m of candidates) {
    const button = m.buttons.flat().find((b) => b.text === label && b.callbackData !== undefined);
    if (button?.callbackData !== undefined) return userPressesButton(s, user, chatId, m.messageId, button.callbackData);
  }
  throw new Error(`BotApiStandIn: no callback button labelled ${JSON.stringify(label)} in chat ${chatId}`);
}

export function userSharesContact(s: StandInState, user: StandInUser, phoneNumber: string, chat?: ChatRef): Update {
  const state = chatFor(s, user, chat);
  return userMessage(s, user, state, {
    contact: compact({
      phone_number: phoneNumber,
      first_name: user.first_name,
      last_name: user.last_name,
      user_id: user.id,
    }),
  });
}

export function userSendsDocument(s: StandInState, user: StandInUser, doc: DocumentInput, chat?: ChatRef, caption?: string): Update {
  const state = chatFor(s, user, chat);
  const bytes = typeof doc.bytes === "string" ? new TextEncoder().encode(doc.bytes) : doc.bytes;
  const file = registerFile(
    s,
    {
      fileName: doc.fileName,
      mimeType: doc.mimeType ?? guessMimeType(doc.fileName) ?? "application/octet-stream",
      size: bytes.byteLength,
      bytes,
      source: "user",
    },
    "document",
  );
  return userMessage(s, user, state, {
    document: compact({
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_name: file.fileName,
      mime_type: file.mimeType,
      file_size: file.size,
    }),
    caption,
  });
}

export function userSendsPhoto(s: StandInState, user: StandInUser, chat?: ChatRef, caption?: string): Update {
  const state = chatFor(s, user, chat);
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
  const file = registerFile(s, { fileName: "photo.jpg", mimeType: "image/jpeg", size: bytes.byteLength, bytes, source: "user" }, "photo");
  return userMessage(s, user, state, {
    photo: [{ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 90, height: 90, file_size: file.size }],
    caption,
  });
}

export function userSendsSticker(s: StandInState, user: StandInUser, chat?: ChatRef): Update {
  const state = chatFor(s, user, chat);
  const n = ++s.fileSeq;
  return userMessage(s, user, state, {
    sticker: {
      file_id: `CAACstandin${n}`,
      file_unique_id: `AgAD${n}`,
      type: "regular",
      width: 512,
      height: 512,
      is_animated: false,
      is_video: false,
      emoji: "👍",
      set_name: "StandInStickers",
    },
  });
}

export function userRequestsToJoin(s: StandInState, user: StandInUser, chat: Chat, options: { bio?: string; inviteLink?: string }): Update {
  s.registerUser(user);
  s.chatState(chat.id, { ...chat });
  const link = s.inviteLinks.find((l) => l.invite_link === options.inviteLink);
  return s.enqueueUpdate({
    chat_join_request: compact({
      chat: { ...chat },
      from: userAsTelegramUser(user),
      user_chat_id: user.id,
      date: s.date(),
      bio: options.bio,
      invite_link: link ? inviteLinkWithoutChat(link) : undefined,
    }),
  } as unknown as PartialUpdate);
}

function userAsTelegramUser(u: StandInUser): User {
  return compact({
    id: u.id,
    is_bot: u.is_bot ?? false,
    first_name: u.first_name,
    last_name: u.last_name,
    username: u.username,
    language_code: u.language_code,
  });
}
