// npm run db:copy -- --from file:... --to postgresql://... [--replace] — moves a SQLite installation to
// PostgreSQL: migrates the target, copies every row (ids kept), checks the row counts.
import "dotenv/config";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/db/client.js";
import { CopyRefused, copyDatabase } from "../src/db/copy.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { applyPendingMigrations, defaultMigrationPaths } from "../src/db/schema-engine.js";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, replace: { type: "boolean", default: false } } });
if (!values.from || !values.to) {
  console.error("Pemakaian / usage: npm run db:copy -- --from file:./data/bot.db --to postgresql://user@host:5432/db [--replace]");
  process.exit(2);
}
const source = parseDatabaseUrl(values.from);
const target = parseDatabaseUrl(values.to);
if (source.provider !== "sqlite" || target.provider !== "postgresql") {
  console.error("--from harus file:... (SQLite) dan --to harus postgresql://... / --from must be SQLite, --to PostgreSQL.");
  process.exit(2);
}
const applied = await applyPendingMigrations(target, defaultMigrationPaths(process.cwd()));
if (applied.length) console.log(`Migrasi diterapkan pada tujuan / migrations applied: ${applied.join(", ")}`);
const from = await openDatabase(source);
const to = await openDatabase(target);
try {
  const counts = await copyDatabase(from, to, { replace: values.replace });
  for (const count of counts) console.log(`${count.table.padEnd(26)} ${String(count.target).padStart(8)}`);
  console.log("Salinan selesai, jumlah baris cocok / copy done, row counts match.");
} catch (error) {
  console.error(error instanceof CopyRefused ? error.message : error);
  process.exitCode = 1;
} finally {
  await from.$disconnect();
  await to.$disconnect();
}
