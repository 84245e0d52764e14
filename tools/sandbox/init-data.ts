// Init data for the Mini App as Telegram signs it (Telegram's Mini App rules): the pairs but "hash"
// sorted by key as "key=value" lines, HMAC-SHA256 keyed with HMAC-SHA256("WebAppData", bot token).
// The sandbox signs with its own token, so its link works with its own server and no other.
import { createHmac } from "node:crypto";

export interface InitDataUser {
  id: number;
  first_name: string;
  language_code?: string;
}

export function signInitData(token: string, user: InitDataUser, authDate: Date): string {
  const fields: Record<string, string> = {
    auth_date: String(Math.floor(authDate.getTime() / 1000)),
    query_id: `sandbox-${user.id}`,
    user: JSON.stringify(user),
  };
  const checkString = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join("\n");
  const secret = createHmac("sha256", "WebAppData").update(token).digest();
  const hash = createHmac("sha256", secret).update(checkString).digest("hex");
  return new URLSearchParams({ ...fields, hash }).toString();
}

/** The page's address with the init data in the hash, as Telegram opens it. */
export function miniAppLink(base: string, initData: string): string {
  return `${base}/app/#${new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: "8.0", tgWebAppPlatform: "web" }).toString()}`;
}
