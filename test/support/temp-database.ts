import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { prepareDatabase } from "../../src/app.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { parseDatabaseUrl } from "../../src/db/database-url.js";
import { createLogger } from "../../src/shared/logger.js";
import { openTemplateCopy } from "../../tools/sandbox/template-database.js";
import { copyOfTemplate } from "./postgres-template.js";

export interface TempDatabase {
  db: Database;
  url: string;
  dir: string;
  cleanup(): Promise<void>;
}

/**
 * A real SQLite file in a fresh temp dir, migrated and seeded exactly as at start-up: a copy of the
 * run's template (test/support/global-setup.ts), or prepared from scratch without one. With
 * TEST_DATABASE_URL set: a fresh PostgreSQL database copied from the run's PostgreSQL template,
 * unless the test asks for SQLite (what it tests exists only there, e.g. the online backup).
 */
export async function createTempDatabase(options: { provider?: "sqlite" } = {}): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-test-"));
  const postgres = options.provider === "sqlite" ? undefined : inject("postgresTemplate");
  if (postgres) {
    const scratch = await copyOfTemplate(postgres);
    const db = await openDatabase(parseDatabaseUrl(scratch.url));
    return {
      db,
      url: scratch.url,
      dir,
      async cleanup() {
        await db.$disconnect();
        await scratch.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = `file:${path.join(dir, "test.db")}`;
  const template = inject("databaseTemplate");
  const copy = template ? await openTemplateCopy(template, url) : null;
  const db = copy ?? (await prepareDatabase(url, createLogger("silent")));
  return {
    db,
    url,
    dir,
    async cleanup() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
