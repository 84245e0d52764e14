// Configuration for the official Prisma CLI, where it can run (it needs its native schema engine).
// This project's own scripts (scripts/db-*.ts) do the same work with the WebAssembly engine.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/forum-kominfo.db" },
});
