// Consistent online backup of a SQLite database: SQLite's backup API copies a snapshot page by page
// while the bot keeps reading and writing (WAL), so the bot need not stop.
import { existsSync, statSync, rmSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import type { DatabaseTarget } from "./database-url.js";

export interface BackupResult {
  path: string;
  bytes: number;
  /** Rows in "Member" in the copy: proof that the copy opens and holds the data. */
  members: number;
}

export class BackupRefused extends Error {}

/** How long the backup waits for a writer's lock before SQLite reports "busy". */
const BUSY_TIMEOUT_MS = 10_000;

export async function backupSqlite(source: DatabaseTarget, destination: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  if (source.provider !== "sqlite" || !source.filePath || source.filePath === ":memory:") {
    throw new BackupRefused(
      "npm run backup hanya untuk SQLite (file:...). Untuk PostgreSQL gunakan pg_dump, mis. " +
        "`pg_dump -Fc -f cadangan.dump \"$DATABASE_URL\"` (see README, Operations: backups).",
    );
  }
  if (!existsSync(source.filePath)) throw new BackupRefused(`Basis data tidak ditemukan / database not found: ${source.filePath}`);
  const target = path.resolve(destination);
  if (target === path.resolve(source.filePath)) throw new BackupRefused("Berkas cadangan tidak boleh sama dengan basis data / the backup file must differ from the database.");
  if (existsSync(target)) {
    if (!options.force) throw new BackupRefused(`Berkas sudah ada / file exists: ${target} (gunakan --force untuk menimpa / use --force to overwrite).`);
    rmSync(target);
  }
  const db = new BetterSqlite3(source.filePath, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return { path: target, bytes: statSync(target).size, members: verifyBackup(target) };
}

/** Opens the copy, checks its integrity and counts members; throws when the copy is damaged. */
export function verifyBackup(file: string): number {
  const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`integrity_check gagal / failed: ${String(check)}`);
    const row = copy.prepare('SELECT count(*) AS n FROM "Member"').get() as { n: number };
    return row.n;
  } finally {
    copy.close();
  }
}
