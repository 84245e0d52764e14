// The Mini App's JSON API (issue 15): init data checked on every request (401), the member read
// fresh and the same permissions as the bot (403 with a reason), each endpoint's content, and
// never a NIP or phone number in an answer. Real SQLite (or PostgreSQL) in a temp dir.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { type MemberService } from "../src/members/member-service.js";
import { startHttpServer, type HttpServer } from "../src/server/http-server.js";
import { ManualClock, systemClock } from "../src/shared/clock.js";
import { createWebApi } from "../src/webapp/api.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";
import { initDataFor, tmaHeader, type WebAppUser } from "./support/init-data.js";
import { collectingLogger } from "./support/log-collector.js";
import { registerMember, type RegisteredAs } from "./support/register-member.js";
import { webApiDepsFor } from "./support/web-api-deps.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
const NOW = new Date("2026-12-01T03:00:00Z");
const HOUR = 3_600_000;
const CONFIGURED_ADMIN = 1001;
const NIP = "198503122010011003";
const PHONE = "+6281234567890";

const tg = (id: number, first_name: string): WebAppUser => ({ id, first_name, language_code: "id" });
const budi = tg(5001, "Budi");
const sari = tg(5002, "Sari");
const dodi = tg(5003, "Dodi");
const rina = tg(5004, "Rina");
const stranger = tg(5999, "Tamu");
const admin = tg(CONFIGURED_ADMIN, "Admin");

let temp: TempDatabase;
let clock: ManualClock;
let members: MemberService;
let server: HttpServer;
/** Every body the API answered in this file, to look for personal data at the end. */
const bodies: string[] = [];

async function call(path: string, user: WebAppUser | null, options: { signedAgo?: number; headers?: Record<string, string>; method?: string } = {}) {
  const auth = user ? tmaHeader(initDataFor(TOKEN, user, new Date(clock.now().getTime() - (options.signedAgo ?? 60_000)))) : {};
  const response = await fetch(`http://127.0.0.1:${server.port}${path}`, { method: options.method ?? "GET", headers: { ...auth, ...options.headers } });
  const text = await response.text();
  bodies.push(text);
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Record<string, unknown> };
}

function register(user: WebAppUser, overrides: Partial<RegisteredAs> = {}) {
  return registerMember(temp.db, members, {
    telegramId: user.id,
    fullName: `${user.first_name} Santoso`,
    position: "Kepala Bidang Aplikasi Informatika",
    nip: NIP,
    phone: PHONE,
    ...overrides,
  });
}

const byAdmin = { memberId: null, telegramId: BigInt(CONFIGURED_ADMIN) };

beforeAll(async () => {
  temp = await createTempDatabase();
  clock = new ManualClock(NOW);
  const deps = webApiDepsFor(temp.db, clock, { token: TOKEN, configuredAdminIds: [BigInt(CONFIGURED_ADMIN)] });
  members = deps.members;
  const api = createWebApi(deps);
  server = await startHttpServer({ port: 0, host: "127.0.0.1", routes: api.routes, logger: collectingLogger("info") });

  const approved = await register(budi, { language: "en", timezone: "Asia/Makassar" });
  await members.approve(approved.id, byAdmin);
  await register(sari);
  const suspended = await register(dodi);
  await members.approve(suspended.id, byAdmin);
  await members.suspend(suspended.id, byAdmin, "Akun dipakai orang lain");
  const rejected = await register(rina);
  await members.reject(rejected.id, byAdmin, null);

  const pokja = await temp.db.pokja.findMany({ orderBy: { id: "asc" } });
  const task = (number: number, pokjaId: number | null, status: string, progress: number, targetDate: string) =>
    temp.db.spbeTask.create({ data: { number, title: `Tugas ${number}`, pokjaId, status, progress, targetDate: new Date(targetDate), createdAt: NOW } });
  await task(1, pokja[0]!.id, "berjalan", 40, "2026-11-01T00:00:00Z"); // overdue
  await task(2, pokja[0]!.id, "selesai", 100, "2026-11-01T00:00:00Z"); // done: never overdue
  await task(3, pokja[1]!.id, "belum_dimulai", 0, "2027-01-01T00:00:00Z");
  await task(4, null, "ditunda", 10, "2026-10-01T00:00:00Z"); // national, overdue
});

afterAll(async () => {
  await server?.close();
  await temp?.cleanup();
});

beforeEach(() => clock.set(NOW));

describe("Mini App API: who is calling (401)", () => {
  it("answers 401 with a reason code for missing, forged and stale init data, never cached", async () => {
    const missing = await call("/api/me", null);
    expect(missing).toMatchObject({ status: 401, body: { error: "unauthorized", reason: "missing" } });
    expect(missing.headers.get("www-authenticate")).toBe("tma");
    expect(missing.headers.get("cache-control")).toBe("no-store");

    const forged = await call("/api/me", null, { headers: tmaHeader(initDataFor("987654321:BBHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9", budi, NOW)) });
    expect(forged).toMatchObject({ status: 401, body: { error: "unauthorized", reason: "forged" } });

    const stale = await call("/api/tasks/summary", budi, { signedAgo: 25 * HOUR });
    expect(stale).toMatchObject({ status: 401, body: { error: "unauthorized", reason: "stale" } });
    expect(stale.headers.get("cache-control")).toBe("no-store");
    // 23 hours old is still today's.
    expect((await call("/api/me", budi, { signedAgo: 23 * HOUR })).status).toBe(200);
  });

  it("judges the age by the injected clock: the same init data stops working a day later", async () => {
    const initData = initDataFor(TOKEN, budi, NOW);
    expect((await call("/api/me", null, { headers: tmaHeader(initData) })).status).toBe(200);
    clock.advance(25 * HOUR);
    expect((await call("/api/me", null, { headers: tmaHeader(initData) })).body).toEqual({ error: "unauthorized", reason: "stale" });
  });
});

describe("Mini App API: what the member may see (403)", () => {
  it("refuses a Telegram user who is no member, with not_registered", async () => {
    for (const path of ["/api/me", "/api/tasks/summary"]) {
      const answer = await call(path, stranger);
      expect(answer).toMatchObject({ status: 403, body: { error: "forbidden", reason: "not_registered" } });
      expect(answer.headers.get("cache-control")).toBe("no-store");
    }
    // Looking did not register anyone.
    expect(await members.findByTelegramId(BigInt(stranger.id))).toBeNull();
  });

  it("refuses applicants, suspended and rejected members with not_approved and their status", async () => {
    for (const [user, status] of [[sari, "pending"], [dodi, "suspended"], [rina, "rejected"]] as const) {
      for (const path of ["/api/me", "/api/tasks/summary"]) {
        expect(await call(path, user)).toMatchObject({ status: 403, body: { error: "forbidden", reason: "not_approved", status } });
      }
    }
  });

  it("decides on every request: a member suspended a moment ago is refused at once", async () => {
    const late = tg(5005, "Eko");
    const member = await register(late);
    await members.approve(member.id, byAdmin);
    const initData = initDataFor(TOKEN, late, NOW);
    expect((await call("/api/tasks/summary", null, { headers: tmaHeader(initData) })).status).toBe(200);
    await members.suspend(member.id, byAdmin, "Pindah tugas");
    expect((await call("/api/tasks/summary", null, { headers: tmaHeader(initData) })).body).toMatchObject({ reason: "not_approved", status: "suspended" });
  });
});

describe("Mini App API: endpoints", () => {
  it("GET /api/me: name, role, agency, language and zone of an approved member", async () => {
    const me = await call("/api/me", budi);
    expect(me.status).toBe(200);
    expect(me.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(me.headers.get("cache-control")).toBe("no-store");
    expect(me.body).toEqual({
      name: "Budi Santoso",
      role: "member",
      isAdmin: false,
      isStaff: false,
      agency: { name: "Dinas Komunikasi dan Informatika Kota Surabaya", kind: "kota", provinceName: "Jawa Timur" },
      language: "en",
      timezone: "Asia/Makassar",
      zone: "WITA",
    });
  });

  it("GET /api/me: an admin named in ADMIN_TELEGRAM_IDS is one from the first request, as in the chat", async () => {
    const me = await call("/api/me", admin);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ name: "Admin", role: "admin", isAdmin: true, isStaff: true, zone: "WIB" });
    expect((me.body.agency as { name: string }).name).toBeTruthy();
    expect((await members.findByTelegramId(BigInt(CONFIGURED_ADMIN)))?.status).toBe("approved");
  });

  it("GET /api/tasks/summary: counts by status, overdue and average progress, in all and per pokja", async () => {
    const answer = await call("/api/tasks/summary?fresh=1", budi);
    expect(answer.status).toBe(200);
    const pokja = await temp.db.pokja.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" } });
    expect(answer.body).toEqual({
      generatedAt: NOW.toISOString(),
      statuses: ["belum_dimulai", "berjalan", "selesai", "ditunda"],
      total: { total: 4, counts: { belum_dimulai: 1, berjalan: 1, selesai: 1, ditunda: 1 }, overdue: 2, averageProgress: 38 },
      byPokja: [
        { pokjaId: pokja[0]!.id, name: pokja[0]!.name, total: 2, counts: { belum_dimulai: 0, berjalan: 1, selesai: 1, ditunda: 0 }, overdue: 1, averageProgress: 70 },
        { pokjaId: pokja[1]!.id, name: pokja[1]!.name, total: 1, counts: { belum_dimulai: 1, berjalan: 0, selesai: 0, ditunda: 0 }, overdue: 0, averageProgress: 0 },
        ...pokja.slice(2).map((p) => ({ pokjaId: p.id, name: p.name, total: 0, counts: { belum_dimulai: 0, berjalan: 0, selesai: 0, ditunda: 0 }, overdue: 0, averageProgress: 0 })),
        { pokjaId: null, name: "", total: 1, counts: { belum_dimulai: 0, berjalan: 0, selesai: 0, ditunda: 1 }, overdue: 1, averageProgress: 10 },
      ],
    });
  });

  it("answers unknown paths and methods under /api/ with JSON 404 and 405", async () => {
    expect(await call("/api/nowhere", budi)).toMatchObject({ status: 404, body: { error: "not found" } });
    expect((await call("/api/me", budi, { method: "POST" })).status).toBe(405);
  });

  it("puts no NIP and no phone number in any answer", () => {
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) {
      expect(body).not.toContain(NIP);
      expect(body).not.toContain(PHONE);
      expect(body).not.toContain(PHONE.slice(1));
    }
  });
});

describe("Mini App API in the running app", () => {
  let app: App | undefined;
  let appTemp: TempDatabase | undefined;
  let standIn: BotApiStandIn | undefined;

  afterEach(async () => {
    await app?.stop();
    standIn?.close();
    await appTemp?.cleanup();
  });

  it("serves /api/ and /app/ on WEB_PORT beside /healthz, checking init data with the bot's token", async () => {
    appTemp = await createTempDatabase();
    await appTemp.db.$disconnect();
    standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
    app = await startApp({
      config: loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: appTemp.url, WEB_PORT: "0", ADMIN_TELEGRAM_IDS: String(CONFIGURED_ADMIN) }),
      clock: systemClock,
      logger: collectingLogger("info"),
      client: { fetch: createInProcessFetch(standIn) as never, apiRoot: "http://bot-api.invalid" },
      botInfo: standIn.botUser,
    });
    const base = `http://127.0.0.1:${app.http?.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const me = await fetch(`${base}/api/me`, { headers: tmaHeader(initDataFor(TOKEN, admin, systemClock.now())) });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ role: "admin", isAdmin: true });
    const unknown = await fetch(`${base}/api/tasks/summary`, { headers: tmaHeader(initDataFor(TOKEN, stranger, systemClock.now())) });
    expect(unknown.status).toBe(403);
    expect((await fetch(`${base}/api/tasks/summary`)).status).toBe(401);
    // The page beside it (src/webapp/page-routes.ts): 200 once `npm run build` has built it, else 503 saying so.
    const page = await fetch(`${base}/app/`);
    expect([200, 503]).toContain(page.status);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
  }, 30_000);
});
