// npm run db:migrate — applies pending migrations to DATABASE_URL (default: the embedded SQLite file).
import "dotenv/config";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { applyPendingMigrations, defaultMigrationPaths } from "../src/db/schema-engine.js";
import { DEFAULT_DATABASE_URL } from "../src/config/config.js";

const target = parseDatabaseUrl(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
const applied = await applyPendingMigrations(target, defaultMigrationPaths(process.cwd()));
console.log(applied.length ? `Migrasi diterapkan: ${applied.join(", ")}` : "Basis data sudah mutakhir.");
