// Updates cost only what they need (issue 14, "Cheap updates"): no write to UnreachableChat for a
// chat that is reachable, the sender read once per update (a menu button's command included), and
// /rapat writes no reminder when the plan did not change. Counted in SQL statements, recorded on
// the real bot's own driver adapter (SQLite, or PostgreSQL with TEST_DATABASE_URL); never in time.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../src/app.js";
import { createBot, type CreatedBot } from "../src/bot/create-bot.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { oneAtATime } from "../src/db/one-at-a-time.js";
import { PrismaClient } from "../src/generated/prisma/client.js";
import { PrismaClient as PostgresClient } from "../src/generated/prisma-postgres/client.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { BotApiStandIn, createInProcessFetch } from "../tools/telegram-standin/index.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";
import { registerMember } from "./support/register-member.js";
import { oneOffMeeting } from "./support/meeting-input.js";

const ADMIN = 1001;
const BUDI = 2001;
const START = new Date("2026-12-20T02:00:00Z");

interface Fixture {
  temp: TempDatabase;
  db: Database;
  clock: ManualClock;
  standIn: BotApiStandIn;
  created: CreatedBot;
  /** Every SQL statement the bot's connection ran, in order. */
  sql: string[];
}

let f: Fixture;

/** `target` (an adapter, or one of its transactions) with the SQL of every statement pushed to `sql`. */
function recorded<T extends object>(target: T, sql: string[]): T {
  return new Proxy(target, {
    get(t, key) {
      const value: unknown = Reflect.get(t, key, t);
      if (typeof value !== "function") return value;
      if (key === "queryRaw" || key === "executeRaw") {
        return (query: SqlQuery) => {
          sql.push(query.sql);
          return value.call(t, query);
        };
      }
      if (key === "startTransaction") return async (...args: unknown[]) => recorded(await value.apply(t, args), sql);
      return value.bind(t);
    },
  });
}

function recording(factory: SqlDriverAdapterFactory, sql: string[]): SqlDriverAdapterFactory {
  return { provider: factory.provider, adapterName: factory.adapterName, connect: async () => recorded(await factory.connect(), sql) };
}

beforeEach(async () => {
  const temp = await createTempDatabase();
  await temp.db.$disconnect();
  const sql: string[] = [];
  // The same database, opened as openDatabase does but with every statement recorded.
  const target = parseDatabaseUrl(temp.url);
  let db: Database;
  if (target.provider === "postgresql") {
    db = new PostgresClient({ adapter: recording(new PrismaPg({ connectionString: target.url }), sql) }) as unknown as Database;
  } else {
    db = new PrismaClient({ adapter: oneAtATime(recording(new PrismaBetterSqlite3({ url: target.url, timeout: 10_000 }), sql)) });
    await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  }
  const clock = new ManualClock(START);
  const standIn = new BotApiStandIn({ now: () => clock.now(), botUsername: "cheap_bot", botFirstName: "Forum Kominfo Bot" });
  const created = createBot({
    token: "0:cheap",
    db,
    clock,
    logger: createLogger("silent"),
    localesDir: LOCALES_DIR,
    configuredAdminIds: [BigInt(ADMIN)],
    defaultTimezone: "Asia/Jakarta",
    client: { fetch: createInProcessFetch(standIn) as unknown as typeof fetch },
    botInfo: standIn.botUser,
  });
  f = { temp, db, clock, standIn, created, sql };
});

afterEach(async () => {
  await f.db.$disconnect();
  await f.temp.cleanup();
});

async function approvedBudi() {
  const { members } = f.created.services;
  const registered = await registerMember(f.db, members, { telegramId: BUDI, fullName: "Budi Santoso", telegramUsername: "budi" });
  const approved = await members.approve(registered.id, { memberId: null, telegramId: BigInt(ADMIN) });
  if (!approved.ok) throw new Error("could not approve Budi");
  return approved.member;
}

const from = { id: BUDI, is_bot: false, first_name: "Budi", language_code: "id" };
const chat = { id: BUDI, type: "private" as const, first_name: "Budi" };

function message(text: string): Update {
  const command = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]!.length }] : undefined;
  return f.standIn.enqueueUpdate({ message: { message_id: 1, date: Math.floor(f.clock.now().getTime() / 1000), chat, from, text, entities: command } });
}

function press(data: string): Update {
  return f.standIn.enqueueUpdate({
    callback_query: { id: `press-${data}`, from, chat_instance: "cheap", data, message: { message_id: 1, date: 0, chat, text: "Menu" } },
  });
}

/** The statements one update ran. */
async function statementsOf(update: Update): Promise<string[]> {
  const before = f.sql.length;
  await f.created.bot.handleUpdate(update);
  return f.sql.slice(before);
}

/** A quoted identifier: `Name` on SQLite, "Name" on PostgreSQL. */
const id = (name: string) => `[\`"]${name}[\`"]`;
const writesTo = (table: string, statements: string[]) =>
  statements.filter((s) => new RegExp(`^\\s*(INSERT|UPDATE|DELETE|REPLACE)\\b[^;]*${id(table)}`, "is").test(s));

describe("an update from a reachable chat", () => {
  it("reads UnreachableChat by key and writes nothing to it; a chat marked unreachable is cleared when it writes", async () => {
    await approvedBudi();
    const statements = await statementsOf(message("Selamat pagi"));
    expect(writesTo("UnreachableChat", statements)).toEqual([]);
    expect(statements.some((s) => new RegExp(`^\\s*SELECT\\b.*${id("UnreachableChat")}`, "is").test(s))).toBe(true);
    expect(f.standIn.messagesIn(BUDI).length).toBeGreaterThan(0);

    await f.created.services.outbox.markUnreachable(BigInt(BUDI), "blocked the bot");
    const clearing = await statementsOf(message("Saya kembali"));
    expect(writesTo("UnreachableChat", clearing)).toHaveLength(1);
    expect(await f.db.unreachableChat.count()).toBe(0);
  });

  it("sees a chat marked unreachable by another process at once", async () => {
    await approvedBudi();
    await statementsOf(message("Selamat pagi"));
    // Another process (its own connection to the database) marks the chat after a 403.
    const other = await openDatabase(parseDatabaseUrl(f.temp.url, process.cwd()));
    try {
      await other.unreachableChat.create({ data: { chatId: BigInt(BUDI), since: f.clock.now(), reason: "Forbidden: bot was blocked by the user" } });
    } finally {
      await other.$disconnect();
    }
    await statementsOf(press("menu:show"));
    expect(await f.db.unreachableChat.count()).toBe(0);
  });
});

describe("the sender", () => {
  const memberRead = new RegExp(`^\\s*SELECT\\b.*FROM\\s+(${id("\\w+")}\\.)?${id("Member")}(\\s+AS\\s+${id("\\w+")})?\\s+WHERE\\b.*${id("telegramId")}\\s*=`, "is");
  const memberReads = (statements: string[]) => statements.filter((s) => memberRead.test(s));

  it("is read once per update, also when a menu button runs its command inside the press", async () => {
    await approvedBudi();
    expect(memberReads(await statementsOf(message("/bantuan")))).toHaveLength(1);
    const help = f.standIn.messagesIn(BUDI).at(-1)!.text;
    const pressed = await statementsOf(press("menu:open:bantuan"));
    expect(memberReads(pressed)).toHaveLength(1);
    // The command really ran inside the press, with the access the press loaded: the same help again.
    expect(f.standIn.messagesIn(BUDI).filter((m) => m.text === help)).toHaveLength(2);
  });

  it("is read afresh by the next update (a role changed in between counts)", async () => {
    const budi = await approvedBudi();
    await statementsOf(message("/bantuan"));
    await f.db.member.update({ where: { id: budi.id }, data: { status: "suspended", suspensionReason: "uji" } });
    expect(memberReads(await statementsOf(press("menu:open:bantuan")))).toHaveLength(1);
    const answer = f.standIn.answeredCallbacks.find((a) => a.id === "press-menu:open:bantuan");
    expect(answer?.text).toBeTruthy();
  });
});

describe("/rapat", () => {
  async function meetingForBudi() {
    const budi = await approvedBudi();
    await f.created.services.pokja.join({ ...budi, status: "approved" }, 1);
    const { meeting } = await f.created.services.meetings.create(
      oneOffMeeting(1, "Rapat Koordinasi Kebijakan", new Date("2026-12-28T02:00:00Z"), "Kemajuan tugas SPBE"),
    );
    return { budi, meeting };
  }

  it("writes no reminder when nothing changed; leaving stops them once, coming back turns them on again", async () => {
    const { budi, meeting } = await meetingForBudi();
    const pending = () => f.db.meetingReminder.count({ where: { memberId: budi.id, meetingId: meeting.id, state: "pending" } });
    expect(await pending()).toBe(2);

    const unchanged = await statementsOf(message("/rapat"));
    expect(writesTo("MeetingReminder", unchanged)).toEqual([]);
    expect(f.standIn.messagesIn(BUDI).at(-1)?.text).toContain("Rapat Koordinasi Kebijakan");

    await f.created.services.pokja.leave(budi, 1);
    expect(writesTo("MeetingReminder", await statementsOf(message("/rapat")))).toHaveLength(1);
    expect(await f.db.meetingReminder.count({ where: { memberId: budi.id, state: "cancelled", reason: "left" } })).toBe(2);
    // Still invited (as history), no longer a member: nothing more to stop, nothing written.
    expect(writesTo("MeetingReminder", await statementsOf(message("/rapat")))).toEqual([]);

    await f.created.services.pokja.join({ ...budi, status: "approved" }, 1);
    expect(writesTo("MeetingReminder", await statementsOf(message("/rapat")))).toHaveLength(1);
    expect(await pending()).toBe(2);
    expect(writesTo("MeetingReminder", await statementsOf(message("/rapat")))).toEqual([]);
  });
});
