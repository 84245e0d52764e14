// Which Bot API method goes where (method names are case-insensitive, as in Telegram).
import { answerCallbackQuery, answerInlineQuery, sendChatAction } from "./answers.js";
import * as chats from "./chats.js";
import { getFile, sendFile } from "./files.js";
import { deleteMessage, deleteMessages, editMessageReplyMarkup, editTextOrCaption, sendMessage } from "./messages.js";
import { ApiError, type Params } from "./params.js";
import type { StandInState } from "./state.js";
import { deleteWebhook, getWebhookInfo, setWebhook } from "./updates.js";

type Method = (s: StandInState, p: Params) => unknown;

const METHODS: Record<string, Method> = {
  getme: (s) => ({ ...s.botUser }),
  deletewebhook: deleteWebhook,
  setwebhook: setWebhook,
  getwebhookinfo: getWebhookInfo,
  setmycommands: chats.setMyCommands,
  getmycommands: chats.getMyCommands,
  deletemycommands: chats.deleteMyCommands,
  sendmessage: sendMessage,
  editmessagetext: (s, p) => editTextOrCaption(s, p, "text"),
  editmessagecaption: (s, p) => editTextOrCaption(s, p, "caption"),
  editmessagereplymarkup: editMessageReplyMarkup,
  deletemessage: deleteMessage,
  deletemessages: deleteMessages,
  answercallbackquery: answerCallbackQuery,
  senddocument: (s, p) => sendFile(s, p, "document"),
  sendphoto: (s, p) => sendFile(s, p, "photo"),
  sendchataction: sendChatAction,
  answerinlinequery: answerInlineQuery,
  setchatmenubutton: chats.setChatMenuButton,
  getchatmenubutton: chats.getChatMenuButton,
  getchat: chats.getChat,
  getchatmember: chats.getChatMember,
  getchatadministrators: chats.getChatAdministrators,
  getchatmembercount: chats.getChatMemberCount,
  approvechatjoinrequest: (s, p) => chats.decideJoinRequest(s, p, "approved"),
  declinechatjoinrequest: (s, p) => chats.decideJoinRequest(s, p, "declined"),
  createchatinvitelink: chats.createChatInviteLink,
  leavechat: chats.leaveChat,
  banchatmember: chats.banChatMember,
  unbanchatmember: chats.unbanChatMember,
  getfile: getFile,
};

/** Methods the bot may call whose effect the stand-in does not model: they just succeed. */
const SILENT_TRUE_METHODS = new Set(
  [
    "setMyDescription", "setMyShortDescription", "setMyName", "setMessageReaction",
    "pinChatMessage", "unpinChatMessage", "unpinAllChatMessages",
    "restrictChatMember", "promoteChatMember", "setChatTitle",
    "setChatDescription", "logOut", "close", "setMyDefaultAdministratorRights",
  ].map((m) => m.toLowerCase()),
);

/** Runs one method other than getUpdates; throws ApiError for Telegram-shaped failures. */
export function dispatch(s: StandInState, method: string, p: Params): unknown {
  const m = method.toLowerCase();
  const run = Object.hasOwn(METHODS, m) ? METHODS[m] : undefined;
  if (run !== undefined) return run(s, p);
  if (SILENT_TRUE_METHODS.has(m)) return true;
  throw new ApiError(404, "Not Found: method not found");
}
