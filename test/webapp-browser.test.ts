// The Mini App in a real browser (issue 15): the app as it runs (startApp: the HTTP server with the
// page and the API, a real database), the page built as `npm run build` builds it, and Debian's
// Chromium driven by playwright-core. Opens /app/ with signed init data in the hash as Telegram does,
// checks the summary chart shows the database's figures, answers a meeting on the page and reads the
// answer back from the database, and keeps screenshots in test-artifacts/. Skips (one line saying
// why) when Chromium is not installed.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWebApp } from "../scripts/build-webapp.mjs";
import { PROJECT_ROOT, startApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { systemClock } from "../src/shared/clock.js";
import { taskSearchText } from "../src/spbe-tasks/task-service.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";
import { findChromium, launchChromium, miniAppUrl } from "./support/browser.js";
import { initDataFor, type WebAppUser } from "./support/init-data.js";
import { collectingLogger } from "./support/log-collector.js";
import { registerMember } from "./support/register-member.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
const ADMIN = 1001;
const ARTIFACTS = path.join(PROJECT_ROOT, "test-artifacts");
const chromiumPath = findChromium();
if (!chromiumPath) console.log("webapp-browser: SKIPPED - Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH); the Mini App was not tried in a browser.");

const budi: WebAppUser = { id: 5001, first_name: "Budi", language_code: "id" };
const stranger: WebAppUser = { id: 5999, first_name: "Tamu", language_code: "id" };
const admin: WebAppUser = { id: ADMIN, first_name: "Admin", language_code: "id" };
const sari: WebAppUser = { id: 5002, first_name: "Sari", language_code: "id" };
const eko: WebAppUser = { id: 5003, first_name: "Eko", language_code: "en" };

let temp: TempDatabase;
let standIn: BotApiStandIn;
let app: App;
let browser: Browser;
let base: string;
let meetingId: number;
let plenaryId: number;
let applicantId: number;
let recommendationId: number;
const problems: string[] = [];

async function openAs(user: WebAppUser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  // Any script error or CSP refusal on the page fails the test at the end.
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // The refusals the test asks for (403 for a stranger, 401 without init data) are logged by the browser; nothing else may be.
    if (message.type() === "error" && !/status of 40[13] /.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.goto(miniAppUrl(base, initDataFor(TOKEN, user, systemClock.now())));
  return page;
}

describe.skipIf(!chromiumPath)("Mini App in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // What `npm run build` writes, where the app serves it from (dist/webapp).
    await buildWebApp({ quiet: true });
    temp = await createTempDatabase();
    standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
    app = await startApp({
      config: loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: temp.url, WEB_PORT: "0", ADMIN_TELEGRAM_IDS: String(ADMIN) }),
      clock: systemClock,
      logger: collectingLogger("info"),
      client: { fetch: createInProcessFetch(standIn) as never, apiRoot: "http://bot-api.invalid" },
      botInfo: standIn.botUser,
    });
    base = `http://127.0.0.1:${app.http?.port}`;

    const db = app.db;
    const members = app.created.services.members;
    const register = (user: WebAppUser, fullName: string, nip: string, language: "id" | "en" = "id") =>
      registerMember(db, members, {
        telegramId: user.id,
        fullName,
        position: "Kepala Bidang Aplikasi Informatika",
        nip,
        phone: `+62812345678${String(user.id).slice(-2)}`,
        language,
      });
    const registered = { member: await register(budi, "Budi Santoso", "198503122010011003") };
    await members.approve(registered.member.id, { memberId: null, telegramId: BigInt(ADMIN) });
    applicantId = (await register(sari, "Sari Wulandari", "199001012015032001")).id;
    const english = await register(eko, "Eko Prasetyo", "198801012012011001", "en");
    await members.approve(english.id, { memberId: null, telegramId: BigInt(ADMIN) });

    const now = Date.now();
    const day = 86_400_000;
    const pokja = await db.pokja.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" } });
    const task = (number: number, pokjaId: number | null, status: string, progress: number, target: number) =>
      db.spbeTask.create({
        data: { number, title: `Tugas ${number}`, searchText: taskSearchText({ number, title: `Tugas ${number}`, description: "", legalBasis: "" }), pokjaId, status, progress, targetDate: new Date(now + target * day), createdAt: new Date(now) },
      });
    await task(1, pokja[0]!.id, "berjalan", 40, -30); // overdue
    await task(2, pokja[0]!.id, "berjalan", 60, 30);
    await task(3, pokja[0]!.id, "selesai", 100, -30);
    await task(4, pokja[1]!.id, "belum_dimulai", 0, 60);
    await task(5, null, "ditunda", 10, -10); // overdue, no pokja
    // A task every province's own Dinas reports on; Jawa Timur's has finished it.
    const perProvince = await db.spbeTask.create({
      data: {
        number: 6,
        title: "Arsitektur SPBE provinsi",
        searchText: taskSearchText({ number: 6, title: "Arsitektur SPBE provinsi", description: "", legalBasis: "Perpres 95/2018" }),
        legalBasis: "Perpres 95/2018",
        pokjaId: pokja[0]!.id, status: "belum_dimulai", progress: 0, scope: "provinces", targetDate: new Date(now + 90 * day), createdAt: new Date(now) },
    });
    const jatim = await db.agency.findFirstOrThrow({ where: { kind: "provinsi", provinceCode: "35" } });
    await db.agencyTaskProgress.create({
      data: { taskId: perProvince.id, agencyId: jatim.id, provinceCode: "35", status: "selesai", progress: 100, updatedAt: new Date(now) },
    });

    const meeting = (title: string, pokjaId: number | null, inDays: number) =>
      db.meeting.create({
        data: {
          pokjaId,
          title,
          agenda: "1. Pembukaan\n2. Pembahasan",
          startsAt: new Date(now + inDays * day),
          endsAt: new Date(now + inDays * day + 2 * 3_600_000),
          timezone: "Asia/Jakarta",
          place: "Ruang Rapat Lt. 3",
          onlineUrl: "https://meet.example/abc",
          createdByName: "Admin",
          createdAt: new Date(now),
          invites: { create: { memberId: registered.member.id } },
        },
      });
    // Budi and Eko in the first pokja; Eko's recommendation on its board.
    for (const memberId of [registered.member.id, english.id]) {
      await db.pokjaMembership.create({ data: { pokjaId: pokja[0]!.id, memberId, status: "active", requestedAt: new Date(now), joinedAt: new Date(now) } });
    }
    const rec = await db.recommendation.create({
      data: {
        pokjaId: pokja[0]!.id,
        submitterId: english.id,
        category: "data",
        title: "Satu data perizinan daerah",
        problem: "Data perizinan tersebar.",
        solution: "Satu portal data.",
        benefit: "Layanan lebih cepat.",
        submittedAt: new Date(now - day),
        updatedAt: new Date(now - day),
      },
    });
    recommendationId = rec.id;
    meetingId = (await meeting("Rapat Koordinasi SPBE", pokja[0]!.id, 2)).id;
    plenaryId = (await meeting("Rapat Pleno Forum", null, 5)).id;

    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    standIn?.close();
    await temp?.cleanup();
  });

  it("shows the national summary chart with the database's figures, in Telegram's theme", async () => {
    const page = await openAs(budi);
    const chart = page.locator('svg[data-chart="status"]');
    await chart.waitFor();
    const values = Object.fromEntries(
      await chart.locator("g[data-key]").evaluateAll((groups) => groups.map((g) => [g.getAttribute("data-key"), Number(g.getAttribute("data-value"))])),
    );
    // The tasks as seeded (task 6, per province, counts by its national status: not started).
    expect(values).toEqual({ belum_dimulai: 2, berjalan: 2, selesai: 1, ditunda: 1 });
    // Bars are drawn to scale: "berjalan" (2) is twice as long as "selesai" (1).
    const widths = await chart.locator("g[data-key] rect:not(.chart-track)").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
    expect(widths[1]).toBeCloseTo(2 * widths[2]!, 5);
    expect(await page.locator('[data-stat="total"] strong').textContent()).toBe("6");
    expect(await page.locator('[data-stat="overdue"] strong').textContent()).toBe("2");
    expect(await page.locator('svg[data-chart="pokja"] > g').count()).toBe(3);
    // Indonesian, and the theme's colours applied.
    expect(await page.locator('[data-tab="tasks"]').textContent()).toBe("Tugas SPBE");
    const background = await page.evaluate("getComputedStyle(document.body).backgroundColor");
    expect(background).toBe("rgb(35, 46, 60)");
    await page.screenshot({ path: path.join(ARTIFACTS, "mini-app-ringkasan-tugas.png"), fullPage: true });
    await page.context().close();
  });

  it("answers a meeting from the page, and the answer is in the database", async () => {
    const page = await openAs(budi);
    await page.locator('[data-tab="meetings"]').click();
    const card = page.locator(`article[data-meeting="${meetingId}"]`);
    await card.waitFor();
    expect(await card.locator(".answer").getAttribute("data-rsvp")).toBe("pending");
    await card.locator('button[data-answer="hadir"]').click();
    await card.locator('.answer[data-rsvp="hadir"]').waitFor();
    const invite = await app.db.meetingInvite.findFirstOrThrow({ where: { meetingId, member: { telegramId: BigInt(budi.id) } } });
    expect(invite).toMatchObject({ rsvp: "hadir", deputyName: null });
    expect(invite.respondedAt).not.toBeNull();

    // A deputy: the name is asked on the page and saved with the answer.
    const plenary = page.locator(`article[data-meeting="${plenaryId}"]`);
    await plenary.locator('button[data-answer="diwakilkan"]').click();
    await plenary.locator('input[name="deputy"]').fill("Andi Wijaya");
    await plenary.locator('form.deputy button[type="submit"]').click();
    await plenary.locator('.answer[data-rsvp="diwakilkan"]').waitFor();
    const deputy = await app.db.meetingInvite.findFirstOrThrow({ where: { meetingId: plenaryId, member: { telegramId: BigInt(budi.id) } } });
    expect(deputy).toMatchObject({ rsvp: "diwakilkan", deputyName: "Andi Wijaya" });
    await page.screenshot({ path: path.join(ARTIFACTS, "mini-app-rapat.png"), fullPage: true });
    await page.context().close();
  });

  it("finds a task by searching, opens its page with the provinces' progress as bars", async () => {
    const page = await openAs(budi);
    await page.locator('input[name="q"]').fill("Arsitektur");
    await page.locator('form.filters button[type="submit"]').click();
    await page.locator('[data-task="6"]').waitFor();
    await page.locator(".hint", { hasText: "1 tugas ditemukan" }).waitFor();
    expect(await page.locator("[data-task]").count()).toBe(1);
    await page.locator('[data-task="6"]').click();
    await page.locator('[data-task-page="6"]').waitFor();
    const jatim = page.locator('table[data-table="provinces"] tr[data-province="35"]');
    await jatim.waitFor();
    expect(await jatim.getAttribute("data-done-percent")).toBe("100");
    expect(await page.locator("[data-figure-done]").getAttribute("data-figure-done")).toBe("1");
    // Which agencies of the province have reported: Jawa Timur's own, done.
    await jatim.locator("button").click();
    await page.locator('[data-province-agencies="35"] tr[data-status="selesai"]').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "mini-app-tugas-per-provinsi.png"), fullPage: true });
    // Back to the list, the search still there.
    await page.locator("button.back").click();
    expect(await page.locator('input[name="q"]').inputValue()).toBe("Arsitektur");
    await page.context().close();
  });

  it("shows the admin tab to admins only, and an admin approves a registration from the page", async () => {
    const member = await openAs(budi);
    await member.locator('[data-tab="tasks"]').waitFor();
    expect(await member.locator('[data-tab="admin"]').count()).toBe(0);
    await member.context().close();

    const page = await openAs(admin);
    await page.locator('[data-tab="admin"]').click();
    const card = page.locator(`article[data-registration="${applicantId}"]`);
    await card.locator('button[data-action="approve"]').click();
    await card.locator('[data-decision="approved"]').waitFor();
    expect((await app.db.member.findUniqueOrThrow({ where: { id: applicantId } })).status).toBe("approved");
    // The NIP is never on the page.
    expect(await page.content()).not.toContain("199001012015032001");
    await page.context().close();
  });

  it("supports a recommendation on the pokja's board from the page", async () => {
    const page = await openAs(budi);
    await page.locator('[data-tab="recommendations"]').click();
    const card = page.locator(`[data-column="diajukan"] article[data-recommendation="${recommendationId}"]`);
    await card.waitFor();
    expect(await page.locator("[data-column]").count()).toBe(8);
    await card.locator('button[data-action="support"]').click();
    await card.locator('[data-support-count="1"]').waitFor();
    // Supporting also follows, as in the chat.
    await card.locator('button[data-action="unfollow"]').waitFor();
    const member = await app.db.member.findFirstOrThrow({ where: { telegramId: BigInt(budi.id) } });
    expect(await app.db.recommendationSupport.count({ where: { recommendationId, memberId: member.id } })).toBe(1);
    expect((await app.db.recommendation.findUniqueOrThrow({ where: { id: recommendationId } })).supportCount).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "mini-app-usulan.png"), fullPage: true });
    await page.context().close();
  });

  it("speaks English to a member who chose English, and follows Telegram's theme changes", async () => {
    const page = await openAs(eko);
    await page.locator('[data-tab="tasks"]', { hasText: "SPBE tasks" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.locator("figcaption", { hasText: "Tasks by status" }).waitFor();
    // The user switches Telegram to its light theme: the app tells the page, which follows.
    await page.evaluate('Telegram.WebView.receiveEvent("theme_changed", { theme_params: { bg_color: "#ffffff", secondary_bg_color: "#efeff3", text_color: "#000000" } })');
    expect(await page.evaluate("getComputedStyle(document.body).backgroundColor")).toBe("rgb(239, 239, 243)");
    await page.context().close();
  });

  it("tells someone who is not registered to register in the bot, in Indonesian", async () => {
    const page = await openAs(stranger);
    const notice = page.locator('[data-message="webapp-error-not-registered"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Silakan daftar melalui bot terlebih dahulu");
    await page.context().close();
  });

  it("says to open the page from the bot when there is no init data", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/app/`);
    await page.locator('[data-message="webapp-error-no-init-data"]').waitFor();
    await context.close();
  });

  it("ran without script errors or CSP refusals", () => {
    expect(problems).toEqual([]);
  });
});
