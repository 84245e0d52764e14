import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** For SQLite, an absolute `file:` URL; for PostgreSQL, the connection string as given. */
  url: string;
  /** For SQLite, the absolute path of the database file. */
  filePath?: string;
}

/** Classifies a DATABASE_URL and resolves SQLite paths against `baseDir`. */
export function parseDatabaseUrl(url: string, baseDir: string = process.cwd()): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    return { provider: "postgresql", url };
  }
  if (url.startsWith("file:")) {
    const raw = url.slice("file:".length);
    const filePath = raw === ":memory:" ? raw : path.resolve(baseDir, raw);
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  throw new Error(`DATABASE_URL harus diawali "file:" (SQLite) atau "postgresql://" (PostgreSQL).`);
}
