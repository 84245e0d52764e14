// A database migrated and seeded once, copied for every sandbox or test that needs a fresh one:
// migrating and seeding take about a second each time, a file copy a few milliseconds.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, prepareDatabase } from "../../src/app.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { parseDatabaseUrl } from "../../src/db/database-url.js";
import { defaultMigrationPaths, migrationsDirFor } from "../../src/db/schema-engine.js";
import { ManualClock } from "../../src/shared/clock.js";
import { createLogger } from "../../src/shared/logger.js";
import { loadSampleTasks } from "../../src/spbe-tasks/sample-catalogue.js";

export interface TemplateOptions {
  /** Start from this template instead of migrating and seeding again. */
  base?: string;
  /** Also load the sample SPBE task catalogue, stamped at this instant (as the sandbox does at its start). */
  sampleTasksAt?: Date;
}

/** Writes a migrated and seeded SQLite database to `file` (replacing it), as prepareDatabase leaves it. */
export async function writeDatabaseTemplate(file: string, options: TemplateOptions = {}): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  const db =
    (options.base ? await openTemplateCopy(options.base, `file:${file}`) : null) ??
    (await prepareDatabase(`file:${file}`, createLogger("silent")));
  try {
    if (options.sampleTasksAt) await loadSampleTasks(db, new ManualClock(options.sampleTasksAt), PROJECT_ROOT);
    // One self-contained file: everything checkpointed out of the write-ahead log.
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.$queryRawUnsafe("PRAGMA journal_mode = DELETE");
  } finally {
    await db.$disconnect();
  }
}

/**
 * Opens `databaseUrl` as a copy of the template when that SQLite file does not exist yet and the
 * template has exactly the project's migrations (same names, same checksums). Returns null when it
 * cannot (another database, an existing file, a stale template): the caller then prepares the
 * database the usual way, which also brings a stale copy up to date.
 */
export async function openTemplateCopy(templateFile: string, databaseUrl: string): Promise<Database | null> {
  const target = parseDatabaseUrl(databaseUrl, PROJECT_ROOT);
  if (target.provider !== "sqlite" || !target.filePath || target.filePath === ":memory:") return null;
  if (existsSync(target.filePath) || !existsSync(templateFile)) return null;
  mkdirSync(path.dirname(target.filePath), { recursive: true });
  copyFileSync(templateFile, target.filePath);
  const db = await openDatabase(target);
  if (await hasCurrentMigrations(db, migrationsDirFor(defaultMigrationPaths(PROJECT_ROOT), target))) return db;
  await db.$disconnect();
  return null;
}

async function hasCurrentMigrations(db: Database, migrationsDir: string): Promise<boolean> {
  const expected = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const sql = readFileSync(path.join(migrationsDir, entry.name, "migration.sql"));
      return `${entry.name}:${createHash("sha256").update(sql).digest("hex")}`;
    })
    .sort();
  let applied: { migration_name: string; checksum: string }[];
  try {
    applied = await db.$queryRawUnsafe(
      "SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
  } catch {
    return false;
  }
  const actual = applied.map((row) => `${row.migration_name}:${row.checksum}`).sort();
  return actual.length === expected.length && actual.every((entry, i) => entry === expected[i]);
}
