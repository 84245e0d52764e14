import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Database } from "../db/client.js";
import type { Logger } from "../shared/logger.js";
import { tableWritesOf, type Stamp, type TableWrites } from "../db/table-writes.js";

/** Versions remembered per key at most (oldest forgotten first: a forgotten key is written unchecked). */
const REMEMBERED_VERSIONS = 10_000;

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * Conversation state lives in the database, so a restart (or another process) continues a
 * half-finished registration where the member left it. The plugin's state is plain JSON.
 *
 * Every write raises the row's version and expects the version this process last read or wrote
 * (one process handles one key at a time: sequentialize). Across processes the chat lock
 * (chat-lock.ts) keeps writers apart; should it ever fail (a holder past its lease), the lost race
 * is logged rather than passing unseen. The later write still wins, as it would without the check:
 * its handler has already answered the person. The check costs no extra statement.
 */
export function databaseConversationStorage(db: Database, logger?: Logger) {
  const writes = tableWritesOf(db);
  const absence = absenceOf(db);
  /** Last version read or written per key; null: the row did not exist. */
  const versions = new Map<string, number | null>();
  const remember = (key: string, version: number | null) => {
    versions.delete(key);
    versions.set(key, version);
    if (versions.size > REMEMBERED_VERSIONS) versions.delete(versions.keys().next().value!);
  };

  async function overwrite(key: string, value: string) {
    absence.writing(key);
    const row = await db.conversationState.upsert({ where: { key }, create: { key, value, version: 1 }, update: { value, version: { increment: 1 } } });
    remember(key, row.version);
  }

  return {
    async read(key: string): Promise<VersionedState<ConversationData> | undefined> {
      // Most updates come from chats with no open flow. On SQLite that is known without a read until
      // this process writes the key or another connection commits (table-writes.ts).
      const seen = writes ? absence.known(key, writes) : false;
      if (seen) {
        remember(key, null);
        return undefined;
      }
      const before = writes ? absence.before(writes) : null;
      const row = await db.conversationState.findUnique({ where: { key } });
      remember(key, row?.version ?? null);
      if (!row && writes && before) absence.found(key, before, writes);
      return row ? (JSON.parse(row.value) as VersionedState<ConversationData>) : undefined;
    },
    async write(key: string, state: VersionedState<ConversationData>): Promise<void> {
      absence.writing(key);
      const value = JSON.stringify(state);
      const expected = versions.get(key);
      if (expected === undefined) return overwrite(key, value);
      if (expected === null) {
        try {
          await db.conversationState.create({ data: { key, value, version: 1 } });
          remember(key, 1);
          return;
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      } else {
        const updated = await db.conversationState.updateMany({ where: { key, version: expected }, data: { value, version: expected + 1 } });
        if (updated.count === 1) {
          remember(key, expected + 1);
          return;
        }
      }
      logger?.warn({ key, expectedVersion: expected }, "conversation state changed by another instance meanwhile; the later write wins");
      await overwrite(key, value);
    },
    async delete(key: string): Promise<void> {
      absence.writing(key);
      versions.delete(key);
      await db.conversationState.deleteMany({ where: { key } });
    },
  };
}

/** Keys known to have no state, remembered at most (oldest forgotten first). */
const KEPT_ABSENT_KEYS = 5000;

const absences = new WeakMap<object, ReturnType<typeof keyAbsence>>();

/** One record of absent keys per database, shared by every storage on it in this process. */
function absenceOf(db: Database) {
  let absence = absences.get(db);
  if (!absence) absences.set(db, (absence = keyAbsence()));
  return absence;
}

/**
 * Which keys had no row when last read. Only this module creates rows, and it forgets a key before
 * writing it; rows deleted elsewhere (pruning, erasure) only make a key absent. Whatever another
 * connection commits, or a rollback, ends what is known (the stamp of no table).
 */
function keyAbsence() {
  const absent = new Map<string, Stamp>();
  /** Writes begun by the storages of this database, so a read that overlapped one keeps nothing. */
  let writesBegun = 0;
  return {
    known(key: string, writes: TableWrites): boolean {
      const stamp = absent.get(key);
      if (!stamp) return false;
      if (writes.unchangedSince(stamp, [])) return true;
      absent.delete(key);
      return false;
    },
    before: (writes: TableWrites) => ({ stamp: writes.stamp([]), writesBegun }),
    found(key: string, before: { stamp: Stamp; writesBegun: number }, writes: TableWrites) {
      if (before.writesBegun !== writesBegun || !writes.unchangedSince(before.stamp, [])) return;
      absent.delete(key);
      absent.set(key, before.stamp);
      if (absent.size > KEPT_ABSENT_KEYS) absent.delete(absent.keys().next().value!);
    },
    writing(key: string) {
      writesBegun += 1;
      absent.delete(key);
    },
  };
}
