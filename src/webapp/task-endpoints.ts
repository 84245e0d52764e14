// GET /api/tasks/summary: the national SPBE task summary (counts by status, overdue, average
// progress; in all and per pokja), counted by the database as for /tugas.
import type { Clock } from "../shared/clock.js";
import { TASK_STATUSES, type SummaryRow, type TaskService } from "../spbe-tasks/task-service.js";
import type { ApiEndpoint } from "./api-types.js";

function row(r: SummaryRow) {
  return { total: r.total, counts: { ...r.counts }, overdue: r.overdue, averageProgress: r.averageProgress };
}

export function taskSummaryEndpoint(tasks: Pick<TaskService, "summary">, clock: Clock): ApiEndpoint {
  return {
    method: "GET",
    path: "/api/tasks/summary",
    audience: "approved",
    async handle() {
      const summary = await tasks.summary();
      return {
        body: {
          generatedAt: clock.now().toISOString(),
          statuses: TASK_STATUSES,
          total: row(summary.total),
          // pokjaId null: tasks of no (active) pokja, the national ones; the page names that row.
          byPokja: summary.byPokja.map((r) => ({ pokjaId: r.pokjaId, name: r.name, ...row(r) })),
        },
      };
    },
  };
}
