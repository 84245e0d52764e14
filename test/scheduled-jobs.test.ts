// Scheduled jobs once per scheduled time across instances sharing one database (issue 14): two
// claimers, each with its own connection, on one PostgreSQL database with TEST_DATABASE_URL, on one
// SQLite file otherwise. node-cron decides when; these tests call what it calls.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../src/app.js";
import { createBot } from "../src/bot/create-bot.js";
import type { Job } from "../src/bot/feature.js";
import { createScheduledJobs, JOB_RUN_RETENTION_DAYS, slotOf, type ScheduledJobs } from "../src/bot/scheduled-jobs.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const START = new Date("2026-12-20T03:17:00.120Z");

let temp: TempDatabase;
let clock: ManualClock;
let connections: Database[];

beforeEach(async () => {
  temp = await createTempDatabase();
  clock = new ManualClock(START);
  connections = [];
});

afterEach(async () => {
  for (const db of connections) await db.$disconnect();
  await temp.cleanup();
});

async function claimer(instanceId: string): Promise<ScheduledJobs> {
  const db = await openDatabase(parseDatabaseUrl(temp.url));
  connections.push(db);
  return createScheduledJobs({ db, clock, logger: createLogger("silent"), instanceId });
}

function countingJob(over: Partial<Job> = {}): Job & { runs: number } {
  const job = {
    name: "daily-digest",
    schedule: "17 3 * * *",
    runs: 0,
    async run() {
      job.runs += 1;
    },
    ...over,
  };
  return job;
}

describe("scheduled jobs on several instances", () => {
  it("runs a job once per scheduled time, whichever instance claims it first", async () => {
    const [a, b] = [await claimer("A"), await claimer("B")];
    const job = countingJob();
    const outcomes = await Promise.all([a.runDue(job), b.runDue(job)]);
    expect(outcomes.sort()).toEqual(["ran", "skipped"]);
    expect(job.runs).toBe(1);
    // A late firing within the same minute belongs to the same run.
    clock.advance(20_000);
    expect(await b.runDue(job)).toBe("skipped");
    expect(job.runs).toBe(1);
    const [row] = await temp.db.jobRun.findMany();
    expect(row).toMatchObject({ job: "daily-digest", slot: "2026-12-20T03:17:00.000Z" });
    expect(["A", "B"]).toContain(row!.claimedBy);

    // The next scheduled time runs again, once.
    clock.set(new Date("2026-12-21T03:17:00.050Z"));
    expect((await Promise.all([b.runDue(job), a.runDue(job)])).sort()).toEqual(["ran", "skipped"]);
    expect(job.runs).toBe(2);
    // Another job at the same time has its own claim.
    const other = countingJob({ name: "prune-deliveries" });
    expect(await a.runDue(other)).toBe("ran");
    expect(await temp.db.jobRun.count()).toBe(3);
  });

  it("runs everyInstance jobs on every instance, without a claim", async () => {
    const [a, b] = [await claimer("A"), await claimer("B")];
    const tick = countingJob({ name: "reminder-tick", schedule: "*/15 * * * * *", everyInstance: true });
    expect(await Promise.all([a.runDue(tick), b.runDue(tick)])).toEqual(["ran", "ran"]);
    expect(tick.runs).toBe(2);
    expect(await temp.db.jobRun.count()).toBe(0);
  });

  it("lets a failed run's error through and does not run it again in the same slot", async () => {
    const [a, b] = [await claimer("A"), await claimer("B")];
    const failing = countingJob({
      name: "flaky",
      async run() {
        throw new Error("database hiccup");
      },
    });
    await expect(a.runDue(failing)).rejects.toThrow("database hiccup");
    expect(await b.runDue(failing)).toBe("skipped");
  });

  it("forgets claims older than the retention when it claims", async () => {
    const a = await claimer("A");
    const old = new Date(START.getTime() - (JOB_RUN_RETENTION_DAYS + 1) * 86_400_000);
    const recent = new Date(START.getTime() - 86_400_000);
    await temp.db.jobRun.createMany({
      data: [
        { job: "daily-digest", slot: old.toISOString(), claimedBy: "gone", claimedAt: old },
        { job: "daily-digest", slot: recent.toISOString(), claimedBy: "gone", claimedAt: recent },
      ],
    });
    await a.runDue(countingJob());
    expect((await temp.db.jobRun.findMany({ orderBy: { claimedAt: "asc" } })).map((r) => r.claimedAt)).toEqual([recent, START]);
  });

  it("names the slot by the scheduled minute, or second for schedules with seconds", () => {
    expect(slotOf({ schedule: "17 3 * * *" }, new Date("2026-12-20T03:17:00.999Z"))).toBe("2026-12-20T03:17:00.000Z");
    expect(slotOf({ schedule: "17 3 * * *" }, new Date("2026-12-20T03:17:41Z"))).toBe("2026-12-20T03:17:00.000Z");
    expect(slotOf({ schedule: "*/15 * * * * *" }, new Date("2026-12-20T03:17:15.300Z"))).toBe("2026-12-20T03:17:15.000Z");
  });

  it("marks only the reminder tick, which claims its own rows, to run on every instance", () => {
    const standIn = new BotApiStandIn({ now: () => clock.now(), botUsername: "jobs_bot", botFirstName: "Forum Kominfo Bot" });
    const created = createBot({
      token: "0:jobs",
      db: temp.db,
      clock,
      logger: createLogger("silent"),
      localesDir: LOCALES_DIR,
      configuredAdminIds: [],
      defaultTimezone: "Asia/Jakarta",
      client: { fetch: createInProcessFetch(standIn) as unknown as typeof fetch },
      botInfo: standIn.botUser,
    });
    expect(created.jobs.filter((job) => job.everyInstance).map((job) => job.name)).toEqual(["reminder-tick"]);
    expect(created.jobs.length).toBeGreaterThan(3);
  });
});
