// Long work off the event loop (issue 14): charts, workbooks and the task import file are done on a
// worker thread (src/shared/off-thread.ts). The real app (startApp, long polling through the runner)
// against the Bot API stand-in: another chat is answered while a long job is still running, and a
// worker that fails gives the user a clear answer in Indonesian. Plus the pool itself, and the
// worker as scripts/build.mjs bundles it. Order of events only, no timings.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundle, OFF_THREAD_WORKER_ENTRY } from "../scripts/build.mjs";
import { startApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { systemClock } from "../src/shared/clock.js";
import { createOffThread, OffThreadError, type OffThread } from "../src/shared/off-thread.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";
import { collectingLogger } from "./support/log-collector.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
const ROOT = path.join(import.meta.dirname, "..");
const REAL_WORKER = pathToFileURL(path.join(ROOT, "src/shared/off-thread-worker.ts")).href;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#43A047"/></svg>`;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

const admin = { id: 1001, first_name: "Admin", language_code: "id" };
const wati = { id: 3502, first_name: "Wati", language_code: "id" };

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "fk-long-work-"));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A worker entry in the scratch dir (plain JavaScript; from source the pool loads tsx first). */
function workerFile(name: string, code: string): URL {
  const file = path.join(scratch, name);
  writeFileSync(file, code);
  return pathToFileURL(file);
}

/** A pool whose worker waits until open() before it starts the real worker: a long job we end. */
function gatedPool() {
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const entry = workerFile(
    "gated-worker.mjs",
    `import { workerData } from "node:worker_threads";
     Atomics.wait(new Int32Array(workerData.gate), 0, 0);
     await import(workerData.realWorker);`,
  );
  const pool = createOffThread({ size: 1, entry, workerData: { gate: gate.buffer, realWorker: REAL_WORKER } });
  return {
    pool,
    open() {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
    },
  };
}

/** A pool whose every worker dies as it starts. */
function brokenPool(): OffThread {
  return createOffThread({ size: 1, entry: workerFile("broken-worker.mjs", `throw new Error("the worker broke");`) });
}

describe("the off-thread pool", () => {
  let pool: OffThread;
  afterEach(() => pool.close());

  it("runs a job on the worker and gives its result; a job that throws fails alone and the worker goes on", async () => {
    pool = createOffThread({ size: 1 });
    const png = await pool.run("renderPng", SVG);
    expect([...png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    const failed = await pool.run("renderPng", "<svg not closed").catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(OffThreadError);
    expect((failed as OffThreadError).reason).toBe("failed");
    expect([...(await pool.run("renderPng", SVG)).subarray(0, 4)]).toEqual(PNG_SIGNATURE);
  }, 60_000);

  it("queues jobs beyond its size and answers each", async () => {
    pool = createOffThread({ size: 2 });
    const results = await Promise.all(Array.from({ length: 5 }, () => pool.run("renderPng", SVG)));
    expect(results.map((png) => png[1])).toEqual([0x50, 0x50, 0x50, 0x50, 0x50]);
    expect(pool.pending()).toBe(0);
  }, 60_000);

  it("rejects the job of a worker that dies, as crashed", async () => {
    pool = brokenPool();
    const error = await pool.run("renderPng", SVG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffThreadError);
    expect((error as OffThreadError).reason).toBe("crashed");
    expect((error as Error).message).toContain("the worker broke");
  }, 60_000);

  it("runs as scripts/build.mjs bundles it: dist's worker beside the bundle that starts it", async () => {
    const outdir = path.join("dist", `long-work-test-${process.pid}`);
    const probe = path.join(scratch, "probe.ts");
    writeFileSync(
      probe,
      `import { createOffThread } from ${JSON.stringify(path.join(ROOT, "src/shared/off-thread.ts"))};
       const pool = createOffThread({ size: 1 });
       const png = await pool.run("renderPng", ${JSON.stringify(SVG)});
       console.log([...png.subarray(0, 4)].join(","));
       await pool.close();`,
    );
    try {
      await bundle({ probe, ...OFF_THREAD_WORKER_ENTRY }, outdir);
      const run = spawnSync(process.execPath, [path.join(ROOT, outdir, "probe.mjs")], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
      expect(run.stderr).toBe("");
      expect(run.stdout.trim()).toBe(PNG_SIGNATURE.join(","));
    } finally {
      rmSync(path.join(ROOT, outdir), { recursive: true, force: true });
    }
  }, 120_000);
});

describe("long work and the other chats", () => {
  let temp: TempDatabase;
  let standIn: BotApiStandIn;
  let app: App | undefined;
  let pool: OffThread | undefined;

  async function start(withPool: OffThread) {
    pool = withPool;
    temp = await createTempDatabase();
    // One recommendation, so that the report has something to draw and export.
    const agency = await temp.db.agency.findFirstOrThrow({ orderBy: { id: "asc" } });
    const pokja = await temp.db.pokja.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "asc" } });
    const now = new Date();
    const member = await temp.db.member.create({
      data: { telegramId: 3599n, fullName: "Budi Santoso", agencyId: agency.id, position: "Analis", status: "approved", consentAt: now, consentVersion: "test", registeredAt: now },
    });
    await temp.db.recommendation.create({
      data: { pokjaId: pokja.id, submitterId: member.id, category: "data", title: "Integrasi data kependudukan", problem: "p", solution: "s", benefit: "b", submittedAt: now, updatedAt: now },
    });
    await temp.db.$disconnect();
    standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
    app = await startApp({
      config: loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: temp.url, ADMIN_TELEGRAM_IDS: String(admin.id) }),
      clock: systemClock,
      logger: collectingLogger("info"),
      client: { fetch: createInProcessFetch(standIn) as never, apiRoot: "http://bot-api.invalid" },
      botInfo: standIn.botUser,
      offThread: withPool,
    });
    await standIn.waitForPoller({ timeoutMs: 10_000 });
  }

  afterEach(async () => {
    await app?.stop();
    app = undefined;
    standIn.close();
    await temp.cleanup();
    await pool?.close();
  });

  /** Sends /rekap_usulan as the admin and presses "Semua waktu". */
  async function askReport() {
    const periods = standIn.nextBotMessage({ chatId: admin.id, predicate: (m) => m.buttons.flat().some((b) => b.text === "Semua waktu") }, { timeoutMs: 30_000 });
    standIn.userSendsText(admin, "/rekap_usulan");
    const message = await periods;
    standIn.userPressesButtonLabeled(admin, admin.id, "Semua waktu", message.messageId);
  }

  async function until(check: () => boolean) {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  it("answers Wati's /start while the admin's report chart is still being drawn, and sends the chart after", async () => {
    const gated = gatedPool();
    await start(gated.pool);
    const photos = () => standIn.calls("sendPhoto").filter((c) => Number(c.params.chat_id) === admin.id).length;
    const recap = standIn.nextBotMessage({ chatId: admin.id, predicate: (m) => m.text.includes("Menurut status") }, { timeoutMs: 60_000 });

    await askReport();
    await until(() => gated.pool.pending() === 1); // the chart is with the worker, which has not begun
    const answered = standIn.nextBotMessage({ chatId: wati.id, predicate: (m) => m.text.includes("belum terdaftar") }, { timeoutMs: 30_000 });
    standIn.userSendsText(wati, "/start");
    await answered;
    // Wati was answered while the admin's job was still running.
    expect(gated.pool.pending()).toBe(1);
    expect(photos()).toBe(0);

    gated.open();
    await recap;
    expect(photos()).toBe(1);
    const order = standIn.calls().filter((c) => Number(c.params.chat_id) === admin.id && ["sendPhoto", "sendMessage"].includes(c.method)).map((c) => c.method);
    expect(order.slice(-2)).toEqual(["sendPhoto", "sendMessage"]);
  }, 120_000);

  it("tells the admin in Indonesian when the worker fails: the report's counts still come, the workbook does not", async () => {
    await start(brokenPool());
    const chartFailed = standIn.nextBotMessage({ chatId: admin.id, predicate: (m) => m.text.includes("grafik belum dapat dibuat") }, { timeoutMs: 60_000 });
    const recap = standIn.nextBotMessage({ chatId: admin.id, predicate: (m) => m.text.includes("Menurut status") }, { timeoutMs: 60_000 });
    await askReport();
    expect((await chartFailed).text).toBe("Maaf, grafik belum dapat dibuat karena gangguan pada server. Rekap angkanya tetap dikirim di bawah ini.");
    const counts = await recap;

    const failed = standIn.nextBotMessage({ chatId: admin.id, predicate: (m) => m.text.startsWith("Maaf, berkas") }, { timeoutMs: 60_000 });
    standIn.userPressesButtonLabeled(admin, admin.id, counts.buttons.flat().find((b) => /xlsx|excel/i.test(b.text))!.text, counts.messageId);
    expect((await failed).text).toContain("Maaf, berkas belum dapat diproses karena gangguan pada server. Data Bapak/Ibu tidak berubah.");
    expect(standIn.calls("sendDocument")).toHaveLength(0);
  }, 120_000);

  it("tells the admin in Indonesian when the import file cannot be parsed because the worker fails, and writes nothing", async () => {
    await start(brokenPool());
    const before = await app!.db.spbeTask.count();
    const asked = standIn.nextBotMessage({ chatId: admin.id, predicate: (m) => m.text.includes("nomor") }, { timeoutMs: 30_000 });
    standIn.userSendsText(admin, "/impor_tugas");
    await asked;
    const failed = standIn.nextBotMessage({ chatId: admin.id, predicate: (m) => m.text.startsWith("Maaf, berkas") }, { timeoutMs: 60_000 });
    standIn.userSendsDocument(admin, { fileName: "tugas.csv", mimeType: "text/csv", bytes: "nomor,judul\r\n1,Penyusunan arsitektur SPBE\r\n" });
    expect((await failed).text).toContain("Data Bapak/Ibu tidak berubah");
    expect(await app!.db.spbeTask.count()).toBe(before);
  }, 120_000);
});
