// Once per test run: migrate and seed one SQLite database; tests start from copies of it (the
// harness adds the sample task catalogue once per start time, test/support/bot-harness.ts).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { writeDatabaseTemplate } from "../../tools/sandbox/template-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Migrated and seeded, as prepareDatabase leaves a new database. */
    databaseTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-template-"));
  const databaseTemplate = path.join(dir, "seeded.db");
  await writeDatabaseTemplate(databaseTemplate);
  project.provide("databaseTemplate", databaseTemplate);
  return () => rmSync(dir, { recursive: true, force: true });
}
