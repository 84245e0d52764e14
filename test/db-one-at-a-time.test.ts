// SQLite is one connection: a plain write made while another handler's transaction is open must not
// become part of that transaction and vanish with its rollback (src/db/one-at-a-time.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

describe("SQLite statements and transactions one at a time", () => {
  let temp: TempDatabase;
  beforeEach(async () => {
    temp = await createTempDatabase();
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it("keeps a write made while another transaction is open and then rolled back", async () => {
    const { db } = temp;
    const agency = await db.agency.findFirstOrThrow({ orderBy: { id: "asc" } });
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const failing = db.$transaction(async (tx) => {
      await tx.agency.count();
      entered();
      // Give the other write every chance to run while this transaction is open.
      await new Promise((resolve) => setTimeout(resolve, 150));
      throw new Error("rolled back on purpose");
    });
    await inside;
    // Another handler's write, started now (Prisma's promises are lazy: .then sends the query).
    const renamed = db.agency.updateMany({ where: { id: agency.id }, data: { name: "Dinas Uji Tetap" } }).then((r) => r.count);
    await failing.catch(() => undefined);
    expect(await renamed).toBe(1);
    expect((await db.agency.findUniqueOrThrow({ where: { id: agency.id } })).name).toBe("Dinas Uji Tetap");
  });

  it("lets transactions and plain statements interleave without waiting on themselves", async () => {
    const { db } = temp;
    const results = await Promise.all([
      db.$transaction(async (tx) => tx.agency.count()),
      db.agency.count(),
      db.$transaction(async (tx) => {
        const n = await tx.agency.count();
        return n + (await tx.member.count());
      }),
      db.member.count(),
    ]);
    expect(results.every((n) => Number.isInteger(n))).toBe(true);
  });
});
