import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "../../src/app.js";
import type { Database } from "../../src/db/client.js";
import { createLogger } from "../../src/shared/logger.js";

export interface TempDatabase {
  db: Database;
  url: string;
  dir: string;
  cleanup(): Promise<void>;
}

/** A real SQLite file in a fresh temp dir, migrated and seeded exactly as at start-up. */
export async function createTempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const db = await prepareDatabase(url, createLogger("silent"));
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
