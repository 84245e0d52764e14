// Runs `prisma generate` without the native schema engine, which cannot be downloaded on
// locked-down servers. Generation itself needs no engine, but the CLI checks that one exists,
// so we point it at an existing file for this command only.
// The prisma CLI is a devDependency: a production install (`npm ci --omit=dev`) has none and needs
// none, because the generated client is compiled into dist/main.mjs on the build machine.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let prismaCli;
try {
  prismaCli = require.resolve("prisma/build/index.js");
} catch {
  console.log("prisma CLI not installed (production install): the Prisma client comes compiled in dist/.");
  process.exit(0);
}
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
