// SQLite statements are prepared once and reused (src/db/statement-cache.ts): the same query with
// other arguments, reads and writes, transactions and their rollback, big integers and raw SQL
// give the same answers as statements prepared afresh.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachePreparedStatements } from "../src/db/statement-cache.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

describe("prepared statements reused through Prisma", () => {
  let temp: TempDatabase;
  beforeEach(async () => {
    // The cache is SQLite's (better-sqlite3); PostgreSQL's driver prepares its own.
    temp = await createTempDatabase({ provider: "sqlite" });
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it("answers the same query with other arguments, and sees its own writes", async () => {
    const { db } = temp;
    const agencies = await db.agency.findMany({ orderBy: { id: "asc" }, take: 3 });
    for (const agency of agencies) {
      expect((await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).code).toBe(agency.code);
    }
    await db.agency.update({ where: { id: agencies[0]!.id }, data: { name: "Dinas Uji Ulang" } });
    expect((await db.agency.findUniqueOrThrow({ where: { id: agencies[0]!.id } })).name).toBe("Dinas Uji Ulang");
    expect(await db.agency.findUnique({ where: { id: -1 } })).toBeNull();
  });

  it("keeps big integers exact and rolls back a failed transaction", async () => {
    const { db } = temp;
    const agency = await db.agency.findFirstOrThrow();
    const member = (telegramId: bigint) => ({
      telegramId,
      fullName: "Anggota Uji",
      agencyId: agency.id,
      position: "Pranata Komputer",
      consentAt: new Date(),
      consentVersion: "test",
      registeredAt: new Date(),
    });
    const big = 9_007_199_254_740_993n; // above 2^53
    await db.member.create({ data: member(big) });
    expect((await db.member.findUniqueOrThrow({ where: { telegramId: big } })).telegramId).toBe(big);
    await expect(
      db.$transaction(async (tx) => {
        await tx.member.create({ data: member(big + 1n) });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    expect(await db.member.findUnique({ where: { telegramId: big + 1n } })).toBeNull();
    await db.$transaction(async (tx) => tx.member.create({ data: member(big + 2n) }));
    expect(await db.member.count({ where: { telegramId: { gte: big } } })).toBe(2);
    const raw = await db.$queryRawUnsafe<{ n: bigint }[]>("SELECT COUNT(*) AS n FROM Member WHERE telegramId >= ?", big);
    expect(Number(raw[0]!.n)).toBe(2);
  });
});

describe("cachePreparedStatements", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "fk-statement-cache-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("prepares each statement once and drops the least recently used beyond its size", () => {
    const db = new Database(path.join(dir, "cache.db"));
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    (db as { prepare: unknown }).prepare = (sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    };
    const cache = cachePreparedStatements(db, 2);
    db.prepare("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)").run();
    const insert = "INSERT INTO t (name) VALUES (?)";
    const select = "SELECT name FROM t WHERE id = ?";
    for (const name of ["a", "b", "c"]) db.prepare(insert).bind([name]).run();
    const read = (id: number) => (db.prepare(select) as unknown as { bind(a: unknown[]): { raw(): { all(): unknown[][] } } }).bind([id]).raw().all();
    expect(read(1)).toEqual([["a"]]);
    expect(read(3)).toEqual([["c"]]);
    expect(prepared.filter((sql) => sql === insert)).toHaveLength(1);
    expect(prepared.filter((sql) => sql === select)).toHaveLength(1);
    expect(cache.size()).toBe(2);
    // The CREATE was dropped (least recently used); the INSERT and SELECT stay prepared.
    db.prepare(insert).bind(["d"]).run();
    expect(prepared.filter((sql) => sql === insert)).toHaveLength(1);
    db.close();
  });
});
