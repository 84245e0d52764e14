// Init data as Telegram signs it for a Mini App, written here from Telegram's rules and not with
// the library the server checks it with: the pairs but "hash" sorted by key as "key=value" lines
// joined by "\n", HMAC-SHA256 with the key HMAC-SHA256("WebAppData", bot token), hex.
import { createHmac } from "node:crypto";

export interface WebAppUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export function signInitData(token: string, fields: Record<string, string>): string {
  const checkString = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join("\n");
  const secret = createHmac("sha256", "WebAppData").update(token).digest();
  const hash = createHmac("sha256", secret).update(checkString).digest("hex");
  return new URLSearchParams({ ...fields, hash }).toString();
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
