// Files: what the bot uploads (documents, photos), what users send, and getFile for downloads.
import type { Message } from "grammy/types";
import { normalizeMarkup } from "./markup.js";
import { parseText, storeBotMessage } from "./messages.js";
import { badRequest, clone, compact, guessMimeType, toStr, type Params } from "./params.js";
import type { StandInState } from "./state.js";
import { isInputUpload, type StoredFile } from "./types.js";

export function registerFile(
  s: StandInState,
  f: Omit<StoredFile, "fileId" | "fileUniqueId" | "filePath">,
  kind: "document" | "photo",
): StoredFile {
  const n = ++s.fileSeq;
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(f.fileName ?? "")?.[1] ?? (kind === "photo" ? "jpg" : "dat");
  const stored: StoredFile = compact({
    ...f,
    fileId: `${kind === "photo" ? "AgAC" : "BQAC"}standin${n}`,
    fileUniqueId: `AQAD${n}`,
    filePath: `${kind === "photo" ? "photos" : "documents"}/file_${n}.${ext}`,
  });
  s.files.set(stored.fileId, stored);
  s.filesByPath.set(stored.filePath, stored);
  return stored;
}

function resolveInputFile(s: StandInState, value: unknown, kind: "document" | "photo"): StoredFile {
  if (isInputUpload(value)) {
    if (value.bytes.byteLength === 0) throw badRequest("file must be non-empty");
    const fileName = value.fileName || (kind === "photo" ? "photo.jpg" : "document.dat");
    const declared = value.mimeType && value.mimeType !== "application/octet-stream" ? value.mimeType : undefined;
    return registerFile(
      s,
      {
        fileName,
        mimeType: declared ?? guessMimeType(fileName) ?? "application/octet-stream",
        size: value.bytes.byteLength,
        bytes: value.bytes,
        source: "bot-upload",
      },
      kind,
    );
  }
  const text = toStr(value);
  if (text === undefined || text === "") throw badRequest(`there is no ${kind} in the request`);
  const known = s.files.get(text);
  if (known !== undefined) return known;
  if (/^https?:\/\//i.test(text)) {
    let fileName: string | undefined;
    try {
      fileName = decodeURIComponent(new URL(text).pathname.split("/").pop() ?? "") || undefined;
    } catch {
      throw badRequest("wrong HTTP URL specified");
    }
    return registerFile(s, { fileName, mimeType: guessMimeType(fileName), source: "url" }, kind);
  }
  if (text.startsWith("attach://")) throw badRequest(`can't find attached file "${text.slice(9)}"`);
  // An unknown file_id (e.g. from an earlier run): accept it, but we know nothing about it.
  const f: StoredFile = { fileId: text, fileUniqueId: `AQAD${text.slice(-8)}`, filePath: `${kind}s/${text}`, source: "file_id" };
  s.files.set(text, f);
  s.filesByPath.set(f.filePath, f);
  return f;
}

export function sendFile(s: StandInState, p: Params, kind: "document" | "photo"): Message {
  const state = s.writableChat(p.chat_id);
  const file = resolveInputFile(s, p[kind], kind);
  const { raw, parsed, parseMode } = parseText(p.caption, p.parse_mode, "caption", p.caption_entities);
  const markup = normalizeMarkup(p.reply_markup);
  const messageId = s.nextMessageId(state);
  const media =
    kind === "document"
      ? {
          document: compact({
            file_id: file.fileId,
            file_unique_id: file.fileUniqueId,
            file_name: file.fileName,
            mime_type: file.mimeType,
            file_size: file.size,
          }),
        }
      : {
          photo: [
            compact({ file_id: file.fileId, file_unique_id: file.fileUniqueId, width: 320, height: 320, file_size: file.size }),
          ],
        };
  const message = compact({
    message_id: messageId,
    from: s.botFrom(),
    chat: { ...state.chat },
    date: s.date(),
    ...media,
    caption: parsed.text === "" ? undefined : parsed.text,
    caption_entities: parsed.entities.length > 0 ? parsed.entities : undefined,
    reply_markup: markup.inline,
  }) as unknown as Message;
  const stored = storeBotMessage(s, state, {
    chatId: state.chat.id,
    messageId,
    type: kind,
    text: parsed.text,
    rawText: raw,
    parseMode,
    entities: parsed.entities,
    message,
    markup,
    fileId: file.fileId,
    fileName: file.fileName,
    fileSize: file.size,
    mimeType: file.mimeType,
  });
  s.emitMessage(kind, stored);
  return clone(message);
}

export function getFile(s: StandInState, p: Params): unknown {
  const fileId = toStr(p.file_id);
  const f = fileId === undefined ? undefined : s.files.get(fileId);
  if (f === undefined) throw badRequest("invalid file_id");
  if (f.size !== undefined && f.size > 20 * 1024 * 1024) throw badRequest("file is too big");
  return compact({ file_id: f.fileId, file_unique_id: f.fileUniqueId, file_size: f.size, file_path: f.filePath });
}
