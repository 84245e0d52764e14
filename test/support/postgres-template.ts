// The PostgreSQL side of the run's templates (TEST_DATABASE_URL set): one migrated and seeded database
// per run, copied with CREATE DATABASE … TEMPLATE for every test database; all named `<prefix>_…` so
// teardown drops whatever a crashed test left behind. The prefix holds the run's start time and a
// random part: runs at once never share a database, and a run killed before its teardown is cleaned
// up by a later run's setup.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { prepareDatabase } from "../../src/app.js";
import { createScratchDatabase, type ScratchDatabase } from "../../src/db/scratch-postgres.js";
import { createLogger } from "../../src/shared/logger.js";

export interface PostgresTemplate {
  /** Maintenance connection (TEST_DATABASE_URL). */
  server: string;
  /** Every database of this run starts with it. */
  prefix: string;
  /** Migrated and seeded, as prepareDatabase leaves a new database. */
  template: string;
}

/** No test run lasts this long (CI stops at 90 minutes): databases of a run older than this were left by a killed one. */
const STALE_AFTER_MS = 6 * 3_600_000;

/** `fk_r<start, base 36 seconds>x<random>`: sorts by start time, and says it. */
function runPrefix(now = Date.now()): string {
  return `fk_r${Math.floor(now / 1000).toString(36)}x${randomBytes(3).toString("hex")}`;
}

function startOfRun(database: string): number | null {
  const match = /^fk_r([0-9a-z]+)x[0-9a-f]{6}_/.exec(database);
  return match ? parseInt(match[1]!, 36) * 1000 : null;
}

export async function writePostgresTemplate(server: string): Promise<PostgresTemplate> {
  await dropStaleRuns(server);
  const prefix = runPrefix();
  const template = await createScratchDatabase(server, `${prefix}_tpl`);
  const db = await prepareDatabase(template.url, createLogger("silent"));
  await db.$disconnect();
  return { server, prefix, template: template.name };
}

/**
 * A fresh database for one test. Its drop() does not keep the test waiting: a DROP DATABASE takes
 * seconds on a busy server (a copy, well under one), so drops run one after another in the
 * background of this test process, and the run's teardown drops whatever is still there.
 */
export async function copyOfTemplate(pg: PostgresTemplate, template = pg.template): Promise<ScratchDatabase> {
  const scratch = await createScratchDatabase(pg.server, `${pg.prefix}_t`, { template });
  return { ...scratch, drop: () => dropLater(scratch) };
}

/** At most this many databases wait for their drop; past it, drop() waits (disk is finite). */
const MAX_WAITING_DROPS = 20;
let waitingDrops = 0;
let drops: Promise<void> = Promise.resolve();

function dropLater(scratch: ScratchDatabase): Promise<void> {
  waitingDrops += 1;
  // A failed drop is left to the teardown.
  drops = drops.then(() => scratch.drop().catch(() => undefined)).finally(() => (waitingDrops -= 1));
  return waitingDrops > MAX_WAITING_DROPS ? drops : Promise.resolve();
}

export function dropRunDatabases(pg: PostgresTemplate): Promise<void> {
  return dropDatabases(pg.server, (name) => name.startsWith(`${pg.prefix}_`));
}

/** Databases of runs started over STALE_AFTER_MS ago (killed before their teardown). */
function dropStaleRuns(server: string): Promise<void> {
  const before = Date.now() - STALE_AFTER_MS;
  return dropDatabases(server, (name) => (startOfRun(name) ?? Infinity) < before);
}

async function dropDatabases(server: string, which: (name: string) => boolean): Promise<void> {
  const adapter = await new PrismaPg({ connectionString: server, max: 1 }).connect();
  try {
    const { rows } = await adapter.queryRaw({ sql: `SELECT datname FROM pg_database WHERE datname LIKE 'fk\\_r%'`, args: [], argTypes: [] });
    for (const name of rows.map(([n]) => String(n)).filter(which)) {
      await adapter.executeRaw({ sql: `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, args: [], argTypes: [] });
    }
  } finally {
    await adapter.dispose();
  }
}
