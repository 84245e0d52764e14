// One chat's turn across processes. In one process the runner's sequentialize (sequentialize-key.ts)
// already keeps one chat's and one person's updates in order; when several processes share one
// database (PostgreSQL), two updates of one chat may reach two of them. Each update then holds a
// lease row per key (ChatLock) while it is handled: taken if free or expired, waited for (short
// back-off, bounded) while another process holds it, renewed while a long handler runs, released
// after. Installed right after sequentialize, so one process asks for a key once at a time.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Context, Middleware } from "grammy";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { updateConstraints } from "./sequentialize-key.js";

export interface ChatLockOptions {
  /** A crashed holder's lease is taken over after this long (renewed every third of it while held). */
  leaseMs: number;
  /** After waiting this long for another process, the update is handled anyway (logged): never dropped. */
  maxWaitMs: number;
  /** First pause between attempts; grows to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
}

/**
 * A dead instance blocks its chats for at most the lease (10 s), renewed every 3.3 s while held.
 * A waiter waits longer than one lease, so it never gives up just before a dead holder's lease ends.
 */
export const DEFAULT_CHAT_LOCK: ChatLockOptions = { leaseMs: 10_000, maxWaitMs: 15_000, backoffMs: 20, maxBackoffMs: 500 };

/** A random id for one running bot (one per process in production), e.g. "host:1234:1a2b3c4d". */
export function newInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Whether the client talks to PostgreSQL (the one provider on which several processes share a database). */
export function isPostgres(db: Database): boolean {
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

export interface ChatLock {
  /** Takes every key (sorted, so two processes never wait on each other in a circle); resolves to a release. */
  acquire(keys: readonly string[]): Promise<() => Promise<void>>;
}

export function createChatLock(deps: { db: Database; clock: Clock; logger: Logger; owner: string; options?: Partial<ChatLockOptions> }): ChatLock {
  const { db, clock, logger, owner } = deps;
  const o: ChatLockOptions = { ...DEFAULT_CHAT_LOCK, ...deps.options };
  const expiry = () => new Date(clock.now().getTime() + o.leaseMs);

  /** All keys in one statement (the usual case: nobody holds them); false when any is held. */
  async function takeAllFree(keys: readonly string[]): Promise<boolean> {
    try {
      const expiresAt = expiry();
      await db.chatLock.createMany({ data: keys.map((key) => ({ key, owner, expiresAt })) });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** One key: a new row, or the row of a lease that expired (or that we left behind ourselves). */
  async function takeOne(key: string): Promise<boolean> {
    const expiresAt = expiry();
    try {
      await db.chatLock.create({ data: { key, owner, expiresAt } });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const taken = await db.chatLock.updateMany({
      where: { key, OR: [{ expiresAt: { lt: clock.now() } }, { owner }] },
      data: { owner, expiresAt },
    });
    return taken.count === 1;
  }

  async function release(held: readonly string[]) {
    if (held.length === 0) return;
    try {
      await db.chatLock.deleteMany({ where: { key: { in: [...held] }, owner } });
    } catch (error) {
      // The lease then expires on its own.
      logger.warn({ err: error, keys: held }, "chat lock not released");
    }
  }

  return {
    async acquire(wanted) {
      const keys = [...new Set(wanted)].sort();
      const held: string[] = [];
      if (keys.length === 0) return async () => undefined;
      if (await takeAllFree(keys)) held.push(...keys);
      else {
        // Someone holds one of them: one key at a time, in order, waiting with back-off.
        const startedAt = performance.now();
        let pause = o.backoffMs;
        for (const key of keys) {
          let taken = await takeOne(key);
          if (!taken) logger.debug({ key }, "chat busy on another instance; waiting for its turn");
          while (!taken && performance.now() - startedAt < o.maxWaitMs) {
            await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
            pause = Math.min(pause * 2, o.maxBackoffMs);
            taken = await takeOne(key);
          }
          if (!taken) {
            logger.warn({ keys, waitedMs: Math.round(performance.now() - startedAt) }, "chat still busy on another instance; handling the update anyway");
            break;
          }
          held.push(key);
        }
      }
      if (held.length === 0) return async () => undefined;
      // A long handler (an import, an export) keeps its lease.
      const renewal = setInterval(() => {
        db.chatLock
          .updateMany({ where: { key: { in: held }, owner }, data: { expiresAt: expiry() } })
          .then((renewed) => {
            if (renewed.count < held.length) logger.warn({ keys: held }, "chat lock lost while held (lease expired and taken over)");
          })
          .catch((error: unknown) => logger.warn({ err: error }, "chat lock not renewed"));
      }, Math.max(1, Math.floor(o.leaseMs / 3)));
      renewal.unref();
      return async () => {
        clearInterval(renewal);
        await release(held);
      };
    },
  };
}

/**
 * Updates handled to the end, by id. A webhook instance answers Telegram only after handling; one
 * that dies in between leaves the update with Telegram, which sends it again to another instance.
 * If the first had finished (its conversation state saved), handling it again would take the
 * person's answer for the next question.
 */
export interface HandledUpdates {
  seen(updateId: number): Promise<boolean>;
  record(updateId: number): Promise<void>;
}

export function createHandledUpdates(db: Database, clock: Clock): HandledUpdates {
  return {
    async seen(updateId) {
      return (await db.handledUpdate.count({ where: { updateId: BigInt(updateId) } })) > 0;
    },
    async record(updateId) {
      try {
        await db.handledUpdate.create({ data: { updateId: BigInt(updateId), handledAt: clock.now() } });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    },
  };
}

/**
 * Holds the update's keys (its chat and its sender, as sequentialize) while the rest of the bot
 * handles it, and skips an update already handled to the end (see HandledUpdates). Updates without
 * either key, and those `skip` names (a menu button's command, run inside an update that already
 * holds them), pass straight through.
 */
export function chatLockMiddleware<C extends Context>(lock: ChatLock, skip: (ctx: C) => boolean, handled: HandledUpdates, logger: Logger): Middleware<C> {
  return async (ctx, next) => {
    const keys = skip(ctx) ? [] : updateConstraints(ctx);
    if (keys.length === 0) return next();
    const release = await lock.acquire(keys);
    try {
      const updateId = ctx.update.update_id;
      if (await handled.seen(updateId)) {
        logger.info({ updateId }, "update sent again after another instance had handled it; skipped");
        return;
      }
      await next();
      await handled.record(updateId);
    } finally {
      await release();
    }
  };
}
