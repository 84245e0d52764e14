// Migrations with Prisma's own schema engine compiled to WebAssembly, so that no native
// engine has to be downloaded. The migrations keep Prisma's standard layout
// (prisma/migrations/<timestamp>_<name>/migration.sql + migration_lock.toml) and the
// `_prisma_migrations` table, so the official CLI works on the same database where it can run.
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
} from "@prisma/schema-engine-wasm";
import * as engineRuntime from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseTarget } from "./database-url.js";
import { hasEveryMigration } from "./migration-status.js";
import { DatabaseNotWritableError, assertSqliteWritable, explainSqliteFailure, isNotWritable } from "./writable.js";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

let runtimeReady: Promise<void> | undefined;

/** The slice of the WebAssembly global we use (Node has it; @types/node does not declare it). */
interface WasmGlobal {
  compile(bytes: Uint8Array): Promise<unknown>;
  instantiate(module: unknown, imports: Record<string, unknown>): Promise<{ exports: Record<string, unknown> }>;
}
const wasmGlobal = (globalThis as unknown as { WebAssembly: WasmGlobal }).WebAssembly;

/** Whether this process has loaded the WebAssembly engine (it then stays in memory). */
export function isEngineLoaded(): boolean {
  return runtimeReady !== undefined;
}

/** wasm-bindgen keeps one instance per process; instantiating twice breaks it. */
function loadRuntime(): Promise<void> {
  runtimeReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/\.js$/, ".wasm");
    const module = await wasmGlobal.compile(await readFile(wasmPath));
    const instance = await wasmGlobal.instantiate(module, { "./schema_engine_bg.js": engineRuntime });
    engineRuntime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return runtimeReady;
}

/** pg's result shape, as much of it as the patch below touches (an array for a multi-statement script). */
type PgResult = { fields: { dataTypeID: number }[] } | { fields: { dataTypeID: number }[] }[];
type PerformIO = (query: unknown) => Promise<PgResult>;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Two fixes for the schema engine over @prisma/adapter-pg (7.10). A migration script must arrive
 * whole: splitting it on ";" breaks dollar quoting. And the engine's introspection reads catalog
 * columns of PostgreSQL's one-byte "char" type (pg_constraint.contype and the like), which the
 * adapter does not map ("Column type 'char' could not be deserialized"); pg hands them over as
 * strings, so they are declared text. Only the migration engine's own connections get this.
 */
class MigrationPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    const queryable = adapter as unknown as { performIO: PerformIO };
    const performIO = queryable.performIO.bind(adapter);
    queryable.performIO = async (query) => {
      const result = await performIO(query);
      for (const part of Array.isArray(result) ? result : [result]) {
        for (const field of part.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      }
      return result;
    };
    return adapter;
  }
}

function adapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  return target.provider === "sqlite"
    ? new PrismaBetterSqlite3({ url: target.url, timeout: 10_000 })
    : new MigrationPg({ connectionString: target.url });
}

export interface MigrationPaths {
  /** The data model (provider sqlite) and the SQLite migrations. */
  schemaPath: string;
  migrationsDir: string;
  /** The PostgreSQL schema generated from the model (scripts/generate-prisma.mjs) and its migrations. */
  postgres: { schemaPath: string; migrationsDir: string };
}

export function defaultMigrationPaths(projectRoot: string): MigrationPaths {
  return {
    schemaPath: path.join(projectRoot, "prisma", "schema.prisma"),
    migrationsDir: path.join(projectRoot, "prisma", "migrations"),
    postgres: {
      schemaPath: path.join(projectRoot, "prisma", "postgres", "schema.prisma"),
      migrationsDir: path.join(projectRoot, "prisma", "postgres", "migrations"),
    },
  };
}

/** The schema file of the target's provider. */
function schemaPathFor(paths: MigrationPaths, target: DatabaseTarget): string {
  return target.provider === "sqlite" ? paths.schemaPath : paths.postgres.schemaPath;
}

async function readSchema(paths: MigrationPaths, target: DatabaseTarget) {
  const schemaPath = schemaPathFor(paths, target);
  return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
}

/** Migrations are kept per provider: prisma/migrations (SQLite) and prisma/postgres/migrations. */
export function migrationsDirFor(paths: MigrationPaths, target: DatabaseTarget): string {
  return target.provider === "sqlite" ? paths.migrationsDir : paths.postgres.migrationsDir;
}

async function readMigrationList(dir: string): Promise<MigrationList> {
  const lockPath = path.join(dir, "migration_lock.toml");
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const migrationDirectories: MigrationDirectory[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name, "migration.sql");
    let content: MigrationDirectory["migrationFile"]["content"];
    try {
      content = { tag: "ok", value: await readFile(file, "utf8") };
    } catch (error) {
      content = { tag: "error", value: String(error) };
    }
    migrationDirectories.push({
      path: entry.name,
      migrationFile: { path: "migration.sql", content },
    });
  }
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function withEngine<T>(
  target: DatabaseTarget,
  schema: { path: string; content: string },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadRuntime();
  // engine.free() does not close the connections the engine opened; an open SQLite handle
  // would keep the file busy for the bot, so we track and dispose them ourselves.
  const factory = adapterFactory(target);
  const opened: SqlDriverAdapter[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const engine = (await engineRuntime.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  )) as SchemaEngine;
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

/** Applies every pending migration; returns the names applied now. */
export async function applyPendingMigrations(target: DatabaseTarget, paths: MigrationPaths): Promise<string[]> {
  if (target.provider === "sqlite" && target.filePath && target.filePath !== ":memory:") {
    try {
      await mkdir(path.dirname(target.filePath), { recursive: true });
    } catch (error) {
      if (isNotWritable(error)) throw new DatabaseNotWritableError(target.filePath, { cause: error });
      throw error;
    }
    // Before the engine opens it: its own error would say only "disk I/O error".
    assertSqliteWritable(target);
  }
  const dir = migrationsDirFor(paths, target);
  // The usual start: nothing pending, so the engine is not even loaded.
  if (await hasEveryMigration(target, dir)) return [];
  const schema = await readSchema(paths, target);
  const migrationsList = await readMigrationList(dir);
  try {
    return await withEngine(target, schema, async (engine) => {
      const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return result.appliedMigrationNames;
    });
  } catch (error) {
    throw explainSqliteFailure(target, error);
  }
}

export interface CreatedMigration {
  directory: string;
  script: string;
}

/**
 * Writes a new migration with the difference between the existing migrations and the schema.
 * Returns null when the schema has no changes.
 *
 * The WebAssembly engine has no built-in shadow database, so we make our own: the existing
 * migrations are applied to a scratch database (a temporary SQLite file, or a PostgreSQL database
 * made for the run, see scratch-postgres.ts), and the engine diffs that database against the
 * schema of the scratch's provider.
 */
export async function createMigration(
  scratch: DatabaseTarget,
  paths: MigrationPaths,
  name: string,
  options: { now?: Date; write?: boolean } = {},
): Promise<CreatedMigration | null> {
  const now = options.now ?? new Date();
  const dir = migrationsDirFor(paths, scratch);
  const schema = await readSchema(paths, scratch);
  const migrationsList = await readMigrationList(dir);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "migration";
  const script = await withEngine(scratch, schema, async (engine) => {
    await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    const diff = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schema.path) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return diff.stdout ?? "";
  });
  if (!script.trim() || /^-- This is an empty migration\.?\s*$/.test(script.trim())) return null;
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const directory = path.join(dir, `${stamp}_${slug}`);
  if (options.write === false) return { directory, script };
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, "migration.sql"), script);
  const lockPath = path.join(dir, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    await writeFile(
      lockPath,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${scratch.provider}"\n`,
    );
  }
  return { directory, script };
}
