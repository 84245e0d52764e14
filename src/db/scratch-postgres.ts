// Throw-away PostgreSQL databases: the "shadow" on which db:migration replays the migrations, and the
// fresh database each PostgreSQL test run starts from. Made and dropped through the server's
// maintenance connection (the URL given), so no two runs share tables.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";

export interface ScratchDatabase {
  /** Connection string of the new, empty database. */
  url: string;
  name: string;
  /** Drops the database (connections still open to it are ended first). */
  drop(): Promise<void>;
}

/** Runs statements on `serverUrl` outside any transaction (CREATE/DROP DATABASE refuse one). */
async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const adapter = await new PrismaPg({ connectionString: serverUrl, max: 1 }).connect();
  try {
    for (const sql of statements) await adapter.executeRaw({ sql, args: [], argTypes: [] });
  } finally {
    await adapter.dispose();
  }
}

/** The same server and credentials, another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

/**
 * Creates a database named `<prefix>_<random>` on the server `serverUrl` points at: empty, or a
 * copy of `options.template` (a file-level copy, far quicker than migrating and seeding again;
 * nobody may be connected to the template meanwhile).
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
  options: { template?: string } = {},
): Promise<ScratchDatabase> {
  if (!IDENTIFIER.test(prefix)) throw new Error(`invalid database prefix: ${prefix}`);
  if (options.template !== undefined && !IDENTIFIER.test(options.template)) throw new Error(`invalid template: ${options.template}`);
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const template = options.template ? ` TEMPLATE "${options.template}"` : "";
  await onServer(serverUrl, [`CREATE DATABASE "${name}"${template}`]);
  return {
    url: withDatabase(serverUrl, name),
    name,
    drop: () => onServer(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]),
  };
}

/** Whether a PostgreSQL server answers at `serverUrl` (within the driver's connect timeout). */
export async function postgresReachable(serverUrl: string, timeoutMs = 3_000): Promise<boolean> {
  try {
    const adapter = await new PrismaPg({ connectionString: serverUrl, max: 1, connectionTimeoutMillis: timeoutMs }).connect();
    try {
      await adapter.queryRaw({ sql: "SELECT 1", args: [], argTypes: [] });
    } finally {
      await adapter.dispose();
    }
    return true;
  } catch {
    return false;
  }
}
