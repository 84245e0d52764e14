// The PostgreSQL side of the run's templates (TEST_DATABASE_URL set): one migrated and seeded database
// per run, copied with CREATE DATABASE … TEMPLATE for every test database; all named `<prefix>_…` so
// teardown drops whatever a crashed test left behind.
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

export async function writePostgresTemplate(server: string): Promise<PostgresTemplate> {
  const prefix = `fk_r${randomBytes(3).toString("hex")}`;
  const template = await createScratchDatabase(server, `${prefix}_tpl`);
  const db = await prepareDatabase(template.url, createLogger("silent"));
  await db.$disconnect();
  return { server, prefix, template: template.name };
}

export function copyOfTemplate(pg: PostgresTemplate, template = pg.template): Promise<ScratchDatabase> {
  return createScratchDatabase(pg.server, `${pg.prefix}_t`, { template });
}

export async function dropRunDatabases(pg: PostgresTemplate): Promise<void> {
  const adapter = await new PrismaPg({ connectionString: pg.server, max: 1 }).connect();
  try {
    const { rows } = await adapter.queryRaw({
      sql: `SELECT datname FROM pg_database WHERE datname LIKE '${pg.prefix}\\_%'`,
      args: [],
      argTypes: [],
    });
    for (const [name] of rows) {
      await adapter.executeRaw({ sql: `DROP DATABASE IF EXISTS "${String(name)}" WITH (FORCE)`, args: [], argTypes: [] });
    }
  } finally {
    await adapter.dispose();
  }
}
