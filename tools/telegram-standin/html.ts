// Telegram's HTML parse mode: plain text plus entities, with Telegram's errors for bad markup.
import type { MessageEntity } from "grammy/types";
import { badRequest, byteLength, compact } from "./params.js";
import type { ParsedText } from "./types.js";

const HTML_TAGS = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
  "tg-spoiler", "span", "blockquote", "tg-emoji",
]);


function parseHtmlAttributes(src: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    const name = (m[1] ?? "").toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? "";
    attrs[name] = decodeHtmlEntities(value);
  }
  return attrs;
}

function decodeHtmlEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (whole, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
    }
    const cp = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    try {
      return String.fromCodePoint(cp);
    } catch {
      return whole;
    }
  });
}

/**
 * Parses Telegram's HTML parse mode: returns the plain text and the entities,
 * or throws a 400 "can't parse entities" error for unsupported or unbalanced
 * tags (the checks are modelled on Telegram's, not a full reimplementation).
 */
export function parseTelegramHtml(raw: string): ParsedText {
  let out = "";
  const entities: MessageEntity[] = [];
  const stack: { name: string; attrs: Record<string, string>; offset: number; language?: string }[] = [];
  const at = (pos: number) => byteLength(raw.slice(0, pos));
  const fail = (msg: string): never => {
    throw badRequest(`can't parse entities: ${msg}`);
  };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (ch === "<") {
      const close = raw.indexOf(">", i + 1);
      const inner = close === -1 ? raw.slice(i + 1) : raw.slice(i + 1, close);
      if (close === -1 || inner.includes("<")) {
        const name = /^\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(inner)?.[1];
        if (name === undefined) fail(`Unsupported start tag "" at byte offset ${at(i)}`);
        fail(`Unclosed start tag at byte offset ${at(i)}`);
      }
      if (inner.startsWith("/")) {
        const name = inner.slice(1).trim().toLowerCase();
        const top = stack.pop();
        if (top === undefined) return fail(`Unexpected end tag at byte offset ${at(i)}`);
        if (top.name !== name) {
          fail(`Unmatched end tag at byte offset ${at(i)}, expected "</${top.name}>", found "</${name}>"`);
        }
        const length = out.length - top.offset;
        const parent = stack[stack.length - 1];
        let entity: Record<string, unknown> | undefined;
        switch (top.name) {
          case "b":
          case "strong":
            entity = { type: "bold" };
            break;
          case "i":
          case "em":
            entity = { type: "italic" };
            break;
          case "u":
          case "ins":
            entity = { type: "underline" };
            break;
          case "s":
          case "strike":
          case "del":
            entity = { type: "strikethrough" };
            break;
          case "tg-spoiler":
          case "span":
            entity = { type: "spoiler" };
            break;
          case "a": {
            const href = top.attrs.href;
            if (href !== undefined && href !== "") {
              const mention = /^tg:\/\/user\?id=(\d+)$/.exec(href);
              entity = mention
                ? { type: "text_mention", user: { id: Number(mention[1]), is_bot: false, first_name: "" } }
                : { type: "text_link", url: href };
            }
            break;
          }
          case "code": {
            const lang = /^language-(.+)$/.exec(top.attrs.class ?? "")?.[1];
            if (parent?.name === "pre" && parent.offset === top.offset) {
              if (lang !== undefined) parent.language = lang;
            } else {
              entity = { type: "code" };
            }
            break;
          }
          case "pre":
            entity = compact({ type: "pre", language: top.language });
            break;
          case "blockquote":
            entity = { type: "expandable" in top.attrs ? "expandable_blockquote" : "blockquote" };
            break;
          case "tg-emoji":
            entity = { type: "custom_emoji", custom_emoji_id: top.attrs["emoji-id"] ?? "" };
            break;
        }
        if (entity !== undefined && length > 0) {
          entities.push({ ...entity, offset: top.offset, length } as unknown as MessageEntity);
        }
      } else {
        const m = /^([a-zA-Z][a-zA-Z0-9-]*)([\s\S]*)$/.exec(inner);
        const name = (m?.[1] ?? "").toLowerCase();
        if (m === null || !HTML_TAGS.has(name)) {
          fail(`Unsupported start tag "${name}" at byte offset ${at(i)}`);
        }
        const attrs = parseHtmlAttributes((m?.[2] ?? "").replace(/\/\s*$/, ""));
        if (name === "span" && attrs.class !== "tg-spoiler") {
          fail(`Tag "span" must have class "tg-spoiler" at byte offset ${at(i)}`);
        }
        if (name === "tg-emoji" && attrs["emoji-id"] === undefined) {
          fail(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${at(i)}`);
        }
        stack.push({ name, attrs, offset: out.length });
      }
      i = close + 1;
    } else if (ch === "&") {
      const m = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(raw.slice(i, i + 16));
      if (m) {
        out += decodeHtmlEntities(m[0]);
        i += m[0].length;
      } else {
        out += "&";
        i += 1;
      }
    } else {
      out += ch;
      i += 1;
    }
  }
  const open = stack[stack.length - 1];
  if (open !== undefined) fail(`Can't find end tag corresponding to start tag "${open.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

export function parseFormatted(raw: string, parseMode: string | undefined): ParsedText {
  if (parseMode !== undefined && parseMode.toLowerCase() === "html") return parseTelegramHtml(raw);
  return { text: raw, entities: [] };
}
