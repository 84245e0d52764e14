// Answers the bot gives outside messages: callback query answers, inline query answers, chat actions.
import { badRequest, compact, toBool, toInt, toObj, toStr, type Params } from "./params.js";
import type { StandInState } from "./state.js";

export function answerCallbackQuery(s: StandInState, p: Params): true {
  const id = toStr(p.callback_query_id) ?? "";
  if (!s.pendingCallbackIds.delete(id)) {
    throw badRequest("query is too old and response timeout expired or query ID is invalid");
  }
  s.answeredCallbacks.push(
    compact({
      id,
      text: toStr(p.text),
      show_alert: toBool(p.show_alert),
      url: toStr(p.url),
      cache_time: toInt(p.cache_time),
    }),
  );
  return true;
}

export function answerInlineQuery(s: StandInState, p: Params): true {
  s.inlineAnswers.push({ inlineQueryId: toStr(p.inline_query_id) ?? "", results: toObj(p.results), params: p });
  return true;
}

export function sendChatAction(s: StandInState, p: Params): true {
  const state = s.writableChat(p.chat_id);
  const action = toStr(p.action);
  if (!action) throw badRequest("action is empty");
  s.chatActions.push({ chatId: state.chat.id, action, time: s.now() });
  return true;
}
