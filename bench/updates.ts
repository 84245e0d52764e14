// npm run bench:updates -- [--updates 3000] [--members 500] [--meetings 20] [--seed 7] [--only text] [--sql] [--json]
// The real bot in-process (createBot, every feature, the conversations' storage) on a temp SQLite
// file with the sample tasks, approved members and coming meetings, fed a realistic mix of updates
// one at a time: /start, task cards and searches, /rapat, button presses on what the bot sent, free
// text. The Bot API is a fake fetch that answers at once, so the figures are the bot's own work.
// The same updates then go through a bare grammY bot answering each with a fixed reply, as the floor.
// Prints updates/s, CPU ms per update (process.cpuUsage), p50/p95/p99 handler latency; --json one object.
// --only <kind> sends one kind of update (start, task_card, task_search, rapat, press, menu, text):
// "text" (free text, answered by the fallback) shows what every update costs before any feature's work.
// --sql also counts the SQL statements per kind of update and lists the commonest (through
// better-sqlite3's verbose hook, on a second connection to the same file: slower, so its timings differ).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { Bot, type ApiClientOptions } from "grammy";
import type { InlineKeyboardButton, Update, UserFromGetMe } from "grammy/types";
import { LOCALES_DIR, PROJECT_ROOT, prepareDatabase } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import type { Database } from "../src/db/client.js";
import { PrismaClient } from "../src/generated/prisma/client.js";
import { createMeetingService } from "../src/meetings/meeting-service.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { loadSampleTasks } from "../src/spbe-tasks/sample-catalogue.js";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function count(name: string, fallback: number): number {
  const value = Number(option(name) ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, not ${option(name)}`);
  return value;
}

const UPDATES = count("updates", 3000);
const MEMBERS = count("members", 500);
const MEETINGS = count("meetings", 20);
const WARMUP = Math.min(300, Math.ceil(UPDATES / 5));
const asJson = process.argv.includes("--json");
const countSql = process.argv.includes("--sql");
/** Statements run so far (--sql), and how often each shape ran during the measured run. */
let statements = 0;
let writes = 0;
const shapes = new Map<string, number>();
let measuring = false;
function onStatement(sql: unknown) {
  statements += 1;
  if (!measuring) return;
  if (/^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(String(sql))) writes += 1;
  const shape = String(sql).replace(/\s+/g, " ").replace(/`main`\./g, "").slice(0, 140);
  shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
}
const ADMIN_ID = 1001;
const FIRST_MEMBER_ID = 5_000_001;
const START = new Date("2026-11-30T02:00:00Z");

/** A small deterministic generator, so two runs (before and after a change) see the same mix. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}
const rand = random(count("seed", 7));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const botInfo: UserFromGetMe = {
  id: 999_000,
  is_bot: true,
  first_name: "Forum Kominfo Bot",
  username: "forum_kominfo_bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/** The last inline keyboard the bot showed in each chat: what the next "press" picks from. */
const keyboards = new Map<number, { messageId: number; data: string[] }>();
let messageIds = 1;
let apiCalls = 0;

/** Answers every Bot API method at once, with the shape grammY expects; remembers the keyboards. */
const fakeFetch = (async (url: string | URL, init?: { body?: unknown }) => {
  apiCalls += 1;
  const method = String(url).split("/").pop() ?? "";
  const params = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
  const chatId = Number(params.chat_id ?? 0);
  let result: unknown = true;
  if (method.startsWith("send") || method.startsWith("edit")) {
    const messageId = method.startsWith("edit") ? Number(params.message_id ?? messageIds) : ++messageIds;
    const markup = params.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
    const data = (markup?.inline_keyboard ?? []).flat().flatMap((b) => ("callback_data" in b ? [b.callback_data] : []));
    if (data.length > 0 && chatId) keyboards.set(chatId, { messageId, data });
    result = { message_id: messageId, date: Math.floor(START.getTime() / 1000), chat: { id: chatId, type: "private", first_name: "x" }, text: params.text ?? "", reply_markup: markup };
  } else if (method === "getChatMember") {
    result = { status: "member", user: { id: Number(params.user_id ?? 0), is_bot: false, first_name: "x" } };
  } else if (method === "getChat") {
    result = { id: chatId, type: "private", first_name: "x", accent_color_id: 0, max_reaction_count: 0 };
  }
  return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
}) as unknown as NonNullable<ApiClientOptions["fetch"]>;

async function seed(db: Database, clock: ManualClock) {
  await loadSampleTasks(db, clock, PROJECT_ROOT);
  const agencies = await db.agency.findMany({ select: { id: true, name: true }, where: { kind: { not: "pusat" } }, take: 300 });
  const now = clock.now();
  const rows = Array.from({ length: MEMBERS }, (_, i) => {
    const agency = agencies[i % agencies.length]!;
    const fullName = `Anggota Uji ${i + 1}`;
    return {
      telegramId: BigInt(FIRST_MEMBER_ID + i),
      telegramUsername: `anggota${i + 1}`,
      fullName,
      agencyId: agency.id,
      position: "Pranata Komputer",
      status: "approved",
      role: i % 50 === 0 ? "coordinator" : "member",
      language: i % 10 === 0 ? "en" : "id",
      timezone: ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"][i % 3]!,
      consentAt: now,
      consentVersion: "bench",
      registeredAt: now,
      reviewedAt: now,
      searchText: `${fullName} pranata komputer ${agency.name}`.toLowerCase(),
    };
  });
  for (let i = 0; i < rows.length; i += 200) await db.member.createMany({ data: rows.slice(i, i + 200) });
  const members = await db.member.findMany({ where: { telegramId: { gte: BigInt(FIRST_MEMBER_ID) } }, select: { id: true } });
  const pokja = await db.pokja.findMany({ select: { id: true } });
  // Every member in one or two pokja; the coordinators coordinate theirs.
  const memberships = members.flatMap((m, i) => {
    const first = pokja[i % pokja.length]!.id;
    const second = pokja[(i + 1) % pokja.length]!.id;
    return [first, ...(i % 2 === 0 ? [second] : [])].map((pokjaId) => ({ pokjaId, memberId: m.id, status: "active", requestedAt: now, joinedAt: now }));
  });
  for (let i = 0; i < memberships.length; i += 200) await db.pokjaMembership.createMany({ data: memberships.slice(i, i + 200) });
  const meetings = createMeetingService({ db, clock });
  for (let i = 0; i < MEETINGS; i += 1) {
    await meetings.create({
      pokjaId: i % 4 === 3 ? null : pokja[i % pokja.length]!.id,
      title: `Rapat koordinasi ${i + 1}`,
      agenda: "Pembahasan kemajuan tugas SPBE",
      startsAt: new Date(START.getTime() + (i + 1) * 36 * 3_600_000),
      durationMinutes: 90,
      timezone: "Asia/Jakarta",
      place: "Ruang Rapat Utama",
      onlineUrl: null,
      reminderOffsets: [1440, 60],
      createdById: null,
      createdByName: "Sekretariat",
    });
  }
  const tasks = await db.spbeTask.findMany({ select: { number: true }, orderBy: { number: "asc" } });
  return { taskNumbers: tasks.map((t) => t.number) };
}

type Kind = "start" | "task_card" | "task_search" | "rapat" | "press" | "text" | "menu";
const MIX: readonly [Kind, number][] = [
  ["start", 12],
  ["task_card", 18],
  ["task_search", 12],
  ["rapat", 12],
  ["press", 26],
  ["menu", 5],
  ["text", 15],
];
const SEARCH_WORDS = ["aplikasi", "data", "layanan", "arsitektur", "keamanan", "tata kelola", "jaringan", "integrasi"];
const FREE_TEXT = ["Selamat pagi, Bapak/Ibu.", "Terima kasih atas informasinya.", "Bagaimana cara mendaftar rapat?", "baik, siap"];

const ONLY = option("only") as Kind | undefined;
if (ONLY !== undefined && !MIX.some(([kind]) => kind === ONLY)) throw new Error(`--only takes one of ${MIX.map(([k]) => k).join(", ")}`);

function chooseKind(): Kind {
  if (ONLY) return ONLY;
  let r = rand() * MIX.reduce((sum, [, w]) => sum + w, 0);
  for (const [kind, weight] of MIX) if ((r -= weight) < 0) return kind;
  return "text";
}

let updateIds = 1;
function messageUpdate(userId: number, text: string): Update {
  const command = text.startsWith("/") ? text.split(" ")[0]!.length : 0;
  return {
    update_id: ++updateIds,
    message: {
      message_id: ++messageIds,
      date: Math.floor(START.getTime() / 1000),
      chat: { id: userId, type: "private", first_name: "Anggota" },
      from: { id: userId, is_bot: false, first_name: "Anggota", language_code: "id" },
      text,
      ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command }] } : {}),
    },
  } as Update;
}

function pressUpdate(userId: number, messageId: number, data: string, buttons: string[]): Update {
  return {
    update_id: ++updateIds,
    callback_query: {
      id: `cb-${updateIds}`,
      from: { id: userId, is_bot: false, first_name: "Anggota", language_code: "id" },
      chat_instance: `ci-${userId}`,
      data,
      message: {
        message_id: messageId,
        date: Math.floor(START.getTime() / 1000),
        chat: { id: userId, type: "private", first_name: "Anggota" },
        text: "…",
        reply_markup: { inline_keyboard: buttons.map((d) => [{ text: d, callback_data: d }]) },
      },
    },
  } as Update;
}

/** The next update of the mix; a press picks a button the bot really showed that person. */
function nextUpdate(taskNumbers: number[]): { kind: Kind; update: Update } {
  const userId = FIRST_MEMBER_ID + Math.floor(rand() * MEMBERS);
  let kind = chooseKind();
  const shown = keyboards.get(userId);
  if (kind === "press" && !shown) kind = "menu";
  switch (kind) {
    case "start":
      return { kind, update: messageUpdate(userId, "/start") };
    case "task_card":
      return { kind, update: messageUpdate(userId, `/tugas ${pick(taskNumbers)}`) };
    case "task_search":
      return { kind, update: messageUpdate(userId, `/cari_tugas ${pick(SEARCH_WORDS)}`) };
    case "rapat":
      return { kind, update: messageUpdate(userId, "/rapat") };
    case "menu":
      return { kind, update: messageUpdate(userId, "/menu") };
    case "text":
      return { kind, update: messageUpdate(userId, pick(FREE_TEXT)) };
    case "press":
      // Exports and imports are other benchmarks' business; a press here is a screen or an answer.
      return { kind, update: pressUpdate(userId, shown!.messageId, pick(shown!.data.filter((d) => !/csv|export|ekspor|import/i.test(d)).concat(shown!.data[0]!)), shown!.data) };
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

interface Run {
  updates: number;
  seconds: number;
  cpuMs: number;
  latencies: number[];
  byKind: Map<Kind, number[]>;
  sqlByKind: Map<Kind, number>;
}

async function drive(handle: (u: Update) => Promise<void>, updates: { kind: Kind; update: Update }[] | (() => { kind: Kind; update: Update }), n: number): Promise<Run> {
  const latencies: number[] = [];
  const byKind = new Map<Kind, number[]>();
  const sqlByKind = new Map<Kind, number>();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i += 1) {
    const { kind, update } = typeof updates === "function" ? updates() : updates[i]!;
    const start = performance.now();
    const before = statements;
    await handle(update);
    const ms = performance.now() - start;
    latencies.push(ms);
    const kindMs = byKind.get(kind) ?? [];
    kindMs.push(ms);
    byKind.set(kind, kindMs);
    sqlByKind.set(kind, (sqlByKind.get(kind) ?? 0) + statements - before);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { updates: n, seconds, cpuMs: (cpu.user + cpu.system) / 1000, latencies: latencies.sort((a, b) => a - b), byKind, sqlByKind };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "fk-bench-updates-"));
try {
  const logger = createLogger("silent");
  const clock = new ManualClock(START);
  const url = `file:${path.join(dir, "bench.db")}`;
  let db = await prepareDatabase(url, logger);
  const { taskNumbers } = await seed(db, clock);
  if (countSql) {
    await db.$disconnect();
    db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 10_000, verbose: onStatement }) });
    await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  }
  const created = createBot({
    token: "0:bench",
    db,
    clock,
    logger,
    localesDir: LOCALES_DIR,
    configuredAdminIds: [BigInt(ADMIN_ID)],
    defaultTimezone: "Asia/Jakarta",
    client: { fetch: fakeFetch },
    botInfo,
  });
  await created.services.members.applyConfiguredAdmins();
  let failures = 0;
  const failed = new Map<string, number>();
  const fail = (error: unknown) => {
    failures += 1;
    const cause = error instanceof Error && "error" in error ? (error as { error: unknown }).error : error;
    const what = cause instanceof Error ? cause.message.split("\n").slice(0, 2).join(" ").slice(0, 160) : String(cause);
    failed.set(what, (failed.get(what) ?? 0) + 1);
  };
  created.bot.catch(fail);
  const handle = async (update: Update) => {
    try {
      await created.bot.handleUpdate(update);
    } catch (error) {
      fail(error);
    }
  };

  // Warm-up: code paths compiled, caches filled, every member seen once or more.
  await drive(handle, () => nextUpdate(taskNumbers), WARMUP);
  const played: { kind: Kind; update: Update }[] = [];
  const calls0 = apiCalls;
  const statements0 = statements;
  measuring = true;
  const run = await drive(handle, () => {
    const next = nextUpdate(taskNumbers);
    played.push(next);
    return next;
  }, UPDATES);
  measuring = false;
  const botApiCalls = apiCalls - calls0;
  const sqlPerUpdate = (statements - statements0) / run.updates;
  const rssMb = process.memoryUsage().rss / 2 ** 20;

  // The floor: the same updates through a bare grammY bot with a fixed reply.
  const bare = new Bot("0:bare", { client: { fetch: fakeFetch }, botInfo });
  bare.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  bare.on("message", (ctx) => ctx.reply("Terima kasih."));
  await drive((u) => bare.handleUpdate(u), played.slice(0, WARMUP), WARMUP);
  const bareRun = await drive((u) => bare.handleUpdate(u), played, played.length);

  const figures = {
    db: "sqlite",
    updates: run.updates,
    members: MEMBERS,
    meetings: MEETINGS,
    updates_per_s: round(run.updates / run.seconds, 1),
    cpu_ms_per_update: round(run.cpuMs / run.updates, 3),
    p50_ms: round(percentile(run.latencies, 50), 3),
    p95_ms: round(percentile(run.latencies, 95), 3),
    p99_ms: round(percentile(run.latencies, 99), 3),
    rss_mb: round(rssMb, 1),
    api_calls_per_update: round(botApiCalls / run.updates, 2),
    ...(countSql ? { sql_per_update: round(sqlPerUpdate, 2), sql_writes_per_update: round(writes / run.updates, 2) } : {}),
    failures,
    bare_updates_per_s: round(bareRun.updates / bareRun.seconds, 1),
    bare_cpu_ms_per_update: round(bareRun.cpuMs / bareRun.updates, 3),
    by_kind: Object.fromEntries(
      [...run.byKind].map(([kind, ms]) => {
        const sorted = [...ms].sort((a, b) => a - b);
        const sql = countSql ? { sql_per_update: round((run.sqlByKind.get(kind) ?? 0) / ms.length, 1) } : {};
        return [kind, { updates: ms.length, p50_ms: round(percentile(sorted, 50), 3), p95_ms: round(percentile(sorted, 95), 3), ...sql }];
      }),
    ),
  };
  const commonest = [...shapes].sort((a, b) => b[1] - a[1]).slice(0, 25);
  if (asJson) console.log(JSON.stringify(countSql ? { ...figures, commonest_sql: Object.fromEntries(commonest) } : figures));
  else {
    console.log(`${figures.updates} updates (${MEMBERS} members, ${MEETINGS} meetings, sample tasks), one at a time, Bot API answering at once:`);
    console.log(`  bot:  ${figures.updates_per_s} updates/s, ${figures.cpu_ms_per_update} ms CPU per update, latency p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, p99 ${figures.p99_ms} ms`);
    console.log(`  bare grammY: ${figures.bare_updates_per_s} updates/s, ${figures.bare_cpu_ms_per_update} ms CPU per update`);
    console.log(`  RSS ${figures.rss_mb} MB; ${figures.api_calls_per_update} Bot API calls per update; ${failures} failed updates`);
    for (const [what, times] of failed) console.log(`    failed ${times}×: ${what}`);
    for (const [kind, k] of Object.entries(figures.by_kind)) {
      const sql = "sql_per_update" in k ? `  ${k.sql_per_update} statements` : "";
      console.log(`  ${kind.padEnd(12)} ${String(k.updates).padStart(5)} updates  p50 ${k.p50_ms} ms  p95 ${k.p95_ms} ms${sql}`);
    }
    if (countSql) {
      console.log(`  ${figures.sql_per_update} SQL statements per update, of them ${figures.sql_writes_per_update} writes; the commonest (times run):`);
      for (const [shape, times] of commonest) console.log(`  ${String(times).padStart(6)}  ${shape}`);
    }
  }
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
