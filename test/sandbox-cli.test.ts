// `npm run sandbox` as a user runs it: a separate process, lines on standard input.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

function startSandbox() {
  const child = spawn(process.execPath, [tsxCli, path.join(root, "tools", "sandbox", "main.ts")], {
    cwd: root,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, output: () => output, exited };
}

describe("sandbox from a script", () => {
  it("registers a user, approves them as admin 1001 and shows the new status", async () => {
    const sandbox = startSandbox();
    sandbox.child.stdin.end(readFileSync(path.join(root, "scripts", "sandbox", "registration.txt")));
    expect(await sandbox.exited).toBe(0);
    const transcript = sandbox.output();
    expect(transcript).toContain("[bot -> 2001] 1/5 · Siapa nama lengkap Bapak/Ibu");
    expect(transcript).toContain("[bot -> 1001] 🆕 Pendaftaran baru menunggu persetujuan");
    expect(transcript).toContain("  [1] ✅ Setujui  [2] ❌ Tolak");
    expect(transcript).toContain("[bot -> 2001] Selamat, Bapak/Ibu Budi Santoso, S.Kom.! Pendaftaran Bapak/Ibu sebagai anggota Forum Kominfo telah disetujui.");
    expect(transcript).toContain("Status: anggota aktif (Anggota)");
    expect(transcript).toMatch(/Status: aktif\n/);
  }, 60_000);

  it("handles each line as it arrives, so another program can drive it", async () => {
    const sandbox = startSandbox();
    const waitFor = async (text: string) => {
      for (let i = 0; i < 300 && !sandbox.output().includes(text); i++) await new Promise((r) => setTimeout(r, 50));
      return sandbox.output().includes(text);
    };
    sandbox.child.stdin.write("as 3003 Tamu\n/start\n");
    expect(await waitFor("Bapak/Ibu belum terdaftar")).toBe(true);
    sandbox.child.stdin.write("/daftar\n");
    expect(await waitFor("Persetujuan pemrosesan data pribadi")).toBe(true);
    sandbox.child.stdin.end("/batal\n");
    expect(await sandbox.exited).toBe(0);
    expect(sandbox.output()).toContain("Baik, proses dibatalkan.");
  }, 60_000);

  it("shows members joining pokja, a coordinator, a linked group, join requests and the CSV export", async () => {
    const sandbox = startSandbox();
    sandbox.child.stdin.end(readFileSync(path.join(root, "scripts", "sandbox", "pokja.txt")));
    expect(await sandbox.exited).toBe(0);
    const transcript = sandbox.output();
    expect(transcript).toContain("Bapak/Ibu kini menjadi anggota Pokja Kebijakan.");
    expect(transcript).toContain("Bapak/Ibu kini menjadi anggota Pokja Infrastruktur dan Aplikasi.");
    expect(transcript).toContain("[bot -> 2001] Bapak/Ibu Budi Santoso, S.Kom., Bapak/Ibu kini menjadi koordinator Pokja Kebijakan.");
    expect(transcript).toContain("✅ Grup ini kini terhubung dengan Pokja Kebijakan (oleh Budi Santoso, S.Kom.).");
    expect(transcript).toMatch(/\[2002 Siti\] meminta bergabung ke grup -1001234567890 Pokja Kebijakan Forum Kominfo\n-- permintaan disetujui/);
    expect(transcript).toMatch(/\[3003 Tamu\] meminta bergabung[^\n]*\n\[bot -> 3003\] Permintaan Bapak\/Ibu bergabung[^\n]*\n-- permintaan ditolak/);
    expect(transcript).toMatch(/\[bot -> 2001\] \[dokumen\] anggota-pokja-kebijakan-[\w-]+\.csv \(\d+ byte\)/);
    expect(transcript).not.toContain("!!");
  }, 60_000);

  it("queries, searches, follows and updates SPBE tasks, and imports a CSV after refusing a bad one", async () => {
    const sandbox = startSandbox();
    sandbox.child.stdin.end(readFileSync(path.join(root, "scripts", "sandbox", "tugas.txt")));
    expect(await sandbox.exited).toBe(0);
    const transcript = sandbox.output();
    expect(transcript).toMatch(/\[bot -> 2002\] \[foto\] tugas-spbe\.png \(\d+ byte\)/);
    expect(transcript).toContain("Jumlah tugas: 48");
    expect(transcript).toContain("[bot -> 2002] Tugas 2 — Menyusun dan menetapkan Peta Rencana SPBE Nasional");
    expect(transcript).toContain("Hal. 2/");
    expect(transcript).toContain("Bapak/Ibu kini mengikuti Tugas 2");
    expect(transcript).toContain("[bot -> 2002] 📌 Tugas 2 diperbarui: Menyusun dan menetapkan Peta Rencana SPBE Nasional");
    expect(transcript).toContain('Baris 3, kolom progres: Progres "seratus" harus berupa angka bulat.');
    expect(transcript).toContain("Impor selesai: 2 tugas baru, 0 diperbarui, 0 tidak berubah.");
    expect(transcript).not.toContain("!!");
  }, 90_000);

  it("schedules a meeting, collects answers, reminds on the sandbox clock, moves it, takes attendance, shares minutes and cancels a series", async () => {
    const sandbox = startSandbox();
    sandbox.child.stdin.end(readFileSync(path.join(root, "scripts", "sandbox", "rapat.txt")));
    expect(await sandbox.exited).toBe(0);
    const transcript = sandbox.output();
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
    expect(transcript).toContain("[bot -> 2003] 📝 Notulen rapat: Rapat Koordinasi Pokja Kebijakan");
    expect(transcript).toContain("[bot -> 2002] ⏰ Pengingat tindak lanjut, tenggat besok (8 Januari 2027):");
    expect(transcript).toContain("  🔁 Rapat rutin setiap minggu, 4 kali:");
    expect(transcript).toContain("[bot -> 2002] ❌ Rapat Pokja Kebijakan dibatalkan: 2 pertemuan");
  }, 90_000);

  it("submits a recommendation, warns of a near-duplicate, reviews it through revision to acceptance, and reports", async () => {
    const sandbox = startSandbox();
    sandbox.child.stdin.end(readFileSync(path.join(root, "scripts", "sandbox", "usulan.txt")));
    expect(await sandbox.exited).toBe(0);
    const transcript = sandbox.output();
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
  }, 90_000);
});
