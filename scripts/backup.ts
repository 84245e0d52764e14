// npm run backup -- <file> [--force] [--from file:...] — consistent online backup of the SQLite database.
import "dotenv/config";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL } from "../src/config/config.js";
import { BackupRefused, backupSqlite } from "../src/db/backup.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: "string" }, force: { type: "boolean", default: false } },
});
if (positionals.length !== 1) {
  console.error("Pemakaian / usage: npm run backup -- <berkas-cadangan.db> [--force] [--from file:...]");
  process.exit(2);
}
try {
  const source = parseDatabaseUrl(values.from ?? (process.env.DATABASE_URL || DEFAULT_DATABASE_URL));
  const result = await backupSqlite(source, positionals[0]!, { force: values.force });
  console.log(`Cadangan tersimpan / backup written: ${result.path} (${result.bytes} bytes, ${result.members} anggota/members, integrity ok)`);
} catch (error) {
  console.error(error instanceof BackupRefused ? error.message : error);
  process.exit(1);
}
