import { defineConfig } from "vitest/config";

// On PostgreSQL (TEST_DATABASE_URL set) every statement is a network round trip: data-heavy tests
// (e.g. 80 members answering a meeting) take several times as long as on SQLite.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Migrates and seeds one template database per run (and one on PostgreSQL with TEST_DATABASE_URL); tests copy it (test/support/temp-database.ts).
    globalSetup: ["test/support/global-setup.ts"],
    // After each file: no log line of the bots it built holds a NIP or a phone (test/support/log-collector.ts).
    setupFiles: ["test/support/log-lines-setup.ts"],
    testTimeout: onPostgres ? 120_000 : 30_000,
    hookTimeout: onPostgres ? 120_000 : 60_000,
    // Test files open their own SQLite files and processes; two cores, so keep the pool small.
    maxWorkers: 2,
    // Our modules keep no state at import (factories only), so test files in one worker may share them:
    // each file then skips re-importing grammY, Prisma and the bot.
    isolate: false,
  },
});
