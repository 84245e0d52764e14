// Several instances on one database (issue 14): two bots, each with its own connection, on one
// PostgreSQL database when TEST_DATABASE_URL is set (where the chat lock is on by default), on one
// SQLite file otherwise (the lock switched on: one process per SQLite file in production, but the
// lease logic is the same). Every wait is on a condition, never on time.
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../src/app.js";
import { isPostgres } from "../src/bot/chat-lock.js";
import { databaseConversationStorage } from "../src/bot/conversation-storage.js";
import { createBot, type CreatedBot } from "../src/bot/create-bot.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { ManualClock } from "../src/shared/clock.js";
import { createLogger } from "../src/shared/logger.js";
import { BotApiStandIn, createInProcessFetch, type StandInUser } from "../tools/telegram-standin/index.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const BUDI: StandInUser = { id: 2001, first_name: "Budi", language_code: "id" };
const START = new Date("2026-12-20T02:00:00Z");
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

interface Instance {
  name: string;
  db: Database;
  created: CreatedBot;
  logs: string[];
}

let temp: TempDatabase;
let standIn: BotApiStandIn;
let clock: ManualClock;
/** Every Bot API call of every instance, in order: "A:sendMessage". */
let calls: string[];
/** Per instance: a promise its next sendMessage waits for (set by a test to hold a handler mid-update). */
let holds: Map<string, Promise<void>>;
let instances: Instance[];

async function startInstance(name: string, chatLock: Parameters<typeof createBot>[0]["chatLock"] = onPostgres ? undefined : true): Promise<Instance> {
  const db = await openDatabase(parseDatabaseUrl(temp.url));
  const logs: string[] = [];
  const base = createInProcessFetch(standIn);
  const fetch = async (input: Parameters<typeof base>[0], init?: Parameters<typeof base>[1]) => {
    const method = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url).pathname.split("/").pop()!;
    calls.push(`${name}:${method}`);
    if (method === "sendMessage") {
      const hold = holds.get(name);
      holds.delete(name);
      await hold;
    }
    return base(input, init);
  };
  const created = createBot({
    token: "0:multi",
    db,
    clock,
    logger: createLogger("debug", { write: (line: string) => void logs.push(line) }),
    localesDir: LOCALES_DIR,
    configuredAdminIds: [1001n],
    defaultTimezone: "Asia/Jakarta",
    client: { fetch: fetch as unknown as typeof globalThis.fetch },
    botInfo: standIn.botUser,
    instanceId: `instance-${name}`,
    abuseLimits: false,
    chatLock,
  });
  const instance = { name, db, created, logs };
  instances.push(instance);
  return instance;
}

beforeEach(async () => {
  temp = await createTempDatabase();
  clock = new ManualClock(START);
  standIn = new BotApiStandIn({ now: () => clock.now(), botUsername: "multi_bot", botFirstName: "Forum Kominfo Bot" });
  calls = [];
  holds = new Map();
  instances = [];
});

afterEach(async () => {
  for (const instance of instances) await instance.db.$disconnect();
  await temp.cleanup();
});

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Holds `instance`'s next sendMessage until the returned function is called. */
function holdNextSend(instance: Instance): () => void {
  let release!: () => void;
  holds.set(instance.name, new Promise<void>((resolve) => (release = resolve)));
  return release;
}

/** The instance's held sendMessage has been reached (its handler is mid-update, holding the chat). */
const reachedHold = (instance: Instance) => !holds.has(instance.name);

const waiting = (instance: Instance) => instance.logs.some((line) => line.includes("chat busy on another instance"));
const lastText = () => standIn.messagesIn(BUDI.id).at(-1)?.text ?? "";
const handle = (instance: Instance, update: Update) => instance.created.bot.handleUpdate(update);
/** Budi presses the button of his last keyboard whose label contains `label` (as the sandbox's "press"). */
function press(label: string): Update {
  const message = standIn.lastMessageWithKeyboard(BUDI.id);
  const button = message?.buttons.flat().find((b) => b.text.includes(label));
  if (!message || !button?.callbackData) throw new Error(`no button "${label}" in: ${JSON.stringify(message?.buttons)}`);
  return standIn.userPressesButton(BUDI, BUDI.id, message.messageId, button.callbackData);
}

describe("one chat's updates on two instances sharing the database", () => {
  it("is on by default for PostgreSQL only", async () => {
    expect(isPostgres(temp.db)).toBe(onPostgres);
  });

  it("handles two updates of one chat that arrive at once one after the other", async () => {
    const a = await startInstance("A");
    const b = await startInstance("B");
    const releaseA = holdNextSend(a);
    const first = handle(a, standIn.userSendsText(BUDI, "/start"));
    // A is inside its handler (its reply held) and holds Budi's chat.
    await waitFor("A's reply to be under way", () => reachedHold(a));
    expect(await temp.db.chatLock.findMany({ orderBy: { key: "asc" } })).toMatchObject([
      { key: "chat:2001", owner: "instance-A" },
      { key: "user:2001", owner: "instance-A" },
    ]);
    const second = handle(b, standIn.userSendsText(BUDI, "/bantuan"));
    await waitFor("B to wait for Budi's chat", () => waiting(b));
    // B has done nothing yet: no Bot API call before its turn.
    expect(calls.filter((c) => c.startsWith("B:"))).toEqual([]);
    releaseA();
    await Promise.all([first, second]);
    const lastOfA = calls.map((c) => c.startsWith("A:")).lastIndexOf(true);
    const firstOfB = calls.findIndex((c) => c.startsWith("B:"));
    expect(firstOfB).toBeGreaterThan(lastOfA);
    // Both answered; no lease left behind.
    expect(calls.filter((c) => c === "A:sendMessage" || c === "B:sendMessage")).toHaveLength(2);
    expect(await temp.db.chatLock.count()).toBe(0);
  });

  it("lets updates of other chats through while one chat is busy", async () => {
    const a = await startInstance("A");
    const b = await startInstance("B");
    const releaseA = holdNextSend(a);
    const first = handle(a, standIn.userSendsText(BUDI, "/start"));
    await waitFor("A's reply to be under way", () => reachedHold(a));
    await handle(b, standIn.userSendsText({ id: 2002, first_name: "Siti", language_code: "id" }, "/start"));
    expect(calls).toContain("B:sendMessage");
    expect(waiting(b)).toBe(false);
    releaseA();
    await first;
  });

  it("keeps a guided flow consistent when its steps reach both instances, two of them at once", async () => {
    const a = await startInstance("A");
    const b = await startInstance("B");
    await handle(a, standIn.userSendsText(BUDI, "/daftar"));
    await handle(b, press("Saya setuju"));
    const versionBefore = (await temp.db.conversationState.findFirstOrThrow()).version;
    // The name on A (held mid-reply), the agency search on B at the same moment: B waits its turn.
    const releaseA = holdNextSend(a);
    const name = handle(a, standIn.userSendsText(BUDI, "Budi Santoso, S.Kom."));
    await waitFor("A's answer to the name to be under way", () => reachedHold(a));
    const search = handle(b, standIn.userSendsText(BUDI, "surabaya"));
    await waitFor("B to wait for Budi's chat", () => waiting(b));
    releaseA();
    await Promise.all([name, search]);
    // Both steps count: the agency list for "surabaya" is shown, and the state was written twice.
    expect(standIn.lastMessageWithKeyboard(BUDI.id)?.buttons.flat().some((button) => button.text.includes("Dinas Komunikasi dan Informatika Kota Surabaya"))).toBe(true);
    expect((await temp.db.conversationState.findFirstOrThrow()).version).toBe(versionBefore + 2);
    // The rest alternates between the instances and ends in one pending registration.
    await handle(a, press("Dinas Komunikasi dan Informatika Kota Surabaya"));
    await handle(b, standIn.userSendsText(BUDI, "Kepala Bidang Aplikasi Informatika"));
    await handle(a, standIn.userSendsText(BUDI, "19850312 201001 1 003"));
    await handle(b, standIn.userSharesContact(BUDI, "+628120002001"));
    await handle(a, press("Kirim"));
    const member = await temp.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } });
    expect(member).toMatchObject({ fullName: "Budi Santoso, S.Kom.", position: "Kepala Bidang Aplikasi Informatika", status: "pending" });
    expect(await temp.db.conversationState.count()).toBe(0);
    for (const instance of [a, b]) expect(instance.logs.filter((line) => line.includes("changed by another instance"))).toEqual([]);
    expect(lastText()).not.toBe("");
  });

  it("skips an update Telegram sends again after another instance had handled it (it died before answering)", async () => {
    const a = await startInstance("A");
    const b = await startInstance("B");
    await handle(a, standIn.userSendsText(BUDI, "/daftar"));
    await handle(a, press("Saya setuju"));
    // A handles the name to the end (state saved) and dies before its 200: Telegram sends it to B.
    const name = standIn.userSendsText(BUDI, "Budi Santoso, S.Kom.");
    await handle(a, name);
    const question = lastText();
    const sent = calls.length;
    await handle(b, name);
    // B does not take the name again as the answer to the agency question.
    expect(calls.length).toBe(sent);
    expect(lastText()).toBe(question);
    expect(b.logs.some((line) => line.includes("update sent again after another instance had handled it"))).toBe(true);
    // The next answer still goes where it belongs.
    await handle(b, standIn.userSendsText(BUDI, "surabaya"));
    expect(standIn.lastMessageWithKeyboard(BUDI.id)?.buttons.flat().some((button) => button.text.includes("Kota Surabaya"))).toBe(true);
  });

  it("takes over a lease whose holder died (expired), and renews its own while a handler runs long", async () => {
    const a = await startInstance("A", { leaseMs: 300 });
    // A crashed instance's rows: expired by the clock.
    const expired = new Date(START.getTime() - 1_000);
    await temp.db.chatLock.createMany({
      data: [
        { key: "chat:2001", owner: "crashed", expiresAt: expired },
        { key: "user:2001", owner: "crashed", expiresAt: expired },
      ],
    });
    const releaseA = holdNextSend(a);
    const update = handle(a, standIn.userSendsText(BUDI, "/start"));
    await waitFor("A's reply to be under way", () => reachedHold(a));
    const held = await temp.db.chatLock.findMany();
    expect(held.map((row) => row.owner)).toEqual(["instance-A", "instance-A"]);
    // Renewed every third of the lease while the handler is held (the clock moves, so must the expiry).
    const firstExpiry = Math.max(...held.map((row) => row.expiresAt.getTime()));
    clock.advance(60_000);
    await waitFor("the lease to be renewed", async () => (await temp.db.chatLock.findMany()).every((row) => row.expiresAt.getTime() > firstExpiry));
    releaseA();
    await update;
    expect(await temp.db.chatLock.count()).toBe(0);
    expect(calls).toContain("A:sendMessage");
  });

  it("handles the update anyway, with a warning, when another instance keeps the chat past the longest wait", async () => {
    const a = await startInstance("A", { maxWaitMs: 50, backoffMs: 5 });
    const future = new Date(START.getTime() + 3_600_000);
    await temp.db.chatLock.create({ data: { key: "chat:2001", owner: "stuck", expiresAt: future } });
    await handle(a, standIn.userSendsText(BUDI, "/start"));
    expect(calls).toContain("A:sendMessage");
    expect(a.logs.some((line) => line.includes("handling the update anyway"))).toBe(true);
    // Only its own rows are released: the other instance's lease stays until it ends or expires.
    expect(await temp.db.chatLock.findMany()).toMatchObject([{ key: "chat:2001", owner: "stuck" }]);
  });

  it("forgets leases left by instances that died, in the daily clean-up", async () => {
    const a = await startInstance("A");
    const dayAgo = new Date(START.getTime() - 2 * 86_400_000);
    await temp.db.chatLock.createMany({
      data: [
        { key: "chat:1", owner: "dead", expiresAt: dayAgo },
        { key: "chat:2", owner: "alive", expiresAt: new Date(START.getTime() + 30_000) },
      ],
    });
    await a.created.jobs.find((job) => job.name === "forget-abandoned-flows")!.run();
    expect((await temp.db.chatLock.findMany()).map((row) => row.key)).toEqual(["chat:2"]);
  });

  it("notices, as a second guard, conversation state written by another instance between its read and its write", async () => {
    const a = await startInstance("A");
    const b = await startInstance("B");
    const logsOf = (instance: Instance) => createLogger("debug", { write: (line: string) => void instance.logs.push(line) });
    const storeA = databaseConversationStorage(a.db, logsOf(a));
    const storeB = databaseConversationStorage(b.db, logsOf(b));
    const state = (step: string) => ({ version: [0, 5] as [0, number], state: { step } as never });
    await storeA.read("conv:1:1");
    await storeA.write("conv:1:1", state("one"));
    // Both read version 1; B writes first; A's write finds version 2.
    await storeA.read("conv:1:1");
    await storeB.read("conv:1:1");
    await storeB.write("conv:1:1", state("two-by-B"));
    expect(b.logs.some((line) => line.includes("changed by another instance"))).toBe(false);
    await storeA.write("conv:1:1", state("two-by-A"));
    expect(a.logs.some((line) => line.includes("changed by another instance"))).toBe(true);
    const row = await temp.db.conversationState.findUniqueOrThrow({ where: { key: "conv:1:1" } });
    expect(row.version).toBe(3);
    expect(JSON.parse(row.value).state.step).toBe("two-by-A");
  });

  it("costs nothing for updates without a chat or a sender", async () => {
    const a = await startInstance("A");
    await handle(a, standIn.enqueueUpdate({ poll: { id: "p1", question: "?", options: [], total_voter_count: 0, is_closed: true, is_anonymous: true, type: "regular", allows_multiple_answers: false } } as never));
    expect(await temp.db.chatLock.count()).toBe(0);
  });
});
