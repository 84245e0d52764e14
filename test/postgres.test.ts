// PostgreSQL as the second database. The schema checks run always; the rest needs a PostgreSQL
// server: TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test, as .ci/run sets it)
// names one on which each test makes its own database fk_test_<random> and drops it after.
// Without TEST_DATABASE_URL those tests are skipped; with it set and no server answering they fail,
// so a CI run that asks for PostgreSQL cannot pass without it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../src/app.js";
import { openDatabase } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { applyPendingMigrations, createMigration, defaultMigrationPaths } from "../src/db/schema-engine.js";
import { hasEveryMigration } from "../src/db/migration-status.js";
import { createScratchDatabase, postgresReachable, type ScratchDatabase } from "../src/db/scratch-postgres.js";
import { createLogger } from "../src/shared/logger.js";
import { MODEL_SCHEMA, POSTGRES_SCHEMA, postgresSchemaFrom, postgresSchemaStatus, writePostgresSchema } from "../scripts/generate-prisma.mjs";
import { BUDI_UNTIL_SUMMARY, createHarness } from "./support/bot-harness.js";

const root = path.join(import.meta.dirname, "..");
const paths = defaultMigrationPaths(root);
const serverUrl = process.env.TEST_DATABASE_URL?.trim() || "";

describe("the PostgreSQL schema is generated from the one data model", () => {
  it(`${POSTGRES_SCHEMA} is ${MODEL_SCHEMA} with the PostgreSQL provider (npm run db:generate after a model change)`, () => {
    expect(postgresSchemaStatus(root).current).toBe(true);
  });

  it("notices a model change the PostgreSQL schema has not followed", () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), "fk-drift-"));
    try {
      mkdirSync(path.join(copy, "prisma", "postgres"), { recursive: true });
      const model = readFileSync(path.join(root, MODEL_SCHEMA), "utf8");
      writeFileSync(path.join(copy, POSTGRES_SCHEMA), readFileSync(path.join(root, POSTGRES_SCHEMA)));
      writeFileSync(path.join(copy, MODEL_SCHEMA), model.replace("  erasedAt         DateTime?", "  erasedAt         DateTime?\n  nickname         String?"));
      expect(postgresSchemaStatus(copy).current).toBe(false);
      expect(writePostgresSchema(copy)).toBe(true);
      expect(readFileSync(path.join(copy, POSTGRES_SCHEMA), "utf8")).toContain("nickname         String?");
      expect(postgresSchemaStatus(copy).current).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("changes only the provider, the client folder and the attributes marked for PostgreSQL", () => {
    const model = readFileSync(path.join(root, MODEL_SCHEMA), "utf8");
    const derived = postgresSchemaFrom(model);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('"../../src/generated/prisma-postgres"');
    expect(derived).not.toContain('provider = "sqlite"');
    // Every model line survives unchanged.
    const body = (text: string) => text.slice(text.indexOf("/// Agency registry"));
    expect(body(derived)).toBe(body(model));
    const marked = model.replace(/(\n\s*startsAt\s+DateTime)/, "$1 // postgresql: @db.Timestamptz(3)");
    expect(postgresSchemaFrom(marked)).toMatch(/\n\s*startsAt\s+DateTime @db\.Timestamptz\(3\)\n/);
    expect(() => postgresSchemaFrom(model.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/provider "sqlite"/);
  });
});

const reachable = serverUrl ? await postgresReachable(serverUrl) : false;
const skipReason = serverUrl ? "" : " (skipped: set TEST_DATABASE_URL to a PostgreSQL server to run these)";
if (!serverUrl) {
  console.info("PostgreSQL tests skipped: TEST_DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/test).");
}

describe.skipIf(!serverUrl)(`the bot on PostgreSQL${skipReason}`, () => {
  const scratches: ScratchDatabase[] = [];
  async function freshDatabase(): Promise<ScratchDatabase> {
    if (!reachable) throw new Error(`TEST_DATABASE_URL is set, but no PostgreSQL answers at ${new URL(serverUrl).host}`);
    const scratch = await createScratchDatabase(serverUrl, "fk_test");
    scratches.push(scratch);
    return scratch;
  }
  afterAll(async () => {
    for (const scratch of scratches.splice(0)) await scratch.drop();
  });

  it("starts on a fresh database: every migration applied once, reference data seeded, a member stored and read", async () => {
    const scratch = await freshDatabase();
    const target = parseDatabaseUrl(scratch.url);
    const db = await prepareDatabase(scratch.url, createLogger("silent"));
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(await hasEveryMigration(target, paths.postgres.migrationsDir)).toBe(true);
      expect(await applyPendingMigrations(target, paths)).toEqual([]);
      expect(await db.agency.count({ where: { kind: "provinsi" } })).toBe(38);
      expect(await db.pokja.count()).toBeGreaterThan(0);

      const agency = await db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
      const consentAt = new Date("2026-11-30T02:00:00.123Z");
      // A group-sized id (beyond 32 bits) and a millisecond timestamp survive the round trip.
      const created = await db.member.create({
        data: {
          telegramId: -1001234567890n,
          fullName: "Budi Santoso",
          agencyId: agency.id,
          position: "Kepala Bidang",
          consentAt,
          consentVersion: "1",
          registeredAt: consentAt,
          searchText: "budi santoso",
        },
      });
      const read = await db.member.findUniqueOrThrow({ where: { telegramId: -1001234567890n }, include: { agency: true } });
      expect(read).toMatchObject({ id: created.id, fullName: "Budi Santoso", status: "pending", consentAt });
      expect(read.agency.code).toBe("35.78");
      await expect(db.member.create({ data: { ...created, id: undefined } })).rejects.toThrow(/Unique constraint/);
    } finally {
      await db.$disconnect();
    }
  });

  it("starts three instances together on one new database: migrated once, seeded once, all running", async () => {
    const scratch = await freshDatabase();
    const dbs = await Promise.all([1, 2, 3].map(() => prepareDatabase(scratch.url, createLogger("silent"))));
    try {
      for (const db of dbs) expect(await db.agency.count({ where: { kind: "provinsi" } })).toBe(38);
      expect(await dbs[0]!.pokja.count()).toBe(3);
      // Every PostgreSQL migration applied, each once (not once per instance).
      const rows = await dbs[0]!.$queryRawUnsafe<{ migration_name: string; n: bigint }[]>(
        'SELECT migration_name, count(*) AS n FROM "_prisma_migrations" GROUP BY migration_name',
      );
      const migrations = readdirSync(paths.postgres.migrationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
      expect(rows).toHaveLength(migrations.length);
      expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
    } finally {
      await Promise.all(dbs.map((db) => db.$disconnect()));
    }
  });

  it("has a PostgreSQL migration for every change in the data model (npm run db:migration -- <name>)", async () => {
    const scratch = await freshDatabase();
    const pending = await createMigration(parseDatabaseUrl(scratch.url), paths, "check", { write: false });
    expect(pending?.script ?? null).toBeNull();
  });

  it("runs the real bot: a registration reaches the database and the admins", async () => {
    const scratch = await freshDatabase();
    const h = await createHarness({ databaseUrl: scratch.url });
    try {
      await h.run(...BUDI_UNTIL_SUMMARY);
      expect(await h.say("press Kirim pendaftaran")).toContain("menunggu persetujuan sekretariat");
      const member = await h.db.member.findUnique({ where: { telegramId: 2001n }, include: { agency: true } });
      expect(member).toMatchObject({ fullName: "Budi Santoso, S.Kom.", status: "pending" });
      expect(member?.agency.code).toBe("35.78");
      expect(h.standIn.lastMessageWithKeyboard(1001)?.text).toContain("Pendaftaran baru menunggu persetujuan");
      expect(await h.db.conversationState.count()).toBe(0);
    } finally {
      await h.dispose();
    }
  });

  it("opens a postgresql:// URL with the PostgreSQL client (not the SQLite one, which refuses adapter-pg)", async () => {
    const scratch = await freshDatabase();
    await applyPendingMigrations(parseDatabaseUrl(scratch.url), paths);
    const db = await openDatabase(parseDatabaseUrl(scratch.url));
    try {
      const [row] = await db.$queryRawUnsafe<{ version: string }[]>("SELECT version() AS version");
      expect(row?.version).toMatch(/^PostgreSQL/);
    } finally {
      await db.$disconnect();
    }
  });
});
