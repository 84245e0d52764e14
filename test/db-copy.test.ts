// npm run db:copy: a SQLite installation filled through the real services, copied to a fresh
// PostgreSQL database. Needs TEST_DATABASE_URL (as test/postgres.test.ts); skipped without it.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/client.js";
import { CopyRefused, copyDatabase } from "../src/db/copy.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { applyPendingMigrations, defaultMigrationPaths } from "../src/db/schema-engine.js";
import { createScratchDatabase, postgresReachable, type ScratchDatabase } from "../src/db/scratch-postgres.js";
import { createHarness, kebijakanPokja, recommendationDraft, type Harness } from "./support/bot-harness.js";

const serverUrl = process.env.TEST_DATABASE_URL?.trim() || "";
const reachable = serverUrl ? await postgresReachable(serverUrl) : false;
if (!serverUrl) console.info("db:copy tests skipped: TEST_DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/test).");

const paths = defaultMigrationPaths(path.join(import.meta.dirname, ".."));

describe.skipIf(!serverUrl)(`npm run db:copy from SQLite to PostgreSQL${serverUrl ? "" : " (skipped: set TEST_DATABASE_URL)"}`, () => {
  let h: Harness | undefined;
  let dir: string | undefined;
  let scratch: ScratchDatabase | undefined;
  let target: Database | undefined;
  afterEach(async () => {
    await target?.$disconnect();
    await scratch?.drop();
    await h?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
    h = target = scratch = dir = undefined;
  });

  async function filledSqlite(): Promise<Harness> {
    dir = mkdtempSync(path.join(os.tmpdir(), "fk-copy-"));
    h = await createHarness({ databaseUrl: `file:${path.join(dir, "bot.db")}` });
    const { budi, siti, andi } = await kebijakanPokja(h);
    const { meetings, recommendations, broadcasts } = h.created.services;
    await meetings.create({
      pokjaId: 1, title: "Rapat koordinasi SPBE", agenda: "Evaluasi", startsAt: new Date("2026-12-03T02:00:00Z"), durationMinutes: 60,
      timezone: "Asia/Jakarta", place: "Ruang Rapat Lt. 3", onlineUrl: null, reminderOffsets: [60, 1440], createdById: budi.id, createdByName: "Budi Santoso",
    });
    await recommendations.submit(recommendationDraft(siti.id));
    await broadcasts.create({
      sender: { memberId: budi.id, telegramId: 2001n }, senderChatId: 2001n,
      audience: { kind: "pokja", pokjaIds: [1], members: true, groups: false }, audienceLabel: "Anggota Pokja Kebijakan",
      payload: { kind: "text", text: "Bahan rapat terlampir." }, mandatory: true, scheduledAt: null,
    });
    await h.created.dispatcher.drain();
    // A row pointing at a later row of its own table: Budi reviewed by Andi, who registered after him.
    await h.db.member.update({ where: { id: budi.id }, data: { reviewedById: andi.id } });
    return h;
  }

  async function freshTarget(): Promise<Database> {
    if (!reachable) throw new Error(`TEST_DATABASE_URL is set, but no PostgreSQL answers at ${new URL(serverUrl).host}`);
    scratch = await createScratchDatabase(serverUrl, "fk_copy");
    await applyPendingMigrations(parseDatabaseUrl(scratch.url), paths);
    target = await openDatabase(parseDatabaseUrl(scratch.url));
    return target;
  }

  it("copies every table with ids, BigInt chat ids, dates, booleans and JSON kept; new rows get the next id", async () => {
    const source = (await filledSqlite()).db;
    const to = await freshTarget();
    const counts = await copyDatabase(source, to);

    const byTable = new Map(counts.map((c) => [c.table, c]));
    for (const table of ["Agency", "Pokja", "Member", "PokjaMembership", "PokjaCoordinator", "Meeting", "MeetingInvite", "MeetingReminder", "Recommendation", "Broadcast", "Delivery", "AuditLog"]) {
      const key = table.charAt(0).toLowerCase() + table.slice(1);
      const sourceCount = await (source as unknown as Record<string, { count(): Promise<number> }>)[key]!.count();
      expect(byTable.get(table), table).toEqual({ table, source: sourceCount, target: sourceCount });
      expect(sourceCount, `${table} has rows to copy`).toBeGreaterThan(0);
    }
    // Parents before children.
    const order = counts.map((c) => c.table);
    expect(order.indexOf("Agency")).toBeLessThan(order.indexOf("Member"));
    expect(order.indexOf("Broadcast")).toBeLessThan(order.indexOf("Delivery"));

    expect(await to.member.findMany({ orderBy: { id: "asc" } })).toEqual(await source.member.findMany({ orderBy: { id: "asc" } }));
    expect(await to.meeting.findMany({ orderBy: { id: "asc" } })).toEqual(await source.meeting.findMany({ orderBy: { id: "asc" } }));
    expect(await to.recommendation.findMany({ orderBy: { id: "asc" } })).toEqual(await source.recommendation.findMany({ orderBy: { id: "asc" } }));
    const deliveries = await to.delivery.findMany({ orderBy: { id: "asc" } });
    expect(deliveries).toEqual(await source.delivery.findMany({ orderBy: { id: "asc" } }));
    expect(typeof deliveries[0]!.chatId).toBe("bigint");
    const budi = await to.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    expect(budi.reviewedById).toBe((await to.member.findUniqueOrThrow({ where: { telegramId: 2003n } })).id);
    const broadcast = await to.broadcast.findFirstOrThrow();
    expect(broadcast).toEqual(await source.broadcast.findFirstOrThrow());
    expect(broadcast.mandatory).toBe(true);
    expect(JSON.parse(broadcast.payload)).toMatchObject({ kind: "text", text: "Bahan rapat terlampir." });

    // Sequences moved past the copied ids.
    const lastMember = await source.member.findFirstOrThrow({ orderBy: { id: "desc" } });
    const { id: _id, ...fields } = lastMember;
    const added = await to.member.create({ data: { ...fields, telegramId: 9999n, searchText: "baru" } });
    expect(added.id).toBe(lastMember.id + 1);
    const lastAudit = await source.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    const audit = await to.auditLog.create({ data: { action: "test", actorTelegramId: 1n, createdAt: new Date() } });
    expect(audit.id).toBe(lastAudit.id + 1);
  });

  it("refuses a target that already holds members, and --replace empties it first", async () => {
    const source = (await filledSqlite()).db;
    const to = await freshTarget();
    await copyDatabase(source, to);
    await expect(copyDatabase(source, to)).rejects.toThrow(CopyRefused);
    const counts = await copyDatabase(source, to, { replace: true });
    expect(counts.find((c) => c.table === "Member")).toEqual({ table: "Member", source: 3, target: 3 });
  });
});
