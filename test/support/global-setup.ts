// Once per test run: migrate and seed one SQLite database (and, with TEST_DATABASE_URL, one PostgreSQL one); tests start from copies of it (the
// harness adds the sample task catalogue once per start time, test/support/bot-harness.ts).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { writeDatabaseTemplate } from "../../tools/sandbox/template-database.js";
import { dropRunDatabases, writePostgresTemplate, type PostgresTemplate } from "./postgres-template.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Migrated and seeded, as prepareDatabase leaves a new database. */
    databaseTemplate: string;
    /** Set when TEST_DATABASE_URL is: test databases are then PostgreSQL copies of this template. */
    postgresTemplate: PostgresTemplate | undefined;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-template-"));
  const databaseTemplate = path.join(dir, "seeded.db");
  await writeDatabaseTemplate(databaseTemplate);
  project.provide("databaseTemplate", databaseTemplate);
  const server = process.env.TEST_DATABASE_URL?.trim();
  const postgres = server ? await writePostgresTemplate(server) : undefined;
  project.provide("postgresTemplate", postgres);
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (postgres) await dropRunDatabases(postgres);
  };
}
