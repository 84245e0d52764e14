// Scheduled jobs once per scheduled time across processes sharing one database. Every process runs
// node-cron; when a job is due each one tries to insert the JobRun row of (job, slot), the slot being
// the scheduled time the run belongs to. The first insert wins and runs the job; the others see the
// unique key taken and skip. Jobs marked everyInstance (they claim their own rows, e.g. reminder-tick)
// run everywhere without a claim. A run that fails is not retried in the same slot: the next one
// tries again, as in one process.
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { Job } from "./feature.js";

/** JobRun rows are kept this long (they only need to outlive their slot). */
export const JOB_RUN_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * The scheduled time a run at `at` belongs to: the minute (the second for a six-field schedule), in
 * UTC ISO. node-cron fires on each process at that time by its own clock, so the processes agree as
 * long as their clocks do within the minute.
 */
export function slotOf(job: Pick<Job, "schedule">, at: Date): string {
  const hasSeconds = job.schedule.trim().split(/\s+/).length === 6;
  const unit = hasSeconds ? 1_000 : 60_000;
  return new Date(Math.floor(at.getTime() / unit) * unit).toISOString();
}

export type JobOutcome = "ran" | "skipped";

export interface ScheduledJobs {
  /** Runs `job` for the slot of now unless another process claimed it; a job's error propagates. */
  runDue(job: Job): Promise<JobOutcome>;
}

export function createScheduledJobs(deps: { db: Database; clock: Clock; logger: Logger; instanceId: string }): ScheduledJobs {
  const { db, clock, logger, instanceId } = deps;
  let prunedAt = 0;

  async function claim(job: Job, now: Date): Promise<boolean> {
    const slot = slotOf(job, now);
    try {
      await db.jobRun.create({ data: { job: job.name, slot, claimedBy: instanceId, claimedAt: now } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      logger.debug({ job: job.name, slot }, "scheduled job already claimed by another instance; skipped");
      return false;
    }
    // Old claims go at most once a day per process, by whoever claims.
    if (now.getTime() - prunedAt >= DAY_MS) {
      prunedAt = now.getTime();
      await db.jobRun.deleteMany({ where: { claimedAt: { lt: new Date(now.getTime() - JOB_RUN_RETENTION_DAYS * DAY_MS) } } });
    }
    return true;
  }

  return {
    async runDue(job) {
      if (!job.everyInstance && !(await claim(job, clock.now()))) return "skipped";
      await job.run();
      return "ran";
    },
  };
}
