import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approvedMember, createHarness, type Harness } from "./support/bot-harness.js";

const admin = { memberId: null, telegramId: 1001n };

describe("SPBE tasks in the bot", () => {
  let h: Harness;
  let dir: string;
  beforeEach(async () => {
    h = await createHarness();
    dir = mkdtempSync(path.join(os.tmpdir(), "fk-tasks-"));
    await approvedMember(h, 2001, "Budi Santoso");
    await approvedMember(h, 2002, "Siti Rahayu", "73.71");
  });
  afterEach(async () => {
    await h.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it("summarises the catalogue with a chart, by status and pokja", async () => {
    const out = await h.say("as 2001 Budi", "/tugas");
    expect(out).toMatch(/\[bot -> 2001\] \[foto\] tugas-spbe\.png \(\d+ byte\)/);
    expect(out).toContain("Jumlah tugas: 48");
    expect(out).toMatch(/Kebijakan: 17 tugas · selesai \d+/);
    const photo = h.standIn.messagesIn(2001).find((m) => m.type === "photo")!;
    const png = Buffer.from(h.standIn.getStoredFile(photo.fileId!)!.bytes!);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const list = await h.say("press Terlambat");
    expect(list).toMatch(/Tugas SPBE: ⚠️ Terlambat \(\d+\)/);
    expect(list).toContain("⚠️ terlambat");
  });

  it("shows a task's card, follows it, and refuses unknown numbers and empty searches", async () => {
    const card = await h.say("as 2001 Budi", "/tugas 1");
    expect(card).toContain("Tugas 1 — ");
    expect(card).toContain("Dasar hukum: Perpres 95/2018 Pasal 6-12");
    expect(card).toContain("Contoh katalog; bukan daftar resmi tugas forum.");
    expect(card).not.toContain("✏️ Perbarui"); // members may not update
    expect(await h.say("press Ikuti")).toContain("Bapak/Ibu kini mengikuti Tugas 1");
    expect(await h.say("/ikuti 1")).toContain("sudah mengikuti Tugas 1");
    expect(await h.say("/tugas 999")).toContain("Tugas 999 tidak ditemukan");
    expect(await h.say("/cari_tugas")).toContain("Ketik kata kunci");
    expect(await h.say("/tugas ?!")).toContain("Kata kunci terlalu pendek");
    expect(await h.say("/berhenti_ikuti 1")).toContain("tidak lagi mengikuti Tugas 1");
  });

  it("searches case-insensitively without punctuation and pages 10 at a time keeping the filter", async () => {
    const first = await h.say("as 2001 Budi", "/tugas SPBE");
    const total = Number(/Tugas SPBE: kata kunci "SPBE" \((\d+)\)/.exec(first)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(first).toContain("Hal. 1/");
    const second = await h.say("press Berikutnya");
    expect(second).toContain("Hal. 2/");
    expect(second).toContain('kata kunci "SPBE"');
    expect(await h.say("/cari_tugas arsitektur, (SPBE)!")).toContain("Arsitektur SPBE");
  });

  it("lets a coordinator update a task; followers are told; selesai under 100 % is confirmed", async () => {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    const task = await h.db.spbeTask.findFirstOrThrow({ where: { status: "berjalan", pokjaId: { not: null } }, orderBy: { number: "asc" } });
    const n = task.number;
    await h.created.services.pokja.assignCoordinator(admin, task.pokjaId!, budi.id);
    await h.run("as 2002 Siti", `/ikuti ${n}`);
    await h.run("as 2001 Budi", `/tugas ${n}`, "press Perbarui", "press selesai");
    expect(await h.say("150")).toContain("Progres harus berupa angka bulat 0 sampai 100");
    expect(await h.say("80")).toContain("Status selesai, tetapi progres 80%");
    await h.run("press Ya, jadikan 100");
    await h.run("Arsitektur SPBE Nasional telah ditetapkan.", "press Hanya pengikut");
    const saved = await h.say("press Simpan");
    expect(saved).toContain(`Tugas ${n} telah diperbarui. Pemberitahuan dikirim kepada 1 orang.`);
    expect(saved).toContain(`[bot -> 2002] 📌 Tugas ${n} diperbarui`);
    expect(saved).toContain("Catatan: Arsitektur SPBE Nasional telah ditetapkan.");
    const updated = await h.db.spbeTask.findUniqueOrThrow({ where: { number: n } });
    expect(updated).toMatchObject({ status: "selesai", progress: 100, note: "Arsitektur SPBE Nasional telah ditetapkan.", updatedByName: "Budi Santoso" });
    const history = await h.db.spbeTaskHistory.findFirstOrThrow({ where: { taskId: updated.id, source: "update" } });
    expect(JSON.parse(history.changes)).toMatchObject({ progress: { to: 100 }, status: { to: "selesai" } });
    expect(await h.say(`/tugas ${n}`)).toMatch(/Riwayat terakhir:\n.*status Berjalan → Selesai; progres \d+ → 100%/);
  });

  it("refuses an update by a member who does not coordinate the task's pokja", async () => {
    await h.run("as 2002 Siti", "/tugas 1");
    const forged = h.standIn.enqueueUpdate({
      callback_query: {
        id: "forged-task",
        from: { id: 2002, is_bot: false, first_name: "Siti" },
        chat_instance: "x",
        message: { message_id: 1, date: 0, chat: { id: 2002, type: "private", first_name: "Siti" } },
        data: "tk:e:1",
      },
    });
    await h.created.bot.handleUpdate(forged);
    expect(h.standIn.answeredCallbacks.at(-1)?.text).toContain("hanya dapat diperbarui oleh koordinator");
  });

  it("imports a CSV: a bad line is refused with its line and column, a good file is summarised and saved", async () => {
    const bad = file(
      "tugas.csv",
      "nomor;judul;progres;status\r\n101;Menyusun pedoman interoperabilitas data;40;berjalan\r\n102;Audit keamanan aplikasi;seratus;berjalan\r\n",
    );
    await h.run("as 1001", "/impor_tugas");
    const refused = await h.say(`file ${bad}`);
    expect(refused).toContain("Berkas belum dapat diimpor: ada 1 masalah.");
    expect(refused).toContain('Baris 3, kolom progres: Progres "seratus" harus berupa angka bulat.');
    expect(await h.db.spbeTask.count({ where: { number: { in: [101, 102] } } })).toBe(0);

    expect(await h.say(`file ${file("catatan.txt.docx", "bukan csv")}`)).toContain("bukan berkas CSV");
    expect(await h.say(`file ${file("latin1.csv", Buffer.from([0x6e, 0x6f, 0x6d, 0x6f, 0x72, 0x2c, 0x6a, 0x75, 0x64, 0x75, 0x6c, 0x0a, 0x31, 0x2c, 0xe9, 0x0a]))}`)).toContain(
      "tidak tersimpan sebagai teks UTF-8",
    );

    const good = file(
      "tugas-baik.csv",
      "\uFEFFnomor,judul,pokja,target,status,progres\r\n101,Menyusun pedoman interoperabilitas data,data-informasi,31/12/2026,berjalan,40\r\n1,Menyusun Arsitektur SPBE Nasional (revisi),kebijakan,2026-06-30,berjalan,60\r\n",
    );
    const summary = await h.say(`file ${good}`);
    expect(summary).toContain("1 tugas baru");
    expect(summary).toContain("1 tugas diperbarui");
    expect(await h.say("press Impor sekarang")).toContain("Impor selesai: 1 tugas baru, 1 diperbarui, 0 tidak berubah.");
    expect(await h.db.spbeTask.findUniqueOrThrow({ where: { number: 101 } })).toMatchObject({ status: "berjalan", progress: 40 });
    expect((await h.db.spbeTask.findUniqueOrThrow({ where: { number: 1 } })).title).toBe("Menyusun Arsitektur SPBE Nasional (revisi)");
    expect(await h.say("as 2001 Budi", "/impor_tugas")).toContain("hanya untuk admin");
  });

  it("exports the catalogue, or the current filter, as CSV with Indonesian headings", async () => {
    await h.run("as 2001 Budi", "/ekspor_tugas");
    const doc = h.standIn.lastMessage(2001)!;
    expect(doc.fileName).toMatch(/^tugas-spbe-.*\.csv$/);
    const csv = Buffer.from(h.standIn.getStoredFile(doc.fileId!)!.bytes!).toString("utf8");
    expect(csv.startsWith("\uFEFFNo,Judul,Deskripsi,Dasar Hukum")).toBe(true);
    expect(csv.trim().split("\r\n").length).toBeGreaterThan(48);
    await h.run("/tugas", "press selesai", "press Unduh CSV");
    const filtered = Buffer.from(h.standIn.getStoredFile(h.standIn.lastMessage(2001)!.fileId!)!.bytes!).toString("utf8");
    expect(filtered.split("\r\n").slice(1).filter(Boolean).every((line) => line.includes(",selesai,"))).toBe(true);
  });

  it("answers inline queries for members only", async () => {
    const ask = async (userId: number, query: string) => {
      await h.created.bot.handleUpdate(
        h.standIn.enqueueUpdate({ inline_query: { id: `iq-${userId}-${query}`, from: { id: userId, is_bot: false, first_name: "X" }, query, offset: "" } }),
      );
      return h.standIn.inlineAnswers.at(-1)!;
    };
    type Answer = { results: { title: string }[]; params: { button?: { text: string; start_parameter: string } } };
    const member = (await ask(2001, "arsitektur")) as unknown as Answer;
    expect(member.results.map((r) => r.title).join("\n")).toContain("Arsitektur");
    // Any task by its number, not only those on the first page of the catalogue.
    const last = await h.db.spbeTask.findFirstOrThrow({ orderBy: { number: "desc" } });
    expect(((await ask(2001, `tugas ${last.number}`)) as unknown as Answer).results.map((r) => r.title)).toEqual([`Tugas ${last.number} — ${last.title}`]);
    // Nobody is left without an answer: a stranger is told to register, a search that finds nothing says so.
    const stranger = (await ask(3003, "arsitektur")) as unknown as Answer;
    expect(stranger.results).toEqual([]);
    expect(stranger.params.button).toEqual({ text: "Daftar sebagai anggota Forum Kominfo", start_parameter: "daftar" });
    const nothing = (await ask(2001, "zzzqqq")) as unknown as Answer;
    expect(nothing.results).toEqual([]);
    expect(nothing.params.button?.text).toContain("Tidak ada tugas yang cocok");
  });

  it("reads only the task buttons it writes: forged or unknown data is not acted on", async () => {
    const press = async (data: string) => {
      const before = h.standIn.answeredCallbacks.length;
      await h.created.bot.handleUpdate(
        h.standIn.enqueueUpdate({
          callback_query: {
            id: `forged-${data}`,
            from: { id: 2001, is_bot: false, first_name: "Budi" },
            chat_instance: "x",
            message: { message_id: 1, date: 0, chat: { id: 2001, type: "private", first_name: "Budi" } },
            data,
          },
        }),
      );
      return h.standIn.answeredCallbacks.slice(before);
    };
    await h.run("as 2001 Budi", "/tugas 1");
    // A page number beyond any safe integer, a filter never written, a follow of task 0.
    for (const data of ["tk:l:99999999999999999999:a", "tk:l:0:zz", "tk:f:0", "tk:x:q"]) {
      const answers = await press(data);
      expect(answers.length, data).toBeGreaterThan(0);
    }
    expect(await h.db.spbeTaskFollower.count()).toBe(0);
    // A task that does not exist (deleted from the catalogue, or forged): one answer to the press, never two
    // (Telegram refuses a second, which failed the update).
    for (const data of ["tk:c:9999", "tk:f:9999", "tk:u:9999", "tk:e:9999", "tk:ae:9999", "tk:ap:9999:0"]) {
      const answers = await press(data);
      expect(answers, data).toHaveLength(1);
      expect(JSON.stringify(answers[0]), data).toContain("9999");
    }
  });

  it("sends coordinators a digest of overdue and due tasks, once a day, only when there is something", async () => {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    const infra = await h.db.pokja.findUniqueOrThrow({ where: { slug: "infrastruktur-aplikasi" } });
    await h.created.services.pokja.assignCoordinator(admin, infra.id, budi.id);
    const { taskDigest } = h.created.services;
    // Long-overdue tasks are not repeated every morning: nothing new, nothing sent.
    expect(await taskDigest.run()).toBe(0);
    const [late, soon] = await h.db.spbeTask.findMany({ where: { pokjaId: infra.id, status: { not: "selesai" } }, orderBy: { number: "asc" }, take: 2 });
    // Harness clock: 30 November 2026 09.00 WIB. One task's target was yesterday, another's is in 3 days.
    await h.db.spbeTask.update({ where: { id: late!.id }, data: { targetDate: new Date("2026-11-29T00:00:00Z") } });
    await h.db.spbeTask.update({ where: { id: soon!.id }, data: { targetDate: new Date("2026-12-03T00:00:00Z") } });
    expect(await taskDigest.run()).toBe(1);
    expect(await taskDigest.run()).toBe(1); // the same day's digest is enqueued once (dedupe key)
    await h.created.dispatcher.drain();
    const digests = h.standIn.messagesIn(2001).filter((m) => m.text.includes("Tugas pokja yang perlu perhatian"));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(`Baru melewati target (1):\n• Tugas ${late!.number}`);
    expect(digests[0]!.text).toContain(`Jatuh tempo dalam 7 hari (1):\n• Tugas ${soon!.number}`);
    expect(digests[0]!.text).toMatch(/Seluruh tugas pokja yang terlambat saat ini: \d+\./);
    // Nothing to report: every task of the pokja is done.
    await h.db.spbeTask.updateMany({ where: { pokjaId: infra.id }, data: { status: "selesai", progress: 100 } });
    h.clock.advance(86_400_000);
    expect(await taskDigest.run()).toBe(0);
  });

  it("writes task numbers as numbers are written on documents, without thousands separators", async () => {
    const { tasks } = h.created.services;
    await tasks.applyImport(
      [{ number: 2026, title: "Tugas bernomor besar", description: "", legalBasis: "", agencyCode: null, responsibleUnit: null, pokjaId: null, targetDate: null, status: "berjalan", progress: 10, note: null, line: 2 }],
      { memberId: null, name: "Uji" },
    );
    expect(await h.say("as 2001 Budi", "/tugas 2026")).toContain("Tugas 2026 — Tugas bernomor besar");
    expect(await h.say("/ikuti 2026")).toContain("mengikuti Tugas 2026 ");
  });

  it("escapes column names from an imported file in the error report", async () => {
    const file = path.join(dir, "jahat.csv");
    writeFileSync(file, "nomor,judul,<catatan>\n1,Judul yang cukup panjang,x\n");
    await h.run("as 1001", "/impor_tugas");
    const out = await h.say(`file ${file}`);
    expect(out).toContain("kolom <catatan>: Kolom tidak dikenal");
    expect(out).not.toContain("Maaf, terjadi kesalahan");
  });

  it("keeps a task's note when an update skips it", async () => {
    const budi = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    const task = await h.db.spbeTask.findFirstOrThrow({ where: { note: { not: null }, pokjaId: { not: null } } });
    await h.created.services.pokja.assignCoordinator({ memberId: null, telegramId: 1001n }, task.pokjaId!, budi.id);
    await h.run("as 2001 Budi", `/tugas ${task.number}`, "press Perbarui", `press ${task.status === "selesai" ? "• selesai" : "ditunda"}`);
    await h.run("press Tetap", "press Lewati");
    // The task has a pokja, so who is told is asked.
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain("Siapa yang diberi tahu");
    await h.run("press Hanya pengikut", "press Simpan");
    expect((await h.db.spbeTask.findUniqueOrThrow({ where: { id: task.id } })).note).toBe(task.note);
  });

});
