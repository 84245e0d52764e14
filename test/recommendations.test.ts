import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRecommendationService, type NewRecommendation } from "../src/recommendations/recommendation-service.js";
import { titleSimilarity, SIMILAR_THRESHOLD } from "../src/recommendations/similarity.js";
import { approvedMember, createHarness, pressForged, recommendationDraft, useKebijakanPokja, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };

describe("title similarity", () => {
  it("finds the same recommendation written differently, and not a different one", () => {
    const same = [
      ["Integrasi data kependudukan antar daerah", "Integrasi Data Kependudukan Antardaerah"],
      ["Standarisasi aplikasi persuratan elektronik", "Standardisasi aplikasi persuratan elektronik (TNDE) di daerah"],
      ["Satu data Indonesia untuk kabupaten", "Pemanfaatan Satu Data Indonesia di kabupaten/kota"],
      ["Pelatihan keamanan siber bagi ASN", "pelatihan keamanan siber untuk para ASN!"],
    ];
    const different = [
      ["Integrasi data kependudukan antar daerah", "Integrasi data kepegawaian antar instansi"],
      ["Pelatihan SDM keamanan siber bagi ASN daerah", "Penguatan pusat data nasional"],
    ];
    for (const [a, b] of same) expect(titleSimilarity(a!, b!), `${a} / ${b}`).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD);
    for (const [a, b] of different) expect(titleSimilarity(a!, b!), `${a} / ${b}`).toBeLessThan(SIMILAR_THRESHOLD);
  });
});

describe("recommendations", () => {
  let h: Harness;
  let dir: string;
  let ids: { budi: number; siti: number; andi: number; dewi: number };

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "fk-rec-"));
    h = await createHarness({ start: new Date("2026-12-01T02:00:00Z") }); // Tuesday 09.00 WIB
    const budi = await approvedMember(h, 2001, "Budi Santoso");
    const siti = await approvedMember(h, 2002, "Siti Rahayu", "73.71");
    const andi = await approvedMember(h, 2003, "Andi Wijaya", "91.71");
    const dewi = await approvedMember(h, 2004, "Dewi Lestari", "32.73");
    await h.db.member.update({ where: { id: siti.id }, data: { timezone: "Asia/Makassar" } });
    const { pokja } = h.created.services;
    await pokja.assignCoordinator(admin, 1, budi.id);
    for (const m of [siti, andi]) await pokja.join({ ...m, status: "approved" }, 1);
    await pokja.join({ ...dewi, status: "approved" }, 2);
    ids = { budi: budi.id, siti: siti.id, andi: andi.id, dewi: dewi.id };
  });
  afterEach(async () => {
    await h.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const draft = (over: Partial<NewRecommendation> = {}) => recommendationDraft(ids.siti, over);

  it("submits through /usul with attachments, refusing bad input on the way; the coordinator hears of it", async () => {
    await h.run("as 2002 Siti", "/usul");
    expect(h.standIn.lastMessageWithKeyboard(2002)!.text).toContain("Usulan untuk Pokja Kebijakan. Termasuk kategori apa?");
    await h.run("press Data");
    expect(await h.say("Duplikasi")).toContain("Judul usulan harus 10 sampai 120 karakter.");
    await h.run("Integrasi data kependudukan antar daerah");
    expect(await h.say("singkat")).toContain("paling sedikit 10 karakter");
    await h.run("Data kependudukan di tiap daerah belum saling terhubung.");
    expect(await h.say("x".repeat(2990))).toContain("bersama-sama paling banyak 3.000 karakter");
    await h.run("Membangun layanan berbagi pakai data kependudukan antardaerah.", "Layanan publik lebih cepat dan tidak ada pendataan ganda.");
    expect(await h.say("satu data")).toContain("Pilih tugas SPBE yang terkait");
    await h.run("press 1");
    const pdf = path.join(dir, "kajian-integrasi.pdf");
    writeFileSync(pdf, "%PDF-1.4 kajian");
    const exe = path.join(dir, "setup.exe");
    writeFileSync(exe, "MZ");
    expect(await h.say(`file ${exe}`)).toContain("Jenis berkas ini tidak dapat dilampirkan");
    expect(await h.say("lampiran menyusul")).toContain("Mohon kirim dokumen atau foto sebagai lampiran");
    expect(await h.say(`file ${pdf}`)).toContain("Lampiran 1 dari 3 diterima");
    await h.run(`file ${pdf}`, `file ${pdf}`);
    expect(await h.say(`file ${pdf}`)).toContain("Lampiran paling banyak 3");
    const preview = await h.say("press Selesai melampirkan");
    expect(preview).toContain("Pratinjau usulan");
    expect(preview).toContain("Lampiran: 3");
    expect(await h.db.recommendation.count()).toBe(0); // nothing saved before the last button
    const done = await h.say("press Ajukan usulan");
    expect(done).toContain("Usulan #1 telah diajukan");
    expect(done).toContain("[bot -> 2001] 🆕 Usulan baru #1 untuk Pokja Kebijakan (Data)");
    const saved = await h.db.recommendation.findUniqueOrThrow({ where: { id: 1 }, include: { attachments: true, relatedTask: true } });
    expect(saved.attachments.map((a) => a.fileName)).toEqual(["kajian-integrasi.pdf", "kajian-integrasi.pdf", "kajian-integrasi.pdf"]);
    expect(saved.relatedTask).not.toBeNull();
    // The coordinator opens the card and its attachments.
    await h.run("as 2001 Budi", "press Tinjau usulan", "press Lampiran (3)");
    const files = h.standIn.messagesIn(2001).filter((m) => m.type === "document" && m.text.includes("usulan #1"));
    expect(files.map((m) => m.text)).toEqual(["Lampiran 1 dari 3, usulan #1", "Lampiran 2 dari 3, usulan #1", "Lampiran 3 dari 3, usulan #1"]);
  });

  it("lets members follow and unfollow; only followers still in the pokja hear of changes", async () => {
    await h.created.services.recommendations.submit(draft());
    await h.run("as 2003 Andi", "/usulan", "press #1", "press Ikuti");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toBe("Bapak/Ibu kini mengikuti usulan #1.");
    await h.run("as 2001 Budi", "/tinjau", "press #1", "press Mulai tinjau", "press Tanpa catatan");
    expect(h.standIn.messagesIn(2003).findLast((m) => m.text.startsWith("📋"))?.text).toContain("Status: Diajukan → Ditinjau");
    await h.run("as 2003 Andi", "/usulan", "press #1", "press Berhenti mengikuti");
    const heard = h.standIn.messagesIn(2003).filter((m) => m.text.startsWith("📋")).length;
    await h.run("as 2001 Budi", "/tinjau", "press #1", "press Terima", "press Tanpa catatan");
    expect(h.standIn.messagesIn(2003).filter((m) => m.text.startsWith("📋"))).toHaveLength(heard);
    expect(h.standIn.messagesIn(2002).findLast((m) => m.text.startsWith("📋"))?.text).toContain("Status: Ditinjau → Diterima");
  });

  it("always tells the submitter, who cannot unfollow her own; followers who left the pokja are not told", async () => {
    const { recommendations } = h.created.services;
    await recommendations.submit(draft());
    await recommendations.support(1, ids.andi); // supporting follows
    await h.db.recommendationFollower.deleteMany({ where: { memberId: ids.siti } });
    await h.db.pokjaMembership.updateMany({ where: { memberId: ids.andi }, data: { status: "left" } });
    await h.run("as 2001 Budi", "/tinjau", "press #1", "press Mulai tinjau", "press Tanpa catatan");
    expect(h.standIn.messagesIn(2002).findLast((m) => m.text.startsWith("📋"))?.text).toContain("Status: Diajukan → Ditinjau");
    expect(h.standIn.messagesIn(2003).filter((m) => m.text.startsWith("📋"))).toEqual([]);
    await h.run("as 2002 Siti", "/usulan_saya", "press #1");
    expect(h.standIn.lastMessageWithKeyboard(2002)!.buttons.flat().map((b) => b.text)).not.toContain("🔕 Berhenti mengikuti");
  });

  it("warns about a near-duplicate and lets the member support it instead, once", async () => {
    await h.created.services.recommendations.submit(draft());
    await h.run("as 2003 Andi", "/usul", "press Data");
    const warned = await h.say("Integrasi Data Kependudukan Antardaerah");
    expect(warned).toContain("Sudah ada usulan dengan judul yang mirip di pokja ini");
    expect(warned).toContain("#1 · Integrasi data kependudukan antar daerah (Diajukan · 👍 0)");
    expect(await h.say("press Dukung usulan #1")).toContain("Dukungan Bapak/Ibu untuk usulan #1 tercatat");
    expect((await h.db.recommendation.findUniqueOrThrow({ where: { id: 1 } })).supportCount).toBe(1);
    expect(await h.db.recommendation.count()).toBe(1);
    // The card shows it; a second support is refused, and the submitter cannot support her own.
    await h.run("/usulan", "press #1");
    expect(h.standIn.lastMessageWithKeyboard(2003)!.buttons.flat().map((b) => b.text)).toContain("👍 Didukung (1)");
    await h.run("press Didukung");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("sudah mendukung usulan #1");
    await pressForged(h, { id: 2002, first_name: "Siti" }, "rs:1");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("usulan Bapak/Ibu sendiri");
    // "Tetap ajukan" goes on with a new one.
    await h.run("/usul", "press Data", "Integrasi data kependudukan antardaerah", "press Tetap ajukan usulan baru");
    expect(h.standIn.lastMessage(2003)?.text).toContain("1/3 · Masalah");
  });

  it("takes a recommendation through review, revision and acceptance; the submitter hears of every step", async () => {
    const { recommendations } = h.created.services;
    await recommendations.submit(draft());
    const sitiHeard = () => h.standIn.messagesIn(2002).filter((m) => m.text.startsWith("📋 Usulan #1"));
    await h.run("as 2001 Budi", "/tinjau");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.text).toContain("Pokja Kebijakan · Diajukan · diajukan 1 Desember 2026");
    await h.run("press #1", "press Mulai tinjau");
    await h.run("press Tanpa catatan");
    expect(sitiHeard().at(-1)!.text).toContain("Status: Diajukan → Ditinjau");
    // The old card's button is stale now.
    await pressForged(h, { id: 2001, first_name: "Budi" }, "ra:1:ditinjau:0");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("sudah berubah");
    // A revision request needs a reason.
    await h.run("/tinjau", "press #1", "press Minta revisi");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.buttons.flat().map((b) => b.text)).toEqual(["✖️ Batal"]);
    expect(await h.say("ok")).toContain("Catatan harus 3 sampai 1.000 karakter");
    await h.run("Mohon lengkapi manfaat dengan angka perkiraan penghematan.");
    const asked = sitiHeard().at(-1)!;
    expect(asked.text).toContain("Status: Ditinjau → Perlu revisi");
    expect(asked.text).toContain("Catatan: Mohon lengkapi manfaat dengan angka perkiraan penghematan.");
    // Siti revises the benefit and resubmits; the coordinator is told.
    await h.run("as 2002 Siti", "press Perbaiki dan ajukan ulang", "press Manfaat");
    await h.run("Layanan publik lebih cepat; perkiraan penghematan pendataan Rp2 miliar per tahun.");
    const resubmitted = await h.say("press Ajukan ulang");
    expect(resubmitted).toContain("Usulan #1 telah diajukan ulang");
    expect(resubmitted).toContain("[bot -> 2001] 🔁 Usulan #1 telah direvisi");
    expect((await h.db.recommendation.findUniqueOrThrow({ where: { id: 1 } })).benefit).toContain("Rp2 miliar");
    // Review again, accept, undo the acceptance, accept again.
    await h.run("as 2001 Budi", "/tinjau", "press #1", "press Mulai tinjau", "press Tanpa catatan");
    await h.run("/tinjau", "press #1", "press Terima", "Disetujui dalam rapat pokja.");
    expect(sitiHeard().at(-1)!.text).toContain("Status: Ditinjau → Diterima");
    await h.run("/tinjau", "press #1", "press Batalkan langkah terakhir");
    expect(sitiHeard().at(-1)!.text).toContain("status kembali menjadi Ditinjau");
    await h.run("/tinjau", "press #1", "press Terima", "press Tanpa catatan");
    // Linked to the SPBE task it is carried out under.
    await h.run("/tinjau", "press #1", "press Tautkan ke tugas SPBE", "2", "press 1");
    const rec = await h.db.recommendation.findUniqueOrThrow({ where: { id: 1 }, include: { followUpTask: true } });
    expect(rec.status).toBe("diterima");
    expect(rec.followUpTask?.number).toBe(2);
    // Siti heard of every step: ditinjau, perlu revisi, ditinjau, diterima, undo, diterima, task.
    expect(sitiHeard()).toHaveLength(7);
    // Her card shows the history.
    const card = await h.say("as 2002 Siti", "/usulan_saya", "press #1");
    expect(card).toContain("Diajukan → Ditinjau (Budi Santoso)");
    expect(card).toContain("Ditinjau → Perlu revisi (Budi Santoso): Mohon lengkapi manfaat");
    expect(card).toContain("direvisi dan diajukan ulang oleh Siti Rahayu");
    expect(card).toContain("Ditinjau → Diterima (Budi Santoso): Disetujui dalam rapat pokja. (dibatalkan)");
    expect(card).toContain("Ditindaklanjuti dalam Tugas SPBE 2.");
  });

  it("refuses reviewers from elsewhere, forged and impossible steps; members of other pokja do not see it", async () => {
    const { recommendations } = h.created.services;
    await recommendations.submit(draft());
    expect(await h.say("as 2004 Dewi", "/tinjau")).toContain("hanya untuk koordinator pokja dan admin");
    // Reviewers' buttons are for coordinators: a member is refused at the gate; a coordinator of
    // another pokja (Dewi, of pokja 2) by the recommendation's own rule.
    await h.created.services.pokja.assignCoordinator(admin, 2, ids.dewi);
    for (const data of ["ra:1:ditolak:0", "ru:1:0", "rm:1:0", "rmp:1:1:0", "rt:1:0"]) {
      await pressForged(h, { id: 2004, first_name: "Dewi" }, data);
      expect(h.standIn.answeredCallbacks.at(-1)?.text, data).toContain("hanya dapat ditinjau oleh koordinator");
      await pressForged(h, { id: 2003, first_name: "Andi" }, data);
      expect(h.standIn.answeredCallbacks.at(-1)?.text, data).toContain("hanya untuk koordinator pokja dan admin");
    }
    await pressForged(h, { id: 2004, first_name: "Dewi" }, "rc:1");
    expect(h.standIn.lastMessage(2004)?.text).toBe("Usulan tidak ditemukan.");
    expect((await recommendations.find(1))?.status).toBe("diajukan");
    // Skipping a step (Diajukan -> Diterima) is not possible, even for the coordinator.
    const skipped = await recommendations.transition(1, "diterima", null, { memberId: ids.budi, name: "Budi" }, 0);
    expect(skipped).toEqual({ ok: false, reason: "not_allowed" });
    await recommendations.transition(1, "ditinjau", null, { memberId: ids.budi, name: "Budi" }, 0);
    expect(await recommendations.transition(1, "ditolak", null, { memberId: ids.budi, name: "Budi" }, 1)).toEqual({ ok: false, reason: "reason_required" });
    // Only the submitter revises, and only when a revision was asked.
    await pressForged(h, { id: 2003, first_name: "Andi" }, "rv:1:1");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("tidak dapat dilakukan");
    expect((await h.db.recommendation.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("ditinjau");
  });

  it("refuses every other recommendation button from someone who may not use it, and forged values", async () => {
    await h.created.services.recommendations.submit(draft());
    const dewi = { id: 2004, first_name: "Dewi" }; // a member of another pokja
    const outsider = { id: 9999, first_name: "Tamu" }; // not registered
    for (const data of ["rf:1:1", "rp:1", "rs:1"]) {
      await pressForged(h, dewi, data);
      expect(h.standIn.answeredCallbacks.at(-1)?.text, data).toBe("Usulan tidak ditemukan.");
    }
    await pressForged(h, dewi, "rmp:1:1:0");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("hanya untuk koordinator pokja dan admin");
    for (const data of ["rr:30", "rx:30:csv", "rx:all:xlsx", "rq:0"]) {
      await pressForged(h, { id: 2002, first_name: "Siti" }, data);
      expect(h.standIn.answeredCallbacks.at(-1)?.text, data).toContain("hanya untuk koordinator pokja dan admin");
    }
    // Another pokja's list is not shown to Dewi, even with its filter buttons forged.
    await pressForged(h, dewi, "rl:1:all:all:0");
    expect(h.standIn.lastMessage(2004)?.text).toBe("Usulan pokja ini hanya dapat dilihat oleh anggotanya.");
    for (const data of ["rl:1:zzz:all:0", "rlf:1:s:zzz:all", "rl:1:all:zzz:0"]) {
      await pressForged(h, { id: 2002, first_name: "Siti" }, data);
      expect(h.standIn.answeredCallbacks.at(-1)?.text, data).toContain("tidak berlaku");
    }
    // An id no table can hold is forged data: it matches no button. The largest valid id is looked up.
    await pressForged(h, { id: 2002, first_name: "Siti" }, "rc:99999999999");
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("tidak berlaku");
    await pressForged(h, { id: 2002, first_name: "Siti" }, "rc:2147483647");
    expect(h.standIn.lastMessage(2002)?.text).toBe("Usulan tidak ditemukan.");
    // Someone not registered gets the usual explanation, and no flow.
    await pressForged(h, outsider, "rc:1");
    expect(await h.say("as 9999 Tamu", "/usul")).toContain("belum terdaftar");
    expect(await h.db.recommendation.count()).toBe(1);
  });

  it("checks the pokja again when the submission is sent: a member who left meanwhile is refused", async () => {
    await h.run("as 2002 Siti", "/usul", "press Data", "Integrasi data kependudukan antar daerah");
    await h.run("Data kependudukan di tiap daerah belum saling terhubung.", "Membangun layanan berbagi pakai data kependudukan.", "Layanan publik lebih cepat dan tanpa pendataan ganda.");
    await h.run("press Lewati", "press Tanpa lampiran");
    await h.db.pokjaMembership.updateMany({ where: { memberId: ids.siti }, data: { status: "left" } });
    expect(await h.say("press Ajukan usulan")).toContain("tidak lagi tercatat sebagai anggota Pokja Kebijakan");
    expect(await h.db.recommendation.count()).toBe(0);
  });

  it("limits submissions per member per day, with a friendly explanation", async () => {
    const limited = createRecommendationService({ db: h.db, clock: h.clock, dailyLimit: 2 });
    expect((await limited.submit(draft({ title: "Usulan pertama hari ini" }))).ok).toBe(true);
    expect((await limited.submit(draft({ title: "Usulan kedua hari ini" }))).ok).toBe(true);
    expect(await limited.submit(draft({ title: "Usulan ketiga hari ini" }))).toEqual({ ok: false, reason: "limit" });
    const { recommendations } = h.created.services; // the default, 5 a day
    for (let i = 3; i <= 5; i++) await recommendations.submit(draft({ title: `Usulan nomor ${i} hari ini` }));
    expect(await h.say("as 2002 Siti", "/usul")).toContain("sudah mengajukan 5 usulan hari ini");
    // Her day is WITA: at 00.00 WITA the next day she may submit again.
    h.clock.set(new Date("2026-12-01T16:00:00Z"));
    expect(await h.say("/usul")).toContain("Termasuk kategori apa?");
  });

  it("lists a pokja's recommendations by status and category, puts one on a meeting's agenda, and reports with a chart, CSV and XLSX", async () => {
    const { recommendations } = h.created.services;
    await recommendations.submit(draft());
    await recommendations.submit(draft({ submitterId: ids.andi, submitterName: "Andi Wijaya", title: "Pelatihan keamanan siber bagi ASN", category: "keamanan", timezone: "Asia/Jayapura" }));
    await recommendations.submit(draft({ submitterId: ids.andi, submitterName: "Andi Wijaya", title: "=HYPERLINK(1) aplikasi umum persuratan", category: "aplikasi", timezone: "Asia/Jayapura" }));
    await recommendations.transition(2, "ditinjau", null, { memberId: ids.budi, name: "Budi" }, 0);
    const list = await h.say("as 2002 Siti", "/usulan");
    expect(list).toContain("Usulan Pokja Kebijakan (3)");
    await h.run("press Saring status", "press Ditinjau");
    const filtered = h.standIn.lastMessageWithKeyboard(2002)!;
    expect(filtered.text).toContain("Status: Ditinjau · Kategori: Semua");
    expect(filtered.text).toContain("#2 · Pelatihan keamanan siber bagi ASN");
    expect(filtered.text).not.toContain("#1 ·");
    // A meeting of the pokja: the coordinator puts #2 on its agenda.
    await h.db.meeting.create({
      data: { pokjaId: 1, title: "Rapat Pokja Kebijakan Desember", agenda: "Usulan", startsAt: new Date("2026-12-10T02:00:00Z"), endsAt: new Date("2026-12-10T04:00:00Z"), timezone: "Asia/Jakarta", createdByName: "Budi", createdAt: new Date() },
    });
    await h.run("as 2001 Budi", "/tinjau", "press #2", "press Bahas dalam rapat");
    const agenda = await h.say("press Rapat Pokja Kebijakan Desember");
    expect(agenda).toContain("Usulan #2 dijadwalkan dibahas dalam Rapat Pokja Kebijakan Desember");
    // The meeting is still to come: "Dijadwalkan dibahas", not yet "Dibahas".
    expect(agenda).toContain("[bot -> 2003] 📋 Usulan #2: Pelatihan keamanan siber bagi ASN\n  Status: Ditinjau → Dijadwalkan dibahas");
    await pressForged(h, { id: 2001, first_name: "Budi" }, "mt:c:1");
    expect(h.standIn.lastMessage(2001)?.text).toContain("Usulan yang dibahas:\n• #2 Pelatihan keamanan siber bagi ASN");
    // The report.
    await h.run("/rekap_usulan");
    const report = await h.say("press 30 hari terakhir");
    expect(report).toContain("[foto] rekap-usulan.png");
    expect(report).toContain("Rekap usulan (30 hari terakhir): 3 usulan");
    expect(report).toContain("• Diajukan: 2");
    expect(report).toContain("• Dijadwalkan dibahas: 1");
    expect(report).not.toContain("• Dibahas:");
    expect(report).toContain("• Papua: 2");
    expect(report).toContain("• Sulawesi Selatan: 1");
    await h.run("press CSV");
    const csv = Buffer.from(h.standIn.getStoredFile(h.standIn.lastMessage(2001)!.fileId!)!.bytes!).toString("utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFNo. Usulan,Pokja,Kategori,Status,Judul,Pengusul,Instansi,Provinsi,Dukungan,Diajukan,Diperbarui,Tugas SPBE Terkait");
    expect(csv).toContain(",'=HYPERLINK(1) aplikasi umum persuratan,"); // text, not a formula
    expect(csv).toContain("2,Kebijakan,Keamanan,Dijadwalkan dibahas,Pelatihan keamanan siber bagi ASN");
    await h.run("/rekap_usulan", "press 30 hari terakhir", "press Excel");
    const xlsx = h.standIn.getStoredFile(h.standIn.lastMessage(2001)!.fileId!)!.bytes!;
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Usulan")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("No. Usulan");
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(10).value).toBeInstanceOf(Date);
    // A coordinator of another pokja sees only that pokja's recommendations.
    await h.created.services.pokja.assignCoordinator(admin, 2, ids.dewi);
    await h.run("as 2004 Dewi", "/rekap_usulan");
    expect(await h.say("press 30 hari terakhir")).toContain("Rekap usulan (30 hari terakhir): 0 usulan");
    // A member (not a coordinator) gets no report.
    expect(await h.say("as 2002 Siti", "/rekap_usulan")).toContain("hanya untuk koordinator pokja dan admin");
  });
});

// Found in review: long texts split, forged fields, undoing "Dibahas", large ids.
describe("recommendations: long texts and undo", () => {
  let h: Harness;
  let ids: { budi: number; siti: number; andi: number };
  const cast = useKebijakanPokja();
  beforeEach(() => {
    ({ h, ids } = cast);
  });

  const draft = (over: Partial<NewRecommendation> = {}) => recommendationDraft(ids.siti, { timezone: "Asia/Jakarta", ...over });

  it("shows a long revision request and draft in parts, and ignores a forged field", async () => {
    const { recommendations } = h.created.services;
    const long = (word: string) => `${word} `.repeat(200).slice(0, 990);
    await recommendations.submit(draft({ problem: long("masalah"), solution: long("solusi"), benefit: long("manfaat") }));
    const budi = { memberId: ids.budi, name: "Budi Santoso" };
    await recommendations.transition(1, "ditinjau", null, budi, 0);
    await recommendations.transition(1, "perlu_revisi", "alasan ".repeat(140).trim(), budi, 1);
    await pressForged(h, { id: 2002, first_name: "Siti" }, "rv:1:2");
    const parts = h.standIn.messagesIn(2002).filter((m) => m.text.includes("Revisi usulan #1") || m.text.includes("manfaat manfaat"));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.every((m) => m.text.length <= 4096)).toBe(true);
    const revise = h.standIn.lastMessageWithKeyboard(2002)!;
    const edit = revise.buttons.flat().find((b) => b.text === "✏️ Manfaat")!.callbackData!;
    await pressForged(h, { id: 2002, first_name: "Siti" }, edit.replace(/:benefit$/, ":constructor"), revise.messageId);
    await h.run("as 2002 Siti", "press Ajukan ulang");
    expect((await h.db.recommendation.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("diajukan");
  });

  it("takes a recommendation off the meeting's agenda when 'Dibahas' is undone, and writes ids without separators", async () => {
    const { recommendations } = h.created.services;
    await h.db.recommendation.create({
      data: { id: 2026, pokjaId: 1, submitterId: ids.siti, category: "data", title: "Usulan bernomor besar", problem: "p", solution: "s", benefit: "b", submittedAt: new Date(), updatedAt: new Date() },
    });
    const meeting = await h.db.meeting.create({
      data: { pokjaId: 1, title: "Rapat Pokja", agenda: "Usulan", startsAt: new Date("2026-12-28T02:00:00Z"), endsAt: new Date("2026-12-28T04:00:00Z"), timezone: "Asia/Jakarta", createdByName: "Budi", createdAt: new Date() },
    });
    const budi = { memberId: ids.budi, name: "Budi Santoso" };
    await recommendations.transition(2026, "ditinjau", null, budi, 0);
    expect((await recommendations.scheduleInMeeting(2026, meeting.id, budi, 1)).ok).toBe(true);
    await h.run("clock +1m"); // the pokja is invited to the new meeting first
    await h.run("as 2001 Budi", "/tinjau", "press #2026", "press Batalkan langkah terakhir");
    const undone = await h.db.recommendation.findUniqueOrThrow({ where: { id: 2026 } });
    expect(undone.status).toBe("ditinjau");
    expect(undone.meetingId).toBeNull();
    expect(h.standIn.messagesIn(2002).findLast((m) => m.text.startsWith("📋"))!.text).toContain("Langkah terakhir dibatalkan; status kembali menjadi Ditinjau.");
    await h.run("as 2001 Budi", "/tinjau");
    expect(h.standIn.lastMessageWithKeyboard(2001)!.text).toContain("#2026 · Usulan bernomor besar");
    await h.run("press #2026", "press Terima", "press Tanpa catatan");
    expect(h.standIn.messagesIn(2002).at(-1)!.text).toContain("📋 Usulan #2026: Usulan bernomor besar");
  });
});
