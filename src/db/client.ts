import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { oneAtATime } from "./one-at-a-time.js";
import { withStatementCache } from "./statement-cache.js";
import { sqliteTableWrites, trackTableWrites } from "./table-writes.js";
import { PrismaClient } from "../generated/prisma/client.js";
import type { DatabaseTarget } from "./database-url.js";
import { assertSqliteWritable, explainSqliteFailure } from "./writable.js";

/**
 * The database, whichever provider. Typed as the SQLite client (src/generated/prisma), whose model
 * API the PostgreSQL client (src/generated/prisma-postgres, generated from the same model) shares;
 * features written against it run on both. PostgreSQL-only options (`mode: "insensitive"`,
 * `skipDuplicates`) are thus not offered, which keeps the code portable.
 */
export type Database = PrismaClient;

/** Waits this long for a lock held by another process before SQLite reports "busy". */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.provider === "postgresql") return openPostgres(target);
  assertSqliteWritable(target);
  const adapter = new PrismaBetterSqlite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  // Plain statements must not slip into another handler's open transaction (src/db/one-at-a-time.ts).
  // Statements are prepared once and reused (statement-cache.ts), not on every query, and every
  // write is noted so that per-update reads can be kept until they change (table-writes.ts).
  const writes = sqliteTableWrites();
  const prisma = new PrismaClient({ adapter: oneAtATime(withStatementCache(adapter, writes)) });
  trackTableWrites(prisma, writes);
  try {
    await configureSqlite(prisma);
  } catch (error) {
    await prisma.$disconnect().catch(() => undefined);
    throw explainSqliteFailure(target, error);
  }
  return prisma;
}

/**
 * Each generated client accepts only its own provider's adapter ("adapter-pg is not compatible with
 * the provider sqlite"), so PostgreSQL gets its own client, loaded only here: SQLite installations
 * never evaluate it.
 */
async function openPostgres(target: DatabaseTarget): Promise<Database> {
  const { PrismaClient: PostgresClient } = await import("../generated/prisma-postgres/client.js");
  const prisma = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  // Fails here, at start-up, rather than on the first update when the server is unreachable.
  await prisma.$connect();
  // The one boundary between the two generated clients: the same model API, distinct nominal types.
  return prisma as unknown as Database;
}

async function configureSqlite(prisma: PrismaClient): Promise<void> {
  // WAL lets readers work while a writer commits (several processes may share the file).
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  // In WAL mode NORMAL is safe against corruption and a crash of the process; it spares an
  // fsync per commit (the outbox commits often).
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  await prisma.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}
