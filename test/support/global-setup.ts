// Once per test run: migrate and seed one SQLite database (and one with the sample task catalogue,
// as the sandbox loads it at the harness's usual start); tests start from copies of these files.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { writeDatabaseTemplate } from "../../tools/sandbox/template-database.js";

/** Where the harness's clock starts unless a test says otherwise. */
export const HARNESS_START = new Date("2026-11-30T02:00:00Z");

declare module "vitest" {
  export interface ProvidedContext {
    /** Migrated and seeded, as prepareDatabase leaves a new database. */
    databaseTemplate: string;
    /** The same plus the sample task catalogue loaded at HARNESS_START, as a new sandbox has it. */
    sandboxTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-template-"));
  const databaseTemplate = path.join(dir, "seeded.db");
  const sandboxTemplate = path.join(dir, "sandbox.db");
  await writeDatabaseTemplate(databaseTemplate);
  await writeDatabaseTemplate(sandboxTemplate, { base: databaseTemplate, sampleTasksAt: HARNESS_START });
  project.provide("databaseTemplate", databaseTemplate);
  project.provide("sandboxTemplate", sandboxTemplate);
  return () => rmSync(dir, { recursive: true, force: true });
}
