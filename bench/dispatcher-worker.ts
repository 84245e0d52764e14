// One dispatcher process for the broadcast benchmark (and the crash test): drains the outbox of --db
// against the Bot API at --api-root, then prints its figures as one JSON line. The benchmark may
// SIGKILL it halfway. --db is a database URL ("file:…" or "postgresql://…") or a bare SQLite path.
import { Api } from "grammy";
import { openDatabase } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createDispatcher } from "../src/delivery/dispatcher.js";
import { createOutbox } from "../src/delivery/outbox.js";
import { systemClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

const scale = Number(arg("limit-scale", "1"));
const dbArg = arg("db");
const db = await openDatabase(parseDatabaseUrl(/^(file:|postgres(ql)?:\/\/)/i.test(dbArg) ? dbArg : `file:${dbArg}`));
const outbox = createOutbox({ db, clock: systemClock });
const dispatcher = createDispatcher({
  db,
  outbox,
  api: new Api("123456:bench", { apiRoot: arg("api-root") }),
  clock: systemClock,
  logger: createLogger("warn"),
  limits: { globalPerSecond: 30 * scale, privatePerSecond: 1 * scale, groupPerMinute: 20 * scale },
  concurrency: Number(arg("concurrency", "8")),
  batchSize: Number(arg("batch-size", "100")),
  leaseMs: Number(arg("lease-ms", "5000")),
  idlePollMs: 100,
});

let peakRss = process.memoryUsage().rss;
/** Peak once sending has begun: start-up (compiling Prisma's WebAssembly) has its own, brief peak. */
let peakRssSending = 0;
let peakHeap = 0;
let peakExternal = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  if (dispatcher.stats.sent > 0) peakRssSending = Math.max(peakRssSending, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakExternal = Math.max(peakExternal, m.external + m.arrayBuffers);
  if (process.argv.includes("--trace-memory") && ++ticks % 20 === 0) {
    console.error(`rss ${Math.round(m.rss / 1048576)} heap ${Math.round(m.heapUsed / 1048576)} sent ${dispatcher.stats.sent}`);
  }
}, 100);
let ticks = 0; // RSS_TRACE

await dispatcher.start();
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 200));
  const counts = await outbox.counts();
  if (counts.queued + counts.sending === 0) break;
}
await dispatcher.stop();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(
  JSON.stringify({
    ...dispatcher.stats,
    peakRssMb: Math.round(peakRss / 1048576),
    peakRssSendingMb: Math.round(peakRssSending / 1048576),
    peakHeapMb: Math.round(peakHeap / 1048576),
    peakExternalMb: Math.round(peakExternal / 1048576),
  }),
);
await db.$disconnect();
