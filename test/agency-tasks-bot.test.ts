// Per-agency progress in the chat: the derived figure on a task's card, a member updating their own
// agency's entry (each step skippable, bad input answered), a coordinator updating another agency
// found by name, the province and not-reported views, /tugas_instansi and the province view, and
// forged or stale buttons refused. Real bot, real database (SQLite or PostgreSQL).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvedMember, createHarness, pressForged, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };

describe("SPBE tasks that apply to agencies, in the bot", () => {
  let h: Harness;
  let dir: string;
  let number: number;
  let taskId: number;
  let pokjaId: number;
  beforeEach(async () => {
    h = await createHarness();
    dir = mkdtempSync(path.join(os.tmpdir(), "fk-agency-"));
    await approvedMember(h, 2001, "Budi Santoso"); // Kota Surabaya
    await approvedMember(h, 2002, "Siti Rahayu", "73.71"); // Kota Makassar
    await approvedMember(h, 2003, "Rina Lestari", "35"); // Provinsi Jawa Timur
    const task = await h.db.spbeTask.findFirstOrThrow({ where: { pokjaId: { not: null } }, orderBy: { number: "asc" } });
    // Harness clock: 30 November 2026 09.00 WIB; the target was the day before.
    await h.db.spbeTask.update({ where: { id: task.id }, data: { targetDate: new Date("2026-11-29T00:00:00Z") } });
    await h.created.services.agencyProgress.setScope(task.id, { memberId: null, name: "Sekretariat" }, { scope: "all", agencyCodes: [] });
    number = task.number;
    taskId = task.id;
    pokjaId = task.pokjaId!;
  });
  afterEach(async () => {
    await h.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows the derived figure and lets a member update their own agency's entry step by step", async () => {
    const card = await h.say("as 2001 Budi", `/tugas ${number}`);
    expect(card).toContain("Berlaku untuk: seluruh instansi daerah (552)");
    expect(card).toMatch(/: 0 dari 552 instansi selesai \(0%\)/);
    expect(card).toContain("Belum melapor 552 · belum dimulai 0");
    expect(card).toContain("Instansi Bapak/Ibu (Dinas Komunikasi dan Informatika Kota Surabaya):");
    expect(card).toContain("Belum melapor · ⚠️ terlambat");
    expect(card).not.toContain("✏️ Perbarui\n"); // the national update is not offered

    expect(await h.say("press Perbarui untuk instansi saya")).toContain("Status sekarang: Belum melapor");
    await h.run("press Berjalan");
    expect(await h.say("seratus")).toContain("Progres harus berupa angka bulat 0 sampai 100");
    await h.run("40", "Draf arsitektur SPBE kota sedang dibahas.");
    expect(await h.say("bukan tautan")).toContain("Tautan tidak valid");
    const confirm = await h.say("https://contoh.surabaya.go.id/arsitektur");
    expect(confirm).toContain("Sebelumnya: Belum melapor");
    expect(confirm).toContain("Menjadi: Berjalan, 40%");
    expect(await h.say("press Simpan")).toContain("Laporan Dinas Komunikasi dan Informatika Kota Surabaya untuk Tugas");
    const surabaya = await h.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
    const entry = await h.db.agencyTaskProgress.findUniqueOrThrow({ where: { taskId_agencyId: { taskId, agencyId: surabaya.id } } });
    expect(entry).toMatchObject({ status: "berjalan", progress: 40, note: "Draf arsitektur SPBE kota sedang dibahas.", evidenceUrl: "https://contoh.surabaya.go.id/arsitektur" });
    expect(await h.db.agencyTaskHistory.count({ where: { entryId: entry.id } })).toBe(1);

    const again = await h.say(`/tugas ${number}`);
    expect(again).toContain("Belum melapor 551 · belum dimulai 0 · berjalan 1");
    expect(again).toContain("Status: Berjalan · progres 40% · ⚠️ terlambat");
    expect(again).toContain("Bukti: https://contoh.surabaya.go.id/arsitektur");
    expect(again).toMatch(/Diperbarui Senin, 30 November 2026 pukul 09\.00 WIB oleh Budi Santoso/);

    // Every step skipped: nothing changes.
    await h.run("press Perbarui untuk instansi saya", "press Lewati", "press Lewati", "press Lewati", "press Lewati");
    const save = h.standIn.lastMessageWithKeyboard(2001)!.buttons.flat().find((b) => b.text.includes("Simpan"))!.callbackData!;
    expect(await h.say("press Simpan")).toContain("Tidak ada yang berubah");
    // A button of the finished flow is stale; nothing is saved twice.
    expect((await pressForged(h, { id: 2001, first_name: "Budi" }, save))?.text).toContain("sudah tidak berlaku");
    expect(await h.db.agencyTaskHistory.count({ where: { entryId: entry.id } })).toBe(1);
  });

  it("lets the pokja's coordinator update any agency found by name, with a document, and refuses others", async () => {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    await h.created.services.pokja.assignCoordinator(admin, pokjaId, budi.id);
    await h.run("as 2001 Budi", `/tugas ${number}`);
    expect(await h.say("press Perbarui untuk instansi saya")).toContain("Ketik sebagian nama instansi");
    expect(await h.say("zzzz tidak ada")).toContain("Tidak ada instansi yang terkena tugas ini");
    expect(await h.say("kota makassar")).toContain("Ditemukan 1 instansi");
    expect(await h.say("press Makassar")).toContain("Instansi: Dinas Komunikasi dan Informatika Kota Makassar");
    await h.run("press Selesai", "press Lewati");
    const evidence = path.join(dir, "sk-arsitektur.pdf");
    writeFileSync(evidence, "%PDF-1.4 contoh");
    const confirm = await h.say(`file ${evidence}`);
    expect(confirm).toContain("Menjadi: Selesai, 100%");
    expect(confirm).toContain("Bukti: sk-arsitektur.pdf");
    await h.run("press Simpan");
    const makassar = await h.db.agency.findUniqueOrThrow({ where: { code: "73.71" } });
    const entry = await h.db.agencyTaskProgress.findUniqueOrThrow({ where: { taskId_agencyId: { taskId, agencyId: makassar.id } } });
    expect(entry).toMatchObject({ status: "selesai", progress: 100, evidenceFileName: "sk-arsitektur.pdf", updatedById: budi.id });
    expect(entry.evidenceFileId).toBeTruthy();
    expect(await h.say(`/tugas ${number}`)).toMatch(/: 1 dari 552 instansi selesai \(1%\)/);

    // Siti (Makassar) sees the evidence document Budi gave for her agency.
    await h.run("as 2002 Siti", `/tugas ${number}`);
    expect(await h.say("press Lihat dokumen bukti")).toContain("[dokumen] sk-arsitektur.pdf");
    // Siti is no coordinator: her flow goes straight to her own agency, and a national task is refused.
    await h.run(`/tugas ${number}`);
    expect(await h.say("press Perbarui untuk instansi saya")).toContain("Instansi: Dinas Komunikasi dan Informatika Kota Makassar");
    await h.run("press Batal");
    const national = await h.db.spbeTask.findFirstOrThrow({ where: { scope: "national" } });
    expect((await pressForged(h, { id: 2002, first_name: "Siti" }, `tk:ae:${national.number}`))?.text).toContain("tugas nasional");
    // A forged area and a forged page are answered, not acted on.
    expect((await pressForged(h, { id: 2002, first_name: "Siti" }, `tk:an:${number}:jatim:0`))?.text).toBeTruthy();
    // Siti's agency (a city) gets no kabupaten/kota button, but a made-up press shows only her own province.
    await pressForged(h, { id: 2002, first_name: "Siti" }, `tk:ak:${number}:0`);
    expect(h.standIn.lastMessage(2002)?.text).toContain(`Kabupaten/kota Sulawesi Selatan — Tugas ${number}`);
    expect(await h.db.agencyTaskProgress.count({ where: { taskId } })).toBe(1);
  });

  it("stops a coordinator who loses the right midway, before anything is saved", async () => {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    await h.created.services.pokja.assignCoordinator(admin, pokjaId, budi.id);
    await h.run("as 2001 Budi", `/tugas ${number}`, "press Perbarui untuk instansi saya", "kota makassar", "press Makassar");
    await h.db.pokjaCoordinator.deleteMany({ where: { memberId: budi.id } });
    expect(await h.say("press Berjalan")).toContain("tidak berwenang memperbarui laporan instansi ini");
    expect(await h.db.agencyTaskProgress.count({ where: { taskId } })).toBe(0);
    // Without the right, the flow keeps to his own agency.
    await h.run(`/tugas ${number}`);
    expect(await h.say("press Perbarui untuk instansi saya")).toContain("Instansi: Dinas Komunikasi dan Informatika Kota Surabaya");
  });

  it("shows provinces by share done, who has not reported in my province, and a province's kabupaten/kota", async () => {
    const { agencyProgress } = h.created.services;
    const jatim = await h.db.agency.findMany({ where: { provinceCode: "35" }, orderBy: { code: "asc" }, take: 3 });
    for (const agency of jatim) await agencyProgress.updateEntry(taskId, agency.id, { memberId: null }, { status: "selesai" });
    const sulsel = await h.db.agency.findUniqueOrThrow({ where: { code: "73.71" } });
    await agencyProgress.updateEntry(taskId, sulsel.id, { memberId: null }, { status: "berjalan", progress: 30 });

    await h.run("as 2001 Budi", `/tugas ${number}`);
    const provinces = await h.say("press Per provinsi");
    expect(provinces).toContain(`Tugas ${number} per provinsi`);
    expect(provinces).toMatch(/1\. Jawa Timur ▓░{9} 8% \(3\/39; belum melapor 36\)/);
    expect(provinces).toContain("Hal. 1/4");
    expect(await h.say("press Berikutnya")).toContain("Hal. 2/4");

    const missing = await h.say("press Belum melapor");
    expect(missing).toContain(`Belum melapor — Tugas ${number} (Jawa Timur): 36 instansi`);
    expect(missing).toContain("Hal. 1/4");
    expect(await h.say("press Seluruh Indonesia")).toContain("(seluruh Indonesia): 548 instansi");

    const rinaTasks = await h.say("as 2003 Rina", "/tugas_instansi");
    expect(rinaTasks).toContain("Tugas SPBE Dinas Komunikasi dan Informatika Provinsi Jawa Timur");
    const regencies = await h.say(`press 🏙 ${number}`);
    expect(regencies).toContain(`Kabupaten/kota Jawa Timur — Tugas ${number} (38)`);
    expect(regencies).toMatch(/Selesai, 100%/);
    expect(regencies).toMatch(/Belum melapor/);
  });

  it("shows the derived figure in task lists and inline results instead of a single status", async () => {
    const { agencyProgress } = h.created.services;
    const surabaya = await h.db.agency.findUniqueOrThrow({ where: { code: "35.78" } });
    await agencyProgress.updateEntry(taskId, surabaya.id, { memberId: null }, { status: "selesai" });
    const title = (await h.db.spbeTask.findUniqueOrThrow({ where: { id: taskId } })).title;
    expect(await h.say("as 2001 Budi", `/cari_tugas ${title.split(" ").slice(0, 3).join(" ")}`)).toContain(`${number}. ${title} — 1/552 instansi selesai (1%)`);
    await h.created.bot.handleUpdate(
      h.standIn.enqueueUpdate({ inline_query: { id: "iq-agency", from: { id: 2001, is_bot: false, first_name: "Budi" }, query: `tugas ${number}`, offset: "" } }),
    );
    const answer = h.standIn.inlineAnswers.at(-1)! as unknown as { results: { description: string; input_message_content: { message_text: string } }[] };
    expect(answer.results[0]!.description).toBe("1/552 instansi selesai (1%)");
    expect(answer.results[0]!.input_message_content.message_text).toContain("1 dari 552 instansi selesai (1%)");
  });

  it("imports berlaku_untuk through the import flow, naming unknown agency codes", async () => {
    const csv = path.join(dir, "tugas-instansi.csv");
    writeFileSync(csv, 'nomor,judul,berlaku_untuk\n701,Peta Rencana SPBE daerah terpilih,"daftar: 35.78; 99.99"\n');
    await h.run("as 1001", "/impor_tugas");
    expect(await h.say(`file ${csv}`)).toContain("Baris 2, kolom berlaku_untuk: Kode instansi berikut tidak ada dalam daftar instansi: 99.99.");
    writeFileSync(csv, 'nomor,judul,berlaku_untuk\n701,Peta Rencana SPBE daerah terpilih,"daftar: 35.78; 73.71"\n');
    expect(await h.say(`file ${csv}`)).toContain("1 tugas baru");
    await h.run("press Impor sekarang");
    expect(await h.say("as 2001 Budi", "/tugas 701")).toContain("Berlaku untuk: instansi terpilih (2)");
  });

  it("lists my agency's tasks overdue first, with filters", async () => {
    const other = await h.db.spbeTask.findFirstOrThrow({ where: { scope: "national" }, orderBy: { number: "desc" } });
    await h.created.services.agencyProgress.setScope(other.id, { memberId: null, name: "Sekretariat" }, { scope: "list", agencyCodes: ["35.78", "73.71"] });
    // The later task is the overdue one: it comes first.
    await h.db.spbeTask.update({ where: { id: taskId }, data: { targetDate: new Date("2027-03-31T00:00:00Z") } });
    await h.db.spbeTask.update({ where: { id: other.id }, data: { targetDate: new Date("2026-11-29T00:00:00Z") } });
    const list = await h.say("as 2001 Budi", "/tugas_instansi");
    expect(list).toContain("2 tugas berlaku · selesai 0 (0%) · terlambat 1 · belum dilaporkan 2");
    const lines = list.split("\n").map((l) => l.trim()).filter((l) => /^\d+\. /.test(l));
    expect(lines[0]).toContain("⚠️ terlambat");
    expect(lines[0]!.startsWith(`${other.number}. `)).toBe(true);
    expect(lines[1]!.startsWith(`${number}. `)).toBe(true);
    const overdue = await h.say("press Terlambat");
    expect(overdue).toContain("Tampilan: Terlambat (1)");
    expect(overdue).not.toContain(`${number}. `);
    const notReported = await h.say("press Belum dilaporkan");
    expect(notReported).toContain("Tampilan: Belum dilaporkan (2)");
    // One press from /tugas's summary, as a new message under it (the summary stays).
    await h.say("/tugas");
    const fromSummary = await h.say("press Tugas instansi saya");
    expect(fromSummary).toContain("2 tugas berlaku · selesai 0 (0%) · terlambat 1 · belum dilaporkan 2");
    expect(fromSummary).not.toContain("(diedit)");
    // Siti (Makassar, no province member) has no kabupaten/kota button.
    expect(await h.say("as 2002 Siti", "/tugas_instansi")).not.toContain("🏙");
  });
});
