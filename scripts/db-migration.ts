// npm run db:migration -- <name> — after a change to the data model (prisma/schema.prisma), writes the
// migration for both databases, with the same timestamp and name:
//   prisma/migrations/<timestamp>_<name>/migration.sql           (SQLite)
//   prisma/postgres/migrations/<timestamp>_<name>/migration.sql  (PostgreSQL)
// and first brings prisma/postgres/schema.prisma up to date with the model. Each is the difference
// between the existing migrations, replayed on a scratch database (Prisma's "shadow"), and the schema:
// a temporary SQLite file, and a fresh database on the PostgreSQL server SHADOW_DATABASE_URL names
// (default postgresql://postgres@127.0.0.1:5432/postgres), created for this run and dropped after.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createMigration, defaultMigrationPaths, type CreatedMigration } from "../src/db/schema-engine.js";
import { createScratchDatabase } from "../src/db/scratch-postgres.js";
import { POSTGRES_SCHEMA, writePostgresSchema } from "./generate-prisma.mjs";

const DEFAULT_SHADOW_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

const name = process.argv.slice(2).join(" ").trim();
if (!name) {
  console.error("Usage: npm run db:migration -- <nama_migrasi>");
  process.exit(1);
}
const root = process.cwd();
const paths = defaultMigrationPaths(root);
const now = new Date();
if (writePostgresSchema(root)) console.log(`${POSTGRES_SCHEMA} diperbarui dari prisma/schema.prisma (jalankan juga npm run db:generate).`);

function report(provider: string, created: CreatedMigration | null) {
  console.log(
    created
      ? `Migrasi baru (${provider}): ${path.relative(root, created.directory)}`
      : `Skema tidak berubah untuk ${provider}; tidak ada migrasi baru.`,
  );
}

const scratchDir = mkdtempSync(path.join(os.tmpdir(), "fk-shadow-"));
try {
  const sqliteShadow = parseDatabaseUrl(`file:${path.join(scratchDir, "shadow.db")}`);
  report("SQLite", await createMigration(sqliteShadow, paths, name, { now }));
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
}

const shadowServer = process.env.SHADOW_DATABASE_URL || DEFAULT_SHADOW_SERVER;
let shadow;
try {
  shadow = await createScratchDatabase(shadowServer, "fk_shadow");
} catch (error) {
  console.error(
    `PostgreSQL untuk basis data bayangan tidak dapat dipakai (${new URL(shadowServer).host}): ${String(error)}\n` +
      "Migrasi PostgreSQL belum dibuat. Atur SHADOW_DATABASE_URL ke server PostgreSQL yang boleh membuat basis data, lalu ulangi.",
  );
  process.exit(1);
}
try {
  report("PostgreSQL", await createMigration(parseDatabaseUrl(shadow.url), paths, name, { now }));
} finally {
  await shadow.drop();
}
