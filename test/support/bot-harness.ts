import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import type { AbuseLimits } from "../../src/bot/abuse-limits.js";
import type { NewRecommendation } from "../../src/recommendations/recommendation-service.js";
import { afterEach, beforeEach, inject } from "vitest";
import { createSandbox, type Sandbox } from "../../tools/sandbox/sandbox.js";
import { writeDatabaseTemplate } from "../../tools/sandbox/template-database.js";
import { openDatabase } from "../../src/db/client.js";
import { parseDatabaseUrl } from "../../src/db/database-url.js";
import { ManualClock } from "../../src/shared/clock.js";
import { loadSampleTasks } from "../../src/spbe-tasks/sample-catalogue.js";
import { PROJECT_ROOT } from "../../src/app.js";
import { copyOfTemplate, type PostgresTemplate } from "./postgres-template.js";
import type { Logger } from "../../src/shared/logger.js";
import { collectingLogger } from "./log-collector.js";
import { registerMember } from "./register-member.js";
import { createOffThread, type OffThread } from "../../src/shared/off-thread.js";

/**
 * One worker pool for every harness of a test process (its workers end when idle), rather than a
 * worker started for each test that draws a chart.
 */
let sharedPool: OffThread | undefined;
function testOffThread(): OffThread {
  sharedPool ??= createOffThread({ size: 1 });
  return sharedPool;
}

/** Where the harness's clock starts unless a test says otherwise. */
export const HARNESS_START = new Date("2026-11-30T02:00:00Z");

export interface Harness extends Sandbox {
  /** Runs several sandbox lines and returns everything they printed. */
  run(...lines: string[]): Promise<string[]>;
  /** Runs lines and returns what they printed as one string. */
  say(...lines: string[]): Promise<string>;
  dispose(): Promise<void>;
  databaseUrl: string;
}

/**
 * The real bot in-process against the Bot API stand-in (its in-process fetch records every call),
 * on a real SQLite file in a temp dir. Lines are the sandbox's: "as 2001 Budi", "press 1", text...
 * A new database starts as a copy of the run's template (test/support/global-setup.ts). Its logger
 * writes to the collector (test/support/log-collector.ts) unless the test gives its own.
 */
export async function createHarness(
  options: { databaseUrl?: string; start?: Date; logger?: Logger; abuseLimits?: Partial<AbuseLimits> | false } = {},
): Promise<Harness> {
  const start = options.start ?? HARNESS_START;
  // With TEST_DATABASE_URL: a fresh PostgreSQL database, copied from the run's template plus the sample tasks.
  const postgres = options.databaseUrl ? undefined : inject("postgresTemplate");
  const scratch = postgres ? await copyOfTemplate(postgres, await postgresSandboxTemplate(postgres, start)) : undefined;
  const dir = options.databaseUrl || scratch ? null : mkdtempSync(path.join(os.tmpdir(), "fk-bot-"));
  const databaseUrl = options.databaseUrl ?? scratch?.url ?? `file:${path.join(dir ?? "", "bot.db")}`;
  // Its log lines are collected and checked for NIP and phone after each test file (log-lines-setup.ts).
  const logger = options.logger ?? collectingLogger();
  const sandbox = await createSandbox({
    databaseUrl,
    start,
    logger,
    templateFile: scratch ? undefined : await sandboxTemplate(start),
    abuseLimits: options.abuseLimits,
    offThread: testOffThread(),
  });
  const run = async (...lines: string[]) => {
    const out: string[] = [];
    for (const line of lines) out.push(...(await sandbox.handleLine(line)));
    return out;
  };
  return Object.assign(sandbox, {
    databaseUrl,
    run,
    say: async (...lines: string[]) => (await run(...lines)).join("\n"),
    async dispose() {
      await sandbox.close();
      await scratch?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  });
}

const sandboxTemplates = new Map<number, Promise<string | undefined>>();

/**
 * The run's seeded template plus the sample task catalogue stamped at `start`, as a new sandbox
 * starting then has it: written once per start into the run's template folder (by whichever test
 * process needs it first; a rename makes it appear whole), then copied for every harness.
 */
function sandboxTemplate(start: Date): Promise<string | undefined> {
  let template = sandboxTemplates.get(start.getTime());
  if (!template) {
    template = (async () => {
      const base = inject("databaseTemplate");
      if (!base) return undefined;
      const file = path.join(path.dirname(base), `sandbox-${start.getTime()}.db`);
      if (!existsSync(file)) {
        const scratch = `${file}.${process.pid}.tmp`;
        await writeDatabaseTemplate(scratch, { base, sampleTasksAt: start });
        renameSync(scratch, file);
      }
      return file;
    })();
    sandboxTemplates.set(start.getTime(), template);
  }
  return template;
}

const postgresSandboxTemplates = new Map<number, Promise<string>>();

/** The PostgreSQL twin of sandboxTemplate: the run's template plus the sample tasks at `start`, once per worker and start. */
function postgresSandboxTemplate(pg: PostgresTemplate, start: Date): Promise<string> {
  let template = postgresSandboxTemplates.get(start.getTime());
  if (!template) {
    template = (async () => {
      const copy = await copyOfTemplate(pg);
      const db = await openDatabase(parseDatabaseUrl(copy.url));
      try {
        await loadSampleTasks(db, new ManualClock(start), PROJECT_ROOT);
      } finally {
        await db.$disconnect();
      }
      return copy.name;
    })();
    postgresSandboxTemplates.set(start.getTime(), template);
  }
  return template;
}

/** Lines that take user 2001 (Budi, Kota Surabaya) through registration up to the summary. */
export const BUDI_UNTIL_SUMMARY = [
  "as 2001 Budi",
  "/daftar",
  "press Saya setuju",
  "Budi Santoso, S.Kom.",
  "surabaya",
  "press Dinas Komunikasi dan Informatika Kota Surabaya",
  "Kepala Bidang Aplikasi Informatika",
  "19850312 201001 1 003",
  "contact",
];

/** Registers and approves a member directly through the services (faster than the conversation). */
export async function approvedMember(h: Harness, telegramId: number, fullName: string, agencyCode = "35.78") {
  const { members } = h.created.services;
  const registered = await registerMember(h.db, members, { telegramId, fullName, telegramUsername: fullName.split(" ")[0]!.toLowerCase() }, agencyCode);
  const approved = await members.approve(registered.id, { memberId: null, telegramId: 1001n });
  if (!approved.ok) throw new Error(`could not approve ${fullName}`);
  return approved.member;
}

let forgedCount = 0;

/**
 * A button press with callback data the client made up (data can be forged), from a message the
 * bot never sent (or, with `messageId`, one it did: a press that raced an edit, a double tap).
 * Returns the answer the bot gave to the press.
 */
export async function pressForged(h: Harness, user: { id: number; first_name: string }, data: string, messageId = 1) {
  const id = `forged-${++forgedCount}`;
  await h.created.bot.handleUpdate(
    h.standIn.enqueueUpdate({
      callback_query: {
        id,
        from: { id: user.id, is_bot: false, first_name: user.first_name },
        chat_instance: "forged",
        message: { message_id: messageId, date: 0, chat: { id: user.id, type: "private", first_name: user.first_name } },
        data,
      },
    }),
  );
  return h.standIn.answeredCallbacks.find((a) => a.id === id);
}

/**
 * The usual cast of meeting and recommendation tests: Budi (Surabaya, WIB) coordinates Pokja
 * Kebijakan; Siti (Makassar, WITA) and Andi (Surabaya) are its members.
 */
export async function kebijakanPokja(h: Harness) {
  const budi = await approvedMember(h, 2001, "Budi Santoso");
  const siti = await approvedMember(h, 2002, "Siti Rahayu", "73.71");
  await h.db.member.update({ where: { id: siti.id }, data: { timezone: "Asia/Makassar" } });
  const andi = await approvedMember(h, 2003, "Andi Wijaya");
  const { pokja } = h.created.services;
  await pokja.assignCoordinator({ memberId: null, telegramId: 1001n }, 1, budi.id);
  for (const m of [siti, andi]) await pokja.join({ ...m, status: "approved" }, 1);
  return { budi, siti, andi };
}

/** A recommendation as Siti would submit it to Pokja Kebijakan. */
export function recommendationDraft(submitterId: number, over: Partial<NewRecommendation> = {}): NewRecommendation {
  return {
    pokjaId: 1,
    submitterId,
    submitterName: "Siti Rahayu",
    category: "data",
    title: "Integrasi data kependudukan antar daerah",
    problem: "Data kependudukan di tiap daerah belum saling terhubung.",
    solution: "Membangun layanan berbagi pakai data kependudukan antardaerah.",
    benefit: "Layanan publik lebih cepat dan tidak ada pendataan ganda.",
    relatedTaskId: null,
    attachments: [],
    timezone: "Asia/Makassar",
    ...over,
  };
}

/**
 * The usual fixture of meeting and recommendation tests: each test gets a fresh harness on Sunday
 * 20 December 2026, 09.00 WIB, with the kebijakanPokja cast. Call inside a describe; read `cast.h` and
 * `cast.ids` in a beforeEach of your own or in the tests.
 */
export function useKebijakanPokja(start = new Date("2026-12-20T02:00:00Z")) {
  const cast = {} as { h: Harness; ids: { budi: number; siti: number; andi: number } };
  beforeEach(async () => {
    cast.h = await createHarness({ start });
    const { budi, siti, andi } = await kebijakanPokja(cast.h);
    cast.ids = { budi: budi.id, siti: siti.id, andi: andi.id };
  });
  afterEach(async () => {
    await cast.h.dispose();
  });
  return cast;
}
