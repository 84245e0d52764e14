// Compiles the bot to plain JavaScript in dist/ (src/main.ts and what it imports, nothing else), so
// that production runs on node alone: faster start-up and less memory than compiling on the fly.
// Dependencies stay in node_modules (not bundled). The worker thread that draws charts and builds
// workbooks (src/shared/off-thread.ts) has its own entry, dist/off-thread-worker.mjs, beside main.mjs.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The worker entry, by the name src/shared/off-thread.ts looks for next to the bundle that starts it. */
export const OFF_THREAD_WORKER_ENTRY = { "off-thread-worker": "src/shared/off-thread-worker.ts" };

/**
 * Bundles entry points (name -> source file) into `outdir` (relative to the project) as .mjs. A bundle
 * of the bot (src/main.ts, under any name) gets the off-thread worker beside it.
 */
export async function bundle(entryPoints, outdir) {
  const withWorker = Object.values(entryPoints).includes("src/main.ts") ? { ...entryPoints, ...OFF_THREAD_WORKER_ENTRY } : entryPoints;
  await build({
    absWorkingDir: root,
    entryPoints: withWorker,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

/** The production bundle: dist/main.mjs and dist/off-thread-worker.mjs. */
export async function buildBot() {
  await bundle({ main: "src/main.ts" }, "dist");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildBot();
}
