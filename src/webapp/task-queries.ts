// Queries only the Mini App needs: a task's history a page at a time (the bot's card shows the
// latest five, TaskService.findByNumber). Counted and cut by the database.
import type { Database } from "../db/client.js";
import { clampPage } from "../shared/paging.js";

export const TASK_HISTORY_PAGE_SIZE = 10;

export async function taskHistoryPage(db: Database, taskId: number, page: number) {
  const total = await db.spbeTaskHistory.count({ where: { taskId } });
  const clamped = clampPage(total, page, TASK_HISTORY_PAGE_SIZE);
  const items = await db.spbeTaskHistory.findMany({
    where: { taskId },
    select: { createdAt: true, actorName: true, source: true, changes: true, note: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: clamped.page * TASK_HISTORY_PAGE_SIZE,
    take: TASK_HISTORY_PAGE_SIZE,
  });
  return { items, total, ...clamped, pageSize: TASK_HISTORY_PAGE_SIZE };
}
