import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "./database-url.js";

export type AccessCheck = (file: string, mode: number) => void;

/** Error codes that mean "this place cannot be written" (permissions or a read-only mount). */
const NOT_WRITABLE_CODES = new Set(["EACCES", "EPERM", "EROFS"]);

/** The message for an administrator: which path, and how to fix it. */
export function notWritableMessage(filePath: string): string {
  const folder = path.dirname(filePath);
  return (
    `Basis data tidak dapat ditulis: ${filePath}. ` +
    `Pastikan folder ${folder} dan berkas basis datanya dapat ditulis oleh pengguna yang menjalankan bot ` +
    `(misalnya dengan chmod/chown), dan tidak berada pada sistem berkas hanya-baca, ` +
    `atau atur DATABASE_URL ke lokasi lain.`
  );
}

export class DatabaseNotWritableError extends Error {
  constructor(
    readonly filePath: string,
    options?: { cause?: unknown },
  ) {
    super(notWritableMessage(filePath), options);
    this.name = "DatabaseNotWritableError";
  }
}

/**
 * Checks, before any engine opens it, that a SQLite database can be written: its folder (SQLite
 * writes the -wal and -shm files and the journal next to it) and the file itself when it exists.
 * Without this, start-up fails with "disk I/O error" or "External error" and no path.
 */
export function assertSqliteWritable(
  target: DatabaseTarget,
  access: AccessCheck = accessSync,
  exists: (file: string) => boolean = existsSync,
): void {
  if (target.provider !== "sqlite" || !target.filePath || target.filePath === ":memory:") return;
  const filePath = target.filePath;
  const candidates = [path.dirname(filePath), ...(exists(filePath) ? [filePath] : [])];
  for (const candidate of candidates) {
    try {
      access(candidate, constants.W_OK);
    } catch (error) {
      if (isNotWritable(error)) throw new DatabaseNotWritableError(filePath, { cause: error });
      throw error;
    }
  }
}

export function isNotWritable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && NOT_WRITABLE_CODES.has(code);
}

/** SQLite's own words for a database it cannot write. */
const SQLITE_NOT_WRITABLE = /readonly database|read-only|disk I\/O error|unable to open database file|SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_IOERR/i;

/** Turns a write failure on a SQLite file into the explanatory error; leaves other errors alone. */
export function explainSqliteFailure(target: DatabaseTarget, error: unknown): unknown {
  if (target.provider !== "sqlite" || !target.filePath || target.filePath === ":memory:") return error;
  if (error instanceof DatabaseNotWritableError) return error;
  const text = error instanceof Error ? `${error.message} ${String((error as { code?: unknown }).code ?? "")}` : String(error);
  if (isNotWritable(error) || SQLITE_NOT_WRITABLE.test(text)) return new DatabaseNotWritableError(target.filePath, { cause: error });
  return error;
}
