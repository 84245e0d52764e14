// Prisma's better-sqlite3 adapter prepares every statement afresh (`client.prepare(sql)` on each
// query) and binds it for good (`.bind(args)`, allowed once per statement object). Preparing is a
// good part of a short query's cost, and the bot runs the same few statements on every update
// (the member, the conversation state). Here the adapter's connection keeps its prepared
// statements, the most recently used few hundred, and hands out a light view per call that
// passes the arguments at execution instead of binding them.
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import type { SqliteTableWrites } from "./table-writes.js";

/** Distinct statements kept (Prisma writes `IN (?, ?, …)` with one `?` per value, so shapes vary). */
export const STATEMENT_CACHE_SIZE = 500;

type Statement = BetterSqlite3.Statement<unknown[]>;

/** What the adapter does with a prepared statement: bind once, then run, or read columns and rows. */
function reusable(statement: Statement, ran: (sql: string) => void) {
  const sql = statement.source;
  // A statement's columns are fixed once it is prepared, and better-sqlite3 builds them anew on every
  // call; the adapter asks for them on every query and only reads them.
  let columns: BetterSqlite3.ColumnDefinition[] | undefined;
  /** Runs the statement, then tells the write tracker it ran (only statements that succeeded wrote). */
  const noted = <T>(execute: () => T): T => {
    const result = execute();
    ran(sql);
    return result;
  };
  const bound = (args: unknown[]) => ({
    reader: statement.reader,
    run: () => noted(() => statement.run(args)),
    columns: () => (columns ??= statement.columns()),
    raw: () => ({ all: () => noted(() => statement.raw(true).all(args)) }),
  });
  return {
    reader: statement.reader,
    bind: (args: unknown[]) => bound(args),
    run: (...args: unknown[]) => noted(() => statement.run(...args)),
  };
}

/** Makes `db.prepare` reuse statements (least recently used dropped beyond `size`). */
export function cachePreparedStatements(db: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE, ran: (sql: string) => void = () => undefined): { size(): number } {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement;
  const cache = new Map<string, ReturnType<typeof reusable>>();
  (db as { prepare: unknown }).prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = reusable(prepare(sql), ran);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  return { size: () => cache.size };
}

/**
 * The better-sqlite3 adapter factory, its connections' statements cached. The adapter keeps its
 * connection in a `client` property; if a version of it does not, statements are prepared as before.
 */
export function withStatementCache(factory: SqlDriverAdapterFactory, writes?: SqliteTableWrites, size = STATEMENT_CACHE_SIZE): SqlDriverAdapterFactory {
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    async connect() {
      const adapter = await connect();
      const client = (adapter as { client?: unknown }).client;
      if (client && typeof (client as BetterSqlite3.Database).prepare === "function") {
        const connection = client as BetterSqlite3.Database;
        writes?.connected(connection);
        cachePreparedStatements(connection, size, writes ? (sql) => writes.ran(sql) : undefined);
      }
      return adapter;
    },
  });
}
