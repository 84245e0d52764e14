// What the bot reads on every update (the sender's member record, whether the chat was unreachable,
// whether a conversation is open) rarely changes. On SQLite one bot process owns the file
// (instance-lock.ts), so that process can keep such reads and know exactly when they go stale:
//   - its own writes: every statement passes through the adapter's statement cache
//     (statement-cache.ts), which reports the table each INSERT/UPDATE/DELETE touches, and a
//     ROLLBACK (a transaction's reads may have seen its own uncommitted rows);
//   - anyone else's: SQLite's `PRAGMA data_version` changes when another connection (a test's
//     second connection, a maintenance tool) commits to the file.
// PostgreSQL is shared by several instances, so nothing is kept there (no tracker: every read is
// fresh). Rights are still decided on every update; only the rows they are decided on are reused.
import type BetterSqlite3 from "better-sqlite3";

/** A point in the database's write history, as far as some tables are concerned. */
export interface Stamp {
  readonly external: number;
  readonly local: number;
}

export interface TableWrites {
  /** Where the history of these tables stands now. */
  stamp(tables: readonly string[]): Stamp;
  /** Whether nothing was written to these tables (by anyone) since `stamp`. */
  unchangedSince(stamp: Stamp, tables: readonly string[]): boolean;
}

/** The tracker of a SQLite client's connection: told of each statement, asked for stamps. */
export interface SqliteTableWrites extends TableWrites {
  /** The client (re)connected: this connection's statements are the ones told of from now on. */
  connected(connection: BetterSqlite3.Database): void;
  /** Called with each statement's SQL when it has run. */
  ran(sql: string): void;
}

const WRITE = /^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:[`"[]?main[`"\]]?\s*\.\s*)?[`"[]?(\w+)/i;
const ROLLBACK = /^\s*ROLLBACK\b/i;

/** The table a statement writes, "*" for one that may undo writes, null for a read. */
export function writtenTable(sql: string): string | null {
  if (ROLLBACK.test(sql)) return "*";
  const match = WRITE.exec(sql);
  if (match) return match[1]!;
  // Anything else that changes data or schema (a migration's script, a raw DROP) counts as everything.
  return /^\s*(?:CREATE|DROP|ALTER|WITH)\b/i.test(sql) ? "*" : null;
}

export function sqliteTableWrites(): SqliteTableWrites {
  const counts = new Map<string, number>();
  let everything = 0;
  const tableOf = new Map<string, string | null>();
  let versionOf: BetterSqlite3.Statement<[], number> | null = null;
  // Asking SQLite costs tens of microseconds, and an update asks several times: the answer is
  // reused for a millisecond, as if the read that follows had started that much earlier.
  let asked = { at: Number.NEGATIVE_INFINITY, version: Number.NaN };
  // Before the first connection nothing can be kept (NaN equals nothing).
  const dataVersion = () => {
    if (!versionOf) return Number.NaN;
    const now = performance.now();
    if (now - asked.at >= 1) asked = { at: now, version: versionOf.get()! };
    return asked.version;
  };
  const local = (tables: readonly string[]) => tables.reduce((sum, table) => sum + (counts.get(table) ?? 0), everything);
  return {
    connected(connection) {
      // Prepared here, on the connection's own prepare (the statement cache replaces it afterwards).
      versionOf = connection.prepare<[], number>("PRAGMA data_version").pluck();
      asked = { at: Number.NEGATIVE_INFINITY, version: Number.NaN };
      // Another connection's data_version counts from elsewhere: nothing read before is kept.
      everything += 1;
    },
    ran(sql) {
      let table = tableOf.get(sql);
      if (table === undefined) {
        table = writtenTable(sql);
        if (tableOf.size >= 2000) tableOf.clear();
        tableOf.set(sql, table);
      }
      if (table === null) return;
      if (table === "*") everything += 1;
      else counts.set(table, (counts.get(table) ?? 0) + 1);
    },
    stamp: (tables) => ({ external: dataVersion(), local: local(tables) }),
    unchangedSince: (stamp, tables) => stamp.local === local(tables) && stamp.external === dataVersion(),
  };
}

const trackers = new WeakMap<object, TableWrites>();

/** Records that `db`'s writes are tracked by `writes` (only SQLite's are). */
export function trackTableWrites(db: object, writes: TableWrites): void {
  trackers.set(db, writes);
}

/** The tracker of `db`'s writes, or null when its reads may not be kept (PostgreSQL). */
export function tableWritesOf(db: object): TableWrites | null {
  return trackers.get(db) ?? null;
}

/**
 * A read kept per key while the tables it comes from are unchanged. Without a tracker (PostgreSQL)
 * every call reads afresh. Values are frozen: they are shared between updates.
 */
export function keptReads<K, V>(writes: TableWrites | null, tables: readonly string[], capacity: number) {
  const kept = new Map<K, { stamp: Stamp; value: V }>();
  return {
    async get(key: K, read: () => Promise<V>): Promise<V> {
      if (!writes) return read();
      const entry = kept.get(key);
      if (entry && writes.unchangedSince(entry.stamp, tables)) {
        // Most recently used last, so the oldest is the first to go.
        kept.delete(key);
        kept.set(key, entry);
        return entry.value;
      }
      const stamp = writes.stamp(tables);
      const value = await read();
      // A write that ran while reading may or may not be in `value`: keep it only if there was none.
      if (writes.unchangedSince(stamp, tables)) {
        kept.delete(key);
        kept.set(key, { stamp, value: deepFreeze(value) });
        if (kept.size > capacity) kept.delete(kept.keys().next().value!);
      } else {
        kept.delete(key);
      }
      return value;
    },
    size: () => kept.size,
  };
}

function deepFreeze<V>(value: V): V {
  if (value === null || typeof value !== "object" || Object.isFrozen(value) || value instanceof Date || ArrayBuffer.isView(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
