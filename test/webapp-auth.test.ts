// The Mini App's init data check (issue 15): Telegram's signature with the bot token, and an age
// judged by our clock, not the machine's.
import { sign } from "@telegram-apps/init-data-node";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/shared/clock.js";
import { createInitDataAuth, initDataFromHeader } from "../src/webapp/init-data-auth.js";
import { initDataFor, signInitData, tmaHeader } from "./support/init-data.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
const OTHER_TOKEN = "987654321:BBHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9";
// Far from the test machine's own time, so only the injected clock can make a check pass.
const NOW = new Date("2031-03-04T05:06:07Z");
const HOUR = 3_600_000;
const user = { id: 4301, first_name: "Yanti", last_name: "Rahma", username: "yanti_r", language_code: "id" };

function setup() {
  const clock = new ManualClock(NOW);
  return { clock, auth: createInitDataAuth({ botToken: TOKEN, clock }) };
}

const at = (msAgo: number) => new Date(NOW.getTime() - msAgo);
const header = (initData: string) => tmaHeader(initData).authorization;

describe("Mini App init data", () => {
  it("accepts init data signed with the bot token and returns the Telegram user", () => {
    const { auth } = setup();
    const checked = auth.check(header(initDataFor(TOKEN, user, at(60_000))));
    expect(checked).toEqual({
      ok: true,
      authDate: new Date(Math.floor(at(60_000).getTime() / 1000) * 1000),
      user: { id: 4301n, firstName: "Yanti", lastName: "Rahma", username: "yanti_r", languageCode: "id", isBot: false },
    });
    // Telegram's newer fields (signature for third parties, chat_instance) are part of what is signed.
    const withMore = initDataFor(TOKEN, { id: 7, first_name: "Budi" }, at(0), { signature: "c2lnbmF0dXJl", chat_instance: "-42" });
    expect(auth.check(header(withMore))).toMatchObject({ ok: true, user: { id: 7n, firstName: "Budi", lastName: undefined } });
    // The scheme is case-insensitive, as HTTP's are.
    expect(auth.check(`TMA ${initDataFor(TOKEN, user, at(0))}`).ok).toBe(true);
  });

  it("agrees with the library's own signing (the page side of the same rules)", () => {
    const { auth } = setup();
    const signed = sign({ user: { id: 99, first_name: "Sari" } } as never, TOKEN, at(HOUR));
    expect(auth.check(header(signed))).toMatchObject({ ok: true, user: { id: 99n, firstName: "Sari" } });
  });

  it("refuses a missing header or another scheme", () => {
    const { auth } = setup();
    expect(auth.check(undefined)).toEqual({ ok: false, reason: "missing" });
    expect(auth.check("")).toEqual({ ok: false, reason: "missing" });
    expect(auth.check("tma ")).toEqual({ ok: false, reason: "missing" });
    expect(auth.check(`Bearer ${initDataFor(TOKEN, user, at(0))}`)).toEqual({ ok: false, reason: "missing" });
    expect(initDataFromHeader("tma  a=b")).toBe("a=b");
  });

  it("refuses forged init data: another bot's token, or any field changed after signing", () => {
    const { auth } = setup();
    expect(auth.check(header(initDataFor(OTHER_TOKEN, user, at(0))))).toEqual({ ok: false, reason: "forged" });
    const genuine = new URLSearchParams(initDataFor(TOKEN, user, at(0)));
    genuine.set("user", JSON.stringify({ ...user, id: 1001 }));
    expect(auth.check(header(genuine.toString()))).toEqual({ ok: false, reason: "forged" });
    // Moving the date back into the day does not help a stale link either.
    const old = new URLSearchParams(initDataFor(TOKEN, user, at(48 * HOUR)));
    old.set("auth_date", String(Math.floor(NOW.getTime() / 1000)));
    expect(auth.check(header(old.toString()))).toEqual({ ok: false, reason: "forged" });
    const noHash = new URLSearchParams(initDataFor(TOKEN, user, at(0)));
    noHash.delete("hash");
    expect(auth.check(header(noHash.toString()))).toEqual({ ok: false, reason: "malformed" });
    expect(auth.check(header(`user=x&hash=${"0".repeat(64)}`))).toEqual({ ok: false, reason: "malformed" });
  });

  it("refuses init data older than 24 hours by the injected clock, and data from the future", () => {
    const { auth, clock } = setup();
    expect(auth.check(header(initDataFor(TOKEN, user, at(25 * HOUR))))).toEqual({ ok: false, reason: "stale" });
    expect(auth.check(header(initDataFor(TOKEN, user, at(24 * HOUR - 1000)))).ok).toBe(true);
    expect(auth.check(header(initDataFor(TOKEN, user, at(24 * HOUR)))).ok).toBe(true);
    expect(auth.check(header(initDataFor(TOKEN, user, at(24 * HOUR + 1000))))).toEqual({ ok: false, reason: "stale" });
    // The same init data goes stale as the clock moves on.
    const fresh = header(initDataFor(TOKEN, user, at(0)));
    expect(auth.check(fresh).ok).toBe(true);
    clock.advance(25 * HOUR);
    expect(auth.check(fresh)).toEqual({ ok: false, reason: "stale" });
    clock.set(NOW);
    // A phone a little ahead is fine; an hour ahead is not Telegram's.
    expect(auth.check(header(initDataFor(TOKEN, user, at(-60_000)))).ok).toBe(true);
    expect(auth.check(header(initDataFor(TOKEN, user, at(-HOUR))))).toEqual({ ok: false, reason: "future" });
  });

  it("refuses signed init data without a usable user", () => {
    const { auth } = setup();
    const authDate = String(Math.floor(NOW.getTime() / 1000));
    expect(auth.check(header(signInitData(TOKEN, { auth_date: authDate })))).toEqual({ ok: false, reason: "malformed" });
    expect(auth.check(header(signInitData(TOKEN, { auth_date: authDate, user: "{not json" })))).toEqual({ ok: false, reason: "malformed" });
    expect(auth.check(header(signInitData(TOKEN, { auth_date: authDate, user: JSON.stringify({ id: -5, first_name: "X" }) })))).toEqual({ ok: false, reason: "malformed" });
    expect(auth.check(header(initDataFor(TOKEN, user, at(0), { padding: "x".repeat(9000) })))).toEqual({ ok: false, reason: "malformed" });
  });

  it("is never built without a bot token (an empty key would let anyone sign)", () => {
    expect(() => createInitDataAuth({ botToken: "", clock: new ManualClock(NOW) })).toThrow(/bot token/);
  });
});
