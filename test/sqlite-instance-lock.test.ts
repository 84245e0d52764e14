// One bot process per SQLite file (issue 14): a second process on the same file stops at once with a
// clear message and a non-zero exit; the lock dies with its process, so after a SIGKILL a new one
// starts; tools such as the online backup still work while the bot runs. Real processes (the bundle
// `npm start` runs) against the Bot API stand-in; every wait is on a condition.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bundle } from "../scripts/build.mjs";
import { backupSqlite } from "../src/db/backup.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { lockSqliteInstance, InstanceLockError } from "../src/db/instance-lock.js";
import { BotApiStandIn, startBotApiServer, type BotApiServer } from "../tools/telegram-standin/index.js";

const root = path.join(import.meta.dirname, "..");
const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";
const ENTRY = path.join(root, "dist", "instance-lock-bot.mjs");

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function waitFor(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("one bot process per SQLite file", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-instance-lock-"));
  const file = path.join(dir, "bot.db");
  const url = `file:${file}`;
  const standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
  const running: Running[] = [];
  let server: BotApiServer;

  beforeAll(async () => {
    const template = inject("databaseTemplate");
    if (template && existsSync(template)) copyFileSync(template, file);
    server = await startBotApiServer(standIn);
    await bundle({ "instance-lock-bot": "src/main.ts" }, "dist");
  }, 60_000);

  afterAll(async () => {
    for (const bot of running) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill("SIGKILL");
    await Promise.all(running.map((bot) => bot.exited));
    standIn.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function runBot(): Running {
    const env = { ...process.env };
    for (const key of Object.keys(env)) if (/^(BOT_|DATABASE_URL|ADMIN_TELEGRAM_IDS|TELEGRAM_API_ROOT|LOG_LEVEL|PORT)/.test(key)) delete env[key];
    const child = spawn(process.execPath, [ENTRY], {
      cwd: dir,
      env: { ...env, WEB_PORT: "0", BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.url, DATABASE_URL: url, ADMIN_TELEGRAM_IDS: "1001", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
    const bot = { child, output: () => output, exited };
    running.push(bot);
    return bot;
  }

  async function polling(bot: Running): Promise<void> {
    await Promise.race([
      waitFor("the bot to poll", () => bot.output().includes("bot is polling for updates")),
      bot.exited.then(({ code }) => {
        throw new Error(`bot exited early (${code}): ${bot.output()}`);
      }),
    ]);
  }

  it("refuses a second process on the same file, clearly and non-zero; lets the backup run; starts again after a SIGKILL", async () => {
    const first = runBot();
    await polling(first);

    const second = runBot();
    const exit = await second.exited;
    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    expect(second.output()).toContain(`Basis data SQLite ${file} sudah dipakai oleh proses bot lain`);
    expect(second.output()).toContain("one process per SQLite file, use PostgreSQL for several instances");
    expect(second.output()).not.toContain("bot is polling for updates");
    expect(first.child.exitCode).toBeNull();

    // Another app in this process is refused too; tools that only read or copy the file are not.
    expect(() => lockSqliteInstance(parseDatabaseUrl(url))).toThrow(InstanceLockError);
    const backup = await backupSqlite(parseDatabaseUrl(url), path.join(dir, "backup.db"));
    expect(backup).toBeTruthy();
    expect(existsSync(path.join(dir, "backup.db"))).toBe(true);

    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    const third = runBot();
    await polling(third);
    third.child.kill("SIGTERM");
    expect((await third.exited).code).toBe(0);
    // A clean stop lets go as well.
    const lock = lockSqliteInstance(parseDatabaseUrl(url));
    expect(lock?.file).toBe(`${file}.instance-lock`);
    lock?.release();
  }, 120_000);
});
