// npm run db:generate (and postinstall): derives prisma/postgres/schema.prisma from the one data model,
// prisma/schema.prisma, then generates both Prisma clients: src/generated/prisma (SQLite) and
// src/generated/prisma-postgres (PostgreSQL). Prisma allows one provider per schema file, hence the copy.
// `--check` writes nothing and fails when the PostgreSQL schema has drifted from the model; as
// postinstall it does not write it either (CI must see the drift: test/postgres.test.ts fails then).
//
// Runs `prisma generate` without the native schema engine, which cannot be downloaded on
// locked-down servers. Generation itself needs no engine, but the CLI checks that one exists,
// so we point it at an existing file for this command only.
// The prisma CLI is a devDependency: a production install (`npm ci --omit=dev`) has none and needs
// none, because the generated clients are compiled into dist/main.mjs on the build machine.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The data model (SQLite provider) and the PostgreSQL schema derived from it, relative to the project. */
export const MODEL_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER =
  "// GENERATED from prisma/schema.prisma by scripts/generate-prisma.mjs (npm run db:generate): do not edit.\n" +
  "// The same data model with the PostgreSQL provider; test/postgres.test.ts fails when it drifts.\n\n";

/**
 * The model with what differs on PostgreSQL: the datasource provider, the client's output folder
 * (this file lives one folder deeper), and attributes the model marks for PostgreSQL only with a
 * trailing `// postgresql: <attributes>` comment on a field (e.g. `@db.Timestamptz(3)`), which
 * SQLite would reject.
 */
export function postgresSchemaFrom(model) {
  const replaced = (text, pattern, replacement, what) => {
    if (!pattern.test(text)) throw new Error(`${MODEL_SCHEMA}: ${what} not found`);
    return text.replace(pattern, replacement);
  };
  let schema = replaced(model, /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'provider "sqlite"');
  schema = replaced(
    schema,
    /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/src\/generated\/prisma"/,
    '$1"../../src/generated/prisma-postgres"',
    'client output "../src/generated/prisma"',
  );
  schema = schema.replace(/^(\s*(?!\/\/)\S.*?)\s*\/\/\s*postgresql:\s*(.+?)\s*$/gm, "$1 $2");
  return HEADER + schema;
}

/** The PostgreSQL schema as it should be now, and whether the file on disk is it. */
export function postgresSchemaStatus(projectRoot = root) {
  const expected = postgresSchemaFrom(readFileSync(path.join(projectRoot, MODEL_SCHEMA), "utf8"));
  const file = path.join(projectRoot, POSTGRES_SCHEMA);
  const actual = existsSync(file) ? readFileSync(file, "utf8") : null;
  return { file, expected, current: actual === expected };
}

/** Writes prisma/postgres/schema.prisma when it differs from the model; returns whether it wrote. */
export function writePostgresSchema(projectRoot = root) {
  const status = postgresSchemaStatus(projectRoot);
  if (status.current) return false;
  mkdirSync(path.dirname(status.file), { recursive: true });
  writeFileSync(status.file, status.expected);
  return true;
}

function generateClient(prismaCli, schema) {
  const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  return result.status ?? 1;
}

function main() {
  if (process.argv.includes("--check")) {
    if (postgresSchemaStatus().current) return 0;
    console.error(`${POSTGRES_SCHEMA} is out of date with ${MODEL_SCHEMA}: run npm run db:generate and commit it.`);
    return 1;
  }
  const require = createRequire(import.meta.url);
  let prismaCli;
  try {
    prismaCli = require.resolve("prisma/build/index.js");
  } catch {
    console.log("prisma CLI not installed (production install): the Prisma clients come compiled in dist/.");
    return 0;
  }
  // An install (npm ci in CI) generates from the committed files and never fixes them, so that
  // test/postgres.test.ts still sees a PostgreSQL schema that drifted from the model.
  if (process.env.npm_lifecycle_event === "postinstall") {
    if (!postgresSchemaStatus().current) console.warn(`${POSTGRES_SCHEMA} is out of date with ${MODEL_SCHEMA}: run npm run db:generate.`);
  } else if (writePostgresSchema()) {
    console.log(`${POSTGRES_SCHEMA} written from ${MODEL_SCHEMA}.`);
  }
  for (const schema of [MODEL_SCHEMA, POSTGRES_SCHEMA]) {
    const status = generateClient(prismaCli, schema);
    if (status !== 0) return status;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main());
}
