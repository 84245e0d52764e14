// Feeds updates to a bot the way long polling does (src/bot/long-polling.ts): the runner's
// concurrent sink, at most `concurrency` updates in flight, each through handleOneUpdate; the bot's
// own sequentialize keeps one chat's updates in order. Two ways: as fast as the sink takes them
// (throughput), or at a steady rate (latency from each update's due time to its handler's end).
import { performance } from "node:perf_hooks";
import { createConcurrentSink } from "@grammyjs/runner";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import { handleOneUpdate } from "../src/bot/handle-one-update.js";
import type { Logger } from "../src/shared/logger.js";
import type { Fed, Kind } from "./updates-mix.js";

export interface Run {
  updates: number;
  seconds: number;
  cpuMs: number;
  /** Milliseconds from arrival (throughput) or due time (steady rate) to the handler's end, sorted. */
  latencies: number[];
  byKind: Map<Kind, number[]>;
  failures: number;
}

export function createFeeder<C extends Context>(bot: Bot<C>, logger: Logger, concurrency: number, onDone: (fed: Fed) => void) {
  const arrivals = new Map<Update, { fed: Fed; at: number }>();
  let current: { latencies: number[]; byKind: Map<Kind, number[]>; failures: number; left: number; finished: () => void } | null = null;

  const sink = createConcurrentSink<Update>(
    {
      async consume(update) {
        let ok = true;
        await handleOneUpdate(bot, logger, update, (_u, _s, handled) => (ok = handled));
        const arrival = arrivals.get(update)!;
        arrivals.delete(update);
        onDone(arrival.fed);
        const run = current!;
        const ms = performance.now() - arrival.at;
        run.latencies.push(ms);
        const kindMs = run.byKind.get(arrival.fed.kind) ?? [];
        kindMs.push(ms);
        run.byKind.set(arrival.fed.kind, kindMs);
        if (!ok) run.failures += 1;
        if (--run.left === 0) run.finished();
      },
    },
    async () => undefined,
    { concurrency },
  );

  async function measure(n: number, feed: (add: (fed: Fed, at?: number) => Promise<number>) => Promise<void>): Promise<Run> {
    let finished!: () => void;
    const all = new Promise<void>((resolve) => (finished = resolve));
    const run = { latencies: [] as number[], byKind: new Map<Kind, number[]>(), failures: 0, left: n, finished };
    current = run;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    if (n > 0) {
      await feed((fed, at) => {
        arrivals.set(fed.update, { fed, at: at ?? performance.now() });
        return sink.handle([fed.update]);
      });
      await all;
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    current = null;
    return { updates: n, seconds, cpuMs: (cpu.user + cpu.system) / 1000, latencies: run.latencies.sort((a, b) => a - b), byKind: run.byKind, failures: run.failures };
  }

  return {
    /** `n` updates as fast as the sink takes them: the next one as soon as one of the slots is free. */
    throughput: (n: number, next: () => Fed) =>
      measure(n, async (add) => {
        for (let i = 0; i < n; i += 1) await add(next());
      }),
    /**
     * `n` updates at `perSecond`, each due at its slot; latency counts from the due time. At
     * `concurrency` in flight the next waits (as with polling, where it waits at Telegram).
     */
    steady: (n: number, perSecond: number, next: () => Fed) =>
      measure(n, async (add) => {
        const start = performance.now();
        for (let i = 0; i < n; i += 1) {
          const due = start + (i * 1000) / perSecond;
          const wait = due - performance.now();
          if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
          await add(next(), due);
        }
      }),
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
