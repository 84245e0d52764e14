// The Mini App API's endpoints (docs/webapp-api.md) against the real bot's services and permissions
// (the sandbox harness: real SQLite, or PostgreSQL with TEST_DATABASE_URL): each allowed, refused
// (403), unknown (404) and with bad input (400); POST bodies (415, 413); stale things (409); the same
// service calls and side effects as the chat's buttons; never a NIP or phone number in an answer.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHttpServer, type HttpServer } from "../src/server/http-server.js";
import { createWebApi } from "../src/webapp/api.js";
import { createHarness, kebijakanPokja, recommendationDraft, approvedMember, type Harness } from "./support/bot-harness.js";
import { initDataFor, tmaHeader, type WebAppUser } from "./support/init-data.js";
import { collectingLogger } from "./support/log-collector.js";
import { registerMember } from "./support/register-member.js";

const TOKEN = "0:sandbox";
const START = new Date("2026-12-20T02:00:00Z");
const NIP = "199001012015031002";
const PHONE = "+6281298765432";

const tg = (id: number, first_name: string): WebAppUser => ({ id, first_name, language_code: "id" });
const admin = tg(1001, "Admin");
const budiTg = tg(2001, "Budi"); // coordinator of pokja 1 (Surabaya, 35.78)
const sitiTg = tg(2002, "Siti"); // member of pokja 1 (Makassar, 73.71)
const andiTg = tg(2003, "Andi"); // member of pokja 1 (Surabaya)
const rudiTg = tg(2004, "Rudi"); // approved, in no pokja (Surabaya)
const applicantTg = tg(2005, "Wati"); // pending, with NIP and phone
const applicant2Tg = tg(2006, "Joko"); // pending
const stranger = tg(2999, "Tamu");

let h: Harness;
let server: HttpServer;
const ids = {} as { budi: number; siti: number; andi: number; rudi: number; applicant: number; applicant2: number };
/** Every body answered in this file, to look for personal data at the end. */
const bodies: string[] = [];
let nationalTask: number;
let agencyTask: number;
let pokja2Task: number;
let meetingId: number;
let otherPokjaMeetingId: number;
let recId: number;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(
  path: string,
  user: WebAppUser | null,
  options: { method?: string; body?: unknown; rawBody?: string; contentType?: string } = {},
): Promise<{ status: number; body: Json }> {
  const auth = user ? tmaHeader(initDataFor(TOKEN, user, new Date(h.clock.now().getTime() - 60_000))) : {};
  const method = options.method ?? (options.body !== undefined || options.rawBody !== undefined ? "POST" : "GET");
  const headers: Record<string, string> = { ...auth };
  const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined || method === "POST") headers["content-type"] = options.contentType ?? "application/json";
  const response = await fetch(`http://127.0.0.1:${server.port}${path}`, { method, headers, body: method === "POST" ? (payload ?? "") : undefined });
  const text = await response.text();
  bodies.push(text);
  return { status: response.status, body: JSON.parse(text) as Json };
}

const post = (path: string, user: WebAppUser | null, body: unknown = {}) => call(path, user, { method: "POST", body });

beforeAll(async () => {
  h = await createHarness({ start: START });
  const s = h.created.services;
  const cast = await kebijakanPokja(h);
  ids.budi = cast.budi.id;
  ids.siti = cast.siti.id;
  ids.andi = cast.andi.id;
  ids.rudi = (await approvedMember(h, 2004, "Rudi Hartono")).id;
  const surabaya = await h.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
  const register = async (user: WebAppUser, name: string) => (await registerMember(h.db, s.members, { telegramId: user.id, fullName: name, nip: NIP, phone: PHONE })).id;
  ids.applicant = await register(applicantTg, "Wati Lestari");
  ids.applicant2 = await register(applicant2Tg, "Joko Susilo");
  // Budi and Andi carry a NIP and phone too: no answer about them may show it.
  await h.db.member.updateMany({ where: { id: { in: [ids.budi, ids.andi] } }, data: { nip: NIP, phone: PHONE } });

  // Tasks: the sample catalogue; one of pokja 1 made to apply to every kabupaten/kota.
  const tasks = await h.db.spbeTask.findMany({ orderBy: { number: "asc" } });
  const ofPokja1 = tasks.filter((t) => t.pokjaId === 1);
  const ofOther = tasks.find((t) => t.pokjaId !== null && t.pokjaId !== 1)!;
  nationalTask = ofPokja1[0]!.number;
  agencyTask = ofPokja1[1]!.number;
  pokja2Task = ofOther.number;
  const agencyTaskRow = ofPokja1[1]!;
  await s.agencyProgress.setScope(agencyTaskRow.id, { memberId: null, name: "Sekretariat" }, { scope: "regencies", agencyCodes: [] });
  await s.agencyProgress.updateEntry(agencyTaskRow.id, surabaya.id, { memberId: ids.andi }, { status: "berjalan", progress: 60, note: "Draf arsitektur", evidence: { url: "https://surabaya.go.id/spbe" } });
  const makassar = await h.db.agency.findUniqueOrThrow({ where: { code: "73.71" } });
  await s.agencyProgress.updateEntry(agencyTaskRow.id, makassar.id, { memberId: ids.siti }, { status: "selesai" });
  await s.tasks.update(ofPokja1[0]!.id, { memberId: ids.budi, name: "Budi Santoso" }, { status: "berjalan", progress: 30, note: "Mulai" });

  // Meetings: one of pokja 1 (its members invited), one of pokja 2 (none of the cast).
  const meeting = (pokjaId: number, startsAt: string, title: string) =>
    s.meetings.create({
      pokjaId,
      title,
      agenda: "Kemajuan tugas SPBE",
      startsAt: new Date(startsAt),
      durationMinutes: 60,
      timezone: "Asia/Jakarta",
      place: "Ruang Rapat",
      onlineUrl: "https://meet.example/abc",
      reminderOffsets: [1440, 60],
      createdById: null,
      createdByName: "Sekretariat",
    });
  meetingId = (await meeting(1, "2026-12-28T02:00:00Z", "Rapat Koordinasi Kebijakan")).meeting.id;
  otherPokjaMeetingId = (await meeting(2, "2026-12-29T02:00:00Z", "Rapat Pokja Lain")).meeting.id;

  // A recommendation of Siti's to pokja 1.
  const submitted = await s.recommendations.submit(recommendationDraft(ids.siti));
  if (!submitted.ok) throw new Error("recommendation not submitted");
  recId = submitted.recommendation.id;

  const api = createWebApi({
    botToken: TOKEN,
    clock: h.clock,
    logger: collectingLogger("info"),
    db: h.db,
    members: s.members,
    permissions: h.created.permissions,
    tasks: s.tasks,
    agencyProgress: s.agencyProgress,
    meetings: s.meetings,
    recommendations: s.recommendations,
    pokja: s.pokja,
    notifications: s.notifications,
    translate: (language, key) => s.i18n.t(language, key),
    defaultTimezone: "Asia/Jakarta",
  });
  server = await startHttpServer({ port: 0, host: "127.0.0.1", routes: api.routes, logger: collectingLogger("info") });
});

afterAll(async () => {
  await server?.close();
  await h?.dispose();
});

beforeEach(() => h.clock.set(START));

describe("every endpoint: who may call it", () => {
  const gets = [
    "/api/pokja",
    "/api/tasks",
    "/api/tasks/1",
    "/api/tasks/1/provinces",
    "/api/tasks/1/agencies",
    "/api/meetings",
    "/api/recommendations/board?pokja=1",
    "/api/recommendations/report",
    "/api/admin/registrations",
  ];

  it("401 without init data, 403 not_registered for a Telegram user who is no member, 403 not_approved for an applicant", async () => {
    for (const path of gets) {
      expect(await call(path, null)).toMatchObject({ status: 401, body: { error: "unauthorized", reason: "missing" } });
      expect(await call(path, stranger)).toMatchObject({ status: 403, body: { error: "forbidden", reason: "not_registered" } });
      expect(await call(path, applicantTg)).toMatchObject({ status: 403, body: { reason: "not_approved", status: "pending" } });
    }
    for (const path of [`/api/meetings/${meetingId}/rsvp`, `/api/recommendations/${recId}/support`, `/api/admin/registrations/${ids.applicant}/approve`]) {
      expect((await post(path, null, { answer: "hadir" })).status).toBe(401);
      expect(await post(path, stranger, { answer: "hadir" })).toMatchObject({ status: 403, body: { reason: "not_registered" } });
    }
  });
});

describe("POST bodies", () => {
  it("JSON only (415), at most 16 KB (413), an object (400 body)", async () => {
    const path = `/api/meetings/${meetingId}/rsvp`;
    expect(await call(path, andiTg, { rawBody: "answer=hadir", contentType: "application/x-www-form-urlencoded" })).toEqual({
      status: 415,
      body: { error: "unsupported_media_type" },
    });
    const big = JSON.stringify({ answer: "hadir", pad: "x".repeat(17 * 1024) });
    expect(await call(path, andiTg, { rawBody: big })).toEqual({ status: 413, body: { error: "payload_too_large" } });
    expect(await call(path, andiTg, { rawBody: "{not json" })).toEqual({ status: 400, body: { error: "bad_request", field: "body" } });
    expect(await call(path, andiTg, { rawBody: "[1,2]" })).toEqual({ status: 400, body: { error: "bad_request", field: "body" } });
    // A body sent in chunks without a length is cut off at 16 KB all the same.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: "127.0.0.1", port: server.port, path, method: "POST", headers: { ...tmaHeader(initDataFor(TOKEN, andiTg, START)), "content-type": "application/json", "transfer-encoding": "chunked" } },
        (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      // The server may close the connection while the rest is still being written: only a missing answer fails.
      req.on("error", (error) => setTimeout(() => reject(error), 1000).unref());
      req.write(`{"answer":"hadir","pad":"`);
      for (let i = 0; i < 20; i++) req.write("x".repeat(1024));
      req.end(`"}`);
    });
    expect(chunked).toEqual({ status: 413, body: JSON.stringify({ error: "payload_too_large" }) });
    // application/json with a charset is JSON.
    expect((await call(path, andiTg, { rawBody: JSON.stringify({ answer: "hadir" }), contentType: "application/json; charset=utf-8" })).status).toBe(200);
  });
});

describe("SPBE tasks", () => {
  it("GET /api/tasks: paged, filtered and searched in SQL as /tugas", async () => {
    const all = await call("/api/tasks", andiTg);
    expect(all.status).toBe(200);
    const total = await h.db.spbeTask.count();
    expect(all.body).toMatchObject({ total, page: 0, pageSize: 10, pageCount: Math.ceil(total / 10) });
    expect(all.body.items).toHaveLength(Math.min(10, total));
    expect(Object.keys(all.body.items[0]).sort()).toEqual(["number", "overdue", "pokja", "progress", "scope", "status", "targetDate", "title"]);

    const running = await call("/api/tasks?status=berjalan", andiTg);
    expect(running.body.items.map((t: Json) => t.number)).toContain(nationalTask);
    expect(running.body.items.every((t: Json) => t.status === "berjalan")).toBe(true);

    const ofPokja = await call("/api/tasks?pokja=1", andiTg);
    expect(ofPokja.body.total).toBe(await h.db.spbeTask.count({ where: { pokjaId: 1 } }));
    expect(ofPokja.body.items.every((t: Json) => t.pokja?.id === 1)).toBe(true);

    const title = (await h.db.spbeTask.findUniqueOrThrow({ where: { number: agencyTask } })).title;
    const word = title.split(" ").sort((a, b) => b.length - a.length)[0]!;
    const found = await call(`/api/tasks?q=${encodeURIComponent(word)}`, andiTg);
    expect(found.body.items.map((t: Json) => t.number)).toContain(agencyTask);

    const beyond = await call("/api/tasks?page=999", andiTg);
    expect(beyond.body.page).toBe(beyond.body.pageCount - 1);

    for (const [query, field] of [["status=done", "status"], ["pokja=x", "pokja"], ["page=-1", "page"], ["overdue=yes", "overdue"], [`q=${"a".repeat(201)}`, "q"]]) {
      expect(await call(`/api/tasks?${query}`, andiTg)).toEqual({ status: 400, body: { error: "bad_request", field } });
    }
  });

  it("GET /api/tasks?overdue=1: target day over and not done", async () => {
    h.clock.set(new Date("2031-01-01T00:00:00Z"));
    const overdue = await call("/api/tasks?overdue=1", andiTg);
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.every((t: Json) => t.overdue === true && t.status !== "selesai")).toBe(true);
  });

  it("GET /api/tasks/:number: a national task's page with its history, paged", async () => {
    const page = await call(`/api/tasks/${nationalTask}`, andiTg);
    expect(page.status).toBe(200);
    expect(page.body.task).toMatchObject({ number: nationalTask, status: "berjalan", progress: 30, note: "Mulai", scope: "national", pokja: { id: 1 } });
    expect(page.body.canUpdateNational).toBe(false);
    expect(page.body.following).toBe(false);
    expect(page.body.agencies).toBeNull();
    const taskId = (await h.db.spbeTask.findUniqueOrThrow({ where: { number: nationalTask } })).id;
    expect(page.body.history).toMatchObject({ total: await h.db.spbeTaskHistory.count({ where: { taskId } }), page: 0, pageSize: 10 });
    expect(page.body.history.items[0]).toMatchObject({ actorName: "Budi Santoso", changes: { status: { to: "berjalan" } }, note: "Mulai" });
    // Pokja 1's coordinator and admins may change it; a coordinator of another pokja's task may not.
    expect((await call(`/api/tasks/${nationalTask}`, budiTg)).body.canUpdateNational).toBe(true);
    expect((await call(`/api/tasks/${nationalTask}`, admin)).body.canUpdateNational).toBe(true);
    expect((await call(`/api/tasks/${pokja2Task}`, budiTg)).body.canUpdateNational).toBe(false);
    expect((await call(`/api/tasks/${nationalTask}?historyPage=x`, andiTg)).body).toEqual({ error: "bad_request", field: "historyPage" });
  });

  it("GET /api/tasks/:number: a task that applies to agencies: the derived figure, my agency's entry, who may update which", async () => {
    const andi = await call(`/api/tasks/${agencyTask}`, andiTg);
    expect(andi.status).toBe(200);
    const regencies = await h.db.agency.count({ where: { kind: { in: ["kabupaten", "kota"] } } });
    expect(andi.body.agencies.figure).toMatchObject({ total: regencies, reported: 2, done: 1, counts: { berjalan: 1, selesai: 1, belum_melapor: regencies - 2 } });
    expect(andi.body.agencies.agencyEntryScope).toBe("own");
    expect(andi.body.agencies.myAgency).toMatchObject({
      agency: { code: "35.78" },
      applies: true,
      entry: { status: "berjalan", progress: 60, note: "Draf arsitektur", evidenceUrl: "https://surabaya.go.id/spbe", updatedByName: "Andi Wijaya" },
    });
    expect(andi.body.agencies.myAgency.history[0]).toMatchObject({ toStatus: "berjalan", toProgress: 60, actorName: "Andi Wijaya" });
    expect(andi.body.canUpdateNational).toBe(false);
    // The pokja's coordinator: any agency.
    expect((await call(`/api/tasks/${agencyTask}`, budiTg)).body.agencies.agencyEntryScope).toBe("any");
  });

  it("GET /api/tasks/:number: 404 for an unknown or impossible number", async () => {
    for (const path of ["/api/tasks/99999", "/api/tasks/abc", "/api/tasks/0", "/api/tasks/99999/provinces", "/api/tasks/99999/agencies"]) {
      expect(await call(path, andiTg)).toEqual({ status: 404, body: { error: "not_found", reason: "task" } });
    }
  });

  it("GET /api/tasks/:number/provinces: per-province figures, sorted for the table", async () => {
    const done = await call(`/api/tasks/${agencyTask}/provinces`, andiTg);
    expect(done.status).toBe(200);
    expect(done.body.task).toEqual({ number: agencyTask, title: expect.any(String), scope: "regencies" });
    const rows = done.body.provinces as Json[];
    expect(rows.length).toBeGreaterThan(30);
    // Sulawesi Selatan (Makassar done) first by done percent.
    expect(rows[0]).toMatchObject({ provinceCode: "73", done: 1 });
    expect(rows.find((r) => r.provinceCode === "35")).toMatchObject({ reported: 1, done: 0, counts: { berjalan: 1 } });
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(done.body.figure.total);
    const lag = await call(`/api/tasks/${agencyTask}/provinces?sort=lag`, andiTg);
    expect(lag.body.provinces.at(-1).provinceCode).toBe("73");
    const byCode = (await call(`/api/tasks/${agencyTask}/provinces?sort=code`, andiTg)).body.provinces.map((r: Json) => r.provinceCode);
    expect(byCode).toEqual([...byCode].sort());
    expect((await call(`/api/tasks/${agencyTask}/provinces?sort=best`, andiTg)).body).toEqual({ error: "bad_request", field: "sort" });
    // A national task has no per-agency figures.
    expect((await call(`/api/tasks/${nationalTask}/provinces`, andiTg)).body.provinces).toEqual([]);
  });

  it("GET /api/tasks/:number/agencies: who has not reported, by province, paged in SQL", async () => {
    const jatim = await h.db.agency.count({ where: { provinceCode: "35", kind: { in: ["kabupaten", "kota"] } } });
    const missing = await call(`/api/tasks/${agencyTask}/agencies?province=35&status=belum_melapor`, andiTg);
    expect(missing.status).toBe(200);
    expect(missing.body).toMatchObject({ total: jatim - 1, page: 0, pageSize: 10 });
    expect(missing.body.items).toHaveLength(10);
    expect(missing.body.items.every((i: Json) => i.status === "belum_melapor" && i.entry === null && i.agency.provinceCode === "35")).toBe(true);
    const reported = await call(`/api/tasks/${agencyTask}/agencies?province=35&status=berjalan`, andiTg);
    expect(reported.body.items).toEqual([
      {
        agency: { id: expect.any(Number), code: "35.78", name: expect.stringContaining("Surabaya"), kind: "kota", provinceCode: "35" },
        status: "berjalan",
        entry: { status: "berjalan", progress: 60, note: "Draf arsitektur", evidenceUrl: "https://surabaya.go.id/spbe", evidenceFileName: null, updatedAt: START.toISOString() },
      },
    ]);
    const kota = await call(`/api/tasks/${agencyTask}/agencies?province=35&kind=kota`, andiTg);
    expect(kota.body.items.every((i: Json) => i.agency.kind === "kota")).toBe(true);
    for (const [query, field] of [["province=Jatim", "province"], ["status=lapor", "status"], ["kind=desa", "kind"], ["page=x", "page"]]) {
      expect(await call(`/api/tasks/${agencyTask}/agencies?${query}`, andiTg)).toEqual({ status: 400, body: { error: "bad_request", field } });
    }
  });
});

describe("meetings", () => {
  it("GET /api/meetings: my coming meetings with my answer; another pokja's meeting is not among them", async () => {
    const mine = await call("/api/meetings", sitiTg);
    expect(mine.status).toBe(200);
    expect(mine.body.upcoming.map((m: Json) => m.id)).toEqual([meetingId]);
    expect(mine.body.upcoming[0]).toMatchObject({
      title: "Rapat Koordinasi Kebijakan",
      pokja: { id: 1 },
      startsAt: "2026-12-28T02:00:00.000Z",
      onlineUrl: "https://meet.example/abc",
      status: "scheduled",
      myAnswer: { rsvp: "pending", deputyName: null, respondedAt: null },
      canAnswer: true,
    });
    expect((await call("/api/meetings", rudiTg)).body).toEqual({ upcoming: [], recent: [] });
  });

  it("POST /api/meetings/:id/rsvp: saved as the chat's button saves it, with a deputy's name", async () => {
    const saved = await post(`/api/meetings/${meetingId}/rsvp`, sitiTg, { answer: "diwakilkan", deputyName: "  Rahmat   Hidayat " });
    expect(saved).toEqual({ status: 200, body: { meetingId, rsvp: "diwakilkan", deputyName: "Rahmat Hidayat" } });
    const invite = await h.db.meetingInvite.findUniqueOrThrow({ where: { meetingId_memberId: { meetingId, memberId: ids.siti } } });
    expect(invite).toMatchObject({ rsvp: "diwakilkan", deputyName: "Rahmat Hidayat", respondedAt: START });
    expect((await call("/api/meetings", sitiTg)).body.upcoming[0].myAnswer).toEqual({ rsvp: "diwakilkan", deputyName: "Rahmat Hidayat", respondedAt: START.toISOString() });
    // Another answer drops the deputy, as in the chat.
    await post(`/api/meetings/${meetingId}/rsvp`, sitiTg, { answer: "hadir", deputyName: "ignored" });
    expect(await h.db.meetingInvite.findUniqueOrThrow({ where: { meetingId_memberId: { meetingId, memberId: ids.siti } } })).toMatchObject({ rsvp: "hadir", deputyName: null });
  });

  it("POST /api/meetings/:id/rsvp: bad input 400, unseen or unknown 404, not invited 403, over or cancelled 409", async () => {
    const path = `/api/meetings/${meetingId}/rsvp`;
    expect(await post(path, andiTg, { answer: "maybe" })).toEqual({ status: 400, body: { error: "bad_request", field: "answer" } });
    expect(await post(path, andiTg, {})).toEqual({ status: 400, body: { error: "bad_request", field: "answer" } });
    expect(await post(path, andiTg, { answer: "diwakilkan" })).toEqual({ status: 400, body: { error: "bad_request", field: "deputyName" } });
    expect(await post(path, andiTg, { answer: "diwakilkan", deputyName: "Al" })).toEqual({ status: 400, body: { error: "bad_request", field: "deputyName" } });
    expect(await post(path, andiTg, { answer: "diwakilkan", deputyName: "x".repeat(101) })).toEqual({ status: 400, body: { error: "bad_request", field: "deputyName" } });
    // Rudi is in no pokja: the meeting does not exist for him; nor does an unknown id for anyone.
    expect(await post(path, rudiTg, { answer: "hadir" })).toEqual({ status: 404, body: { error: "not_found", reason: "meeting" } });
    expect(await post("/api/meetings/99999/rsvp", andiTg, { answer: "hadir" })).toEqual({ status: 404, body: { error: "not_found", reason: "meeting" } });
    expect(await post(`/api/meetings/${otherPokjaMeetingId}/rsvp`, andiTg, { answer: "hadir" })).toMatchObject({ status: 404 });
    // The admin manages every meeting but is not invited to this one.
    expect(await post(`/api/meetings/${otherPokjaMeetingId}/rsvp`, admin, { answer: "hadir" })).toEqual({ status: 403, body: { error: "forbidden", reason: "not_invited" } });
    // After the meeting: 409 over, and it moves to "recent".
    h.clock.set(new Date("2026-12-28T03:30:00Z"));
    expect(await post(path, andiTg, { answer: "hadir" })).toEqual({ status: 409, body: { error: "conflict", reason: "over" } });
    const after = await call("/api/meetings", andiTg);
    expect(after.body.upcoming).toEqual([]);
    expect(after.body.recent[0]).toMatchObject({ id: meetingId, canAnswer: false });
  });

  it("POST /api/meetings/:id/rsvp: a cancelled meeting answers 409 cancelled", async () => {
    const s = h.created.services;
    const { meeting } = await s.meetings.create({
      pokjaId: 1,
      title: "Rapat Batal",
      agenda: "-",
      startsAt: new Date("2026-12-30T02:00:00Z"),
      durationMinutes: 60,
      timezone: "Asia/Jakarta",
      place: "Ruang Rapat",
      onlineUrl: null,
      reminderOffsets: [60],
      createdById: null,
      createdByName: "Sekretariat",
    });
    await h.db.meeting.update({ where: { id: meeting.id }, data: { status: "cancelled" } });
    expect(await post(`/api/meetings/${meeting.id}/rsvp`, andiTg, { answer: "hadir" })).toEqual({ status: 409, body: { error: "conflict", reason: "cancelled" } });
  });
});

describe("recommendations", () => {
  it("GET /api/pokja: the pokja whose board one may open", async () => {
    const siti = await call("/api/pokja", sitiTg);
    expect(siti.body.items).toEqual([{ id: 1, name: expect.any(String), manages: false }]);
    expect((await call("/api/pokja", budiTg)).body.items).toEqual([{ id: 1, name: expect.any(String), manages: true }]);
    expect((await call("/api/pokja", rudiTg)).body.items).toEqual([]);
    const all = await call("/api/pokja", admin);
    expect(all.body.items.length).toBe(await h.db.pokja.count({ where: { retiredAt: null } }));
  });

  it("GET /api/recommendations/board: columns by status, each paged; only the pokja one may see", async () => {
    const board = await call("/api/recommendations/board?pokja=1", andiTg);
    expect(board.status).toBe(200);
    expect(board.body.pokja).toMatchObject({ id: 1 });
    expect(board.body.total).toBe(1);
    expect(board.body.columns.map((c: Json) => c.status)).toEqual(["diajukan", "ditinjau", "dibahas", "diterima", "ditolak", "perlu_revisi", "ditindaklanjuti", "selesai"]);
    expect(board.body.columns[0]).toMatchObject({ status: "diajukan", total: 1, page: 0, pageCount: 1, pageSize: 10 });
    expect(board.body.columns[0].items[0]).toEqual({
      id: recId,
      title: "Integrasi data kependudukan antar daerah",
      category: "data",
      status: "diajukan",
      supportCount: 0,
      submittedAt: START.toISOString(),
      updatedAt: START.toISOString(),
      submitter: { name: "Siti Rahayu", agencyName: expect.any(String) },
      mine: false,
      supported: false,
      following: false,
    });
    expect((await call("/api/recommendations/board?pokja=1", sitiTg)).body.columns[0].items[0]).toMatchObject({ mine: true, following: true });
    const column = await call("/api/recommendations/board?pokja=1&status=ditinjau&page=0", andiTg);
    expect(column.body.columns).toEqual([{ status: "ditinjau", total: 0, page: 0, pageCount: 1, pageSize: 10, items: [] }]);

    expect(await call("/api/recommendations/board?pokja=1", rudiTg)).toEqual({ status: 403, body: { error: "forbidden", reason: "not_allowed" } });
    expect(await call("/api/recommendations/board?pokja=999", andiTg)).toEqual({ status: 404, body: { error: "not_found", reason: "pokja" } });
    expect(await call("/api/recommendations/board", andiTg)).toEqual({ status: 400, body: { error: "bad_request", field: "pokja" } });
    expect(await call("/api/recommendations/board?pokja=1&status=open", andiTg)).toEqual({ status: 400, body: { error: "bad_request", field: "status" } });
    expect(await call("/api/recommendations/board?pokja=1&page=1", andiTg)).toEqual({ status: 400, body: { error: "bad_request", field: "page" } });
  });

  it("POST support and follow: the card's rules (once, not one's own; supporting follows) and 404 for who may not see it", async () => {
    expect(await post(`/api/recommendations/${recId}/support`, andiTg)).toEqual({ status: 200, body: { id: recId, supported: true, following: true, supportCount: 1 } });
    expect(await post(`/api/recommendations/${recId}/support`, andiTg)).toEqual({ status: 409, body: { error: "conflict", reason: "already" } });
    expect(await post(`/api/recommendations/${recId}/support`, sitiTg)).toEqual({ status: 409, body: { error: "conflict", reason: "own" } });
    expect((await h.db.recommendation.findUniqueOrThrow({ where: { id: recId } })).supportCount).toBe(1);
    expect(await h.db.recommendationFollower.count({ where: { recommendationId: recId, memberId: ids.andi } })).toBe(1);
    expect((await call("/api/recommendations/board?pokja=1", andiTg)).body.columns[0].items[0]).toMatchObject({ supported: true, following: true, supportCount: 1 });

    expect(await post(`/api/recommendations/${recId}/unfollow`, andiTg)).toEqual({ status: 200, body: { id: recId, following: false } });
    expect(await h.db.recommendationFollower.count({ where: { recommendationId: recId, memberId: ids.andi } })).toBe(0);
    expect(await post(`/api/recommendations/${recId}/follow`, budiTg)).toEqual({ status: 200, body: { id: recId, following: true } });
    expect(await h.db.recommendationFollower.count({ where: { recommendationId: recId, memberId: ids.budi } })).toBe(1);

    for (const action of ["support", "follow", "unfollow"]) {
      expect(await post(`/api/recommendations/${recId}/${action}`, rudiTg)).toEqual({ status: 404, body: { error: "not_found", reason: "recommendation" } });
      expect(await post(`/api/recommendations/99999/${action}`, andiTg)).toEqual({ status: 404, body: { error: "not_found", reason: "recommendation" } });
    }
    expect(await h.db.recommendationSupport.count({ where: { memberId: ids.rudi } })).toBe(0);
  });

  it("GET /api/recommendations/report: counts by status, category, province and month, for the pokja one manages", async () => {
    const report = await call("/api/recommendations/report", budiTg);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ from: null, to: "2026-12-20", total: 1, scheduledForMeeting: 0, byMonth: [{ month: "2026-12", count: 1 }] });
    expect(report.body.byStatus).toMatchObject({ diajukan: 1, ditinjau: 0 });
    expect(report.body.byCategory).toMatchObject({ data: 1, aplikasi: 0 });
    expect(report.body.byProvince).toEqual([{ province: "Sulawesi Selatan", count: 1 }]);
    expect((await call("/api/recommendations/report?pokja=1&from=2026-12-01&to=2026-12-19", budiTg)).body).toMatchObject({ from: "2026-12-01", to: "2026-12-19", total: 0 });
    expect((await call("/api/recommendations/report?pokja=1&from=2026-12-20", admin)).body.total).toBe(1);
    // Members are not staff; a coordinator asks only for their own pokja.
    expect(await call("/api/recommendations/report", andiTg)).toEqual({ status: 403, body: { error: "forbidden", reason: "staff_only" } });
    expect(await call("/api/recommendations/report?pokja=2", budiTg)).toEqual({ status: 403, body: { error: "forbidden", reason: "not_allowed" } });
    for (const [query, field] of [["from=2026-13-01", "from"], ["to=20-12-2026", "to"], ["from=2026-12-20&to=2026-12-01", "from"], ["pokja=a", "pokja"]]) {
      expect(await call(`/api/recommendations/report?${query}`, budiTg)).toEqual({ status: 400, body: { error: "bad_request", field } });
    }
  });
});

describe("admin: registrations", () => {
  it("GET /api/admin/registrations: pending members, oldest first, paged; no NIP or phone; admins only", async () => {
    const list = await call("/api/admin/registrations?pageSize=1", admin);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, page: 0, pageCount: 2, pageSize: 1 });
    expect(list.body.items).toEqual([
      {
        id: ids.applicant,
        fullName: "Wati Lestari",
        position: "Pranata Komputer",
        telegramUsername: null,
        agency: { name: expect.stringContaining("Surabaya"), kind: "kota", provinceName: "Jawa Timur" },
        registeredAt: START.toISOString(),
      },
    ]);
    expect((await call("/api/admin/registrations?page=1&pageSize=1", admin)).body.items[0].id).toBe(ids.applicant2);
    expect(await call("/api/admin/registrations?pageSize=51", admin)).toEqual({ status: 400, body: { error: "bad_request", field: "pageSize" } });
    expect(await call("/api/admin/registrations", budiTg)).toEqual({ status: 403, body: { error: "forbidden", reason: "admin_only" } });
    expect(await post(`/api/admin/registrations/${ids.applicant}/approve`, budiTg)).toEqual({ status: 403, body: { error: "forbidden", reason: "admin_only" } });
    expect((await h.db.member.findUniqueOrThrow({ where: { id: ids.applicant } })).status).toBe("pending");
  });

  it("approve: the same decision, audit entry and notice to the applicant (outbox) as the chat; a second decision is 409", async () => {
    const approved = await post(`/api/admin/registrations/${ids.applicant}/approve`, admin);
    expect(approved).toEqual({ status: 200, body: { id: ids.applicant, status: "approved" } });
    const adminMember = await h.created.services.members.findByTelegramId(1001n);
    expect(await h.db.member.findUniqueOrThrow({ where: { id: ids.applicant } })).toMatchObject({ status: "approved", reviewedById: adminMember!.id });
    expect(await h.db.auditLog.findMany({ where: { targetMemberId: ids.applicant, action: "registration.approved" }, select: { actorId: true, actorTelegramId: true } })).toEqual([
      { actorId: adminMember!.id, actorTelegramId: 1001n },
    ]);
    const notices = await h.db.delivery.findMany({ where: { chatId: BigInt(applicantTg.id) } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.payload).toContain("disetujui");

    expect(await post(`/api/admin/registrations/${ids.applicant}/approve`, admin)).toEqual({
      status: 409,
      body: { error: "conflict", reason: "already_reviewed", status: "approved", reviewerName: adminMember!.fullName },
    });
    expect(await post(`/api/admin/registrations/${ids.applicant}/reject`, admin, { reason: "Data tidak sesuai" })).toMatchObject({ status: 409 });
    expect(await h.db.delivery.count({ where: { chatId: BigInt(applicantTg.id) } })).toBe(1);
    expect(await post("/api/admin/registrations/99999/approve", admin)).toEqual({ status: 404, body: { error: "not_found", reason: "member" } });
  });

  it("reject: a reason of 5-500 characters or none, audited with it, the applicant told", async () => {
    const path = `/api/admin/registrations/${ids.applicant2}/reject`;
    expect(await post(path, admin, { reason: "NIP" })).toEqual({ status: 400, body: { error: "bad_request", field: "reason" } });
    expect(await post(path, admin, { reason: "x".repeat(501) })).toEqual({ status: 400, body: { error: "bad_request", field: "reason" } });
    expect(await post(path, admin, { reason: 42 })).toEqual({ status: 400, body: { error: "bad_request", field: "reason" } });
    expect(await post(path, admin, { reason: "Instansi tidak sesuai" })).toEqual({ status: 200, body: { id: ids.applicant2, status: "rejected" } });
    expect(await h.db.member.findUniqueOrThrow({ where: { id: ids.applicant2 } })).toMatchObject({ status: "rejected", rejectionReason: "Instansi tidak sesuai" });
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { targetMemberId: ids.applicant2, action: "registration.rejected" } });
    expect(JSON.parse(audit.details)).toEqual({ reason: "Instansi tidak sesuai" });
    const notice = await h.db.delivery.findFirstOrThrow({ where: { chatId: BigInt(applicant2Tg.id) } });
    expect(notice.payload).toContain("Instansi tidak sesuai");
    expect((await call("/api/admin/registrations", admin)).body.total).toBe(0);
  });
});

describe("personal data", () => {
  it("puts no NIP and no phone number in any answer", () => {
    expect(bodies.length).toBeGreaterThan(100);
    for (const body of bodies) {
      expect(body).not.toContain(NIP);
      expect(body).not.toContain(PHONE);
      expect(body).not.toContain(PHONE.slice(3));
    }
  });
});
