import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { applyPendingMigrations, createMigration, defaultMigrationPaths } from "../src/db/schema-engine.js";
import { openDatabase } from "../src/db/client.js";
import { hasEveryMigration } from "../src/db/migration-status.js";

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

  it("loads the engine only when a migration is pending", () => {
    // In a fresh process each time: the engine, once loaded, stays for the life of the process.
    const url = `file:${path.join(dir, "lazy.db")}`;
    const script = `
      import { parseDatabaseUrl } from "./src/db/database-url.ts";
      import { applyPendingMigrations, defaultMigrationPaths, isEngineLoaded } from "./src/db/schema-engine.ts";
      const applied = await applyPendingMigrations(parseDatabaseUrl(${JSON.stringify(url)}), defaultMigrationPaths(process.cwd()));
      console.log(JSON.stringify({ applied: applied.length, engine: isEngineLoaded() }));`;
    const start = () => {
      const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 60_000 });
      const line = result.stdout.trim().split("\n").pop() ?? "";
      if (!line.startsWith("{")) throw new Error(`child failed: ${result.stderr}`);
      return JSON.parse(line) as { applied: number; engine: boolean };
    };
    expect(start()).toEqual({ applied: readdirSync(path.join(root, "prisma", "migrations")).length - 1, engine: true });
    expect(start()).toEqual({ applied: 0, engine: false });
  }, 120_000);

  it("leaves to the engine a database whose bookkeeping differs from the migrations", async () => {
    const target = parseDatabaseUrl(`file:${path.join(dir, "status.db")}`);
    const paths = defaultMigrationPaths(root);
    expect(await hasEveryMigration(target, paths.migrationsDir)).toBe(false); // no file yet
    await applyPendingMigrations(target, paths);
    expect(await hasEveryMigration(target, paths.migrationsDir)).toBe(true);
    const db = await openDatabase(target);
    try {
      // An edited migration (checksum differs): the engine must see it and say so.
      const [first] = await db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name LIMIT 1',
      );
      const setChecksum = (checksum: string) =>
        db.$executeRawUnsafe('UPDATE "_prisma_migrations" SET checksum = ? WHERE migration_name = ?', checksum, first!.migration_name);
      await setChecksum("edited");
      expect(await hasEveryMigration(target, paths.migrationsDir)).toBe(false);
      await setChecksum(first!.checksum);
      expect(await hasEveryMigration(target, paths.migrationsDir)).toBe(true);
      // A failed migration (started, never finished).
      await db.$executeRawUnsafe(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('x', 'y', '29991231000000_failed', CURRENT_TIMESTAMP, 0)`,
      );
      expect(await hasEveryMigration(target, paths.migrationsDir)).toBe(false);
    } finally {
      await db.$disconnect();
    }
  });
});
