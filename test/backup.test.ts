import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { BackupRefused, backupSqlite } from "../src/db/backup.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

let temp: TempDatabase | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

async function addMember(db: TempDatabase["db"], telegramId: bigint, fullName: string) {
  const agency = await db.agency.findFirstOrThrow();
  const at = new Date("2026-03-01T02:00:00Z");
  return db.member.create({
    data: { telegramId, fullName, agencyId: agency.id, position: "Pranata Komputer", consentAt: at, consentVersion: "1", registeredAt: at },
  });
}

describe("npm run backup (SQLite online backup)", () => {
  it("copies the committed rows while another connection holds an open write transaction", async () => {
    temp = await createTempDatabase({ provider: "sqlite" }); // SQLite whatever TEST_DATABASE_URL says: backup is for SQLite only
    await addMember(temp.db, 5001n, "Budi Santoso");
    await addMember(temp.db, 5002n, "Siti Aminah");
    const source = parseDatabaseUrl(temp.url);

    // Another process mid-write: its uncommitted row must not appear, and the backup must not wait for it.
    const writer = new BetterSqlite3(source.filePath!);
    writer.exec("BEGIN IMMEDIATE");
    writer.prepare('UPDATE "Member" SET "fullName" = ? WHERE "telegramId" = ?').run("Belum tersimpan", 5001);
    const file = path.join(temp.dir, "cadangan.db");
    try {
      const result = await backupSqlite(source, file);
      expect(result.members).toBe(2);
      expect(result.bytes).toBeGreaterThan(0);
    } finally {
      writer.exec("ROLLBACK");
      writer.close();
    }

    const copy = new BetterSqlite3(file, { readonly: true });
    try {
      const rows = copy.prepare('SELECT "telegramId", "fullName" FROM "Member" ORDER BY "telegramId"').all();
      expect(rows).toEqual([
        { telegramId: 5001, fullName: "Budi Santoso" },
        { telegramId: 5002, fullName: "Siti Aminah" },
      ]);
      const agencies = copy.prepare('SELECT count(*) AS n FROM "Agency"').get() as { n: number };
      expect(agencies.n).toBe(await temp.db.agency.count());
    } finally {
      copy.close();
    }
  });

  it("refuses to overwrite an existing file unless forced", async () => {
    temp = await createTempDatabase({ provider: "sqlite" }); // SQLite whatever TEST_DATABASE_URL says: backup is for SQLite only
    const source = parseDatabaseUrl(temp.url);
    const file = path.join(temp.dir, "ada.db");
    writeFileSync(file, "lama");
    await expect(backupSqlite(source, file)).rejects.toThrow(/--force/);
    const result = await backupSqlite(source, file, { force: true });
    expect(result.path).toBe(file);
    expect(existsSync(file)).toBe(true);
  });

  it("refuses a PostgreSQL URL and points to pg_dump", async () => {
    const source = parseDatabaseUrl("postgresql://postgres@127.0.0.1:5432/fk");
    await expect(backupSqlite(source, "/tmp/x.db")).rejects.toThrow(BackupRefused);
    await expect(backupSqlite(source, "/tmp/x.db")).rejects.toThrow(/pg_dump/);
  });
});
