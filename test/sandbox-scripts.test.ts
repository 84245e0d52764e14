// The sandbox's example scripts (scripts/sandbox/*.txt), run in process through the harness: the
// same journeys and transcript as `npm run sandbox < script` (test/sandbox-cli.test.ts spawns that once).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createHarness } from "./support/bot-harness.js";

// Each script takes seconds on SQLite and several times that on PostgreSQL: the timeouts are
// vitest.config.ts's, which allow for the provider.

const root = path.join(import.meta.dirname, "..");

/** Runs a script line by line as the CLI does (a failing line prints "!! ...") and returns the transcript. */
async function runScript(name: string): Promise<string> {
  const h = await createHarness();
  try {
    const lines = readFileSync(path.join(root, "scripts", "sandbox", name), "utf8").split(/\r?\n/);
    if (lines.at(-1) === "") lines.pop();
    const out: string[] = [];
    for (const line of lines) {
      try {
        out.push(...(await h.handleLine(line)));
      } catch (error) {
        out.push(`!! ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return out.map((l) => `${l}\n`).join("");
  } finally {
    await h.dispose();
  }
}

describe("sandbox scripts", () => {
  it("shows members joining pokja, a coordinator, a linked group, join requests and the CSV export", async () => {
    const transcript = await runScript("pokja.txt");
    expect(transcript).toContain("Bapak/Ibu kini menjadi anggota Pokja Kebijakan.");
    expect(transcript).toContain("Bapak/Ibu kini menjadi anggota Pokja Infrastruktur dan Aplikasi.");
    expect(transcript).toContain("[bot -> 2001] Bapak/Ibu Budi Santoso, S.Kom. kini menjadi koordinator Pokja Kebijakan.");
    expect(transcript).toContain("✅ Budi Santoso, S.Kom. menghubungkan grup ini dengan Pokja Kebijakan.");
    expect(transcript).toMatch(/\[2002 Siti\] meminta bergabung ke grup -1001234567890 Pokja Kebijakan Forum Kominfo\n-- permintaan disetujui/);
    expect(transcript).toMatch(/\[3003 Tamu\] meminta bergabung[^\n]*\n\[bot -> 3003\] Permintaan Bapak\/Ibu bergabung[^\n]*\n-- permintaan ditolak/);
    expect(transcript).toMatch(/\[bot -> 2001\] \[dokumen\] anggota-pokja-kebijakan-[\w-]+\.csv \(\d+ byte\)/);
    expect(transcript).not.toContain("!!");
  });

  it("queries, searches, follows and updates SPBE tasks, and imports a CSV after refusing a bad one", async () => {
    const transcript = await runScript("tugas.txt");
    expect(transcript).toMatch(/\[bot -> 2002\] \[foto\] tugas-spbe\.png \(\d+ byte\)/);
    expect(transcript).toContain("Jumlah tugas: 48");
    expect(transcript).toContain("[bot -> 2002] Tugas 2 — Menyusun dan menetapkan Peta Rencana SPBE Nasional");
    expect(transcript).toContain("Hal. 2/");
    expect(transcript).toContain("Bapak/Ibu kini mengikuti Tugas 2");
    expect(transcript).toContain("[bot -> 2002] 📌 Tugas 2 diperbarui: Menyusun dan menetapkan Peta Rencana SPBE Nasional");
    expect(transcript).toContain('Baris 3, kolom progres: Progres "seratus" harus berupa angka bulat.');
    expect(transcript).toContain("Impor selesai: 2 tugas baru, 0 diperbarui, 0 tidak berubah.");
    expect(transcript).not.toContain("!!");
  });

  it("schedules a meeting, collects answers, reminds on the sandbox clock, moves it, takes attendance, shares minutes and cancels a series", async () => {
    const transcript = await runScript("rapat.txt");
    expect(transcript).not.toContain("!!");
    expect(transcript).toContain("[bot -> 2001] Rapat dimulai Senin, 28 Desember 2026 pukul 09.00 WIB. Sudah benar?");
    expect(transcript).toContain("[bot -> 2003] 📅 Undangan Rapat Pokja Kebijakan");
    expect(transcript).toContain("• Andi Wijaya — Dinas Komunikasi dan Informatika Kota Jayapura → Rina Marlina, Kepala Seksi Aplikasi");
    // Each reminder arrives once, at its time, in each member's zone.
    const dayBefore = transcript.split("\n").filter((l) => l.startsWith("[bot -> 2002] ⏰ Pengingat rapat, 1 hari sebelumnya"));
    expect(dayBefore).toHaveLength(2); // for 09.00, and again for the new time 13.00
    expect(transcript).toMatch(/-- jam: Minggu, 27 Desember 2026 pukul 09\.00 WIB\n\[bot -> 2001\] ⏰ Pengingat rapat, 1 hari sebelumnya/);
    expect(transcript).toMatch(/-- jam: Minggu, 27 Desember 2026 pukul 09\.01 WIB\n#/); // nothing twice
    expect(transcript).toMatch(/-- jam: Senin, 28 Desember 2026 pukul 12\.00 WIB\n\[bot -> 2001\] ⏰ Pengingat rapat, 1 jam sebelumnya/);
    expect(transcript).toContain("[bot -> 2003] 🕘 Jadwal rapat diubah (sebelumnya Senin, 28 Desember 2026 pukul 11.00 WIT).");
    expect(transcript).toContain("[bot -> 2002] (notifikasi) Kehadiran Bapak/Ibu tercatat. Terima kasih.");
    expect(transcript).toContain("[bot -> 2003] 📝 Notulen: Rapat Koordinasi Pokja Kebijakan");
    expect(transcript).toContain("[bot -> 2002] ⏰ Pengingat tindak lanjut, tenggat besok (8 Januari 2027):");
    expect(transcript).toContain("  🔁 Rapat rutin setiap minggu, 4 kali:");
    expect(transcript).toContain("[bot -> 2002] ❌ Rapat Pokja Kebijakan dibatalkan: 2 pertemuan");
  });

  it("submits a recommendation, warns of a near-duplicate, reviews it through revision to acceptance, and reports", async () => {
    const transcript = await runScript("usulan.txt");
    expect(transcript).not.toContain("!!");
    expect(transcript).toContain("[bot -> 2001] 🆕 Usulan baru #1 untuk Pokja Kebijakan (Data)");
    expect(transcript).toContain("[bot -> 2003] Sudah ada usulan dengan judul yang mirip di pokja ini.");
    expect(transcript).toContain("[bot -> 2003] Dukungan Bapak/Ibu untuk usulan #1 tercatat.");
    for (const step of ["Diajukan → Ditinjau", "Ditinjau → Perlu revisi", "Ditinjau → Diterima"]) {
      expect(transcript).toContain(`[bot -> 2002] 📋 Usulan #1: Integrasi data kependudukan antar daerah\n  Status: ${step}`);
    }
    expect(transcript).toContain("[bot -> 2001] 🔁 Usulan #1 telah direvisi dan diajukan ulang");
    expect(transcript).toMatch(/\[bot -> 2001\] \[foto\] rekap-usulan\.png \(\d+ byte\)/);
    expect(transcript).toMatch(/\[bot -> 2001\] \[dokumen\] rekap-usulan-[\d-]+\.csv/);
    expect(transcript).toMatch(/\[bot -> 2001\] \[dokumen\] rekap-usulan-[\d-]+\.xlsx/);
    expect(transcript).toContain("Ditinjau → Diterima (Budi Santoso, S.Kom.): Disetujui untuk diusulkan dalam rencana kerja 2027.");
  });

  it("plans a meeting as officials do: a typed duration, a holiday warning, a deputy on the attendance list", async () => {
    const transcript = await runScript("rapat-kebiasaan.txt");
    expect(transcript).not.toContain("!!");
    expect(transcript).toContain("[bot -> 2001] 25 Desember 2026 adalah Hari Raya Natal. Tetap jadwalkan?");
    expect(transcript).toContain("[bot -> 2001] Lama rapat: 1 jam 30 menit.");
    expect(transcript).toContain("• Andi Wijaya diwakili oleh Rina Marlina, Kepala Seksi Aplikasi ✅");
    expect(transcript).toContain("Hadir 3 dari 3 undangan");
  });

  it("opens the main menu by role, answers free text with it, skips the NIP and offers a name in proper case", async () => {
    const transcript = await runScript("menu.txt");
    expect(transcript).not.toContain("!!");
    expect(transcript).toContain("[1] 📅 Rapat  [2] 📊 Tugas SPBE");
    expect(transcript).toContain("[7] 📝 Tinjau usulan  [8] 🗓️ Jadwalkan rapat");
    expect(transcript).toContain('Untuk itu, silakan tekan tombol "📅 Rapat" pada menu di bawah ini.');
    expect(transcript).toContain("NI PPPK: 199001012022212015");
    expect(transcript).toContain("Baik, NIP tidak diisi.");
    expect(transcript).toContain("[1] ✅ Siti Rahayu");
  });

  it("answers in a pokja's group: coming meetings in three zones, the pokja's tasks, personal commands, an unlinked group, /putuskan asked first", async () => {
    const transcript = await runScript("grup.txt");
    expect(transcript).not.toContain("!!");
    expect(transcript).toContain("🕘 Senin, 28 Desember 2026 pukul 09.00 WIB / 10.00 WITA / 11.00 WIT");
    expect(transcript).toContain("Tugas SPBE Pokja Kebijakan (per 20 Desember 2026)");
    expect(transcript).toContain("Perintah /profil digunakan dalam percakapan pribadi dengan bot.");
    expect(transcript).toContain("Grup ini belum terhubung dengan pokja mana pun, sehingga bot belum dapat menampilkan rapat dan tugas pokja di sini.");
    expect(transcript).toContain("Putuskan grup ini dari Pokja Kebijakan?");
    expect(transcript).toContain("Grup ini tetap terhubung dengan Pokja Kebijakan.");
  });

  it("sends a pokja broadcast with its sender's header, and a member's reply reaches the coordinator", async () => {
    const transcript = await runScript("siaran-balas.txt");
    expect(transcript).not.toContain("!!");
    expect(transcript).toContain("📣 Siaran Pokja Kebijakan · Budi Santoso, S.Kom. (koordinator)");
    expect(transcript).toContain("[bot -> 2001] 💬 Balasan atas siaran Bapak/Ibu");
    expect(transcript).toContain("Dari: Siti Rahayu, Dinas Komunikasi dan Informatika Kota Makassar");
    expect(transcript).toContain("✅ Jawaban Bapak/Ibu untuk Siti Rahayu telah diteruskan.");
  });

  it("finds the agency from the words officials use: a province abbreviation, Komdigi, a typo", async () => {
    const transcript = await runScript("instansi.txt");
    expect(transcript).not.toContain("!!");
    expect(transcript).toContain("[2001 Dewi] menekan [Dinas Komunikasi dan Informatika Provinsi Jawa Barat]");
    expect(transcript).toContain("[2002 Rudi] menekan [Direktorat Jenderal Teknologi Pemerintah Digital (Kementerian Komdigi)]");
    expect(transcript).toContain("[2003 Wati] menekan [Dinas Komunikasi dan Informatika Kota Surabaya]");
  });
});
