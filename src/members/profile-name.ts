// A member's name and username taken from a Telegram profile (a configured admin's first contact,
// in the chat or in the Mini App).
import { cleanLine, cleanUserText, fitText } from "../shared/user-text.js";

/** Database limit of a name made from a Telegram profile (member-service keeps 100 units). */
const PROFILE_NAME_MAX = 100;

/**
 * A Telegram profile name as stored: cleaned (cleanInput did so already for updates; this holds
 * for any other caller), on one line, cut between characters so no emoji is halved.
 */
export function profileName(firstName: string, lastName?: string): string {
  return fitText(cleanLine([firstName, lastName].filter(Boolean).join(" ")), PROFILE_NAME_MAX);
}

/** Telegram usernames are Latin letters, digits and "_": anything else is not one. */
export function profileUsername(username: string | undefined): string | null {
  const cleaned = username === undefined ? "" : cleanUserText(username).trim();
  return /^[A-Za-z0-9_]{1,32}$/.test(cleaned) ? cleaned : null;
}
