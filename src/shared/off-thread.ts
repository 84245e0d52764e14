// Work that would hold the event loop for long (drawing a PNG, building or reading a workbook,
// parsing a big CSV) runs here on a worker thread, so that the other chats are answered meanwhile.
// A small pool: jobs queue for the next free worker; a worker that crashes is replaced; idle workers
// end after a while, so the bot carries no extra thread (nor its memory) between such jobs.
//
// The worker's entry is off-thread-worker.ts next to this file when running from source (tests and
// tsx, with tsx's loader registered in the worker), and dist/off-thread-worker.mjs next to
// dist/main.mjs in the build (scripts/build.mjs bundles both).
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { OffThreadJobs } from "./off-thread-jobs.js";

export type JobName = keyof OffThreadJobs;
export type JobInput<K extends JobName> = Parameters<OffThreadJobs[K]>[0];
export type JobOutput<K extends JobName> = Awaited<ReturnType<OffThreadJobs[K]>>;

/** A job that did not give its result: it threw, or its worker died (out of memory, crash). */
export class OffThreadError extends Error {
  constructor(
    message: string,
    readonly job: string,
    readonly reason: "failed" | "crashed",
  ) {
    super(message);
    this.name = "OffThreadError";
  }
}

export interface OffThreadOptions {
  /** Workers at most (default: one fewer than the cores, at least 1; the main thread keeps one). */
  size?: number;
  /** An idle worker ends after this long (default 30 s). */
  idleMs?: number;
  /** Heap of each worker, MB (default 256): a runaway job fails alone instead of growing the process. */
  maxMemoryMb?: number;
  /** The worker's entry file (default: off-thread-worker next to this module). Tests give their own. */
  entry?: URL;
  /** Handed to each worker as workerData. */
  workerData?: unknown;
}

export interface OffThread {
  run<K extends JobName>(job: K, input: JobInput<K>): Promise<JobOutput<K>>;
  /** Jobs queued or running. */
  pending(): number;
  /** Ends the workers; queued and running jobs fail. */
  close(): Promise<void>;
}

interface Pending {
  job: string;
  input: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  idleTimer: NodeJS.Timeout | null;
}

const FROM_SOURCE = import.meta.url.endsWith(".ts");

/** The worker's code: the bundled .mjs next to dist/main.mjs, or the TypeScript source. */
function defaultEntry(): URL {
  return new URL(FROM_SOURCE ? "./off-thread-worker.ts" : "./off-thread-worker.mjs", import.meta.url);
}

/**
 * A worker for `entry`. From source (tests, tsx) the worker first registers tsx's loader on its own
 * thread and then imports the entry: `--import tsx` in the worker's execArgv does not reach a
 * worker's entry on node 20.
 */
function startWorker(entry: URL, options: { workerData?: unknown; maxMemoryMb: number }): Worker {
  const settings = { workerData: options.workerData, resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb } };
  if (!FROM_SOURCE) return new Worker(entry, settings);
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...settings, eval: true });
}

export function createOffThread(options: OffThreadOptions = {}): OffThread {
  const size = Math.max(1, options.size ?? Math.max(1, availableParallelism() - 1));
  const idleMs = options.idleMs ?? 30_000;
  const entry = options.entry ?? defaultEntry();
  const slots = new Set<Slot>();
  const queue: Pending[] = [];
  let closed = false;

  function spawn(): Slot {
    const worker = startWorker(entry, { workerData: options.workerData, maxMemoryMb: options.maxMemoryMb ?? 256 });
    const slot: Slot = { worker, current: null, idleTimer: null };
    worker.on("message", (message: { ok: true; value: unknown } | { ok: false; message: string }) => {
      const done = slot.current;
      slot.current = null;
      if (done) {
        if (message.ok) done.resolve(message.value);
        else done.reject(new OffThreadError(message.message, done.job, "failed"));
      }
      next(slot);
    });
    // A crash (an exception outside a job, out of memory, process.exit in the worker) ends the worker.
    let failure: Error | null = null;
    worker.on("error", (error) => (failure = error));
    worker.on("exit", (code) => {
      slots.delete(slot);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      const lost = slot.current;
      slot.current = null;
      if (lost) {
        const why = failure?.message ?? `worker exited with code ${code}`;
        lost.reject(new OffThreadError(why, lost.job, "crashed"));
      }
      dispatch();
    });
    slots.add(slot);
    return slot;
  }

  /** Gives `slot` the next queued job, or lets it idle (unref'd: an idle worker keeps no process alive). */
  function next(slot: Slot) {
    const job = queue.shift();
    if (!job) {
      slot.worker.unref();
      slot.idleTimer = setTimeout(() => void slot.worker.terminate(), idleMs);
      slot.idleTimer.unref();
      return;
    }
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.worker.ref();
    slot.current = job;
    slot.worker.postMessage({ job: job.job, input: job.input });
  }

  function dispatch() {
    if (closed) return;
    while (queue.length > 0) {
      const free = [...slots].find((s) => s.current === null);
      if (free) next(free);
      else if (slots.size < size) next(spawn());
      else return;
    }
  }

  return {
    run<K extends JobName>(job: K, input: JobInput<K>): Promise<JobOutput<K>> {
      if (closed) return Promise.reject(new OffThreadError("off-thread pool closed", job, "crashed"));
      return new Promise<JobOutput<K>>((resolve, reject) => {
        queue.push({ job, input, resolve: resolve as (value: unknown) => void, reject });
        dispatch();
      });
    },
    pending: () => queue.length + [...slots].filter((s) => s.current !== null).length,
    async close() {
      closed = true;
      for (const waiting of queue.splice(0)) waiting.reject(new OffThreadError("off-thread pool closed", waiting.job, "crashed"));
      await Promise.all([...slots].map((s) => s.worker.terminate()));
    },
  };
}
