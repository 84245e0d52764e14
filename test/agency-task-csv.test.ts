// berlaku_untuk through the import (plan and apply, the chosen list linked) and the export (the
// scope and the derived figure), on a real database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../src/shared/clock.js";
import { createTaskService, type TaskService } from "../src/spbe-tasks/task-service.js";
import { parseTaskCsv, tasksToImportCsv, type TaskImportRow } from "../src/spbe-tasks/task-csv.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const NOW = new Date("2026-11-30T18:00:00Z");
const actor = { memberId: null, name: "Sekretariat" };

let temp: TempDatabase;
let tasks: TaskService;

beforeEach(async () => {
  temp = await createTempDatabase();
  tasks = createTaskService({ db: temp.db, clock: new ManualClock(NOW) });
});
afterEach(async () => {
  await temp.cleanup();
});

async function parse(text: string): Promise<TaskImportRow[]> {
  const codes = new Set((await temp.db.agency.findMany({ select: { code: true } })).map((a) => a.code));
  const result = parseTaskCsv(new TextEncoder().encode(text), { agencyCodes: codes, pokja: [] });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.rows;
}

describe("berlaku_untuk through import and export", () => {
  it("creates tasks with their scope and list, changes them on a later import, and keeps them when the column is absent", async () => {
    const rows = await parse(
      'nomor,judul,berlaku_untuk\n901,Arsitektur SPBE daerah,semua\n902,Peta Rencana SPBE terpilih,"daftar: 35.78; 73.71"\n903,Tugas nasional biasa,\n',
    );
    expect(await tasks.planImport(rows)).toMatchObject({ create: [{ number: 901 }, { number: 902 }, { number: 903 }] });
    await tasks.applyImport(rows, actor);
    const byNumber = async (number: number) =>
      temp.db.spbeTask.findUniqueOrThrow({ where: { number }, include: { scopeAgencies: { include: { agency: true } } } });
    expect((await byNumber(901)).scope).toBe("all");
    const listed = await byNumber(902);
    expect(listed.scope).toBe("list");
    expect(listed.scopeAgencies.map((a) => a.agency.code).sort()).toEqual(["35.78", "73.71"]);
    expect((await byNumber(903)).scope).toBe("national");

    // The same file again changes nothing; a different list is one change with its history.
    expect(await tasks.planImport(rows)).toMatchObject({ create: [], update: [], unchanged: 3 });
    const changed = await parse('nomor,judul,berlaku_untuk\n902,Peta Rencana SPBE terpilih,"35.78, 31.71, 32"\n');
    const plan = await tasks.planImport(changed);
    expect(plan.update[0]!.changes).toEqual({ scopeAgencies: { from: 2, to: 3 } });
    await tasks.applyImport(changed, actor);
    expect((await byNumber(902)).scopeAgencies.map((a) => a.agency.code).sort()).toEqual(["31.71", "32", "35.78"]);
    const history = await temp.db.spbeTaskHistory.findFirstOrThrow({ where: { taskId: listed.id }, orderBy: { id: "desc" } });
    expect(JSON.parse(history.changes)).toEqual({ scopeAgencies: { from: 2, to: 3 } });

    // An older file without the column: existing tasks keep their scope, new ones are national.
    const old = await parse("nomor,judul\n901,Arsitektur SPBE daerah (revisi)\n904,Tugas dari berkas lama\n");
    await tasks.applyImport(old, actor);
    expect((await byNumber(901)).scope).toBe("all");
    expect((await byNumber(904)).scope).toBe("national");
    // Back to national: the list is emptied.
    await tasks.applyImport(await parse("nomor,judul,berlaku_untuk\n902,Peta Rencana SPBE terpilih,nasional\n"), actor);
    expect(await byNumber(902)).toMatchObject({ scope: "national", scopeAgencies: [] });
  });

  it("exports the scope and the derived figure, and the import format reads back the same scope", async () => {
    await tasks.applyImport(await parse('nomor,judul,berlaku_untuk\n901,Arsitektur SPBE provinsi,provinsi\n902,Peta Rencana SPBE terpilih,"daftar: 35.78; 73.71"\n'), actor);
    const provinces = await temp.db.spbeTask.findUniqueOrThrow({ where: { number: 901 } });
    const done = await temp.db.agency.findMany({ where: { kind: "provinsi" }, orderBy: { code: "asc" }, take: 5 });
    await temp.db.agencyTaskProgress.createMany({
      data: done.map((a, i) => ({ taskId: provinces.id, agencyId: a.id, provinceCode: a.provinceCode, status: i < 4 ? "selesai" : "berjalan", progress: i < 4 ? 100 : 50, updatedAt: NOW })),
    });
    const rows = (await tasks.exportRows()).filter((r) => r.number >= 901);
    expect(rows.map((r) => [r.number, r.scope, r.scopeCodes, r.agenciesDone, r.agenciesTotal])).toEqual([
      [901, "provinces", [], 4, 38],
      [902, "list", ["35.78", "73.71"], 0, 2],
    ]);
    const national = (await tasks.exportRows()).find((r) => r.number < 901);
    if (national) expect([national.scope, national.agenciesDone, national.agenciesTotal]).toEqual(["national", null, null]);
    const again = await parse(tasksToImportCsv(rows).toString("utf8"));
    expect(again.map((r) => r.scope)).toEqual([
      { scope: "provinces", agencyCodes: [] },
      { scope: "list", agencyCodes: ["35.78", "73.71"] },
    ]);
  });
});
