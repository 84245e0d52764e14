// `npm run sandbox` as a user runs it: a separate process, lines on standard input. One smoke test;
// the longer scripts run in process (test/sandbox-scripts.test.ts).
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
  it("handles each line as it arrives (another program can drive it), then registers a user from a script", async () => {
    const sandbox = startSandbox();
    let running = true;
    void sandbox.exited.then(() => (running = false));
    // Until the text appears or the process ends: no time limit of its own (starting tsx and
    // migrating a new SQLite file takes long on a loaded machine); the test's timeout bounds it.
    const waitFor = async (text: string) => {
      while (running && !sandbox.output().includes(text)) await new Promise((r) => setTimeout(r, 50));
      return sandbox.output().includes(text);
    };
    sandbox.child.stdin.write("as 3003 Tamu\n/start\n");
    expect(await waitFor("Bapak/Ibu belum terdaftar")).toBe(true);
    sandbox.child.stdin.write("/daftar\n");
    expect(await waitFor("Persetujuan pemrosesan data pribadi")).toBe(true);
    sandbox.child.stdin.write("/batal\n");
    expect(await waitFor("Baik, proses dibatalkan.")).toBe(true);

    // The registration script: a member registers, admin 1001 approves, the new status shows.
    sandbox.child.stdin.end(readFileSync(path.join(root, "scripts", "sandbox", "registration.txt")));
    expect(await sandbox.exited).toBe(0);
    const transcript = sandbox.output();
    expect(transcript).toContain("[bot -> 2001] 1/5 · Siapa nama lengkap Bapak/Ibu");
    expect(transcript).toContain("[bot -> 1001] 🆕 Pendaftaran baru menunggu persetujuan");
    expect(transcript).toContain("  [1] ✅ Setujui  [2] ❌ Tolak");
    expect(transcript).toContain("[bot -> 2001] Selamat, Bapak/Ibu Budi Santoso, S.Kom.! Pendaftaran Bapak/Ibu sebagai anggota Forum Kominfo telah disetujui.");
    expect(transcript).toContain("Status: anggota aktif (Anggota)");
    expect(transcript).toMatch(/Status: aktif\n/);
    expect(transcript).not.toContain("!!");
  }, 180_000);
});
