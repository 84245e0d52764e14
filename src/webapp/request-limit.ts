// A per-Telegram-user limit on the Mini App's API requests, so one account (or a script holding its
// init data) cannot keep the server and the database busy for everyone. One token bucket per user on
// the injected clock: a page that opens with a handful of requests at once passes; a steady stream
// beyond the rate gets 429 with Retry-After. The router (api.ts) asks only after the init data is
// checked, so a forged request costs nothing and nobody can spend someone else's budget. Kept in
// memory, per process: a restart forgets it, and with several processes each applies its own.
import type { Clock } from "../shared/clock.js";

export interface RequestLimit {
  /** How many requests may come at once (the bucket's size). */
  burst: number;
  /** How many a minute may follow, steadily. */
  perMinute: number;
  /** The most users remembered at once; the longest idle are forgotten first (their buckets full). */
  maxTrackedUsers: number;
}

/** 120 requests a minute, 60 at once: opening the dashboard and paging through it never comes near. */
export const DEFAULT_REQUEST_LIMIT: RequestLimit = { burst: 60, perMinute: 120, maxTrackedUsers: 10_000 };

export type RequestVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  /** When it was last filled up (clock milliseconds). */
  at: number;
}

export interface RequestLimiter {
  /** Takes one request from the user's bucket, or says how many whole seconds until one is there. */
  admit(telegramId: bigint): RequestVerdict;
  /** How many users have a bucket in memory (those with a full one are forgotten now and then). */
  tracked(): number;
}

export function createRequestLimiter(clock: Clock, figures: Partial<RequestLimit> = {}): RequestLimiter {
  const limit: RequestLimit = { ...DEFAULT_REQUEST_LIMIT, ...figures };
  if (!(limit.burst >= 1) || !(limit.perMinute > 0) || !(limit.maxTrackedUsers >= 1)) {
    throw new Error(`request limit needs burst >= 1, perMinute > 0 and maxTrackedUsers >= 1: ${JSON.stringify(limit)}`);
  }
  const ratePerMs = limit.perMinute / 60_000;
  // How long an empty bucket takes to fill: after that a bucket carries nothing to remember.
  const fullAfterMs = Math.ceil(limit.burst / ratePerMs);
  const buckets = new Map<bigint, Bucket>();
  let lastSweep = clock.now().getTime();

  function refill(bucket: Bucket, now: number) {
    // A clock set back (the sandbox's) refills nothing.
    const elapsed = Math.max(0, now - bucket.at);
    bucket.tokens = Math.min(limit.burst, bucket.tokens + elapsed * ratePerMs);
    bucket.at = now;
  }

  function sweep(now: number) {
    lastSweep = now;
    for (const [id, bucket] of buckets) {
      refill(bucket, now);
      if (bucket.tokens >= limit.burst) buckets.delete(id);
    }
  }

  return {
    admit(telegramId) {
      const now = clock.now().getTime();
      if (now - lastSweep >= fullAfterMs || now < lastSweep) sweep(now);
      let bucket = buckets.get(telegramId);
      if (bucket) buckets.delete(telegramId); // re-inserted below: the Map's order is the order of last use
      else bucket = { tokens: limit.burst, at: now };
      buckets.set(telegramId, bucket);
      if (buckets.size > limit.maxTrackedUsers) buckets.delete(buckets.keys().next().value!);
      refill(bucket, now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
    },
    tracked: () => buckets.size,
  };
}
