// Configuration for the official Prisma CLI, where it can run (it needs its native schema engine).
// This project's own scripts (scripts/db-*.ts) do the same work with the WebAssembly engine.
// A postgresql:// DATABASE_URL selects the PostgreSQL schema generated from the model and its
// migrations (prisma/postgres/); anything else, the model itself and the SQLite migrations.
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/forum-kominfo.db";
const postgres = /^postgres(ql)?:\/\//i.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  datasource: { url },
});
