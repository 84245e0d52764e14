import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import type { DatabaseTarget } from "./database-url.js";
import { assertSqliteWritable, explainSqliteFailure } from "./writable.js";

export type Database = PrismaClient;

/** Waits this long for a lock held by another process before SQLite reports "busy". */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  assertSqliteWritable(target);
  const adapter =
    target.provider === "sqlite"
      ? new PrismaBetterSqlite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS })
      : new PrismaPg({ connectionString: target.url });
  const prisma = new PrismaClient({ adapter });
  if (target.provider === "sqlite") {
    try {
      await configureSqlite(prisma);
    } catch (error) {
      await prisma.$disconnect().catch(() => undefined);
      throw explainSqliteFailure(target, error);
    }
  }
  return prisma;
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
