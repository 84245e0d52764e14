// Init data as Telegram signs it for a Mini App (tools/sandbox/init-data.ts: written from Telegram's
// rules, not with the library the server checks it with), for the tests' own users and token.
import { signInitData } from "../../tools/sandbox/init-data.js";

export { signInitData };

export interface WebAppUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** Init data for `user`, signed at `authDate` (as the Telegram client hands it to the page). */
export function initDataFor(token: string, user: WebAppUser, authDate: Date, extra: Record<string, string> = {}): string {
  return signInitData(token, {
    query_id: "AAHdF6IQAAAAAN0XohDhrOrc",
    user: JSON.stringify(user),
    auth_date: String(Math.floor(authDate.getTime() / 1000)),
    ...extra,
  });
}

/** The header the page sends with every API request. */
export function tmaHeader(initData: string): { authorization: string } {
  return { authorization: `tma ${initData}` };
}
