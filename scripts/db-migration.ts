// npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// difference between the existing migrations and prisma/schema.prisma. The existing migrations are
// replayed on a scratch SQLite file, which stands in for Prisma's shadow database.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createMigration, defaultMigrationPaths } from "../src/db/schema-engine.js";

const name = process.argv.slice(2).join(" ").trim();
if (!name) {
  console.error("Usage: npm run db:migration -- <nama_migrasi>");
  process.exit(1);
}
const scratchDir = mkdtempSync(path.join(os.tmpdir(), "fk-shadow-"));
try {
  const created = await createMigration(
    parseDatabaseUrl(`file:${path.join(scratchDir, "shadow.db")}`),
    defaultMigrationPaths(process.cwd()),
    name,
  );
  console.log(created ? `Migrasi baru: ${path.relative(process.cwd(), created.directory)}` : "Skema tidak berubah; tidak ada migrasi baru.");
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
}
