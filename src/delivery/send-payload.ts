// One Bot API request for one delivery, bounded in time.
import type { Api } from "grammy";
import type { DeliveryPayload } from "./delivery-types.js";

/** The request was abandoned after requestTimeoutMs: Telegram may or may not have delivered it. */
export class RequestTimeout extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms; may have reached the chat (in doubt)`);
  }
}

/** grammY types its signal with the abort-controller shim; Node's own AbortSignal is what it gets. */
type ApiSignal = Parameters<Api["sendMessage"]>[3];

export async function sendPayload(api: Api, chatId: number, payload: DeliveryPayload, nodeSignal: AbortSignal) {
  const signal = nodeSignal as unknown as ApiSignal;
  const markup = payload.replyMarkup ? { reply_markup: payload.replyMarkup } : {};
  if (payload.kind === "text") {
    return api.sendMessage(
      chatId,
      payload.text,
      { ...(payload.parseMode ? { parse_mode: payload.parseMode } : { entities: payload.entities }), ...markup },
      signal,
    );
  }
  const caption = {
    caption: payload.caption,
    ...(payload.parseMode ? { parse_mode: payload.parseMode } : { caption_entities: payload.captionEntities }),
    ...markup,
  };
  return payload.kind === "photo"
    ? api.sendPhoto(chatId, payload.fileId, caption, signal)
    : api.sendDocument(chatId, payload.fileId, caption, signal);
}

/**
 * Runs a request for at most `ms`: the signal aborts it, and the race ends the wait even if the
 * transport ignores the signal.
 */
export async function bounded<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new RequestTimeout(ms);
      reject(error);
      controller.abort(error);
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
