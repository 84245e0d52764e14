import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { DatabaseNotWritableError, assertSqliteWritable, explainSqliteFailure } from "../src/db/writable.js";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
const isRoot = process.getuid?.() === 0;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-dbstart-"));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

function expectExplains(message: string, filePath: string) {
  expect(message).toContain(`Basis data tidak dapat ditulis: ${filePath}`);
  expect(message).toContain(path.dirname(filePath));
  expect(message).toContain("chmod/chown");
  expect(message).toContain("DATABASE_URL");
  expect(message).not.toMatch(/disk I\/O error|External error/);
}

/**
 * Start-up's database steps (migrations, then opening) in a separate process. As root, chmod does
 * not stop writes, so the child runs without the capabilities that override file permissions
 * (util-linux setpriv); it stays root, so it still reads the project wherever it was cloned.
 */
function startDatabaseAs(url: string): { ok: boolean; message: string } {
  const script = `
    import { parseDatabaseUrl } from "./src/db/database-url.ts";
    import { applyPendingMigrations, defaultMigrationPaths } from "./src/db/schema-engine.ts";
    import { openDatabase } from "./src/db/client.ts";
    const target = parseDatabaseUrl(${JSON.stringify(url)});
    try {
      await applyPendingMigrations(target, defaultMigrationPaths(process.cwd()));
      const db = await openDatabase(target);
      await db.$disconnect();
      console.log(JSON.stringify({ ok: true, message: "" }));
    } catch (error) {
      console.log(JSON.stringify({ ok: false, message: String(error?.message ?? error) }));
    }`;
  const node = [process.execPath, "--import", "tsx", "--input-type=module", "-e", script];
  const command = isRoot ? ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--", ...node] : node;
  const result = spawnSync(command[0]!, command.slice(1), { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 60_000 });
  const line = result.stdout.trim().split("\n").pop() ?? "";
  if (!line.startsWith("{")) throw new Error(`child failed: ${result.stderr}`);
  return JSON.parse(line) as { ok: boolean; message: string };
}

describe("database start-up on a place that cannot be written", () => {
  it("names the path and the fix when the data folder is read-only (0555)", () => {
    const dir = tempDir();
    const data = path.join(dir, "data");
    mkdirSync(data);
    chmodSync(data, 0o555);
    const filePath = path.join(data, "forum.db");
    const outcome = startDatabaseAs(`file:${filePath}`);
    expect(outcome.ok).toBe(false);
    expectExplains(outcome.message, filePath);
  }, 60_000);

  it("names the path and the fix when the database file is read-only (0444)", () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const filePath = path.join(dir, "forum.db");
    writeFileSync(filePath, "");
    chmodSync(filePath, 0o444);
    const outcome = startDatabaseAs(`file:${filePath}`);
    expect(outcome.ok).toBe(false);
    expectExplains(outcome.message, filePath);
  }, 60_000);

  it("checks the folder, then the existing file, before any engine opens them", () => {
    const target = parseDatabaseUrl("file:/srv/forum/data/forum.db");
    const eacces = (file: string) => Object.assign(new Error(`EACCES: permission denied, access '${file}'`), { code: "EACCES" });
    const checked: string[] = [];

    // Folder not writable (as in a read-only data/ folder).
    const folderDenied = (file: string) => {
      checked.push(file);
      if (file === "/srv/forum/data") throw eacces(file);
    };
    expect(() => assertSqliteWritable(target, folderDenied, () => false)).toThrow(DatabaseNotWritableError);
    try {
      assertSqliteWritable(target, folderDenied, () => false);
    } catch (error) {
      expectExplains((error as Error).message, "/srv/forum/data/forum.db");
    }

    // File not writable in a writable folder; a read-only mount reports EROFS.
    const fileDenied = (file: string) => {
      if (file.endsWith("forum.db")) throw Object.assign(new Error("EROFS"), { code: "EROFS" });
    };
    expect(() => assertSqliteWritable(target, fileDenied, () => true)).toThrow(/Basis data tidak dapat ditulis: \/srv\/forum\/data\/forum\.db/);
    // A file that does not exist yet is not checked; a writable place passes.
    expect(() => assertSqliteWritable(target, fileDenied, () => false)).not.toThrow();
    expect(() => assertSqliteWritable(target, () => undefined, () => true)).not.toThrow();
    // Other errors are not disguised; PostgreSQL and in-memory databases are not checked.
    expect(() => assertSqliteWritable(target, () => { throw new Error("boom"); }, () => true)).toThrow("boom");
    expect(() => assertSqliteWritable(parseDatabaseUrl("postgresql://localhost/x"), folderDenied)).not.toThrow();
    expect(checked).toContain("/srv/forum/data");
  });

  it("explains SQLite's own write failures and leaves other errors alone", () => {
    const target = parseDatabaseUrl("file:/srv/forum/data/forum.db");
    const explained = explainSqliteFailure(target, new Error("attempt to write a readonly database"));
    expect(explained).toBeInstanceOf(DatabaseNotWritableError);
    expect(explainSqliteFailure(target, new Error("disk I/O error"))).toBeInstanceOf(DatabaseNotWritableError);
    const other = new Error("no such table: Member");
    expect(explainSqliteFailure(target, other)).toBe(other);
  });
});
