// The long jobs of the bot and what they do to the event loop that every chat shares: for each, the
// wall time, the longest stretch the loop was blocked (a timer chain that notes every gap between its
// ticks), and the peak RSS while it ran. Seeds a temp SQLite file with TASKS tasks (10,000) and RECS
// recommendations (5,000), builds a ~1 MB import file, then runs the jobs as the handlers call them.
// The CPU-heavy parts run on the off-thread worker (src/shared/off-thread.ts), as in the bot.
// Figures only, no pass or fail: `npx tsx bench/long-work.ts` (ONLY=text runs the matching jobs).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { prepareDatabase } from "../src/app.js";
import { normalizeSearchText } from "../src/agencies/agency-registry.js";
import { createReportTally, renderReportChart, reportCsvFromPages, summarizeReport } from "../src/recommendations/recommendation-report.js";
import { createRecommendationService } from "../src/recommendations/recommendation-service.js";
import { CATEGORIES, STATUSES } from "../src/recommendations/recommendation-types.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { renderTaskChart } from "../src/spbe-tasks/task-chart.js";
import { tasksCsvFromBatches, TASK_CSV_COLUMNS } from "../src/spbe-tasks/task-csv.js";
import { createOffThread } from "../src/shared/off-thread.js";
import { createTaskService, taskSearchText } from "../src/spbe-tasks/task-service.js";
import { CHART_LABELS, EXPORT_LABELS } from "../test/support/report-fixtures.js";

const TASKS = Number(process.env.TASKS ?? 10_000);
const RECS = Number(process.env.RECS ?? 5_000);
const IMPORT_BYTES = Number(process.env.IMPORT_BYTES ?? 1_000_000);
const NOW = new Date("2026-12-01T03:00:00Z");
const WORDS = ["arsitektur", "layanan", "data", "aplikasi", "keamanan", "infrastruktur", "integrasi", "tata", "kelola", "audit"];

const dir = mkdtempSync(path.join(os.tmpdir(), "fk-bench-long-"));
const db = await prepareDatabase(`file:${path.join(dir, "bench.db")}`, createLogger("silent"));
const clock = new ManualClock(NOW);
const tasks = createTaskService({ db, clock });
const recommendations = createRecommendationService({ db, clock });

async function seed() {
  const agencies = await db.agency.findMany({ select: { id: true, name: true, code: true }, orderBy: { id: "asc" } });
  const pokjas = await db.pokja.findMany({ where: { retiredAt: null }, select: { id: true, slug: true, name: true } });
  const statuses = ["belum_dimulai", "berjalan", "selesai", "ditunda"];
  for (let start = 0; start < TASKS; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, TASKS - start) }, (_, k) => {
      const i = start + k;
      const number = i + 1;
      const title = `Penyusunan ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} nomor ${i}`;
      const description = `Deskripsi tugas ${i}: ${WORDS.join(" ")}`;
      const legalBasis = "Perpres 95/2018";
      const status = statuses[i % statuses.length]!;
      return {
        number,
        title,
        description,
        legalBasis,
        pokjaId: pokjas[i % pokjas.length]!.id,
        agencyId: agencies[i % agencies.length]!.id,
        targetDate: new Date(Date.UTC(2026, i % 24, 1 + (i % 28))),
        status,
        progress: status === "selesai" ? 100 : i % 100,
        createdAt: NOW,
        searchText: taskSearchText({ number, title, description, legalBasis }),
      };
    });
    await db.spbeTask.createMany({ data: rows });
  }
  const memberCount = 500;
  await db.member.createMany({
    data: Array.from({ length: memberCount }, (_, i) => ({
      telegramId: BigInt(800_000_000 + i),
      fullName: `Anggota Uji ${i}`,
      agencyId: agencies[(i * 13) % agencies.length]!.id,
      position: "Analis",
      status: "approved",
      consentAt: NOW,
      consentVersion: "bench",
      registeredAt: NOW,
      searchText: normalizeSearchText(`anggota uji ${i}`),
    })),
  });
  const memberIds = (await db.member.findMany({ where: { consentVersion: "bench" }, select: { id: true } })).map((m) => m.id);
  for (let start = 0; start < RECS; start += 1000) {
    await db.recommendation.createMany({
      data: Array.from({ length: Math.min(1000, RECS - start) }, (_, k) => {
        const i = start + k;
        const at = new Date(NOW.getTime() - (i + 1) * 3_600_000);
        return {
          pokjaId: pokjas[i % pokjas.length]!.id,
          submitterId: memberIds[i % memberIds.length]!,
          category: CATEGORIES[i % CATEGORIES.length]!,
          status: STATUSES[i % STATUSES.length]!,
          title: `Usulan ${WORDS[i % WORDS.length]} ${WORDS[(i * 3) % WORDS.length]} untuk pemerintah daerah nomor ${i}`,
          problem: "Masalah",
          solution: "Solusi",
          benefit: "Manfaat",
          supportCount: i % 17,
          submittedAt: at,
          updatedAt: at,
        };
      }),
    });
  }
  return { agencies, pokjas };
}

/** A task import file of about IMPORT_BYTES: half the numbers already in the catalogue (updates), half new. */
function importFile(agencyCodes: string[], pokjaSlugs: string[], edit = ""): Uint8Array {
  const lines = [TASK_CSV_COLUMNS.join(",")];
  let size = lines[0]!.length + 2;
  const first = Math.max(1, TASKS - 2_000);
  for (let i = 0; size < IMPORT_BYTES; i++) {
    const number = first + i;
    const status = ["belum dimulai", "berjalan", "selesai", "ditunda"][i % 4]!;
    const cells = [
      number,
      `"Penyusunan ${WORDS[i % WORDS.length]}, ${WORDS[(i * 3) % WORDS.length]} daerah nomor ${number}${edit}"`,
      `"Deskripsi yang diperbarui untuk tugas ${number}: ${WORDS.join(" ")} ${WORDS.slice(0, 5).join(" ")}"`,
      "Perpres 95/2018",
      agencyCodes[i % agencyCodes.length],
      "",
      pokjaSlugs[i % pokjaSlugs.length],
      `${String(1 + (i % 28)).padStart(2, "0")}/${String(1 + (i % 12)).padStart(2, "0")}/2027`,
      status,
      status === "selesai" ? 100 : i % 100,
      "Catatan impor",
    ];
    const line = cells.join(",");
    if (size + line.length + 2 > IMPORT_BYTES) break;
    lines.push(line);
    size += line.length + 2;
  }
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

// The longest garbage-collection pause, to tell a block of the job's own code from the collector's.
let maxGcPause = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) maxGcPause = Math.max(maxGcPause, entry.duration);
}).observe({ entryTypes: ["gc"] });

/**
 * Notes the longest gap between timer ticks (the loop's longest block) and the peak RSS. On a busy
 * machine a gap can be the OS running another process; the gap bounded by the CPU time this process
 * used meanwhile (all its threads: an overestimate while the worker runs) tells the two apart.
 */
function probe() {
  maxGcPause = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let maxGap = 0;
  let maxBusy = 0;
  let peakRss = process.memoryUsage.rss();
  let ticks = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const gap = now - last;
    maxGap = Math.max(maxGap, gap);
    maxBusy = Math.max(maxBusy, Math.min(gap, (cpu.user + cpu.system) / 1000));
    last = now;
    lastCpu = process.cpuUsage();
  };
  const timer = setInterval(() => {
    tick();
    if (++ticks % 5 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 1);
  return () => {
    clearInterval(timer);
    tick();
    return { maxBlock: maxGap, maxBusy, maxGc: maxGcPause, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const only = process.env.ONLY;

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Runs a job ROUNDS times (once when it changes the data) and prints the medians: on a shared machine
 * a single round's longest block may be another process taking the core, not the job.
 */
async function measure(name: string, run: () => Promise<unknown>, rounds = ROUNDS) {
  if (only && !name.includes(only)) return;
  const walls: number[] = [];
  const blocks: number[] = [];
  const gcs: number[] = [];
  const busy: number[] = [];
  let peak = 0;
  let result: unknown;
  const before = process.memoryUsage.rss();
  for (let i = 0; i < rounds; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the forced collection's entry is delivered before the probe starts
    const stop = probe();
    const start = performance.now();
    result = await run();
    walls.push(performance.now() - start);
    const { maxBlock, maxBusy, maxGc, peakRss } = stop();
    blocks.push(maxBlock);
    busy.push(maxBusy);
    gcs.push(maxGc);
    peak = Math.max(peak, peakRss);
  }
  console.log(
    `${name.padEnd(42)} wall ${median(walls).toFixed(0).padStart(6)} ms   max loop block ${median(blocks).toFixed(0).padStart(5)} ms ` +
      `[${blocks.map((b) => b.toFixed(0)).join(" ")}] (CPU-bound ${median(busy).toFixed(0)}, GC ${median(gcs).toFixed(0)})   RSS ${mb(before)} -> peak ${mb(peak)}` +
      `${typeof result === "string" ? `   (${result})` : ""}`,
  );
}

const offThread = createOffThread();
try {
  const seeded = await seed();
  const agencyCodes = seeded.agencies.map((a) => a.code).filter((c): c is string => !!c);
  const known = { agencyCodes: new Set(agencyCodes), pokja: seeded.pokjas };
  const file = importFile(agencyCodes, seeded.pokjas.map((p) => p.slug));
  console.log(`${TASKS} tasks, ${RECS} recommendations, import file ${(file.length / 1024).toFixed(0)} KiB; node ${process.version}`);

  // Warm-up: the worker, native modules, exceljs, fonts (the first use in a process pays these once).
  const parseTaskCsv = (bytes: Uint8Array, k: typeof known) => offThread.run("parseTaskCsv", { bytes, known: k });
  await renderTaskChart([], { name: "", counts: { belum_dimulai: 1, berjalan: 0, selesai: 0, ditunda: 0 }, overdue: 0, averageProgress: 0 }, TASK_LABELS(), offThread);
  await offThread.run("reportXlsx", { rows: [], summary: summarizeReport([], "x"), labels: EXPORT_LABELS, timezone: "Asia/Jakarta" });

  await measure("baseline (1 s of no work: the machine's noise)", () => new Promise((resolve) => setTimeout(resolve, 1000)));
  await measure("task import: parse CSV", async () => {
    const parsed = await parseTaskCsv(file, known);
    return parsed.ok ? `${parsed.rows.length} rows` : `errors: ${JSON.stringify(parsed.errors.slice(0, 2))}`;
  });
  await measure("task import: check (parse + plan)", async () => {
    const parsed = await parseTaskCsv(file, known);
    if (!parsed.ok) return "invalid";
    const plan = await tasks.planImport(parsed.rows);
    return `${plan.create.length} new, ${plan.update.length} changed`;
  });
  await measure("task import: apply (parse + write)", async () => {
    const parsed = await parseTaskCsv(file, known);
    if (!parsed.ok) return "invalid";
    const applied = await tasks.applyImport(parsed.rows, { memberId: null, name: "Bench" });
    return `${applied.created} created, ${applied.updated} updated`;
  }, 1);
  const edited = importFile(agencyCodes, seeded.pokjas.map((p) => p.slug), " (revisi)");
  await measure("task import: apply again (every title edited)", async () => {
    const parsed = await parseTaskCsv(edited, known);
    if (!parsed.ok) return "invalid";
    const applied = await tasks.applyImport(parsed.rows, { memberId: null, name: "Bench" });
    return `${applied.created} created, ${applied.updated} updated`;
  }, 1);
  await measure("task CSV export (all)", async () => {
    const csv = await tasksCsvFromBatches(tasks.exportBatches({}), "Asia/Jakarta");
    return `${csv.rows} rows, ${(csv.bytes.length / 1024).toFixed(0)} KiB`;
  });
  await measure("task chart (/tugas: summary + PNG)", async () => {
    const { total, byPokja } = await tasks.summary();
    const row = (r: typeof total, name: string) => ({ name, counts: r.counts, overdue: r.overdue, averageProgress: r.averageProgress });
    const png = await renderTaskChart(byPokja.map((r) => row(r, r.name || "Tanpa pokja")), row(total, "Semua"), TASK_LABELS(), offThread);
    return `${(png.length / 1024).toFixed(0)} KiB PNG`;
  });
  await measure("recommendation report chart (counts + PNG)", async () => {
    // As /rekap_usulan does: counted page by page, the rows not kept.
    const tally = createReportTally("Kementerian/pusat");
    for await (const page of recommendations.reportPages(null, NOW, null)) {
      tally.add(page);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const summary = tally.summary();
    const png = await renderReportChart(summary, CHART_LABELS, offThread);
    return `${summary.total} rows, ${(png.length / 1024).toFixed(0)} KiB PNG`;
  });
  await measure("recommendation report CSV", async () => {
    const csv = await reportCsvFromPages(recommendations.reportPages(null, NOW, null), EXPORT_LABELS, "Asia/Jakarta");
    return `${csv.rows} rows, ${(csv.bytes.length / 1024).toFixed(0)} KiB`;
  });
  await measure("recommendation report XLSX", async () => {
    const rows = await recommendations.reportRows(null, NOW, null);
    const summary = summarizeReport(rows, "Kementerian/pusat");
    const xlsx = await offThread.run("reportXlsx", { rows, summary, labels: EXPORT_LABELS, timezone: "Asia/Jakarta" });
    return `${rows.length} rows, ${(xlsx.length / 1024).toFixed(0)} KiB`;
  });
} finally {
  await offThread.close();
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

function TASK_LABELS() {
  return {
    title: "Perkembangan Tugas SPBE",
    subtitle: "per 1 Desember 2026",
    statusNames: { belum_dimulai: "belum dimulai", berjalan: "berjalan", selesai: "selesai", ditunda: "ditunda" },
    overdueLabel: "terlambat",
    averageLabel: "rata-rata",
    totalLabel: "Total",
    noTasks: "Belum ada tugas",
  };
}
