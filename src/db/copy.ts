// Copies every row of one database into another (SQLite → PostgreSQL, the move README describes):
// ids preserved, parents before children, sequences moved past the copied ids, counts verified.
// Table order and columns come from the target's own catalog (its foreign keys), so no hand list
// drifts from the schema.
import type { Database } from "./client.js";

export const COPY_BATCH_SIZE = 500;
/** Reference rows the bot seeds at start-up; a target holding only these counts as empty. */
const SEEDED_TABLES = new Set(["Agency", "Pokja"]);
/** One snapshot of the source, one transaction on the target: long, by design. */
const TRANSACTION_TIMEOUT_MS = 60 * 60 * 1000;

export class CopyRefused extends Error {}

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

interface ForeignKey {
  table: string;
  column: string;
  parent: string;
}

type Row = Record<string, unknown>;
interface Delegate {
  findMany(args: { orderBy: Record<string, "asc">[]; skip: number; take: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  count(): Promise<number>;
}
type Client = Pick<Database, "$queryRawUnsafe" | "$executeRawUnsafe">;

function delegate(client: unknown, table: string): Delegate {
  return (client as Record<string, Delegate>)[table.charAt(0).toLowerCase() + table.slice(1)]!;
}

async function catalog(target: Client): Promise<{ columns: Map<string, string[]>; keys: Map<string, string[]>; foreignKeys: ForeignKey[] }> {
  const columnRows = await target.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
  );
  const columns = new Map<string, string[]>();
  for (const row of columnRows) columns.set(row.table_name, [...(columns.get(row.table_name) ?? []), row.column_name]);
  const keyRows = await target.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT kcu.table_name, kcu.column_name FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
      WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema() ORDER BY kcu.ordinal_position`,
  );
  const keys = new Map<string, string[]>();
  for (const row of keyRows) keys.set(row.table_name, [...(keys.get(row.table_name) ?? []), row.column_name]);
  const foreignKeys = await target.$queryRawUnsafe<ForeignKey[]>(
    `SELECT cl.relname AS "table", att.attname AS "column", ref.relname AS "parent"
       FROM pg_constraint con
       JOIN pg_class cl ON cl.oid = con.conrelid
       JOIN pg_class ref ON ref.oid = con.confrelid
       JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = ANY (con.conkey)
      WHERE con.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace`,
  );
  return { columns, keys, foreignKeys };
}

/** Parents before children; a table's references to itself are filled in after its rows (see copyTable). */
export function dependencyOrder(tables: string[], foreignKeys: ForeignKey[]): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const remaining = [...tables].sort();
  while (remaining.length > 0) {
    const next = remaining.findIndex((table) =>
      foreignKeys.every((fk) => fk.table !== table || fk.parent === table || placed.has(fk.parent) || !tables.includes(fk.parent)),
    );
    if (next < 0) throw new Error(`circular foreign keys among: ${remaining.join(", ")}`);
    const [table] = remaining.splice(next, 1);
    ordered.push(table!);
    placed.add(table!);
  }
  return ordered;
}

async function copyTable(source: unknown, target: unknown, table: string, key: string[], selfColumns: string[]): Promise<number> {
  const from = delegate(source, table);
  const to = delegate(target, table);
  const orderBy = key.map((column) => ({ [column]: "asc" as const }));
  let copied = 0;
  for (;;) {
    const rows = await from.findMany({ orderBy, skip: copied, take: COPY_BATCH_SIZE });
    if (rows.length === 0) break;
    // A row may point at a later row of its own table (a member reviewed by an admin who registered later).
    const data = rows.map((row) => ({ ...row, ...Object.fromEntries(selfColumns.map((column) => [column, null])) }));
    await to.createMany({ data });
    // Plain SQL, not the model API, which would stamp @updatedAt columns with the time of the copy.
    const where = key.map((column, i) => `"${column}" = $${i + 2}`).join(" AND ");
    for (const row of rows) {
      for (const column of selfColumns.filter((c) => row[c] !== null)) {
        await (target as Client).$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = $1 WHERE ${where}`, row[column], ...key.map((c) => row[c]));
      }
    }
    copied += rows.length;
  }
  return copied;
}

/**
 * Copies `source` into `target` (already migrated). The target must be empty apart from seeded
 * reference rows, or `replace` empties it first. Everything happens in one transaction on each side:
 * the source is read from one snapshot (SQLite WAL lets the bot keep writing meanwhile), and a
 * failed copy leaves the target as it was.
 */
export async function copyDatabase(source: Database, target: Database, options: { replace?: boolean } = {}): Promise<TableCount[]> {
  const { columns, keys, foreignKeys } = await catalog(target);
  const tables = dependencyOrder([...columns.keys()], foreignKeys);
  for (const table of tables) {
    if (SEEDED_TABLES.has(table) || options.replace) continue;
    const rows = await delegate(target, table).count();
    if (rows > 0) {
      throw new CopyRefused(
        `Basis data tujuan sudah berisi data (${table}: ${rows} baris). Gunakan basis data kosong atau --replace untuk mengosongkannya. ` +
          `/ The target already holds data (${table}: ${rows} rows); use an empty database or --replace.`,
      );
    }
  }
  const counts: TableCount[] = [];
  await source.$transaction(
    async (from) => {
      await target.$transaction(
        async (to) => {
          await to.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")} RESTART IDENTITY CASCADE`);
          for (const table of tables) {
            const self = foreignKeys.filter((fk) => fk.table === table && fk.parent === table).map((fk) => fk.column);
            const copied = await copyTable(from, to, table, keys.get(table) ?? columns.get(table)!, self);
            counts.push({ table, source: copied, target: 0 });
            if (columns.get(table)!.includes("id") && keys.get(table)?.join() === "id") {
              // New rows must get ids after the copied ones.
              await to.$queryRawUnsafe(
                `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE(MAX("id"), 0) + 1, false) FROM "${table}"`,
              );
            }
          }
        },
        { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
      );
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
  for (const count of counts) count.target = await delegate(target, count.table).count();
  const mismatched = counts.filter((count) => count.source !== count.target);
  if (mismatched.length > 0) throw new Error(`row counts differ after the copy: ${mismatched.map((c) => `${c.table} ${c.source}≠${c.target}`).join(", ")}`);
  return counts;
}
