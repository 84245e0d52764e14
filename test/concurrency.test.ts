// Concurrent update handling (issue 14): the real app (startApp, long polling through grammY's runner)
// in-process against the Bot API stand-in. Different chats do not wait for each other; one chat's
// updates stay in order; stop() waits for the handlers in flight.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { systemClock } from "../src/shared/clock.js";
import { updateConstraints } from "../src/bot/sequentialize-key.js";
import { BotApiStandIn, createInProcessFetch, type StandInUser } from "../tools/telegram-standin/index.js";
import { collectingLogger } from "./support/log-collector.js";
import { createTempDatabase, type TempDatabase } from "./support/temp-database.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

let temp: TempDatabase;
let standIn: BotApiStandIn;
let app: App | undefined;

beforeEach(async () => {
  temp = await createTempDatabase();
  // The app opens the file itself (one connection, as in production).
  await temp.db.$disconnect();
  standIn = new BotApiStandIn({ token: TOKEN, botUsername: "forum_kominfo_bot" });
  app = await startApp({
    config: loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: temp.url, ADMIN_TELEGRAM_IDS: "1001" }),
    clock: systemClock,
    logger: collectingLogger("info"),
    client: { fetch: createInProcessFetch(standIn) as never, apiRoot: "http://bot-api.invalid" },
    botInfo: standIn.botUser,
  });
  await standIn.waitForPoller({ timeoutMs: 10_000 });
});

afterEach(async () => {
  standIn.clearFaults();
  await app?.stop();
  app = undefined;
  standIn.close();
  await temp.cleanup();
});

/** Sends `text` as `user` and waits for the bot's next message in their chat that contains `contains`. */
async function reply(user: StandInUser, act: () => void, contains: string) {
  const next = standIn.nextBotMessage({ chatId: user.id, predicate: (m) => m.text.includes(contains) }, { timeoutMs: 30_000 });
  act();
  return next;
}

/** sendMessage calls to `chatId` the stand-in has received and not answered yet. */
const inFlightTo = (chatId: number) => standIn.callsInFlight("sendMessage").filter((c) => Number(c.params.chat_id) === chatId).length;

async function until(check: () => boolean, ms = 10_000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("updates of different chats are handled at once", () => {
  it("answers Wati's /start while Agus's answer hangs in the Bot API, and Agus's once it comes back", async () => {
    const agus = { id: 3401, first_name: "Agus", language_code: "id" };
    const wati = { id: 3402, first_name: "Wati", language_code: "id" };
    const stuck = standIn.injectFault({ method: "sendMessage", chatId: agus.id, fault: { type: "hang" } });
    const agusAnswered = standIn.nextBotMessage({ chatId: agus.id, predicate: (m) => m.text.includes("belum terdaftar") }, { timeoutMs: 60_000 });
    agusAnswered.catch(() => undefined);
    standIn.userSendsText(agus, "/start");
    await until(() => inFlightTo(agus.id) === 1);

    await reply(wati, () => standIn.userSendsText(wati, "/start"), "belum terdaftar");
    // Handled one at a time, Wati's update would wait until Agus's handler gave up on the call.
    expect(inFlightTo(agus.id)).toBe(1);
    expect(stuck.hits).toBe(1);

    stuck.remove();
    await agusAnswered;
    expect(standIn.messagesIn(agus.id).filter((m) => m.text.includes("belum terdaftar"))).toHaveLength(1);
  }, 60_000);

  it("keeps one chat's updates in order: two answers typed quickly in a flow are both taken, in turn", async () => {
    const budi = { id: 3201, first_name: "Budi", language_code: "id" };
    await reply(budi, () => standIn.userSendsText(budi, "/start"), "belum terdaftar");
    await reply(budi, () => standIn.userPressesButtonLabeled(budi, budi.id, "📝 Daftar sekarang"), "Persetujuan pemrosesan data pribadi");
    await reply(budi, () => standIn.userPressesButtonLabeled(budi, budi.id, "✅ Saya setuju"), "1/5");
    // The question after the name is slow to go out: the city arrives while the name is being handled.
    const slow = standIn.injectFault({ method: "sendMessage", chatId: budi.id, times: 1, fault: { type: "delay", ms: 1_500 } });
    const agencyQuestion = standIn.nextBotMessage({ chatId: budi.id, predicate: (m) => m.text.includes("instansi untuk") }, { timeoutMs: 30_000 });
    standIn.userSendsText(budi, "Budi Santoso, S.Kom.");
    standIn.userSendsText(budi, "surabaya");
    await agencyQuestion;
    await standIn.waitForUpdatesConsumed({ timeoutMs: 10_000 });
    expect(slow.hits).toBe(1);

    const texts = standIn.messagesIn(budi.id).map((m) => m.text);
    const nameTaken = texts.findIndex((t) => t.includes("2/5"));
    const cityTaken = texts.findIndex((t) => t.includes("instansi untuk"));
    // The name was taken once, as the name; the city after it, as the city.
    expect(texts.filter((t) => t.includes("2/5"))).toHaveLength(1);
    expect(nameTaken).toBeGreaterThanOrEqual(0);
    expect(cityTaken).toBeGreaterThan(nameTaken);
    expect(texts[cityTaken]).toContain("surabaya");
  }, 60_000);

  it("stop() waits for a handler in flight: its answer still goes out", async () => {
    const rina = { id: 3501, first_name: "Rina", language_code: "id" };
    standIn.injectFault({ method: "sendMessage", chatId: rina.id, times: 1, fault: { type: "delay", ms: 1_000 } });
    standIn.userSendsText(rina, "/start");
    await until(() => inFlightTo(rina.id) === 1);
    await app?.stop();
    expect(standIn.messagesIn(rina.id).filter((m) => m.text.includes("belum terdaftar"))).toHaveLength(1);
  }, 30_000);
});

describe("the queue key", () => {
  it("holds an update's chat and sender; a chat-less update only its sender", () => {
    expect(updateConstraints({ chatId: -100123, from: { id: 7, is_bot: false, first_name: "A" } })).toEqual(["chat:-100123", "user:7"]);
    expect(updateConstraints({ chatId: undefined, from: { id: 7, is_bot: false, first_name: "A" } })).toEqual(["user:7"]);
    expect(updateConstraints({ chatId: 5, from: undefined })).toEqual(["chat:5"]);
  });
});
