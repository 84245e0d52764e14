// Compiles the bot (and the benchmark's dispatcher process) to plain JavaScript in dist/, so that
// production runs on node alone: faster start-up and less memory than compiling on the fly.
// Dependencies stay in node_modules (not bundled).
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function buildAll() {
  await build({
    absWorkingDir: root,
    entryPoints: { main: "src/main.ts", "dispatcher-worker": "bench/dispatcher-worker.ts" },
    outdir: "dist",
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAll();
}
