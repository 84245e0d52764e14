import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
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

  it("keeps PostgreSQL's migrations beside SQLite's: one baseline, then every migration for both providers", () => {
    // db:migration writes each change for both providers with the same name; the PostgreSQL
    // folder starts later, with one migration for the whole model as it then was.
    const paths = defaultMigrationPaths(root);
    const names = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    const sqlite = names(paths.migrationsDir);
    const [baseline, ...postgres] = names(paths.postgres.migrationsDir);
    expect(baseline).toMatch(/^\d{14}_init$/);
    expect(sqlite.filter((name) => name > baseline!)).toEqual(postgres);
    const provider = (dir: string) => /provider = "(\w+)"/.exec(readFileSync(path.join(dir, "migration_lock.toml"), "utf8"))?.[1];
    expect(provider(paths.migrationsDir)).toBe("sqlite");
    expect(provider(paths.postgres.migrationsDir)).toBe("postgresql");
  });
});
