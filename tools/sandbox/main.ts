// npm run sandbox [-- --db data/sandbox.db] [--admins 1001,1002] [--web-port 8090 | --no-web]
// Try the bot without a Telegram token. Interactive at a terminal; with piped input it handles
// each line to completion, prints the transcript and exits when the input ends.
// At a terminal (or with --web-port) it also serves the Mini App: the line "app" prints a link that
// opens it in a normal browser as the current sandbox user.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { buildWebApp } from "../../scripts/build-webapp.mjs";
import { createSandbox, DEFAULT_SANDBOX_USER } from "./sandbox.js";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const keepDb = option("db");
const scratch = keepDb ? null : mkdtempSync(path.join(os.tmpdir(), "fk-sandbox-"));
const databaseFile = keepDb ? path.resolve(keepDb) : path.join(scratch ?? "", "sandbox.db");
const adminIds = (option("admins") ?? String(DEFAULT_SANDBOX_USER))
  .split(",")
  .map((s) => s.trim())
  .filter((s) => /^\d+$/.test(s))
  .map(BigInt);

const interactive = Boolean(process.stdin.isTTY);
// The Mini App: at a terminal on port 8090 (or --web-port), off with piped input unless asked for.
const webPortOption = option("web-port");
const webPort = process.argv.includes("--no-web") ? null : webPortOption !== undefined ? Number(webPortOption) : interactive ? 8090 : null;
if (webPort !== null && !(Number.isInteger(webPort) && webPort >= 0 && webPort < 65536)) throw new Error(`--web-port: not a port: ${webPortOption}`);
const webScratch = webPort === null ? null : mkdtempSync(path.join(os.tmpdir(), "fk-sandbox-web-"));
const web = webScratch ? { port: webPort ?? 0, dir: (await buildWebApp({ outdir: path.join(webScratch, "webapp"), quiet: true })).outdir } : undefined;
const sandbox = await createSandbox({ databaseUrl: `file:${databaseFile}`, adminIds, web });

if (interactive) {
  console.log("Sandbox Forum Kominfo Bot. Ketik pesan seperti di Telegram, misalnya /start.");
  console.log('Perintah sandbox: as <id> [nama] · in group <id> [judul] · in private · press <n|label|"label"> · contact · file <path> · clock <ISO|+2h>');
  console.log(`Admin: ${adminIds.join(", ")}. Basis data: ${databaseFile}${keepDb ? "" : " (sementara)"}. Keluar: Ctrl+D.`);
}
const link = sandbox.webAppLink();
if (link) {
  console.log(`Mini App untuk ${sandbox.user.id} (${sandbox.user.first_name}): ${link}`);
  console.log('Ketik "app" untuk tautan pengguna saat ini (setelah "as <id>"); tautan berlaku 24 jam menurut jam sandbox.');
}

const rl = readline.createInterface({ input: process.stdin, terminal: interactive });
const prompt = () => {
  if (interactive) process.stdout.write(`${sandbox.user.id}> `);
};
prompt();
for await (const line of rl) {
  try {
    const out = await sandbox.handleLine(line);
    // At a terminal the user's own line is already on screen.
    const shown = interactive ? out.filter((l, i) => i > 0 || !l.startsWith(`[${sandbox.user.id} `)) : out;
    if (shown.length > 0) console.log(shown.join("\n"));
  } catch (error) {
    console.log(`!! ${error instanceof Error ? error.message : String(error)}`);
  }
  prompt();
}
await sandbox.close();
if (scratch) rmSync(scratch, { recursive: true, force: true });
if (webScratch) rmSync(webScratch, { recursive: true, force: true });
