// Whether a database already has every migration, read from Prisma's `_prisma_migrations` table with
// a plain connection: when it has, start-up need not load the WebAssembly schema engine (~50 MB that
// would stay in memory for the life of the process), and a second process on the same database
// does not run the engine at all.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-url.js";

/** The migrations in `dir` (Prisma's layout), each with the checksum Prisma records: sha256 of the script. */
export async function localMigrations(dir: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (!existsSync(dir)) return result;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const script = await readFile(path.join(dir, entry.name, "migration.sql"));
    result.set(entry.name, createHash("sha256").update(script).digest("hex"));
  }
  return result;
}

interface AppliedRow {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

async function appliedRows(target: DatabaseTarget): Promise<AppliedRow[] | null> {
  // A SQLite file that does not exist yet has nothing applied; opening it here would create it.
  if (target.provider === "sqlite" && (!target.filePath || target.filePath === ":memory:" || !existsSync(target.filePath))) return null;
  const factory =
    target.provider === "sqlite" ? new PrismaBetterSqlite3({ url: target.url, timeout: 10_000 }) : new PrismaPg({ connectionString: target.url, max: 1 });
  const adapter = await factory.connect();
  try {
    const result = await adapter.queryRaw({
      sql:
        'SELECT migration_name, checksum, CASE WHEN finished_at IS NULL THEN 0 ELSE 1 END AS finished, ' +
        'CASE WHEN rolled_back_at IS NULL THEN 0 ELSE 1 END AS rolled_back FROM "_prisma_migrations"',
      args: [],
      argTypes: [],
    });
    return result.rows.map((row) => ({
      name: String(row[0]),
      checksum: String(row[1]),
      finished: Number(row[2]) === 1,
      rolledBack: Number(row[3]) === 1,
    }));
  } catch {
    // No bookkeeping table yet (a new database): the engine creates it.
    return null;
  } finally {
    await adapter.dispose();
  }
}

/**
 * True only when every local migration is recorded as finished with the same checksum, and the table
 * holds nothing else (no failed, rolled-back or unknown migration). Anything else, including an error
 * while looking, is left to the engine, which applies, or explains what is wrong.
 */
export async function hasEveryMigration(target: DatabaseTarget, migrationsDir: string): Promise<boolean> {
  const local = await localMigrations(migrationsDir);
  let rows: AppliedRow[] | null;
  try {
    rows = await appliedRows(target);
  } catch {
    return false;
  }
  if (!rows || rows.length !== local.size) return false;
  return rows.every((row) => row.finished && !row.rolledBack && local.get(row.name) === row.checksum);
}
