// When an SPBE task's target day is over: a target date is a calendar day (stored as midnight UTC),
// passed once that day has ended in WIB, the ministry's zone. National tasks and each agency's
// entries use the same rule.
import { ZONE_OFFSET_MINUTES } from "../shared/time.js";
import { WIB } from "../shared/time-zones.js";

const DAY_MS = 86_400_000;
const WIB_OFFSET_MS = ZONE_OFFSET_MINUTES[WIB] * 60_000;

/** Target dates at or before this are over at `now` (for queries). */
export function overdueTargetBound(now: Date): Date {
  return new Date(now.getTime() - DAY_MS + WIB_OFFSET_MS);
}

/** Whether a task not yet done is past its target day. */
export function isOverdue(task: { targetDate: Date | null; status: string }, now: Date): boolean {
  if (!task.targetDate || task.status === "selesai") return false;
  return task.targetDate.getTime() <= overdueTargetBound(now).getTime();
}
