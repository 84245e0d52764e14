// Every log line written by the bots the tests build (createHarness uses collectingLogger), kept
// in memory so that test/support/log-lines-setup.ts can check, after each test file, that no line
// holds a NIP or a phone number (UU 27/2022), whatever scenario wrote it.
import { createLogger, type Logger } from "../../src/shared/logger.js";

export interface LoggedLine {
  /** The JSON line as pino wrote it. */
  line: string;
  /** The test that was running when it was written (vitest's current test name, if known). */
  test: string;
}

const lines: LoggedLine[] = [];
let currentTest = "";

/** Names the test whose lines follow (set by the setup file before each test). */
export function setCurrentTest(name: string): void {
  currentTest = name;
}

/** The lines collected since the last clear. */
export function collectedLogLines(): readonly LoggedLine[] {
  return lines;
}

export function clearCollectedLogLines(): void {
  lines.length = 0;
}

/**
 * A logger at `level` (debug by default: everything the bot writes in production at its most verbose
 * ordinary level, and more) whose lines go to the collector. pino writes to the stream synchronously.
 */
export function collectingLogger(level = "debug"): Logger {
  return createLogger(level, {
    write(chunk: string) {
      for (const line of chunk.split("\n")) if (line) lines.push({ line, test: currentTest });
    },
  });
}

// A NIP is 18 digits: birth date (8), TMT (6), gender (1), serial (3), often written with spaces.
const NIP = /(?<![\w+])\d{8}[\s.-]*\d{6}[\s.-]*\d[\s.-]*\d{3}(?!\w)/;
// (Not inside a longer word or number: ids and hashes are not personal data.)
// Indonesian numbers: 08…, +62…, 62… followed by 9–13 digits (spaces or dashes between groups).
const PHONE = /(?<![\w+])(?:\+62|62|0)[\s-]?8(?:[\s-]?\d){8,12}(?!\w)/;

/** What in this line looks like a NIP or a phone number, or null. */
export function personalDataIn(line: string): string | null {
  const nip = NIP.exec(line);
  if (nip) return `NIP-like "${nip[0]}"`;
  const phone = PHONE.exec(line);
  if (phone) return `phone-like "${phone[0]}"`;
  return null;
}

/** Drops the lines from index `from` on (lines a test wrote on purpose to check the check). */
export function forgetLogLinesFrom(from: number): void {
  lines.length = Math.min(lines.length, from);
}
