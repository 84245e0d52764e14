import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { applyPendingMigrations, createMigration, defaultMigrationPaths } from "../src/db/schema-engine.js";
import { openDatabase } from "../src/db/client.js";

const root = path.join(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "fk-migrate-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("migrations with the WebAssembly schema engine", () => {
  it("applies every migration once, in Prisma's own bookkeeping table", async () => {
    const target = parseDatabaseUrl(`file:${path.join(dir, "apply.db")}`);
    const paths = defaultMigrationPaths(root);
    const first = await applyPendingMigrations(target, paths);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((name) => /^\d{14}_[a-z0-9_]+$/.test(name))).toBe(true);
    expect(await applyPendingMigrations(target, paths)).toEqual([]);
    const db = await openDatabase(target);
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(first);
      const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode?.journal_mode).toBe("wal");
    } finally {
      await db.$disconnect();
    }
  });

  it("has a migration for every change in prisma/schema.prisma", async () => {
    // Replays the migrations on a scratch database and diffs it against the schema: a schema
    // change without `npm run db:migration -- <name>` fails here.
    const scratch = parseDatabaseUrl(`file:${path.join(dir, "scratch.db")}`);
    const pending = await createMigration(scratch, defaultMigrationPaths(root), "check", { write: false });
    expect(pending?.script ?? null).toBeNull();
  });
});
