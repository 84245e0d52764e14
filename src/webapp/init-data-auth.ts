// Who is calling the Mini App's API: Telegram's init data in `Authorization: tma <initData>`, signed
// with the bot token (HMAC-SHA256 keyed with HMAC("WebAppData", token), Telegram's Mini App rules;
// checked by @telegram-apps/init-data-node). Its age is judged by our Clock, not the library's
// Date.now(), so tests and the sandbox's clock move it like everything else.
import { isSignatureInvalidError, validate } from "@telegram-apps/init-data-node";
import { z } from "zod";
import type { Clock } from "../shared/clock.js";

/** Init data older than this is refused: a link or a stolen header stops working after a day. */
export const INIT_DATA_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** A phone's clock may run ahead of ours a little; beyond this, init data "from the future" is refused. */
export const INIT_DATA_FUTURE_SKEW_MS = 5 * 60 * 1000;
/** Real init data is a few hundred bytes to a few KB; anything much larger is not Telegram's. */
const MAX_INIT_DATA_LENGTH = 8_192;

/** Why a request is not authenticated (the API answers 401 with it as `reason`). */
export type InitDataRefusal =
  /** No `Authorization: tma ...` header. */
  | "missing"
  /** Not init data: no hash, no auth_date, no parsable user, too long. */
  | "malformed"
  /** The hash does not match: not signed with this bot's token, or changed since. */
  | "forged"
  /** Signed more than 24 hours ago. */
  | "stale"
  /** Signed later than now (beyond a few minutes of clock difference). */
  | "future";

/** The Telegram user the init data was signed for. */
export interface TelegramWebUser {
  id: bigint;
  firstName: string;
  lastName: string | undefined;
  username: string | undefined;
  languageCode: string | undefined;
  isBot: boolean;
}

export type InitDataCheck = { ok: true; user: TelegramWebUser; authDate: Date } | { ok: false; reason: InitDataRefusal };

const userSchema = z.object({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
  is_bot: z.boolean().optional(),
});

/** The init data in an Authorization header value, or undefined when it is not the "tma" scheme. */
export function initDataFromHeader(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^tma +(\S.*)$/i.exec(header.trim());
  return match?.[1];
}

export interface InitDataAuthOptions {
  botToken: string;
  clock: Clock;
  /** Default INIT_DATA_MAX_AGE_MS. */
  maxAgeMs?: number;
}

export function createInitDataAuth({ botToken, clock, maxAgeMs = INIT_DATA_MAX_AGE_MS }: InitDataAuthOptions) {
  // An empty key would let anyone sign; the API is never served without the bot's own token.
  if (!botToken) throw new Error("The Mini App API needs the bot token to check init data.");

  /** Checks one request's Authorization header value. */
  function check(authorization: string | undefined): InitDataCheck {
    const initData = initDataFromHeader(authorization);
    if (initData === undefined) return { ok: false, reason: "missing" };
    if (initData.length > MAX_INIT_DATA_LENGTH) return { ok: false, reason: "malformed" };
    const params = new URLSearchParams(initData);
    try {
      // expiresIn 0: the library skips its own Date.now() check; ours follows with the clock.
      validate(params, botToken, { expiresIn: 0 });
    } catch (error) {
      return { ok: false, reason: isSignatureInvalidError(error) ? "forged" : "malformed" };
    }
    // Signed by Telegram from here on: the age, then the user.
    const authDate = new Date(Number.parseInt(params.get("auth_date") ?? "", 10) * 1000);
    const now = clock.now().getTime();
    if (authDate.getTime() + maxAgeMs < now) return { ok: false, reason: "stale" };
    if (authDate.getTime() - INIT_DATA_FUTURE_SKEW_MS > now) return { ok: false, reason: "future" };
    let user: z.infer<typeof userSchema>;
    try {
      user = userSchema.parse(JSON.parse(params.get("user") ?? "null"));
    } catch {
      return { ok: false, reason: "malformed" };
    }
    return {
      ok: true,
      authDate,
      user: {
        id: BigInt(user.id),
        firstName: user.first_name,
        lastName: user.last_name,
        username: user.username,
        languageCode: user.language_code,
        isBot: user.is_bot ?? false,
      },
    };
  }

  return { check };
}

export type InitDataAuth = ReturnType<typeof createInitDataAuth>;
