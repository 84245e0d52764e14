// A worker thread of the off-thread pool (src/shared/off-thread.ts): runs one job at a time, as the
// pool sends them, and answers with its value or the message of what it threw.
import { parentPort } from "node:worker_threads";
import { OFF_THREAD_JOBS } from "./off-thread-jobs.js";

const port = parentPort;
if (!port) throw new Error("off-thread-worker runs only as a worker thread");

port.on("message", async ({ job, input }: { job: keyof typeof OFF_THREAD_JOBS; input: never }) => {
  try {
    const run = OFF_THREAD_JOBS[job] as ((input: never) => Promise<unknown>) | undefined;
    if (!run) throw new Error(`unknown off-thread job ${String(job)}`);
    const value = await run(input);
    port.postMessage({ ok: true, value });
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
