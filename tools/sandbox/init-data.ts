// Init data for the Mini App as Telegram signs it (Telegram's Mini App rules), written from those
// rules and not with the library the server checks it with: the pairs but "hash" sorted by key as
// "key=value" lines joined by "\n", HMAC-SHA256 keyed with HMAC-SHA256("WebAppData", bot token), hex.
// The sandbox signs with its own token, so its link works with its own server and no other; the
// tests sign with theirs (test/support/init-data.ts).
import { createHmac } from "node:crypto";

export interface InitDataUser {
  id: number;
  first_name: string;
  language_code?: string;
}

/** The fields with their hash, as a query string (what Telegram.WebApp.initData holds). */
export function signInitData(token: string, fields: Record<string, string>): string {
  const checkString = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join("\n");
  const secret = createHmac("sha256", "WebAppData").update(token).digest();
  const hash = createHmac("sha256", secret).update(checkString).digest("hex");
  return new URLSearchParams({ ...fields, hash }).toString();
}

/** The sandbox user's init data, signed at `authDate`. */
export function sandboxInitData(token: string, user: InitDataUser, authDate: Date): string {
  return signInitData(token, { auth_date: String(Math.floor(authDate.getTime() / 1000)), query_id: `sandbox-${user.id}`, user: JSON.stringify(user) });
}

/** The page's address with the init data in the hash, as Telegram opens it. */
export function miniAppLink(base: string, initData: string): string {
  return `${base}/app/#${new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: "8.0", tgWebAppPlatform: "web" }).toString()}`;
}
