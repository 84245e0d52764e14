// The Mini App API's per-user request limit (src/webapp/request-limit.ts, applied in api.ts): a token
// bucket per Telegram user on the injected clock; 429 with Retry-After beyond it; counted only after the
// init data is checked, so forged requests spend nobody's budget. Time moves by a ManualClock only.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MemberService } from "../src/members/member-service.js";
import { startHttpServer, type HttpServer } from "../src/server/http-server.js";
import { ManualClock } from "../src/shared/clock.js";
import { createWebApi, type WebApiDeps } from "../src/webapp/api.js";
import { createRequestLimiter, DEFAULT_REQUEST_LIMIT } from "../src/webapp/request-limit.js";
import { initDataFor, tmaHeader, type WebAppUser } from "./support/init-data.js";
import { registerMember } from "./support/register-member.js";
import { collectingLogger } from "./support/log-collector.js";
import { webApiDepsFor } from "./support/web-api-deps.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
const OTHER_TOKEN = "987654321:BBHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9";
const NOW = new Date("2026-12-01T03:00:00Z");
const SECOND = 1000;

const tg = (id: number, first_name: string): WebAppUser => ({ id, first_name, language_code: "id" });
const budi = tg(5001, "Budi");
const sari = tg(5002, "Sari");
const stranger = tg(5999, "Tamu");

describe("request limiter (token bucket per Telegram user)", () => {
  it("lets a burst through, then one request per refill interval, and says when to come back", () => {
    const clock = new ManualClock(NOW);
    // 3 at once, 6 a minute: a new request every 10 seconds.
    const limiter = createRequestLimiter(clock, { burst: 3, perMinute: 6 });
    for (let i = 0; i < 3; i++) expect(limiter.admit(1n)).toEqual({ ok: true });
    expect(limiter.admit(1n)).toEqual({ ok: false, retryAfterSeconds: 10 });
    // Another user has a bucket of their own.
    expect(limiter.admit(2n)).toEqual({ ok: true });
    clock.advance(7 * SECOND);
    expect(limiter.admit(1n)).toEqual({ ok: false, retryAfterSeconds: 3 });
    clock.advance(3 * SECOND);
    expect(limiter.admit(1n)).toEqual({ ok: true });
    expect(limiter.admit(1n)).toMatchObject({ ok: false });
    // Refused requests cost nothing: the bucket fills as if they had not come.
    clock.advance(30 * SECOND);
    for (let i = 0; i < 3; i++) expect(limiter.admit(1n)).toEqual({ ok: true });
    expect(limiter.admit(1n)).toMatchObject({ ok: false });
  });

  it("never refills for a clock set back, and never holds more than the burst", () => {
    const clock = new ManualClock(NOW);
    const limiter = createRequestLimiter(clock, { burst: 2, perMinute: 60 });
    expect(limiter.admit(1n).ok).toBe(true);
    expect(limiter.admit(1n).ok).toBe(true);
    clock.advance(-3_600 * SECOND);
    expect(limiter.admit(1n)).toEqual({ ok: false, retryAfterSeconds: 1 });
    // A long idle hour fills the bucket to the burst, not to 60.
    clock.advance(2 * 3_600 * SECOND);
    expect(limiter.admit(1n).ok).toBe(true);
    expect(limiter.admit(1n).ok).toBe(true);
    expect(limiter.admit(1n).ok).toBe(false);
  });

  it("remembers at most maxTrackedUsers, forgetting the longest idle, and forgets full buckets", () => {
    const clock = new ManualClock(NOW);
    const limiter = createRequestLimiter(clock, { burst: 1, perMinute: 60, maxTrackedUsers: 2 });
    expect(limiter.admit(1n).ok).toBe(true);
    expect(limiter.admit(2n).ok).toBe(true);
    expect(limiter.admit(3n).ok).toBe(true);
    expect(limiter.tracked()).toBe(2);
    // User 1 was forgotten: a full bucket again. User 3 is still empty.
    expect(limiter.admit(3n).ok).toBe(false);
    expect(limiter.admit(1n).ok).toBe(true);
    // Once every bucket has had time to fill, the next request sweeps them away.
    clock.advance(10 * SECOND);
    expect(limiter.admit(4n).ok).toBe(true);
    expect(limiter.tracked()).toBe(1);
  });

  it("refuses figures that would block everyone", () => {
    const clock = new ManualClock(NOW);
    expect(() => createRequestLimiter(clock, { burst: 0 })).toThrow(/burst/);
    expect(() => createRequestLimiter(clock, { perMinute: 0 })).toThrow(/perMinute/);
    expect(DEFAULT_REQUEST_LIMIT).toMatchObject({ burst: 60, perMinute: 120 });
  });
});

describe("Mini App API: 429 per Telegram user", () => {
  let temp: TempDatabase;
  let clock: ManualClock;
  let members: MemberService;
  let limited: HttpServer;
  let unlimited: HttpServer;

  async function call(server: HttpServer, path: string, headers: Record<string, string>) {
    const response = await fetch(`http://127.0.0.1:${server.port}${path}`, { headers });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: JSON.parse(text) as Record<string, unknown> };
  }
  const signed = (user: WebAppUser, token = TOKEN) => tmaHeader(initDataFor(token, user, new Date(clock.now().getTime() - 60_000)));

  beforeAll(async () => {
    temp = await createTempDatabase();
    clock = new ManualClock(NOW);
    const db = temp.db;
    const deps: WebApiDeps = webApiDepsFor(db, clock, { token: TOKEN, configuredAdminIds: [1001n] });
    members = deps.members;
    // 3 at once, 6 a minute: a new request every 10 seconds.
    limited = await startHttpServer({ port: 0, host: "127.0.0.1", routes: createWebApi({ ...deps, requestLimit: { burst: 3, perMinute: 6 } }).routes, logger: collectingLogger("info") });
    unlimited = await startHttpServer({ port: 0, host: "127.0.0.1", routes: createWebApi(deps).routes, logger: collectingLogger("info") });
    for (const user of [budi, sari]) {
      const registered = await registerMember(db, members, { telegramId: user.id, fullName: `${user.first_name} Santoso` });
      await members.approve(registered.id, { memberId: null, telegramId: 1001n });
    }
  });

  afterAll(async () => {
    await limited?.close();
    await unlimited?.close();
    await temp?.cleanup();
  });

  beforeEach(() => clock.advance(60 * SECOND)); // every test starts with full buckets

  it("answers 429 with Retry-After once a user's burst is spent, and again after the refill", async () => {
    for (let i = 0; i < 3; i++) expect((await call(limited, "/api/me", signed(budi))).status).toBe(200);
    const refused = await call(limited, "/api/tasks/summary", signed(budi));
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: "too_many_requests", retryAfter: 10 });
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    // Someone else is not held up by Budi.
    expect((await call(limited, "/api/me", signed(sari))).status).toBe(200);
    clock.advance(4 * SECOND);
    expect((await call(limited, "/api/me", signed(budi))).headers.get("retry-after")).toBe("6");
    clock.advance(6 * SECOND);
    expect(await call(limited, "/api/me", signed(budi))).toMatchObject({ status: 200, body: { name: "Budi Santoso" } });
  });

  it("counts only checked init data: forged or missing requests cannot spend a member's budget", async () => {
    for (let i = 0; i < 10; i++) {
      expect((await call(limited, "/api/me", signed(budi, OTHER_TOKEN))).body).toEqual({ error: "unauthorized", reason: "forged" });
      expect((await call(limited, "/api/me", {})).body).toEqual({ error: "unauthorized", reason: "missing" });
    }
    for (let i = 0; i < 3; i++) expect((await call(limited, "/api/me", signed(budi))).status).toBe(200);
    expect((await call(limited, "/api/me", signed(budi))).status).toBe(429);
  });

  it("limits anyone with valid init data, members or not, before the database is asked", async () => {
    for (let i = 0; i < 3; i++) expect((await call(limited, "/api/me", signed(stranger))).body).toEqual({ error: "forbidden", reason: "not_registered" });
    expect((await call(limited, "/api/me", signed(stranger))).status).toBe(429);
  });

  it("has no limit when WebApiDeps has none (tests whose clock stands still)", async () => {
    for (let i = 0; i < 20; i++) expect((await call(unlimited, "/api/me", signed(budi))).status).toBe(200);
  });
});
