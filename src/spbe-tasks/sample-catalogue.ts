// The sample catalogue (prisma/sample/spbe-tasks-sample.csv), built from public sources and marked
// as an example. Loaded by `npm run seed:sample-tasks` and by the sandbox; never automatically in
// production, where admins import the official list with /impor_tugas.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import { parseTaskCsv } from "./task-csv.js";
import { createTaskService } from "./task-service.js";

export async function loadSampleTasks(db: Database, clock: Clock, projectRoot: string) {
  const bytes = await readFile(path.join(projectRoot, "prisma", "sample", "spbe-tasks-sample.csv"));
  const pokja = (await db.pokja.findMany({ where: { retiredAt: null } })).map((p) => ({ id: p.id, slug: p.slug, name: p.name }));
  const agencyCodes = new Set((await db.agency.findMany({ select: { code: true } })).map((a) => a.code));
  const parsed = parseTaskCsv(new Uint8Array(bytes), { agencyCodes, pokja });
  if (!parsed.ok) throw new Error(`sample catalogue is invalid: ${JSON.stringify(parsed.errors.slice(0, 5))}`);
  return createTaskService({ db, clock }).applyImport(parsed.rows, { memberId: null, name: "Contoh katalog" });
}
