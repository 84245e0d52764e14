// One bot process per SQLite file. Several processes could share the file (WAL, busy timeout), but
// the per-chat lock and the job claims that make several instances safe are meant for PostgreSQL;
// on SQLite a second bot would only compete for the one writer. So the bot holds an operating-system
// lock for as long as it runs: a side file `<database>.instance-lock`, opened by SQLite in exclusive
// locking mode and written once, which keeps SQLite's file lock until the connection closes. The
// operating system drops it when the process ends, however it ends (SIGKILL included): no stale pid
// file to clean up. Other tools (npm run backup, db:copy, the tests' own connections) never take it.
import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { DatabaseTarget } from "./database-url.js";
import { explainSqliteFailure, isNotWritable, DatabaseNotWritableError } from "./writable.js";

export const INSTANCE_LOCK_SUFFIX = ".instance-lock";

/** Another bot process runs on this SQLite file. */
export class InstanceLockError extends Error {
  constructor(
    readonly filePath: string,
    readonly lockFile: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Basis data SQLite ${filePath} sudah dipakai oleh proses bot lain (kunci: ${lockFile}). ` +
        `Satu berkas SQLite hanya untuk satu proses bot: hentikan proses yang lain lebih dahulu. ` +
        `Untuk menjalankan beberapa instans bot sekaligus, gunakan PostgreSQL (DATABASE_URL=postgresql://...). ` +
        `[Another bot process already uses this SQLite database; one process per SQLite file, use PostgreSQL for several instances.]`,
      options,
    );
    this.name = "InstanceLockError";
  }
}

export interface InstanceLock {
  file: string;
  release(): void;
}

/**
 * Takes the SQLite file's instance lock, or throws InstanceLockError at once when another process
 * (or another app in this process) holds it. Nothing to take for PostgreSQL or an in-memory database.
 */
export function lockSqliteInstance(target: DatabaseTarget): InstanceLock | undefined {
  if (target.provider !== "sqlite" || !target.filePath || target.filePath === ":memory:") return undefined;
  const filePath = target.filePath;
  const file = filePath + INSTANCE_LOCK_SUFFIX;
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
  } catch (error) {
    if (isNotWritable(error)) throw new DatabaseNotWritableError(filePath, { cause: error });
    throw error;
  }
  let connection: BetterSqlite3.Database;
  try {
    // timeout 0: a held lock answers SQLITE_BUSY at once instead of after a wait.
    connection = new BetterSqlite3(file, { timeout: 0 });
  } catch (error) {
    throw explainSqliteFailure(target, error);
  }
  try {
    connection.pragma("locking_mode = EXCLUSIVE");
    // No journal file beside it: nothing to roll back after a crash.
    connection.pragma("journal_mode = MEMORY");
    // The first write takes SQLite's exclusive lock, kept (locking_mode) until the connection closes.
    connection.exec("CREATE TABLE IF NOT EXISTS holder (pid INTEGER, startedAt TEXT)");
    connection.exec("DELETE FROM holder");
    connection.prepare("INSERT INTO holder (pid, startedAt) VALUES (?, ?)").run(process.pid, new Date().toISOString());
  } catch (error) {
    connection.close();
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) throw new InstanceLockError(filePath, file, { cause: error });
    if (typeof code === "string" && code.startsWith("SQLITE_LOCKED")) throw new InstanceLockError(filePath, file, { cause: error });
    throw explainSqliteFailure(target, error);
  }
  let released = false;
  return {
    file,
    release() {
      if (released) return;
      released = true;
      connection.close();
    },
  };
}
