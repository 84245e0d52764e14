// Compiles the bot to plain JavaScript in dist/ (src/main.ts and what it imports, nothing else), so
// that production runs on node alone: faster start-up and less memory than compiling on the fly.
// Dependencies stay in node_modules (not bundled).
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles entry points (name -> source file) into `outdir` (relative to the project) as .mjs. */
export async function bundle(entryPoints, outdir) {
  await build({
    absWorkingDir: root,
    entryPoints,
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

/** The production bundle: dist/main.mjs. */
export async function buildBot() {
  await bundle({ main: "src/main.ts" }, "dist");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildBot();
}
