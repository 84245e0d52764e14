import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUDI_UNTIL_SUMMARY, createHarness, pressForged, type Harness } from "./support/bot-harness.js";

describe("profile", () => {
  let h: Harness;
  afterEach(async () => {
    await h.dispose();
  });

  it("shows the member their own data and lets them correct it", async () => {
    h = await createHarness();
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "as 1001", "press Setujui", "as 2001");
    const card = await h.say("/profil");
    expect(card).toContain("Profil Bapak/Ibu");
    expect(card).toContain("NIP: 198503122010011003");
    expect(card).toContain("Telepon: +628120002001");
    await h.run("press Ubah NIP");
    expect(await h.say("123")).toContain("18 angka");
    expect(await h.say("199001152015032001")).toContain("Profil Bapak/Ibu telah diperbarui");
    await h.run("/profil", "press Ubah nama");
    expect(await h.say("Budi Santoso, S.Kom.")).toContain("sama dengan yang sudah tercatat");
    await h.run("/profil", "press Zona waktu");
    expect(await h.say("press WITA")).toContain("Zona waktu disimpan: WITA");
    const member = await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    expect(member).toMatchObject({ nip: "199001152015032001", timezone: "Asia/Makassar" });
    // Dates follow the member's zone: registered 09.00 WIB is 10.00 WITA.
    expect(await h.say("/profil")).toContain("Terdaftar: Senin, 30 November 2026 pukul 10.00 WITA");
  });

  it("switches the language to English and back", async () => {
    h = await createHarness();
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "/profil", "press Bahasa");
    expect(await h.say("press English")).toContain("Language saved: English.");
    expect(await h.say("/start")).toContain("Your registration is awaiting approval");
    expect(await h.say("/bantuan")).toContain("See the status of your registration with /start and your details with /profil.");
    await h.run("/profil", "press Bahasa");
    expect(await h.say("press Bahasa Indonesia")).toContain("Bahasa disimpan: Bahasa Indonesia.");
  });

  it("offers no edits to a suspended member and refuses a forged edit button", async () => {
    h = await createHarness();
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim");
    await h.db.member.update({ where: { telegramId: 2001n }, data: { status: "suspended", suspensionReason: "Uji" } });
    const card = await h.say("/profil");
    expect(card).not.toContain("Ubah nama");
    const refused = await pressForged(h, { id: 2001, first_name: "Budi" }, "prof:edit:name");
    expect(refused).toMatchObject({ show_alert: true });
    expect(await h.db.conversationState.count()).toBe(0);
  });
});

describe("profile changes checked at the moment they are saved", () => {
  it("refuses an edit from a member suspended while typing it", async () => {
    const h = await createHarness();
    try {
      await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "as 1001", "press Setujui", "as 2001", "/profil", "press Ubah jabatan");
      await h.db.member.update({ where: { telegramId: 2001n }, data: { status: "suspended", suspensionReason: "Uji" } });
      expect(await h.say("Sekretaris Dinas")).toContain("Keanggotaan Bapak/Ibu ditangguhkan oleh sekretariat sejak proses ini dimulai");
      expect((await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } })).position).toBe("Kepala Bidang Aplikasi Informatika");
    } finally {
      await h.dispose();
    }
  });
});

describe("restart in the middle of a registration", () => {
  it("continues where the member was, from the state kept in the database", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fk-restart-"));
    const databaseUrl = `file:${path.join(dir, "bot.db")}`;
    try {
      const before = await createHarness({ databaseUrl });
      await before.run("as 2001 Budi", "/daftar", "press Saya setuju", "Budi Santoso", "surabaya", "press 1");
      expect(await before.db.conversationState.count()).toBe(1);
      await before.dispose();

      // A new process: new bot, new stand-in, the same database file.
      const after = await createHarness({ databaseUrl });
      try {
        const out = await after.say("as 2001 Budi", "Pranata Komputer Ahli Muda");
        expect(out).toContain("4/5");
        await after.run("press Lewati", "Lewati", "press Kirim");
        const member = await after.db.member.findUniqueOrThrow({ where: { telegramId: 2001n }, include: { agency: true } });
        expect(member).toMatchObject({ fullName: "Budi Santoso", position: "Pranata Komputer Ahli Muda", status: "pending" });
        expect(member.agency.code).toBe("35.78");
      } finally {
        await after.dispose();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Each provider has its own migrations (prisma/migrations for SQLite, prisma/postgres/migrations).
const migrationsDirFor = (databaseUrl: string) =>
  /^postgres(ql)?:/.test(databaseUrl)
    ? path.join(import.meta.dirname, "..", "prisma", "postgres", "migrations")
    : path.join(import.meta.dirname, "..", "prisma", "migrations");

describe("errors", () => {
  it("keeps a registration whose saving failed, and the member submits again later", async () => {
    const h = await createHarness();
    try {
      await h.run(...BUDI_UNTIL_SUMMARY);
      await h.db.$executeRawUnsafe('DROP TABLE "AuditLog"');
      const out = await h.say("press Kirim");
      expect(out).toContain("pendaftaran belum dapat disimpan karena gangguan sistem");
      expect(out).toContain("Mohon periksa kembali data pendaftaran"); // the summary again, nothing lost
      expect(await h.db.member.count()).toBe(0); // the transaction rolled back: nothing half-saved
      expect(await h.say("as 3003 Tamu", "/start")).toContain("Selamat datang di Forum Kominfo Bot");

      // Once the database is whole again, the member's half-finished registration is still there.
      const migrationsDir = migrationsDirFor(h.databaseUrl);
      const migrations = readdirSync(migrationsDir)
        .filter((d) => /^\d{14}_/.test(d))
        .sort()
        .map((d) => readFileSync(path.join(migrationsDir, d, "migration.sql"), "utf8"));
      const statements = migrations
        .join(";\n")
        .split(";")
        .filter((sql) => /"AuditLog"/.test(sql) && /CREATE (TABLE|INDEX)|ALTER TABLE/.test(sql));
      for (const sql of statements) await h.db.$executeRawUnsafe(sql);
      expect(await h.say("as 2001 Budi", "press Kirim")).toContain("pendaftaran Bapak/Ibu telah kami terima");
      expect(await h.db.member.count()).toBe(1);
    } finally {
      await h.dispose();
    }
  });

  it("answers any failing update politely and keeps running", async () => {
    const h = await createHarness();
    try {
      await h.db.$executeRawUnsafe('ALTER TABLE "Member" RENAME TO "MemberGone"');
      expect(await h.say("as 3003 Tamu", "/start")).toContain("Maaf, terjadi kesalahan");
      await h.db.$executeRawUnsafe('ALTER TABLE "MemberGone" RENAME TO "Member"');
      expect(await h.say("/start")).toContain("Selamat datang di Forum Kominfo Bot");
    } finally {
      await h.dispose();
    }
  });
});
