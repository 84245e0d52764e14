// Builds the Mini App (issue 15) from web/ into dist/webapp/: Preact + TSX bundled by esbuild, code
// split (each screen and the charts are their own chunks, loaded when first shown), minified, file
// names with content hashes, index.html written with the entry's names, and every file also as .gz
// and .br for the server to send as they are. The Fluent strings of locales/<lang>/webapp.ftl are
// compiled here to a small JSON object per language ("webapp-messages:<lang>" in the sources).
// Fails when the JavaScript the first screen needs exceeds FIRST_SCREEN_LIMIT compressed.
import { build } from "esbuild";
import { FluentResource } from "@fluent/bundle";
import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import zlib from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WEBAPP_LANGUAGES = ["id", "en"];
/** Budget for the first screen's JavaScript (entry, its static imports, the first screen's chunks), brotli. */
export const FIRST_SCREEN_LIMIT = 300 * 1024;
const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** One language's messages: id -> text with "{$name}" placeables. Only plain text and variables. */
export async function compileMessages(lang) {
  const file = path.join(root, "locales", lang, "webapp.ftl");
  const resource = new FluentResource(await readFile(file, "utf8"));
  const messages = {};
  for (const message of resource.body) {
    if (message.value === null) continue;
    const parts = typeof message.value === "string" ? [message.value] : message.value;
    messages[message.id] = parts
      .map((part) => {
        if (typeof part === "string") return part;
        if (part.type === "var") return `{$${part.name}}`;
        throw new Error(`${file}: ${message.id} uses ${part.type}; the Mini App's strings take plain text and { $variables } only`);
      })
      .join("");
  }
  return messages;
}

/** esbuild plugin: `import messages from "webapp-messages:en"` gives that language's compiled strings. */
function messagesPlugin(compiled) {
  return {
    name: "webapp-messages",
    setup(b) {
      b.onResolve({ filter: /^webapp-messages:/ }, (args) => ({ path: args.path.slice("webapp-messages:".length), namespace: "webapp-messages" }));
      b.onLoad({ filter: /.*/, namespace: "webapp-messages" }, (args) => {
        const messages = compiled[args.path];
        if (!messages) return { errors: [{ text: `no webapp.ftl for language ${args.path}` }] };
        return { contents: JSON.stringify(messages), loader: "json" };
      });
    },
  };
}

const indexHtml = (script, style) => `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Forum Kominfo</title>
${style ? `<link rel="stylesheet" href="./${style}">\n` : ""}<script type="module" src="./${script}"></script>
</head>
<body>
<div id="app"><p class="loading">Memuat…</p></div>
<noscript>Halaman ini memerlukan JavaScript.</noscript>
</body>
</html>
`;

/**
 * Builds into `outdir` (default dist/webapp; emptied first). Returns the files with their sizes and
 * the first screen's compressed JavaScript size.
 */
export async function buildWebApp({ outdir = path.join(root, "dist", "webapp"), quiet = false } = {}) {
  const compiled = {};
  for (const lang of WEBAPP_LANGUAGES) compiled[lang] = await compileMessages(lang);
  for (const key of Object.keys(compiled.id)) {
    if (!(key in compiled.en)) throw new Error(`locales/en/webapp.ftl lacks ${key}`);
  }
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { app: "web/main.tsx" },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: ["es2020", "chrome90", "safari15", "firefox90"],
    minify: true,
    jsx: "automatic",
    jsxImportSource: "preact",
    entryNames: "[name]-[hash]",
    chunkNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    tsconfig: "web/tsconfig.json",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    plugins: [messagesPlugin(compiled)],
  });

  const outputs = result.metafile.outputs;
  const rel = (p) => path.relative(outdir, path.resolve(root, p));
  const entry = Object.keys(outputs).find((p) => outputs[p].entryPoint === "web/main.tsx");
  if (!entry) throw new Error("esbuild gave no entry output");
  const script = rel(entry);
  const style = outputs[entry].cssBundle ? rel(outputs[entry].cssBundle) : null;
  await writeFile(path.join(outdir, "index.html"), indexHtml(script, style));

  // Compress everything (but the source maps; none are written).
  const sizes = {};
  for (const name of await readdir(outdir)) {
    const file = path.join(outdir, name);
    const bytes = await readFile(file);
    const gz = await gzip(bytes, { level: 9 });
    const br = await brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    await writeFile(`${file}.gz`, gz);
    await writeFile(`${file}.br`, br);
    sizes[name] = { raw: bytes.length, gzip: gz.length, brotli: br.length };
  }

  // The first screen: the entry, what it imports statically, and the SPBE tasks screen with its
  // charts (the tab that opens first), with their own static imports.
  const firstScreen = new Set();
  const add = (p) => {
    if (firstScreen.has(p) || !outputs[p]) return;
    firstScreen.add(p);
    for (const imported of outputs[p].imports) if (imported.kind === "import-statement") add(imported.path);
  };
  add(entry);
  for (const [p, out] of Object.entries(outputs)) {
    if (p.endsWith(".js") && (out.entryPoint === "web/screens/tasks.tsx" || Object.keys(out.inputs).some((i) => /^web\/(screens\/tasks|charts)\.tsx$/.test(i)))) add(p);
  }
  const firstJs = [...firstScreen].filter((p) => p.endsWith(".js")).map(rel);
  const total = (kind) => firstJs.reduce((sum, name) => sum + sizes[name][kind], 0);
  const first = { files: firstJs, raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") };

  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log("Mini App (dist/webapp):");
    for (const [name, s] of Object.entries(sizes).sort()) console.log(`  ${name.padEnd(28)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.brotli).padStart(9)} br`);
    console.log(`  first screen JS (${firstJs.length} files): ${kb(first.raw)} raw, ${kb(first.gzip)} gzip, ${kb(first.brotli)} br (limit ${kb(FIRST_SCREEN_LIMIT)} compressed)`);
  }
  if (first.gzip > FIRST_SCREEN_LIMIT) throw new Error(`The Mini App's first screen needs ${first.gzip} bytes of compressed JavaScript, over ${FIRST_SCREEN_LIMIT}`);
  return { outdir, index: "index.html", script, style, sizes, firstScreen: first };
}

/** Whether `outdir` holds a build (index.html present). */
export async function hasWebAppBuild(outdir = path.join(root, "dist", "webapp")) {
  return stat(path.join(outdir, "index.html")).then(
    () => true,
    () => false,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWebApp();
}
