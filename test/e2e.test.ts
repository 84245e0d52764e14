// The bot as a separate process, long polling over HTTP against the local Bot API stand-in.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBot } from "../scripts/build.mjs";
import { BotApiStandIn, startBotApiServer, type BotApiServer } from "../tools/telegram-standin/index.js";

const root = path.join(import.meta.dirname, "..");
const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runBot(env: Record<string, string>, cwd: string): Running {
  const clean = { ...process.env };
  for (const key of ["BOT_TOKEN", "DATABASE_URL", "ADMIN_TELEGRAM_IDS", "TELEGRAM_API_ROOT", "DEFAULT_TIMEZONE", "LOG_LEVEL", "PORT", "WEB_PORT", "BOT_MODE"]) delete clean[key];
  // As `npm start` runs it: the compiled bot on plain node.
  const child = spawn(process.execPath, ["--max-semi-space-size=2", "--max-old-space-size=128", path.join(root, "dist", "main.mjs")], {
    cwd,
    // Any free port for the HTTP server (8080 by default): test files run side by side.
    env: { ...clean, WEB_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe("npm start", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fk-e2e-"));
  beforeAll(() => buildBot(), 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("without BOT_TOKEN exits with status 1 and says what to do, without a stack trace", async () => {
    const bot = runBot({}, dir);
    expect(await bot.exited).toBe(1);
    const output = bot.output();
    expect(output).toContain("BOT_TOKEN belum diisi");
    expect(output).toContain("@BotFather");
    expect(output).toContain("npm run sandbox");
    expect(output).not.toMatch(/\n\s+at /);
  });

  describe("with a token, against a local Bot API", () => {
    const standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
    let server: BotApiServer;
    let bot: Running;

    beforeAll(async () => {
      server = await startBotApiServer(standIn);
      bot = runBot(
        {
          BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: server.url,
          DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
          ADMIN_TELEGRAM_IDS: "1001",
          LOG_LEVEL: "warn",
        },
        dir,
      );
      await Promise.race([
        standIn.waitForPoller({ timeoutMs: 60_000 }),
        bot.exited.then((code) => {
          throw new Error(`bot exited early (${code}): ${bot.output()}`);
        }),
      ]);
    }, 90_000);

    afterAll(async () => {
      if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
      await server.close();
    });

    const budi = { id: 2001, first_name: "Budi", username: "budi_sby", language_code: "id" };
    const admin = { id: 1001, first_name: "Sekretariat", language_code: "id" };

    /** Sends something as a user and waits for the bot's next message in that chat. */
    async function expectReply(chatId: number, act: () => void, contains: string) {
      const next = standIn.nextBotMessage({ chatId, predicate: (m) => m.text.includes(contains) }, { timeoutMs: 20_000 });
      act();
      return next;
    }

    it("registers a member over long polling and the admin approves them", async () => {
      expect(standIn.commandsFor({ type: "all_private_chats" }).map((c) => c.command)).toContain("daftar");

      await expectReply(2001, () => standIn.userSendsText(budi, "/start"), "belum terdaftar");
      await expectReply(2001, () => standIn.userPressesButtonLabeled(budi, 2001, "📝 Daftar sekarang"), "Persetujuan pemrosesan data pribadi");
      await expectReply(2001, () => standIn.userPressesButtonLabeled(budi, 2001, "✅ Saya setuju"), "1/5");
      await expectReply(2001, () => standIn.userSendsText(budi, "Budi Santoso, S.Kom."), "2/5");
      await expectReply(2001, () => standIn.userSendsText(budi, "surabaya"), "Ditemukan 1 instansi");
      await expectReply(2001, () => standIn.userPressesButtonLabeled(budi, 2001, "Dinas Komunikasi dan Informatika Kota Surabaya"), "3/5");
      await expectReply(2001, () => standIn.userSendsText(budi, "Kepala Bidang Aplikasi Informatika"), "4/5");
      await expectReply(2001, () => standIn.userSendsText(budi, "19850312 201001 1 003"), "5/5");
      await expectReply(2001, () => standIn.userSharesContact(budi, "+6281234567890"), "Mohon periksa kembali");
      const toAdmin = standIn.nextBotMessage({ chatId: 1001, predicate: (m) => m.text.includes("Pendaftaran baru") }, { timeoutMs: 20_000 });
      await expectReply(2001, () => standIn.userPressesButtonLabeled(budi, 2001, "📨 Kirim pendaftaran"), "menunggu persetujuan");
      const notification = await toAdmin;
      expect(notification.text).toContain("NIP: 198503122010011003");

      await expectReply(2001, () => standIn.userPressesButtonLabeled(admin, 1001, "✅ Setujui", notification.messageId), "telah disetujui");
      await expectReply(2001, () => standIn.userSendsText(budi, "/start"), "Status: anggota aktif");
    }, 120_000);

    it("stops gracefully on SIGTERM", async () => {
      bot.child.kill("SIGTERM");
      expect(await bot.exited).toBe(0);
      expect(bot.output()).not.toContain(TOKEN);
    }, 30_000);
  });
});
