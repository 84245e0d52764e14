// Per-update reads kept on SQLite until what they read changes (src/db/table-writes.ts): the
// sender's member record, a chat's reachability, a chat with no open flow. Each is read again after
// a write through the bot's own client (also inside a transaction, and after a rollback) and after a
// commit by another connection to the same file; nothing is kept on PostgreSQL.
import BetterSqlite3 from "better-sqlite3";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { VersionedState, ConversationData } from "@grammyjs/conversations";
import { databaseConversationStorage } from "../src/bot/conversation-storage.js";
import { keptReads, tableWritesOf, writtenTable } from "../src/db/table-writes.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

describe("writtenTable", () => {
  it.each([
    ["INSERT INTO `main`.`Member` (`telegramId`) VALUES (?) RETURNING `id`", "Member"],
    ["INSERT OR IGNORE INTO Member (telegramId) VALUES (?)", "Member"],
    ['UPDATE "Member" SET "role" = ?', "Member"],
    ["update `main`.`Agency` set `name` = ? where `id` = ?", "Agency"],
    ["DELETE FROM `main`.`UnreachableChat` WHERE `chatId` = ?", "UnreachableChat"],
    ["  REPLACE INTO ConversationState VALUES (?, ?)", "ConversationState"],
    ["ROLLBACK", "*"],
    ["ROLLBACK TO savepoint_1", "*"],
    ["DROP TABLE Member", "*"],
    ["WITH x AS (SELECT 1) UPDATE Member SET role = 'admin'", "*"],
    ["SELECT * FROM `main`.`Member` WHERE `telegramId` = ?", null],
    ["BEGIN", null],
    ["COMMIT", null],
    ["PRAGMA data_version", null],
  ])("%s", (sql, table) => {
    expect(writtenTable(sql)).toBe(table);
  });
});

describe("reads kept until their tables change", () => {
  let temp: TempDatabase;
  beforeEach(async () => {
    temp = await createTempDatabase({ provider: "sqlite" });
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  async function someMember() {
    const agency = await temp.db.agency.findFirstOrThrow();
    return temp.db.member.create({
      data: { telegramId: 700_001n, fullName: "Anggota Uji", agencyId: agency.id, position: "Analis", consentAt: new Date(), consentVersion: "t", registeredAt: new Date() },
    });
  }

  function countedRole(reads: { n: number }) {
    const kept = keptReads<bigint, { role: string } | null>(tableWritesOf(temp.db), ["Member", "Agency"], 10);
    return (telegramId: bigint) =>
      kept.get(telegramId, async () => {
        reads.n += 1;
        return temp.db.member.findUnique({ where: { telegramId }, select: { role: true } });
      });
  }

  it("reads once while nothing changes, again after the bot's own write, a transaction and a rollback", async () => {
    await someMember();
    const reads = { n: 0 };
    const role = countedRole(reads);
    expect(await role(700_001n)).toEqual({ role: "member" });
    expect(await role(700_001n)).toEqual({ role: "member" });
    expect(reads.n).toBe(1);
    // A write to a table it does not read from leaves it kept.
    await temp.db.unreachableChat.create({ data: { chatId: 5n, since: new Date(), reason: "uji" } });
    await role(700_001n);
    expect(reads.n).toBe(1);

    await temp.db.member.update({ where: { telegramId: 700_001n }, data: { role: "coordinator" } });
    expect(await role(700_001n)).toEqual({ role: "coordinator" });
    expect(reads.n).toBe(2);

    await temp.db.$transaction(async (tx) => tx.member.update({ where: { telegramId: 700_001n }, data: { role: "admin" } }));
    expect(await role(700_001n)).toEqual({ role: "admin" });
    expect(reads.n).toBe(3);

    // An agency renamed counts too: the member is read with their agency.
    const agency = await temp.db.agency.findFirstOrThrow();
    await temp.db.agency.update({ where: { id: agency.id }, data: { name: `${agency.name} ` } });
    await role(700_001n);
    expect(reads.n).toBe(4);

    await expect(
      temp.db.$transaction(async (tx) => {
        await tx.unreachableChat.create({ data: { chatId: 6n, since: new Date(), reason: "uji" } });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    await role(700_001n);
    expect(reads.n).toBe(5);
  });

  it("reads again after another connection commits to the file", async () => {
    await someMember();
    const reads = { n: 0 };
    const role = countedRole(reads);
    await role(700_001n);
    await role(700_001n);
    expect(reads.n).toBe(1);
    const other = new BetterSqlite3(path.join(temp.dir, "test.db"));
    try {
      other.prepare("UPDATE Member SET role = 'admin' WHERE telegramId = ?").run(700_001n);
    } finally {
      other.close();
    }
    // The tracker asks SQLite at most once a millisecond.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await role(700_001n)).toEqual({ role: "admin" });
    expect(reads.n).toBe(2);
  });

  it("keeps nothing read while a write ran, and keeps values frozen", async () => {
    await someMember();
    const kept = keptReads<bigint, { role: string } | null>(tableWritesOf(temp.db), ["Member"], 10);
    let reads = 0;
    const read = () =>
      kept.get(700_001n, async () => {
        reads += 1;
        const row = await temp.db.member.findUnique({ where: { telegramId: 700_001n }, select: { role: true } });
        if (reads === 1) await temp.db.member.update({ where: { telegramId: 700_001n }, data: { role: "admin" } });
        return row;
      });
    expect(await read()).toEqual({ role: "member" });
    expect(await read()).toEqual({ role: "admin" });
    const value = await read();
    expect(reads).toBe(2);
    expect(Object.isFrozen(value)).toBe(true);
  });

  it("forgets the least recently used beyond its capacity", async () => {
    const kept = keptReads<number, number>(tableWritesOf(temp.db), ["Member"], 2);
    let reads = 0;
    const read = (n: number) => kept.get(n, async () => (reads += 1, n));
    await read(1);
    await read(2);
    await read(1);
    await read(3); // 2 goes
    expect(kept.size()).toBe(2);
    await read(1);
    expect(reads).toBe(3);
    await read(2);
    expect(reads).toBe(4);
  });

  it("knows a chat with no open flow without reading, until a flow is written or another connection commits", async () => {
    const storage = databaseConversationStorage(temp.db);
    const reads = { n: 0 };
    const findUnique = temp.db.conversationState.findUnique.bind(temp.db.conversationState);
    (temp.db.conversationState as { findUnique: unknown }).findUnique = (args: Parameters<typeof findUnique>[0]) => {
      reads.n += 1;
      return findUnique(args);
    };
    expect(await storage.read("conv:1")).toBeUndefined();
    expect(await storage.read("conv:1")).toBeUndefined();
    expect(reads.n).toBe(1);

    const state = { version: ["conv", 0], state: { registration: [] } } as unknown as VersionedState<ConversationData>;
    await storage.write("conv:1", state);
    expect(await storage.read("conv:1")).toEqual(state);
    await storage.delete("conv:1");
    expect(await storage.read("conv:1")).toBeUndefined();
    expect(await storage.read("conv:1")).toBeUndefined();
    const before = reads.n;

    // Another storage on the same database (another bot in this process) writes the key.
    await databaseConversationStorage(temp.db).write("conv:1", state);
    expect(await storage.read("conv:1")).toEqual(state);
    expect(reads.n).toBe(before + 1);

    await storage.delete("conv:1");
    expect(await storage.read("conv:1")).toBeUndefined();
    const other = new BetterSqlite3(path.join(temp.dir, "test.db"));
    try {
      other.prepare("INSERT INTO ConversationState (key, value, version, updatedAt) VALUES (?, ?, 1, ?)").run("conv:1", JSON.stringify(state), Date.now());
    } finally {
      other.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await storage.read("conv:1")).toEqual(state);
  });
});

describe("on PostgreSQL", () => {
  it("keeps nothing (several instances share the database)", async () => {
    expect(tableWritesOf({})).toBeNull();
    const kept = keptReads<number, number>(null, ["Member"], 10);
    let reads = 0;
    await kept.get(1, async () => (reads += 1));
    await kept.get(1, async () => (reads += 1));
    expect(reads).toBe(2);
  });
});
