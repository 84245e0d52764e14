// `npm test`: the whole suite on SQLite, then again on PostgreSQL when TEST_DATABASE_URL is set
// (.ci/run sets it). Extra arguments go to both vitest runs.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const postgres = process.env.TEST_DATABASE_URL?.trim();

function vitest(label, env) {
  console.log(`\n=== tests on ${label} ===`);
  const started = Date.now();
  const result = spawnSync("npx", ["vitest", "run", ...args], { stdio: "inherit", env });
  console.log(`=== ${label}: ${result.status === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s ===`);
  return result.status ?? 1;
}

const { TEST_DATABASE_URL: _unset, ...sqliteEnv } = process.env;
let status = vitest("SQLite", sqliteEnv);
if (postgres) status = vitest("PostgreSQL", { ...process.env, TEST_DATABASE_URL: postgres }) || status;
else console.log("TEST_DATABASE_URL is not set: PostgreSQL run skipped.");
process.exit(status);
