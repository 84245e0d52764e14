// What the lists and exports cost at scale: seeds 10,000 approved members (all in one pokja) and
// 10,000 SPBE tasks into a temp SQLite file, then times the directory page, member search, task
// list and search pages, the task CSV export and the member directory CSV export, with the RSS after
// each. Figures only, no pass or fail: `npx tsx bench/lists.ts` (ROUNDS=n for more runs).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "../src/app.js";
import { createAuditService } from "../src/audit/audit-service.js";
import { createMemberService } from "../src/members/member-service.js";
import { createPokjaService } from "../src/pokja/pokja-service.js";
import { directoryCsv } from "../src/pokja/directory-composer.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { createTaskService, taskSearchText } from "../src/spbe-tasks/task-service.js";
import { tasksCsvFromBatches } from "../src/spbe-tasks/task-csv-export.js";
import { normalizeSearchText } from "../src/agencies/agency-registry.js";

const MEMBERS = Number(process.env.MEMBERS ?? 10_000);
const TASKS = Number(process.env.TASKS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const NOW = new Date("2026-12-01T03:00:00Z");

const FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rina", "Andi", "Yusuf", "Made", "Nyoman", "Putri", "Eko", "Sri"];
const LAST = ["Santoso", "Rahayu", "Wibowo", "Lestari", "Hidayat", "Saputra", "Pratama", "Siregar", "Nasution", "Wijaya"];
const WORDS = ["arsitektur", "layanan", "data", "aplikasi", "keamanan", "infrastruktur", "integrasi", "tata", "kelola", "audit"];

// BENCH_DB=/path/file.db keeps the seeded file for another run (seeded once); ONLY=text runs the matching operations.
const given = process.argv.indexOf("--db");
const kept = process.env.BENCH_DB;
const dir = given === -1 && !kept ? mkdtempSync(path.join(os.tmpdir(), "fk-bench-lists-")) : "";
const file = given !== -1 ? process.argv[given + 1]! : (kept ?? path.join(dir, "bench.db"));
const db = await prepareDatabase(`file:${file}`, createLogger("silent"));
const clock = new ManualClock(NOW);
const audit = createAuditService(clock);
const members = createMemberService({ db, clock, audit, configuredAdminIds: [] });
const pokja = createPokjaService({ db, clock, audit });
const tasks = createTaskService({ db, clock });

async function seed() {
  const agencies = await db.agency.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" }, take: 500 });
  const target = (await db.pokja.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "asc" } })).id;
  const pokjaIds = (await db.pokja.findMany({ where: { retiredAt: null }, select: { id: true } })).map((p) => p.id);
  const batch = 1_000;
  for (let start = 0; start < MEMBERS; start += batch) {
    const rows = Array.from({ length: Math.min(batch, MEMBERS - start) }, (_, k) => {
      const i = start + k;
      const agency = agencies[i % agencies.length]!;
      const fullName = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
      const position = `Analis ${WORDS[i % WORDS.length]}`;
      return {
        telegramId: BigInt(900_000_000 + i),
        telegramUsername: `anggota${i}`,
        fullName,
        agencyId: agency.id,
        position,
        nip: String(198_001_012_010_011_000n + BigInt(i)),
        phone: `+6281${String(i).padStart(8, "0")}`,
        status: "approved",
        consentAt: NOW,
        consentVersion: "bench",
        registeredAt: new Date(NOW.getTime() - i * 60_000),
        searchText: normalizeSearchText(`${fullName} ${position} ${agency.name} anggota${i}`),
      };
    });
    await db.member.createMany({ data: rows });
  }
  const ids = (await db.member.findMany({ select: { id: true }, where: { consentVersion: "bench" } })).map((m) => m.id);
  for (let start = 0; start < ids.length; start += batch) {
    await db.pokjaMembership.createMany({
      data: ids.slice(start, start + batch).map((memberId) => ({ pokjaId: target, memberId, status: "active", requestedAt: NOW, joinedAt: NOW })),
    });
  }
  const statuses = ["belum_dimulai", "berjalan", "selesai", "ditunda"];
  const first = ((await db.spbeTask.aggregate({ _max: { number: true } }))._max.number ?? 0) + 1;
  for (let start = 0; start < TASKS; start += batch) {
    const rows = Array.from({ length: Math.min(batch, TASKS - start) }, (_, k) => {
      const i = start + k;
      const number = first + i;
      const title = `Penyusunan ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} nomor ${i}`;
      const description = `Deskripsi tugas ${i}: ${WORDS.join(" ")}`;
      const legalBasis = "Perpres 95/2018";
      return {
        number,
        title,
        description,
        legalBasis,
        pokjaId: pokjaIds[i % pokjaIds.length]!,
        agencyId: agencies[i % agencies.length]!.id,
        targetDate: new Date(Date.UTC(2026, i % 24, 1 + (i % 28))),
        status: statuses[i % statuses.length]!,
        progress: i % 101,
        createdAt: NOW,
        searchText: taskSearchText({ number, title, description, legalBasis }),
      };
    });
    await db.spbeTask.createMany({ data: rows });
  }
  return target;
}

/** The operations, as the bot's handlers call them. */
function operations(pokjaId: number): Record<string, () => Promise<unknown>> {
  const middle = Math.floor(MEMBERS / 20 / 2);
  return {
    "baseline (database open, no work)": async () => undefined,
    "directory page (by name, middle)": () => pokja.directoryPage(pokjaId, middle, false),
    "directory page (by province, last)": () => pokja.directoryPage(pokjaId, 10_000, true),
    "member search 'budi santoso'": () => members.search("budi santoso", 3, 10),
    "task list page (all, middle)": () => tasks.search({}, 500),
    "task list (overdue, page 2)": () => tasks.search({ overdueOnly: true }, 1),
    "task search 'audit data'": () => tasks.search({ text: "audit data" }, 2),
    "task summary (/tugas)": () => tasks.summary(),
    "task CSV export (all)": () => tasksCsvFromBatches(tasks.exportBatches({}), "Asia/Jakarta"),
    "member directory CSV export": () => directoryCsv(pokja, pokjaId, true, "Asia/Jakarta"),
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function measure(name: string, run: () => Promise<unknown>) {
  await run(); // warm-up (prepared statements, JIT)
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const peak = process.resourceUsage().maxRSS * 1024;
  // CPU time (user + system of this process: Prisma's query compiler and SQLite run in it) is less
  // disturbed than wall time when other work shares the machine.
  console.log(
    `${name.padEnd(36)} median ${median(times).toFixed(1).padStart(7)} ms wall, ${median(cpu).toFixed(1).padStart(7)} ms CPU  (wall ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)})  peak RSS ${mb(peak)}`,
  );
}

// Each operation runs in its own process on the seeded file, so its RSS peak is its own.
const op = process.argv.indexOf("--op");
if (op === -1) {
  try {
    const seedStart = performance.now();
    const seeded = kept ? await db.member.count({ where: { consentVersion: "bench" } }) : 0;
    const pokjaId = seeded > 0 ? (await db.pokja.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "asc" } })).id : await seed();
    if (seeded === 0) console.log(`seeded ${MEMBERS} members and ${TASKS} tasks in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    await db.$disconnect();
    for (const name of Object.keys(operations(pokjaId)).filter((n) => n.includes(process.env.ONLY ?? ""))) {
      const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--op", name, "--db", file, "--pokja", String(pokjaId)], {
        stdio: "inherit",
        env: process.env,
      });
      if (child.status !== 0) console.log(`${name}: failed (exit ${child.status})`);
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
} else {
  const name = process.argv[op + 1]!;
  const pokjaId = Number(process.argv[process.argv.indexOf("--pokja") + 1]);
  const run = operations(pokjaId)[name];
  if (!run) throw new Error(`unknown operation ${name}`);
  try {
    await measure(name, run);
  } finally {
    await db.$disconnect();
  }
}
