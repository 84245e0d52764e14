import { fitText } from "./user-text.js";

/** Escapes user-provided text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Telegram shows at most 200 characters in a button press's pop-up. */
export const POPUP_TEXT_MAX = 200;

/**
 * A message written for HTML parse mode as a button press's pop-up, which is plain text: tags
 * dropped, the escapes escapeHtml writes read back (a typed "<" shows as "<"), cut to fit.
 */
export function popupText(html: string): string {
  const plain = html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  return fitText(plain, POPUP_TEXT_MAX);
}
