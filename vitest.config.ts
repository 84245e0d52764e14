import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Migrates and seeds one template database per run; tests copy it (test/support/temp-database.ts).
    globalSetup: ["test/support/global-setup.ts"],
    // After each file: no log line of the bots it built holds a NIP or a phone (test/support/log-collector.ts).
    setupFiles: ["test/support/log-lines-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Test files open their own SQLite files and processes; two cores, so keep the pool small.
    maxWorkers: 2,
    // Our modules keep no state at import (factories only), so test files in one worker may share them:
    // each file then skips re-importing grammY, Prisma and the bot.
    isolate: false,
  },
});
