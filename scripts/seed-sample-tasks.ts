// npm run seed:sample-tasks — loads the SAMPLE catalogue of SPBE tasks (an example built from
// public sources) into DATABASE_URL. Existing task numbers are updated; nothing is deleted.
import "dotenv/config";
import { PROJECT_ROOT, prepareDatabase } from "../src/app.js";
import { DEFAULT_DATABASE_URL } from "../src/config/config.js";
import { systemClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { loadSampleTasks } from "../src/spbe-tasks/sample-catalogue.js";

const db = await prepareDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, createLogger("warn"));
try {
  const result = await loadSampleTasks(db, systemClock, PROJECT_ROOT);
  console.log(`Contoh katalog tugas SPBE dimuat: ${result.created} baru, ${result.updated} diperbarui, ${result.unchanged} tidak berubah.`);
} finally {
  await db.$disconnect();
}
