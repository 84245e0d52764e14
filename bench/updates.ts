// npm run bench:updates -- [--db sqlite|postgres] [--db-url URL] [--json] [--updates 3000] [--steady 1500]
//   [--members 10000] [--senders 500] [--meetings 500] [--seed 7] [--only KIND] [--sql] [--keep-db FILE]
//
// The real bot (createBot, every feature, conversations stored in the database) with `members`
// approved members, the sample SPBE tasks and `meetings` pokja meetings in the database, fed the
// way long polling feeds it (bench/updates-feed.ts: the runner's concurrent sink, 100 in flight,
// one chat's updates in order) a realistic mix from `senders` members and a few newcomers
// registering (bench/updates-mix.ts). The Bot API is a small HTTP server in a child process
// (bench/updates-api.ts). Runs, in order:
//   throughput    as fast as the sink takes them, the API answering at once   -> updates_per_s
//   steady        100 updates/s, latency from due time to handled           -> p50/p95/p99_ms
//   delayed       throughput again with 50 ms added to every Bot API call     -> delayed_updates_per_s
//   bare          the same updates through a bare grammY bot (sequentialized, a fixed reply) -> bare_updates_per_s
//   bare + reads  that bot reading the sender (with agency) and one task through Prisma per update: the
//                 data layer's own floor -> bare_with_2_prisma_reads_updates_per_s
// rss_mb is the process's RSS after the real bot's runs.
// --db postgres: a fresh scratch database on the server of --db-url, TEST_DATABASE_URL or
// postgresql://postgres@127.0.0.1:5432/test (used as the maintenance database), dropped after.
// --only KIND sends one kind (start, menu, task_card, task_search, pokja, rapat, press, rsvp,
// register, text). --sql (SQLite) counts SQL statements per update and lists the commonest.
// --keep-db FILE (SQLite): seeds FILE once and starts later runs from a copy of it.
// --node-flags "--max-old-space-size=256 …": the measured process's flags instead of production's.
// It compiles itself like the bot (scripts/build.mjs, into .build/) and runs that under the node
// flags of `npm run start:built` (package.json), so RSS and garbage collection are production's.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sequentialize } from "@grammyjs/runner";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import pino from "pino";
import { LOCALES_DIR, PROJECT_ROOT, prepareDatabase } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import { UPDATE_CONCURRENCY } from "../src/bot/long-polling.js";
import { updateConstraints } from "../src/bot/sequentialize-key.js";
import { createScratchDatabase, type ScratchDatabase } from "../src/db/scratch-postgres.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { startBenchApi, type BenchApi } from "./updates-api.js";
import { createFeeder, percentile, type Run } from "./updates-feed.js";
import { createMix, KINDS, type Fed, type Kind } from "./updates-mix.js";
import { benchFacts, seedBench } from "./updates-seed.js";
import { openCountingSqlite, sqlCounter } from "./updates-sql.js";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function count(name: string, fallback: number): number {
  const value = Number(option(name) ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, not ${option(name)}`);
  return value;
}

const DB = option("db") ?? "sqlite";
if (DB !== "sqlite" && DB !== "postgres") throw new Error("--db takes sqlite or postgres");
const UPDATES = count("updates", 3000);
const STEADY = count("steady", 1500);
const STEADY_RATE = 100;
const DELAY_MS = 50;
const MEMBERS = count("members", 10_000);
const SENDERS = Math.min(count("senders", 500), MEMBERS);
const MEETINGS = count("meetings", 500);
const WARMUP = Math.min(500, Math.ceil(UPDATES / 4));
const asJson = process.argv.includes("--json");
const countSql = process.argv.includes("--sql");
if (countSql && DB !== "sqlite") throw new Error("--sql counts statements on SQLite only");
const ONLY = option("only") as Kind | undefined;
if (ONLY !== undefined && !KINDS.includes(ONLY)) throw new Error(`--only takes one of ${KINDS.join(", ")}`);
const KEEP = option("keep-db");
const ADMIN_ID = 1001;
const START = new Date("2026-11-30T02:00:00Z");

const botInfo = {
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

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const log = (text: string) => {
  if (!asJson) console.error(text);
};

/**
 * The database, seeded (in this first process, not in the measured one): a temp SQLite file (or a
 * copy of --keep-db), or a scratch PostgreSQL database.
 */
async function seededDatabase(dir: string): Promise<{ url: string; scratch?: ScratchDatabase }> {
  const silent = createLogger("silent");
  const clock = new ManualClock(START);
  const options = { members: MEMBERS, senders: SENDERS, meetings: MEETINGS };
  if (DB === "postgres") {
    const server = option("db-url") ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
    const scratch = await createScratchDatabase(server, "bench_updates");
    try {
      const db = await prepareDatabase(scratch.url, silent);
      await seedBench(db, clock, options);
      await db.$disconnect();
      return { url: scratch.url, scratch };
    } catch (error) {
      await scratch.drop().catch(() => undefined);
      throw error;
    }
  }
  const file = path.join(dir, "bench.db");
  if (KEEP && existsSync(KEEP)) {
    copyFileSync(KEEP, file);
    return { url: `file:${file}` };
  }
  const db = await prepareDatabase(`file:${file}`, silent);
  await seedBench(db, clock, options);
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
  if (KEEP) copyFileSync(file, KEEP);
  return { url: `file:${file}` };
}

/** The node flags production starts with (`--max-old-space-size=128` and the like), or --node-flags "…" to try others. */
function productionFlags(): string[] {
  const given = option("node-flags");
  if (given !== undefined) return given.split(/\s+/).filter(Boolean);
  const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  return (scripts["start:built"] ?? "").split(/\s+/).filter((word) => /^--max-[a-z-]+=\d+$/.test(word));
}

if (process.env.FK_BENCH_UPDATES_CHILD !== "1") {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-bench-updates-"));
  let scratch: ScratchDatabase | undefined;
  let status = 1;
  try {
    const seedStart = performance.now();
    const seeded = await seededDatabase(dir);
    scratch = seeded.scratch;
    log(`database (${DB}) ready in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${MEMBERS} members, ${MEETINGS} meetings, sample tasks`);
    // Compiled like the bot (scripts/build.mjs, one level below the project like dist/), not through tsx.
    const { bundle, OFF_THREAD_WORKER_ENTRY } = await import("../scripts/build.mjs");
    await bundle({ "bench-updates": "bench/updates.ts", "bench-updates-api": "bench/updates-api.ts", ...OFF_THREAD_WORKER_ENTRY }, ".build");
    const child = spawnSync(process.execPath, [...productionFlags(), path.join(PROJECT_ROOT, ".build", "bench-updates.mjs"), ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, FK_BENCH_UPDATES_CHILD: "1", FK_BENCH_UPDATES_DB: seeded.url, FK_BENCH_UPDATES_DIR: dir },
    });
    status = child.status ?? 1;
  } finally {
    if (scratch) await scratch.drop().catch((error: unknown) => console.error(`could not drop ${scratch?.name}: ${String(error)}`));
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(status);
}

// The measured process: the bot under production's flags, on the database seeded above.
const dir = process.env.FK_BENCH_UPDATES_DIR!;
const url = process.env.FK_BENCH_UPDATES_DB!;
const apis: BenchApi[] = [];
try {
  const clock = new ManualClock(START);
  let db = await prepareDatabase(url, createLogger("silent"));
  if (countSql) {
    await db.$disconnect();
    db = await openCountingSqlite(url);
  }
  const facts = await benchFacts(db, SENDERS);
  const mix = createMix({ seed: count("seed", 7), senders: SENDERS, taskNumbers: facts.taskNumbers, meetingsOf: facts.meetingsOf, only: ONLY });

  // The production logger (info, masked, redacted) into a file: what logging costs is part of the figure.
  const logFile = path.join(dir, "bot.log");
  const logger = createLogger("info", pino.destination({ dest: logFile, sync: false }));
  const api = await startBenchApi();
  apis.push(api);
  const created = createBot({
    token: "0:bench",
    db,
    clock,
    logger,
    localesDir: LOCALES_DIR,
    configuredAdminIds: [BigInt(ADMIN_ID)],
    defaultTimezone: "Asia/Jakarta",
    client: { apiRoot: api.url },
    botInfo,
    apiTransformers: [mix.watch],
  });
  await created.services.members.applyConfiguredAdmins();

  const played: Fed[] = [];
  const record = () => {
    const fed = mix.next();
    played.push(fed);
    return fed;
  };
  const feeder = createFeeder(created.bot, logger, UPDATE_CONCURRENCY, (fed) => mix.done(fed));
  // Warm-up: code paths compiled, caches filled, most senders seen once.
  await feeder.throughput(WARMUP, () => mix.next());
  const sql0 = sqlCounter.snapshot();
  const run = await feeder.throughput(UPDATES, record);
  const sql = sqlCounter.since(sql0);
  log(`throughput: ${round(run.updates / run.seconds)} updates/s`);
  const steady = await feeder.steady(STEADY, STEADY_RATE, () => mix.next());
  log(`steady ${STEADY_RATE}/s: p99 ${round(percentile(steady.latencies, 99), 2)} ms`);
  await api.setDelay(DELAY_MS);
  const delayed = await feeder.throughput(UPDATES, () => mix.next());
  await api.setDelay(0);
  log(`delayed ${DELAY_MS} ms: ${round(delayed.updates / delayed.seconds)} updates/s`);
  const memory = process.memoryUsage();
  const rssMb = memory.rss / 2 ** 20;

  // The floor: the same updates through a bare grammY bot, fed the same way, with a fixed reply.
  const bare = new Bot("0:bare", { client: { apiRoot: api.url }, botInfo });
  bare.use(sequentialize(updateConstraints));
  bare.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  bare.on("message", (ctx) => ctx.reply("Terima kasih."));
  const bareFeeder = createFeeder(bare, logger, UPDATE_CONCURRENCY, () => undefined);
  let replay = 0;
  const again = () => played[replay++ % played.length]!;
  await bareFeeder.throughput(WARMUP, again);
  replay = 0;
  const bareRun = await bareFeeder.throughput(played.length, again);

  // What the data layer alone costs: the bare bot reading, through Prisma, the least a real update
  // needs (the sender with their agency, and one row of what they asked for: a task by number),
  // each read fresh as on PostgreSQL. The gap between this and bare grammY bounds what any bot on
  // Prisma can reach here.
  const withReads = new Bot("0:floor", { client: { apiRoot: api.url }, botInfo });
  withReads.use(sequentialize(updateConstraints));
  withReads.use(async (ctx, next) => {
    const telegramId = BigInt(ctx.from?.id ?? 0);
    await db.member.findUnique({ where: { telegramId }, include: { agency: true } });
    await db.spbeTask.findFirst({ where: { number: facts.taskNumbers[Number(telegramId % BigInt(facts.taskNumbers.length))] } });
    await next();
  });
  withReads.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  withReads.on("message", (ctx) => ctx.reply("Terima kasih."));
  const floorFeeder = createFeeder(withReads, logger, UPDATE_CONCURRENCY, () => undefined);
  replay = 0;
  await floorFeeder.throughput(WARMUP, again);
  replay = 0;
  const floorRun = await floorFeeder.throughput(played.length, again);

  const perKind = (r: Run) =>
    Object.fromEntries(
      [...r.byKind].map(([kind, ms]) => {
        const sorted = [...ms].sort((a, b) => a - b);
        return [kind, { updates: ms.length, p50_ms: round(percentile(sorted, 50), 2), p95_ms: round(percentile(sorted, 95), 2) }];
      }),
    );
  const figures = {
    db: DB,
    updates: run.updates,
    updates_per_s: round(run.updates / run.seconds),
    p50_ms: round(percentile(steady.latencies, 50), 2),
    p95_ms: round(percentile(steady.latencies, 95), 2),
    p99_ms: round(percentile(steady.latencies, 99), 2),
    rss_mb: round(rssMb),
    bare_updates_per_s: round(bareRun.updates / bareRun.seconds),
    delayed_updates_per_s: round(delayed.updates / delayed.seconds),
    members: MEMBERS,
    senders: SENDERS,
    meetings: MEETINGS,
    cpu_ms_per_update: round(run.cpuMs / run.updates, 3),
    bare_cpu_ms_per_update: round(bareRun.cpuMs / bareRun.updates, 3),
    bare_with_2_prisma_reads_updates_per_s: round(floorRun.updates / floorRun.seconds),
    bare_with_2_prisma_reads_cpu_ms_per_update: round(floorRun.cpuMs / floorRun.updates, 3),
    failures: run.failures + steady.failures + delayed.failures,
    registrations: mix.registrations(),
    ...(countSql ? { sql_per_update: round(sql.statements / run.updates, 2), sql_writes_per_update: round(sql.writes / run.updates, 2) } : {}),
  };
  if (asJson) console.log(JSON.stringify(figures));
  else {
    console.log(`${DB}: ${MEMBERS} members (${SENDERS} sending, newcomers registering), ${MEETINGS} meetings, sample tasks; ${UPDATE_CONCURRENCY} in flight`);
    console.log(`  throughput: ${figures.updates_per_s} updates/s (${figures.cpu_ms_per_update} ms CPU per update); bare grammY ${figures.bare_updates_per_s} updates/s (${figures.bare_cpu_ms_per_update} ms CPU)`);
    console.log(
      `  bare grammY reading the sender and one task through Prisma: ${figures.bare_with_2_prisma_reads_updates_per_s} updates/s (${figures.bare_with_2_prisma_reads_cpu_ms_per_update} ms CPU)`,
    );
    console.log(`  with ${DELAY_MS} ms per Bot API call: ${figures.delayed_updates_per_s} updates/s`);
    console.log(`  at ${STEADY_RATE} updates/s: p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, p99 ${figures.p99_ms} ms`);
    console.log(`  RSS ${figures.rss_mb} MB (heap ${round(memory.heapUsed / 2 ** 20)} of ${round(memory.heapTotal / 2 ** 20)} MB, external ${round(memory.external / 2 ** 20)} MB, node flags: ${productionFlags().join(" ") || "none"}); ${figures.failures} failed updates; ${figures.registrations} registrations submitted`);
    console.log("  per kind (throughput run; latency includes waiting for a slot and for the chat's turn):");
    for (const [kind, k] of Object.entries(perKind(run))) console.log(`    ${kind.padEnd(12)} ${String(k.updates).padStart(5)}  p50 ${k.p50_ms} ms  p95 ${k.p95_ms} ms`);
    console.log("  per kind at the steady rate:");
    for (const [kind, k] of Object.entries(perKind(steady))) console.log(`    ${kind.padEnd(12)} ${String(k.updates).padStart(5)}  p50 ${k.p50_ms} ms  p95 ${k.p95_ms} ms`);
    if (countSql) {
      console.log(`  ${figures.sql_per_update} SQL statements per update (${figures.sql_writes_per_update} writes); the commonest:`);
      for (const [shape, times] of sql.commonest) console.log(`  ${String(times).padStart(6)}  ${shape}`);
    }
  }
  await db.$disconnect();
} finally {
  for (const api of apis) api.close();
}
