import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../src/shared/clock.js";
import {
  AGENCY_NOTE_MAX,
  createAgencyProgressService,
  derivedTaskState,
  percentOf,
  validEvidenceUrl,
  type AgencyProgressService,
} from "../src/spbe-tasks/agency-progress-service.js";
import { createTaskService } from "../src/spbe-tasks/task-service.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

// 01:00 WIB on 1 December: a target of 30 November is over in WIB (not yet in UTC).
const NOW = new Date("2026-11-30T18:00:00Z");
const PAST = new Date("2026-11-30T00:00:00Z");
const FUTURE = new Date("2027-06-30T00:00:00Z");
const actor = { memberId: null, name: "Sekretariat" };

let temp: TempDatabase;
let clock: ManualClock;
let progress: AgencyProgressService;

async function task(number: number, scope: string, targetDate: Date | null = null) {
  return temp.db.spbeTask.create({ data: { number, title: `Tugas uji ${number}`, createdAt: NOW, scope, targetDate } });
}
const agencyByCode = (code: string) => temp.db.agency.findUniqueOrThrow({ where: { code } });

async function member(telegramId: number, agencyId: number) {
  return temp.db.member.create({
    data: {
      telegramId: BigInt(telegramId),
      fullName: `Anggota ${telegramId}`,
      agencyId,
      position: "Kepala Bidang",
      status: "approved",
      consentAt: NOW,
      consentVersion: "1",
      registeredAt: NOW,
    },
  });
}

/** Entries written in bulk for the large figures (the service's own path is tested one by one). */
async function bulkEntries(taskId: number, agencies: readonly { id: number; provinceCode: string | null }[], status: string, progressValue: number) {
  await temp.db.agencyTaskProgress.createMany({
    data: agencies.map((a) => ({ taskId, agencyId: a.id, provinceCode: a.provinceCode, status, progress: progressValue, updatedAt: NOW })),
  });
}

beforeEach(async () => {
  temp = await createTempDatabase();
  clock = new ManualClock(NOW);
  progress = createAgencyProgressService({ db: temp.db, clock });
});

afterEach(async () => {
  await temp.cleanup();
});

describe("agency progress", () => {
  it("resolves who a task applies to: all 552 regional agencies, provinces, kabupaten/kota, a list, or none", async () => {
    expect(await temp.db.agency.count({ where: { kind: "provinsi" } })).toBe(38);
    expect(await temp.db.agency.count({ where: { kind: { in: ["kabupaten", "kota"] } } })).toBe(514);
    const national = await task(1, "national");
    const all = await task(2, "all");
    const provinces = await task(3, "provinces");
    const regencies = await task(4, "regencies");
    const list = await task(5, "national");
    await progress.setScope(list.id, actor, { scope: "list", agencyCodes: ["35.78", "35", "KOMINFO-APTIKA"] });

    expect((await progress.figure(national.id)).total).toBe(0);
    expect((await progress.figure(all.id)).total).toBe(552);
    expect((await progress.figure(provinces.id)).total).toBe(38);
    expect((await progress.figure(regencies.id)).total).toBe(514);
    expect((await progress.figure(list.id)).total).toBe(3);
    expect(await progress.taskScope(list.id)).toBe("list");

    const surabaya = await agencyByCode("35.78");
    const jatim = await agencyByCode("35");
    const aptika = await agencyByCode("KOMINFO-APTIKA");
    expect(await progress.appliesTo(national, surabaya.id)).toBe(false);
    expect(await progress.appliesTo(all, surabaya.id)).toBe(true);
    expect(await progress.appliesTo(all, aptika.id)).toBe(false); // "semua" is the regional agencies
    expect(await progress.appliesTo(provinces, surabaya.id)).toBe(false);
    expect(await progress.appliesTo(provinces, jatim.id)).toBe(true);
    expect(await progress.appliesTo(regencies, surabaya.id)).toBe(true);
    expect(await progress.appliesTo({ id: list.id, scope: "list" }, aptika.id)).toBe(true); // the task as loaded now
    expect(await progress.appliesTo({ id: list.id, scope: "list" }, (await agencyByCode("35.15")).id)).toBe(false);

    // The change of scope is in the task's history; a new list replaces the old one.
    const history = await temp.db.spbeTaskHistory.findMany({ where: { taskId: list.id } });
    expect(JSON.parse(history[0]!.changes)).toEqual({ scope: { from: "national", to: "list" }, agencies: { from: 0, to: 3 } });
    await progress.setScope(list.id, actor, { scope: "list", agencyCodes: ["35.15"] });
    expect((await progress.figure(list.id)).total).toBe(1);
    await expect(progress.setScope(list.id, actor, { scope: "list", agencyCodes: ["99.99"] })).rejects.toThrow(/99\.99/);
    await progress.setScope(list.id, actor, { scope: "national", agencyCodes: [] });
    expect(await temp.db.spbeTaskAgency.count({ where: { taskId: list.id } })).toBe(0);
  });

  it("updates an agency's entry with its history in one transaction; nothing changed writes nothing", async () => {
    const t = await task(1, "all");
    const surabaya = await agencyByCode("35.78");
    const budi = await member(2001, surabaya.id);

    const first = await progress.updateEntry(t.id, surabaya.id, { memberId: budi.id }, { status: "berjalan", progress: 40, note: "  Draf arsitektur disusun. " });
    expect(first).toMatchObject({ ok: true, changed: true, entry: { status: "berjalan", progress: 40, note: "Draf arsitektur disusun.", provinceCode: "35" } });
    clock.advance(60_000);
    await progress.updateEntry(t.id, surabaya.id, { memberId: budi.id }, { evidence: { url: "https://jdih.surabaya.go.id/perwali-arsitektur-spbe.pdf" } });
    clock.advance(60_000);
    const done = await progress.updateEntry(t.id, surabaya.id, { memberId: budi.id }, { status: "selesai", evidence: { fileId: "BQACAgUAAx0", fileName: "perwali.pdf" } });
    expect(done).toMatchObject({ ok: true, entry: { status: "selesai", progress: 100, evidenceUrl: null, evidenceFileId: "BQACAgUAAx0", evidenceFileName: "perwali.pdf" } });
    const same = await progress.updateEntry(t.id, surabaya.id, { memberId: budi.id }, { status: "selesai", progress: 100 });
    expect(same).toMatchObject({ ok: true, changed: false });

    const { entry, history } = await progress.entryOf(t.id, surabaya.id);
    expect(entry?.updatedBy?.fullName).toBe("Anggota 2001");
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.fromProgress, h.toProgress, h.evidence])).toEqual([
      ["berjalan", "selesai", 40, 100, "perwali.pdf"],
      ["berjalan", "berjalan", 40, 40, "https://jdih.surabaya.go.id/perwali-arsitektur-spbe.pdf"],
      [null, "berjalan", null, 40, null],
    ]);
    expect(history[2]!.note).toBe("Draf arsitektur disusun.");
    expect(history.every((h) => h.actor?.id === budi.id)).toBe(true);
    expect(await temp.db.agencyTaskHistory.count({ where: { taskId: t.id } })).toBe(3);
  });

  it("refuses invalid input and agencies the task does not apply to, writing nothing", async () => {
    const t = await task(1, "provinces");
    const national = await task(2, "national");
    const jatim = await agencyByCode("35");
    const surabaya = await agencyByCode("35.78");
    const refused = async (taskId: number, agencyId: number, patch: Parameters<AgencyProgressService["updateEntry"]>[3]) =>
      (await progress.updateEntry(taskId, agencyId, { memberId: null }, patch)) as { ok: boolean; reason?: string };
    expect(await refused(t.id, jatim.id, { status: "beres" })).toEqual({ ok: false, reason: "invalid_status" });
    expect(await refused(t.id, jatim.id, { progress: 101 })).toEqual({ ok: false, reason: "invalid_progress" });
    expect(await refused(t.id, jatim.id, { progress: -1 })).toEqual({ ok: false, reason: "invalid_progress" });
    expect(await refused(t.id, jatim.id, { progress: 12.5 })).toEqual({ ok: false, reason: "invalid_progress" });
    expect(await refused(t.id, jatim.id, { note: "x".repeat(AGENCY_NOTE_MAX + 1) })).toEqual({ ok: false, reason: "note_too_long" });
    for (const url of ["javascript:alert(1)", "ftp://files.go.id/a.pdf", "https://user:pw@x.go.id/", "bukan tautan", "file:///etc/passwd"]) {
      expect(await refused(t.id, jatim.id, { evidence: { url } })).toEqual({ ok: false, reason: "invalid_evidence_url" });
    }
    expect(await refused(t.id, jatim.id, { evidence: { fileId: " ", fileName: "a.pdf" } })).toEqual({ ok: false, reason: "invalid_evidence_file" });
    expect(await refused(t.id, surabaya.id, { status: "berjalan" })).toEqual({ ok: false, reason: "not_applicable" });
    expect(await refused(national.id, jatim.id, { status: "berjalan" })).toEqual({ ok: false, reason: "not_applicable" });
    expect(await refused(999_999, jatim.id, { status: "berjalan" })).toEqual({ ok: false, reason: "unknown_task" });
    expect(await temp.db.agencyTaskProgress.count()).toBe(0);
    expect(await temp.db.agencyTaskHistory.count()).toBe(0);
    expect(await refused(t.id, jatim.id, { note: "x".repeat(AGENCY_NOTE_MAX), progress: 0 })).toMatchObject({ ok: true });
    expect(validEvidenceUrl("http://diskominfo.jatimprov.go.id/spbe")).toBe("http://diskominfo.jatimprov.go.id/spbe");
  });

  it("derives the national figure over 552 agencies: not reported counts as not started; entries out of scope do not count", async () => {
    const t = await task(1, "all");
    const regional = await temp.db.agency.findMany({ where: { kind: { not: "pusat" } }, orderBy: { code: "asc" }, select: { id: true, provinceCode: true } });
    expect(regional).toHaveLength(552);
    await bulkEntries(t.id, regional.slice(0, 312), "selesai", 100);
    await bulkEntries(t.id, regional.slice(312, 352), "berjalan", 50);
    await bulkEntries(t.id, regional.slice(352, 362), "ditunda", 10);
    await bulkEntries(t.id, regional.slice(362, 370), "belum_dimulai", 0);
    const aptika = await agencyByCode("KOMINFO-APTIKA");
    await bulkEntries(t.id, [aptika], "selesai", 100); // not in "semua": not counted

    const figure = await progress.figure(t.id);
    expect(figure).toEqual({
      total: 552,
      counts: { belum_melapor: 182, belum_dimulai: 8, berjalan: 40, selesai: 312, ditunda: 10 },
      reported: 370,
      done: 312,
      donePercent: 57,
      averageProgress: Math.round((312 * 100 + 40 * 50 + 10 * 10) / 552),
    });
    expect([percentOf(551, 552), percentOf(1, 552), percentOf(0, 552), percentOf(0, 0), percentOf(552, 552)]).toEqual([99, 1, 0, 0, 100]);
  });

  it("keeps the task's national status and progress derived from its agencies, so the national summary counts it as it stands", async () => {
    const t = await task(2, "list");
    const [a, b] = await Promise.all([agencyByCode("35.78"), agencyByCode("73.71")]);
    await progress.setScope(t.id, actor, { scope: "list", agencyCodes: ["35.78", "73.71"] });
    const state = async () => temp.db.spbeTask.findUniqueOrThrow({ where: { id: t.id }, select: { status: true, progress: true } });
    expect(await state()).toEqual({ status: "belum_dimulai", progress: 0 });
    await progress.updateEntry(t.id, a.id, { memberId: null }, { status: "berjalan", progress: 40 });
    expect(await state()).toEqual({ status: "berjalan", progress: 20 });
    await progress.updateEntry(t.id, a.id, { memberId: null }, { status: "selesai" });
    expect(await state()).toEqual({ status: "berjalan", progress: 50 });
    await progress.updateEntry(t.id, b.id, { memberId: null }, { status: "selesai" });
    expect(await state()).toEqual({ status: "selesai", progress: 100 });
    // The national summary (/tugas, the Mini App) counts it as done.
    const summary = await createTaskService({ db: temp.db, clock }).summary();
    expect(summary.total.counts.selesai).toBe(1);
    // A wider scope brings in agencies that have not reported: under way again.
    await progress.setScope(t.id, actor, { scope: "regencies", agencyCodes: [] });
    expect((await state()).status).toBe("berjalan");
    // A value written past the service (an import's columns) is put right by the daily sync.
    await temp.db.spbeTask.update({ where: { id: t.id }, data: { status: "selesai", progress: 100 } });
    expect(await progress.syncAllTaskStates()).toBe(1);
    expect((await state()).status).toBe("berjalan");
    const none = { total: 3, counts: { belum_melapor: 1, belum_dimulai: 0, berjalan: 0, selesai: 0, ditunda: 2 }, reported: 2, done: 0, donePercent: 0, averageProgress: 0 };
    expect(derivedTaskState(none)).toEqual({ status: "ditunda", progress: 0 });
    expect(derivedTaskState({ ...none, counts: { ...none.counts, ditunda: 1, belum_dimulai: 1 } })).toEqual({ status: "belum_dimulai", progress: 0 });
  });

  it("rolls the figure up by province (its own agency with its kabupaten/kota) and lists who has not reported, paged", async () => {
    const t = await task(1, "all");
    const jatimAll = await temp.db.agency.findMany({ where: { provinceCode: "35" }, orderBy: { code: "asc" }, select: { id: true, code: true, kind: true, provinceCode: true } });
    expect(jatimAll).toHaveLength(39);
    const jatimRegencies = jatimAll.filter((a) => a.kind !== "provinsi");
    await bulkEntries(t.id, jatimAll.filter((a) => a.kind === "provinsi"), "selesai", 100);
    await bulkEntries(t.id, jatimRegencies.slice(0, 20), "berjalan", 30);
    const sulsel = await temp.db.agency.findMany({ where: { provinceCode: "73", kind: "kota" }, select: { id: true, provinceCode: true } });
    await bulkEntries(t.id, sulsel, "selesai", 100);

    const rows = await progress.byProvince(t.id);
    expect(rows).toHaveLength(38);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(552);
    const jatim = rows.find((r) => r.provinceCode === "35")!;
    expect(jatim).toMatchObject({ provinceName: "Jawa Timur", total: 39, done: 1, reported: 21, provinceAgency: { status: "selesai" } });
    expect(jatim.counts).toEqual({ belum_melapor: 18, belum_dimulai: 0, berjalan: 20, selesai: 1, ditunda: 0 });
    const sulselRow = rows.find((r) => r.provinceCode === "73")!;
    expect(sulselRow.done).toBe(sulsel.length);
    expect(sulselRow.provinceAgency).toMatchObject({ status: "belum_melapor" });
    expect(rows.map((r) => r.provinceCode)).toEqual([...rows.map((r) => r.provinceCode)].sort());

    // Ranked by share done in SQL, a page at a time: the same order as worked out here from the roll-up.
    const ranked = [...rows].sort((a, b) => b.done / b.total - a.done / a.total || b.done - a.done || a.provinceCode!.localeCompare(b.provinceCode!));
    const pages = [];
    for (let page = 0; page < 4; page++) pages.push(await progress.provincesPage(t.id, page));
    expect(pages.map((p) => [p.total, p.page, p.pageCount])).toEqual([[38, 0, 4], [38, 1, 4], [38, 2, 4], [38, 3, 4]]);
    const listed = pages.flatMap((p) => p.items);
    expect(listed.map((r) => r.provinceCode)).toEqual(ranked.map((r) => r.provinceCode));
    expect(listed[0]).toMatchObject({ provinceCode: "73", provinceName: "Sulawesi Selatan", done: sulsel.length, notReported: sulselRow.total - sulsel.length });
    expect(listed.find((r) => r.provinceCode === "35")).toMatchObject({ total: 39, done: 1, reported: 21, notReported: 18, donePercent: 3 });
    expect((await progress.provincesPage(t.id, 99)).page).toBe(3);
    // A chosen list with a central unit: it comes last, under no province.
    const listTask = await task(50, "national");
    await progress.setScope(listTask.id, actor, { scope: "list", agencyCodes: ["KOMINFO-APTIKA", "35.78", "73.71"] });
    const makassarKota = await agencyByCode("73.71");
    await progress.updateEntry(listTask.id, makassarKota.id, { memberId: null }, { status: "selesai" });
    expect((await progress.provincesPage(listTask.id)).items.map((r) => [r.provinceCode, r.done, r.total])).toEqual([["73", 1, 1], ["35", 0, 1], [null, 0, 1]]);

    // Which kabupaten/kota of Jawa Timur have not reported: 18, 10 a page, by code.
    // A coordinator finds an agency of the task by words of its name (all must appear, any case).
    const found = await progress.agencies(t.id, { text: "kota MALANG" });
    expect(found.items.map((row) => row.agency.code)).toEqual(["35.73"]);
    expect((await progress.agencies(t.id, { text: "zzz tidak ada" })).total).toBe(0);
    const first = await progress.notReported(t.id, { provinceCode: "35", kinds: ["kabupaten", "kota"] }, 0);
    expect(first).toMatchObject({ total: 18, page: 0, pageCount: 2 });
    expect(first.items.map((i) => i.agency.code)).toEqual(jatimRegencies.slice(20, 30).map((a) => a.code));
    expect(first.items.every((i) => i.entry === null)).toBe(true);
    const second = await progress.notReported(t.id, { provinceCode: "35", kinds: ["kabupaten", "kota"] }, 5);
    expect(second).toMatchObject({ page: 1 });
    expect(second.items.map((i) => i.agency.code)).toEqual(jatimRegencies.slice(30).map((a) => a.code));
    expect((await progress.agencies(t.id, { provinceCode: "35", status: "berjalan" })).total).toBe(20);

    // A chosen list: provinces outside it have no row; a central unit's row comes last.
    const list = await task(2, "national");
    await progress.setScope(list.id, actor, { scope: "list", agencyCodes: ["35.78", "73.71", "KOMINFO-APTIKA"] });
    expect((await progress.byProvince(list.id)).map((r) => [r.provinceCode, r.total, r.provinceAgency])).toEqual([
      ["35", 1, null],
      ["73", 1, null],
      [null, 1, null],
    ]);
    expect(await progress.byProvince((await task(3, "national")).id)).toEqual([]);
  });

  it("lists my agency's tasks in pages with its entry and filters, and counts its own figure", async () => {
    const surabaya = await agencyByCode("35.78");
    // 12 tasks on all agencies, 2 on kabupaten/kota, 1 on provinces, 1 national, 1 listing Surabaya, 1 listing another.
    for (let n = 1; n <= 12; n++) await task(n, "all", n <= 3 ? PAST : FUTURE);
    await task(13, "regencies", PAST);
    await task(14, "regencies");
    await task(15, "provinces", PAST);
    await task(16, "national", PAST);
    const mine = await task(17, "national");
    await progress.setScope(mine.id, actor, { scope: "list", agencyCodes: ["35.78"] });
    const other = await task(18, "national");
    await progress.setScope(other.id, actor, { scope: "list", agencyCodes: ["35.15"] });

    const first = await progress.agencyTasks(surabaya.id);
    expect(first).toMatchObject({ total: 15, page: 0, pageCount: 2 });
    expect(first.items.map((i) => i.task.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const second = await progress.agencyTasks(surabaya.id, {}, 1);
    expect(second.items.map((i) => i.task.number)).toEqual([11, 12, 13, 14, 17]);

    const byNumber = async (n: number) => (await temp.db.spbeTask.findUniqueOrThrow({ where: { number: n } })).id;
    await progress.updateEntry(await byNumber(1), surabaya.id, { memberId: null }, { status: "selesai" });
    await progress.updateEntry(await byNumber(2), surabaya.id, { memberId: null }, { status: "berjalan", progress: 60 });
    await progress.updateEntry(mine.id, surabaya.id, { memberId: null }, { status: "berjalan", progress: 20 });
    const running = await progress.agencyTasks(surabaya.id, { status: "berjalan" });
    expect(running.items.map((i) => [i.task.number, i.entry?.progress])).toEqual([[2, 60], [17, 20]]);
    expect((await progress.agencyTasks(surabaya.id, { status: "belum_melapor" })).total).toBe(12);
    // Overdue for Surabaya: target over, not done by Surabaya (task 1 is done; 15 is for provinces; 16 national).
    expect((await progress.agencyTasks(surabaya.id, { overdueOnly: true })).items.map((i) => i.task.number)).toEqual([2, 3, 13]);

    // Overdue first (by target date, then number), then the rest by number, across the page boundary.
    await temp.db.spbeTask.update({ where: { id: await byNumber(13) }, data: { targetDate: new Date("2026-11-01T00:00:00Z") } });
    const lateFirst = [
      ...(await progress.agencyTasks(surabaya.id, { overdueFirst: true }, 0)).items,
      ...(await progress.agencyTasks(surabaya.id, { overdueFirst: true }, 1)).items,
    ];
    expect(lateFirst.map((i) => [i.task.number, i.overdue])).toEqual([
      [13, true], [2, true], [3, true],
      [1, false], [4, false], [5, false], [6, false], [7, false], [8, false], [9, false], [10, false], [11, false], [12, false], [14, false], [17, false],
    ]);
    const notReportedFirst = await progress.agencyTasks(surabaya.id, { status: "belum_melapor", overdueFirst: true });
    expect(notReportedFirst.items.slice(0, 3).map((i) => i.task.number)).toEqual([13, 3, 4]);

    const summary = await progress.agencySummary(surabaya.id);
    expect(summary).toMatchObject({ total: 15, reported: 3, done: 1, overdue: 3 });
    expect(summary.counts).toEqual({ belum_melapor: 12, belum_dimulai: 0, berjalan: 2, selesai: 1, ditunda: 0 });
  });

  it("finds the overdue tasks and, for the digest, the agencies with members that have not finished one", async () => {
    const overdueAll = await task(1, "all", PAST);
    await task(2, "all", FUTURE);
    await task(3, "national", PAST);
    const overdueList = await task(4, "national", PAST);
    await progress.setScope(overdueList.id, actor, { scope: "list", agencyCodes: ["KOMINFO-APTIKA"] });
    expect((await progress.overdueTasks()).map((t) => t.number)).toEqual([1, 4]);

    const surabaya = await agencyByCode("35.78");
    const malang = await agencyByCode("35.73");
    const aptika = await agencyByCode("KOMINFO-APTIKA");
    const aceh = await agencyByCode("11");
    await member(2001, surabaya.id);
    await member(2002, malang.id);
    await member(2003, aptika.id);
    await member(2004, aceh.id);
    await temp.db.member.update({ where: { telegramId: 2004n }, data: { status: "suspended" } });
    await progress.updateEntry(overdueAll.id, surabaya.id, { memberId: null }, { status: "selesai" });
    await progress.updateEntry(overdueAll.id, malang.id, { memberId: null }, { status: "berjalan", progress: 90 });

    const agencies = await progress.agenciesWithOverdue();
    expect(agencies.map((a) => a.code).sort()).toEqual(["35.73", "KOMINFO-APTIKA"]);
    const [firstBatch] = [await progress.agenciesWithOverdue(0, 1)];
    expect(firstBatch).toHaveLength(1);
    expect(await progress.agenciesWithOverdue(Math.max(...agencies.map((a) => a.id)))).toEqual([]);

    // Once the day passes in WIB, not before: a target of today is not overdue yet.
    await task(5, "all", new Date("2026-12-01T00:00:00Z"));
    expect((await progress.overdueTasks()).map((t) => t.number)).toEqual([1, 4]);
    clock.set(new Date("2026-12-01T17:00:00Z"));
    expect((await progress.overdueTasks()).map((t) => t.number)).toEqual([1, 4, 5]);
  });

  it("leaves national tasks as they were: the task service's summary and update are unchanged", async () => {
    const tasks = createTaskService({ db: temp.db, clock });
    const t = await task(1, "national");
    expect(t.scope).toBe("national");
    await tasks.update(t.id, { memberId: null, name: "Sekretariat" }, { status: "berjalan", progress: 30 });
    expect((await tasks.summary()).total).toMatchObject({ total: 1, counts: { berjalan: 1 } });
    expect(await temp.db.agencyTaskProgress.count()).toBe(0);
  });
});
