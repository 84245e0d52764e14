// --sql of bench/updates.ts: the SQLite database opened again with better-sqlite3's verbose hook,
// which sees every statement run (slower, so the other figures of such a run differ), counted
// with the commonest shapes.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Database } from "../src/db/client.js";
import { oneAtATime } from "../src/db/one-at-a-time.js";
import { withStatementCache } from "../src/db/statement-cache.js";
import { sqliteTableWrites, trackTableWrites } from "../src/db/table-writes.js";
import { PrismaClient } from "../src/generated/prisma/client.js";

let statements = 0;
let writes = 0;
const shapes = new Map<string, number>();

function onStatement(sql: unknown) {
  // The write tracker's check that no other connection wrote (table-writes.ts) is not a query.
  if (/^PRAGMA data_version/i.test(String(sql))) return;
  statements += 1;
  if (/^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(String(sql))) writes += 1;
  const shape = String(sql).replace(/\s+/g, " ").replace(/`main`\./g, "").slice(0, 140);
  shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
}

export async function openCountingSqlite(url: string): Promise<Database> {
  const writes = sqliteTableWrites();
  const db = new PrismaClient({ adapter: oneAtATime(withStatementCache(new PrismaBetterSqlite3({ url, timeout: 10_000, verbose: onStatement }), writes)) });
  trackTableWrites(db, writes);
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}

export const sqlCounter = {
  snapshot: () => ({ statements, writes, shapes: new Map(shapes) }),
  since(before: { statements: number; writes: number; shapes: Map<string, number> }) {
    const delta = [...shapes].map(([shape, n]) => [shape, n - (before.shapes.get(shape) ?? 0)] as const).filter(([, n]) => n > 0);
    return {
      statements: statements - before.statements,
      writes: writes - before.writes,
      commonest: delta.sort((a, b) => b[1] - a[1]).slice(0, 25),
    };
  },
};
