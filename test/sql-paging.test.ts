// Lists paged, filtered and counted by the database, and exports read in batches: on databases with
// more rows than a page (and than a batch), every page shows the right rows in the right order with
// the right totals, and an export has every row exactly once, in order. The expected results are
// worked out here from all the rows, independently of the queries.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuditService } from "../src/audit/audit-service.js";
import { directoryCsv } from "../src/pokja/directory-composer.js";
import { createPokjaService, DIRECTORY_PAGE_SIZE, type PokjaService } from "../src/pokja/pokja-service.js";
import { ManualClock } from "../src/shared/clock.js";
import { tasksCsvFromBatches } from "../src/spbe-tasks/task-csv-export.js";
import { createTaskService, isOverdue, TASK_PAGE_SIZE, taskSearchText, type TaskFilter, type TaskService } from "../src/spbe-tasks/task-service.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

// 01:00 WIB on 1 December: tasks due on 30 November (a day over in WIB, not yet in UTC) are overdue.
const NOW = new Date("2026-11-30T18:00:00Z");
const FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rina", "Andi", "Yusuf"];
const LAST = ["Santoso", "Rahayu", "Wibowo", "Lestari", "Hidayat"];

let temp: TempDatabase;
let pokja: PokjaService;
let tasks: TaskService;
let pokjaId: number;
let otherPokjaId: number;

beforeEach(async () => {
  temp = await createTempDatabase();
  const clock = new ManualClock(NOW);
  const audit = createAuditService(clock);
  pokja = createPokjaService({ db: temp.db, clock, audit });
  tasks = createTaskService({ db: temp.db, clock });
  const [first, second] = await temp.db.pokja.findMany({ orderBy: { id: "asc" }, take: 2 });
  pokjaId = first!.id;
  otherPokjaId = second!.id;
});

afterEach(async () => {
  await temp.cleanup();
});

interface Seeded {
  id: number;
  fullName: string;
  provinceName: string | null;
  listed: boolean;
}

/**
 * `count` members of the pokja (names repeat, so order needs the id as tie-break), from central units
 * and several provinces; plus some who must not be listed: suspended, only requested, in another pokja.
 */
async function seedMembers(count: number): Promise<Seeded[]> {
  const agencies = [
    ...(await temp.db.agency.findMany({ where: { provinceName: null }, take: 2, orderBy: { id: "asc" } })),
    ...(await temp.db.agency.findMany({ where: { code: { in: ["35.78", "73.71", "31.71", "91.71", "11.71"] } } })),
  ];
  expect(agencies.length).toBeGreaterThanOrEqual(5);
  const rows = Array.from({ length: count + 3 }, (_, i) => {
    const agency = agencies[(i * 5) % agencies.length]!;
    // Every 9th member shares the name "Sama Nama" so that ties fall across page and batch boundaries.
    const fullName = i % 9 === 4 ? "Sama Nama" : `${FIRST[(i * 3) % FIRST.length]} ${LAST[i % LAST.length]} ${String(i).padStart(4, "0")}`;
    const status = i === count ? "suspended" : "approved";
    return {
      telegramId: BigInt(500_000 + i),
      telegramUsername: `user${i}`,
      fullName,
      agencyId: agency.id,
      position: `Jabatan ${i}`,
      nip: `19800101201001${String(i).padStart(4, "0")}`,
      phone: null,
      status,
      consentAt: NOW,
      consentVersion: "test",
      registeredAt: NOW,
      searchText: fullName.toLowerCase(),
      provinceName: agency.provinceName,
    };
  });
  // Insert in a shuffled order, so that ids do not follow names.
  const shuffled = rows.map((r, i) => ({ r, key: (i * 7919) % rows.length })).sort((a, b) => a.key - b.key).map((x) => x.r);
  await temp.db.member.createMany({ data: shuffled.map(({ provinceName: _p, ...data }) => data) });
  const ids = new Map((await temp.db.member.findMany({ select: { id: true, telegramId: true } })).map((m) => [m.telegramId, m.id]));
  const seeded: Seeded[] = shuffled.map((r) => ({ id: ids.get(r.telegramId)!, fullName: r.fullName, provinceName: r.provinceName, listed: false }));
  const byTelegram = new Map(shuffled.map((r, i) => [r.telegramId, seeded[i]!]));
  const memberships = [];
  for (let i = 0; i < count + 3; i++) {
    const s = byTelegram.get(BigInt(500_000 + i))!;
    if (i < count) s.listed = true;
    // count: suspended (active membership, not listed); count+1: only requested; count+2: another pokja.
    const status = i === count + 1 ? "requested" : "active";
    memberships.push({ pokjaId: i === count + 2 ? otherPokjaId : pokjaId, memberId: s.id, status, requestedAt: NOW, joinedAt: NOW });
  }
  await temp.db.pokjaMembership.createMany({ data: memberships });
  return seeded;
}

const byName = (a: Seeded, b: Seeded) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : a.id - b.id);

describe("member directory in SQL", () => {
  it("pages by name and by province with the right rows, order and totals at the boundaries", async () => {
    const seeded = await seedMembers(47);
    const coordinator = seeded.find((s) => s.listed)!;
    await temp.db.pokjaCoordinator.create({ data: { pokjaId, memberId: coordinator.id, assignedAt: NOW } });
    const expected = seeded.filter((s) => s.listed).sort(byName);
    expect(expected).toHaveLength(47);

    const pages = [];
    for (let page = 0; page < 3; page++) pages.push(await pokja.directoryPage(pokjaId, page, false));
    for (const page of pages) expect(page).toMatchObject({ total: 47, pageCount: 3 });
    expect(pages.map((p) => p.items.length)).toEqual([DIRECTORY_PAGE_SIZE, DIRECTORY_PAGE_SIZE, 7]);
    expect(pages.flatMap((p) => p.items.map((e) => e.memberId))).toEqual(expected.map((s) => s.id));
    // Past the end shows the last page; before the start, the first.
    expect((await pokja.directoryPage(pokjaId, 99, false)).items).toEqual(pages[2]!.items);
    expect((await pokja.directoryPage(pokjaId, -3, false)).items).toEqual(pages[0]!.items);
    const flagged = pages.flatMap((p) => p.items).filter((e) => e.isCoordinator);
    expect(flagged.map((e) => e.memberId)).toEqual([coordinator.id]);

    const provinceOrder = [...expected].sort((a, b) => {
      if (a.provinceName !== b.provinceName) {
        if (a.provinceName === null) return -1; // central units first
        if (b.provinceName === null) return 1;
        return a.provinceName < b.provinceName ? -1 : 1;
      }
      return byName(a, b);
    });
    const byProvince = [];
    for (let page = 0; page < 3; page++) byProvince.push(...(await pokja.directoryPage(pokjaId, page, true)).items);
    expect(byProvince.map((e) => e.memberId)).toEqual(provinceOrder.map((s) => s.id));
    expect(byProvince[0]!.provinceName).toBeNull();
  });

  it("shows an empty directory as one empty page", async () => {
    expect(await pokja.directoryPage(pokjaId, 3, true)).toEqual({ items: [], total: 0, page: 0, pageCount: 1 });
  });

  it("exports 1,200 members in batches: every listed member exactly once, by name, numbered", async () => {
    const seeded = await seedMembers(1_200);
    const expected = seeded.filter((s) => s.listed).sort(byName);
    const csv = await directoryCsv(pokja, pokjaId, false, "Asia/Jakarta");
    expect(csv.rows).toBe(1_200);
    const lines = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toBe("No,Nama,Jabatan,Instansi,Provinsi,Koordinator,Tanggal Bergabung");
    const body = lines.slice(1, -1);
    expect(body).toHaveLength(1_200);
    expect(body.map((l) => l.split(",")[0])).toEqual(expected.map((_, i) => String(i + 1)));
    expect(body.map((l) => l.split(",")[1])).toEqual(expected.map((s) => s.fullName));
    // Positions are unique ("Jabatan <i>"): each member's line appears once.
    expect(new Set(body.map((l) => l.split(",")[2])).size).toBe(1_200);
    // Coordinators see no NIP: not even read.
    expect(csv.bytes.toString("utf8")).not.toContain("1980010120100");

    // Small batches put ties ("Sama Nama") across batch boundaries: still each member once, in order.
    const ids = [];
    for await (const batch of pokja.directoryBatches(pokjaId, true, 7)) {
      expect(batch.length).toBeLessThanOrEqual(7);
      ids.push(...batch.map((e) => e.memberId));
    }
    expect(ids).toEqual(expected.map((s) => s.id));
  });
});

interface SeededTask {
  number: number;
  pokjaId: number | null;
  status: string;
  progress: number;
  targetDate: Date | null;
  title: string;
}

const STATUSES = ["belum_dimulai", "berjalan", "selesai", "ditunda"];

async function seedTasks(count: number): Promise<SeededTask[]> {
  const rows: SeededTask[] = Array.from({ length: count }, (_, i) => ({
    // Numbers not in insertion order, with gaps.
    number: ((i * 37) % count) * 2 + 1,
    pokjaId: i % 5 === 0 ? null : i % 2 === 0 ? pokjaId : otherPokjaId,
    status: STATUSES[i % 4]!,
    progress: (i * 13) % 101,
    // Around "now": some past (overdue unless done), some this very day (not overdue yet), some ahead.
    targetDate: i % 11 === 0 ? null : new Date(Date.UTC(2026, 11, 1 + ((i % 21) - 10))),
    title: i % 3 === 0 ? `Audit data ${i}` : `Layanan aplikasi ${i}`,
  }));
  await temp.db.spbeTask.createMany({
    data: rows.map((r) => ({ ...r, createdAt: NOW, searchText: taskSearchText({ number: r.number, title: r.title, description: "", legalBasis: "" }) })),
  });
  return rows;
}

describe("SPBE tasks in SQL", () => {
  const filters: [string, TaskFilter, (t: SeededTask) => boolean][] = [
    ["all", {}, () => true],
    ["by status", { status: "berjalan" }, (t) => t.status === "berjalan"],
    ["by pokja", { pokjaId: -1 }, () => true], // the pokja id is filled in below
    ["overdue only", { overdueOnly: true }, (t) => isOverdue(t, NOW)],
    ["by words", { text: "AUDIT data" }, (t) => t.title.startsWith("Audit data")],
    ["overdue of a pokja, by words", { overdueOnly: true, pokjaId: -1, text: "layanan" }, () => true],
  ];

  it("pages every filter with the right rows, order and totals, first page to last", async () => {
    const all = await seedTasks(1_200);
    for (const [name, given, matches] of filters) {
      const filter = given.pokjaId === -1 ? { ...given, pokjaId } : given;
      const expected = all
        .filter(matches)
        .filter((t) => filter.pokjaId === undefined || t.pokjaId === filter.pokjaId)
        .filter((t) => !filter.overdueOnly || isOverdue(t, NOW))
        .filter((t) => !filter.text || t.title.toLowerCase().includes(filter.text.toLowerCase().split(" ")[0]!))
        .map((t) => t.number)
        .sort((a, b) => a - b);
      expect(expected.length, name).toBeGreaterThan(TASK_PAGE_SIZE);
      const pageCount = Math.ceil(expected.length / TASK_PAGE_SIZE);
      const shown: number[] = [];
      for (let page = 0; page < pageCount; page++) {
        const result = await tasks.search(filter, page);
        expect(result, name).toMatchObject({ total: expected.length, page, pageCount });
        shown.push(...result.items.map((t) => t.number));
      }
      expect(shown, name).toEqual(expected);
      const last = await tasks.search(filter, pageCount + 5);
      expect(last.page, name).toBe(pageCount - 1);
      expect(last.items.map((t) => t.number), name).toEqual(expected.slice((pageCount - 1) * TASK_PAGE_SIZE));
    }
  });

  it("counts the summary per pokja in the database as the tasks say", async () => {
    const all = await seedTasks(300);
    const oracle = (rows: SeededTask[]) => ({
      total: rows.length,
      counts: Object.fromEntries(STATUSES.map((s) => [s, rows.filter((t) => t.status === s).length])),
      overdue: rows.filter((t) => isOverdue(t, NOW)).length,
      averageProgress: rows.length ? Math.round(rows.reduce((n, t) => n + t.progress, 0) / rows.length) : 0,
    });
    const { total, byPokja } = await tasks.summary();
    expect(total).toMatchObject(oracle(all));
    expect(byPokja.find((r) => r.pokjaId === pokjaId)).toMatchObject(oracle(all.filter((t) => t.pokjaId === pokjaId)));
    expect(byPokja.find((r) => r.pokjaId === null)).toMatchObject(oracle(all.filter((t) => t.pokjaId === null)));
    const third = byPokja.find((r) => r.pokjaId !== null && r.pokjaId !== pokjaId && r.pokjaId !== otherPokjaId);
    expect(third).toMatchObject({ total: 0, overdue: 0, averageProgress: 0 });
    expect(await tasks.pokjaSummary(otherPokjaId, "X")).toMatchObject({ name: "X", ...oracle(all.filter((t) => t.pokjaId === otherPokjaId)) });
  });

  it("picks a coordinator's digest (overdue since yesterday, due within 7 days) in the database as isOverdue says", async () => {
    const all = await seedTasks(600);
    const agency = await temp.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
    const member = await temp.db.member.create({
      data: { telegramId: 77n, fullName: "Koordinator", agencyId: agency.id, position: "Kabid", status: "approved", consentAt: NOW, consentVersion: "test", registeredAt: NOW },
    });
    await temp.db.pokjaCoordinator.create({ data: { pokjaId, memberId: member.id, assignedAt: NOW } });
    const dayAgo = new Date(NOW.getTime() - 86_400_000);
    const soon = NOW.getTime() + 7 * 86_400_000;
    const mine = all
      .filter((t) => t.pokjaId === pokjaId && t.status !== "selesai" && t.targetDate !== null)
      .sort((a, b) => a.targetDate!.getTime() - b.targetDate!.getTime() || a.number - b.number);
    const digest = await tasks.digestFor(member.id);
    const becameOverdue = mine.filter((t) => isOverdue(t, NOW) && !isOverdue(t, dayAgo)).map((t) => t.number);
    const dueSoon = mine.filter((t) => !isOverdue(t, NOW) && t.targetDate!.getTime() <= soon).map((t) => t.number);
    expect(becameOverdue.length).toBeGreaterThan(0);
    expect(dueSoon.length).toBeGreaterThan(0);
    expect(digest.becameOverdue.map((t) => t.number)).toEqual(becameOverdue);
    expect(digest.dueSoon.map((t) => t.number)).toEqual(dueSoon);
    expect(digest.overdueTotal).toBe(mine.filter((t) => isOverdue(t, NOW)).length);
  });

  it("exports 1,200 tasks in batches: every task exactly once, by number", async () => {
    const all = await seedTasks(1_200);
    const csv = await tasksCsvFromBatches(tasks.exportBatches({}), "Asia/Jakarta");
    expect(csv.rows).toBe(1_200);
    const body = csv.bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n").slice(1, -1);
    expect(body.map((l) => Number(l.split(",")[0]))).toEqual(all.map((t) => t.number).sort((a, b) => a - b));

    const numbers = [];
    for await (const batch of tasks.exportBatches({ overdueOnly: true }, 13)) {
      expect(batch.length).toBeLessThanOrEqual(13);
      expect(batch.every((r) => r.overdue)).toBe(true);
      numbers.push(...batch.map((r) => r.number));
    }
    expect(numbers).toEqual(all.filter((t) => isOverdue(t, NOW)).map((t) => t.number).sort((a, b) => a - b));
  });
});
