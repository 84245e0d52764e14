// npm run bench:broadcast -- --recipients 10000 [--limit-scale 10] [--crash-at 0.5] [--latency-ms 300 --lease-ms 10000] [--reminders 2000] [--json]
// The real dispatcher (a separate process), the real database, and a local Bot API over HTTP that
// enforces Telegram's limits with sliding windows, answers 429 with retry_after, and injects a few
// 403s and 5xx. Prints what was delivered, how fast, what was lost or duplicated, and peak RSS.
// Then the meeting-reminder hand-over delay (bench/reminder-delay.ts) for --reminders invitees
// (0 skips it). It runs in real time: a minute or more after the broadcast.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../src/app.js";
import { createOutbox } from "../src/delivery/outbox.js";
import { systemClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { startLimitedBotApi } from "./limited-bot-api.js";
import { formatReminderDelays, measureReminderDelays, reminderFigures } from "./reminder-delay.js";
import { bundle } from "../scripts/build.mjs";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const recipients = Number(option("recipients") ?? "10000");
const limitScale = Number(option("limit-scale") ?? "1");
const crashAt = option("crash-at") === undefined ? null : Number(option("crash-at"));
const concurrency = Number(option("concurrency") ?? "8");
// A slow Telegram (every answer this late) keeps all request slots busy, so a crash shows the bound.
const latencyMs = Number(option("latency-ms") ?? "0");
// A request unanswered for half the lease is abandoned (in doubt): keep latency well below that.
const leaseMs = Number(option("lease-ms") ?? "3000");
const BATCH_SIZE = 100;
/** The dispatcher's parallel batches (its default) each send min(concurrency, batch) rows at once. */
const inDoubtBound = 2 * Math.min(concurrency, BATCH_SIZE);
const asJson = process.argv.includes("--json");
const reminderInvitees = Number(option("reminders") ?? "2000");
if (!Number.isInteger(reminderInvitees) || reminderInvitees < 0) throw new Error(`--reminders takes a number of invitees (0 to skip), not ${option("reminders")}`);
// The dispatcher process runs as `npm start` runs the bot: compiled, with the same heap settings.
const nodeFlags = (option("node-flags") ?? "--max-semi-space-size=2 --max-old-space-size=128").split(" ").filter(Boolean);
const here = path.dirname(fileURLToPath(import.meta.url));

// The worker is compiled like the bot (same depth as dist/), but outside the production bundle.
await bundle({ "dispatcher-worker": "bench/dispatcher-worker.ts" }, ".build");
const dir = mkdtempSync(path.join(os.tmpdir(), "fk-bench-"));
const dbFile = path.join(dir, "bench.db");
try {
  // Recipients: private chats; 0.5 % have blocked the bot, 1 % fail once with a 502.
  const chats = Array.from({ length: recipients }, (_, i) => 700_000_000 + i);
  const blocked = chats.filter((_, i) => i % 200 === 7);
  const flaky = chats.filter((_, i) => i % 100 === 13);
  const server = await startLimitedBotApi({ limitScale, blockedChatIds: blocked, flakyChatIds: flaky, ...(latencyMs > 0 ? { latencyMs } : {}) });

  const db = await prepareDatabase(`file:${dbFile}`, createLogger("silent"));
  const outbox = createOutbox({ db, clock: systemClock });
  await outbox.enqueue(
    chats.map((chatId) => ({
      chatId,
      payload: { kind: "text" as const, text: "<b>Siaran Forum Kominfo</b>\nRapat koordinasi SPBE, Senin pukul 09.00 WIB.", parseMode: "HTML" as const },
      dedupeKey: `bench:${chatId}`,
    })),
  );

  const workerStats: {
    peakRssMb: number;
    peakRssSendingMb: number;
    peakHeapMb: number;
    peakExternalMb: number;
    http429: number;
    timedOut: number;
    recovered: number;
  }[] = [];
  const runWorker = () => {
    const child = spawn(
      process.execPath,
      [
        ...nodeFlags,
        path.join(here, "..", ".build", "dispatcher-worker.mjs"),
        "--db",
        dbFile,
        "--api-root",
        server.url,
        "--limit-scale",
        String(limitScale),
        "--concurrency",
        String(concurrency),
        "--batch-size",
        String(BATCH_SIZE),
        ...(process.argv.includes("--trace-memory") ? ["--trace-memory"] : []),
        "--lease-ms",
        String(leaseMs),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout?.on("data", (chunk) => (out += chunk));
    const done = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => {
        const line = out.trim().split("\n").at(-1);
        if (code === 0 && line) workerStats.push(JSON.parse(line));
        resolve(code);
      }),
    );
    return { child, done };
  };

  const started = performance.now();
  let worker: { child: ChildProcess; done: Promise<number | null> } = runWorker();
  let crashed = false;
  if (crashAt !== null) {
    // Kill the dispatcher without warning once this share has been delivered, then start another.
    while (!crashed) {
      await new Promise((r) => setTimeout(r, 20));
      if (server.stats().delivered >= crashAt * recipients) {
        worker.child.kill("SIGKILL");
        await worker.done;
        crashed = true;
        worker = runWorker();
      }
      if (worker.child.exitCode !== null) break;
    }
  }
  const code = await worker.done;
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`dispatcher exited with ${code}`);

  const stats = server.stats();
  // Throughput is measured from the first delivery to the last, so that the dispatcher process's
  // start-up (loading Node, Prisma and grammY) does not count as sending time.
  const sendingSeconds = Math.max(0.001, (stats.lastDeliveryAt - stats.firstDeliveryAt) / 1000);
  const reported = new Set(
    (await db.delivery.findMany({ where: { state: { in: ["failed", "skipped"] } }, select: { chatId: true } })).map((r) => Number(r.chatId)),
  );
  const lost = chats.filter((c) => server.deliveredCount(c) === 0 && !reported.has(c)).length;
  const counts = await outbox.counts();
  const rate = (stats.delivered - 1) / sendingSeconds;
  const result = {
    recipients,
    seconds: Math.round(sendingSeconds * 10) / 10,
    wall_seconds: Math.round(seconds * 10) / 10,
    rate: Math.round(rate * 10) / 10,
    rate_ratio: Math.round((rate / (30 * limitScale)) * 1000) / 1000,
    http_429: stats.http429,
    lost,
    duplicated: stats.duplicates,
    rss_mb: Math.max(...workerStats.map((w) => w.peakRssSendingMb), 0),
    rss_start_mb: Math.max(...workerStats.map((w) => w.peakRssMb), 0),
    blocked_reported: counts.skipped,
    failed_reported: counts.failed,
    in_doubt: counts.inDoubt,
    crashed,
  };
  await db.$disconnect();
  await server.close();

  // Meeting reminders, on a database of their own, once the broadcast is over.
  const reminders = reminderInvitees > 0 ? await measureReminderDelays({ databaseFile: path.join(dir, "reminders.db"), invitees: reminderInvitees }) : null;

  if (asJson) {
    const { recipients: r, seconds: s, rate: rt, rate_ratio, http_429, lost: l, duplicated, rss_mb } = result;
    console.log(JSON.stringify({ recipients: r, seconds: s, rate: rt, rate_ratio, http_429, lost: l, duplicated, rss_mb, ...(reminders ? { reminders: reminderFigures(reminders) } : {}) }));
  } else {
    console.log(`recipients      ${result.recipients}${crashed ? ` (dispatcher killed at ${Math.round((crashAt ?? 0) * 100)} % and restarted)` : ""}`);
    console.log(`seconds         ${result.seconds} sending (${result.wall_seconds} with process start-up)`);
    console.log(`delivered/s     ${result.rate} (limit ${30 * limitScale}/s, scale ${limitScale})`);
    console.log(`rate_ratio      ${result.rate_ratio}`);
    console.log(`http_429        ${result.http_429} (busiest second: ${stats.maxObservedGlobalRate} deliveries)`);
    console.log(`lost            ${result.lost}`);
    const timedOut = workerStats.reduce((n, w) => n + w.timedOut, 0);
    const recovered = workerStats.reduce((n, w) => n + w.recovered, 0);
    console.log(`duplicated      ${result.duplicated} (in doubt: ${result.in_doubt}, of which ${timedOut} unanswered within half the lease after the restart; crash bound ${inDoubtBound} per process; ${recovered} rows taken back)`);
    console.log(`reported        ${result.blocked_reported} blocked (403), ${result.failed_reported} failed`);
    console.log(`peak RSS        ${result.rss_mb} MB while sending, ${result.rss_start_mb} MB with start-up (dispatcher process; heap ${Math.max(...workerStats.map((w) => w.peakHeapMb))} MB, external ${Math.max(...workerStats.map((w) => w.peakExternalMb))} MB)`);
    if (reminders) {
      console.log("");
      for (const line of formatReminderDelays(reminders)) console.log(line);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
