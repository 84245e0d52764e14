// The way to the dashboard (the Mini App) from the chat: /dasbor and the main menu's web_app button
// when WEB_APP_URL is set (createBot's webAppUrl), a polite note and no button when it is not; private
// chats and approved members only. The real bot against the Bot API stand-in on a real database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InlineKeyboardButton, Update } from "grammy/types";
import { createBot, type CreatedBot } from "../src/bot/create-bot.js";
import { LOCALES_DIR } from "../src/app.js";
import { SANDBOX_TOKEN } from "../tools/sandbox/sandbox.js";
import { createInProcessFetch, type StandInUser } from "../tools/telegram-standin/index.js";
import { createHarness, kebijakanPokja, type Harness } from "./support/bot-harness.js";
import { collectingLogger } from "./support/log-collector.js";

const WEB_APP_URL = "https://forum.kominfo.example.go.id/app/";
const GROUP = { id: -100_777, type: "group" as const, title: "Forum Kominfo Jatim" };

const andi: StandInUser = { id: 2003, first_name: "Andi" };
const budi: StandInUser = { id: 2001, first_name: "Budi" };
const admin: StandInUser = { id: 1001, first_name: "Admin" };
const tamu: StandInUser = { id: 3003, first_name: "Tamu" };

/** Every button of the keyboard of a stored bot message, flat. */
function buttonsOf(h: Harness, chatId: number): InlineKeyboardButton[] {
  return h.standIn.lastMessage(chatId)?.inlineKeyboard?.inline_keyboard.flat() ?? [];
}

const webAppButtons = (buttons: InlineKeyboardButton[]) => buttons.filter((b) => "web_app" in b);

describe("dashboard without WEB_APP_URL", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness();
    await kebijakanPokja(h);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("/dasbor says politely that the dashboard is not set up yet, and the menu has no button for it", async () => {
    const answer = await h.say("as 2003 Andi", "/dasbor");
    expect(answer).toContain("dasbor belum dapat dibuka karena belum disiapkan");
    expect(answer).toContain("hubungi sekretariat Forum Kominfo");
    expect(webAppButtons(buttonsOf(h, andi.id))).toEqual([]);
    // The English alias, in any case.
    expect(await h.say("/Dashboard")).toContain("belum disiapkan");

    const menu = await h.say("/menu");
    expect(menu).toContain("[6] ❓ Bantuan");
    expect(menu).not.toContain("Buka dasbor");
    expect(webAppButtons(buttonsOf(h, andi.id))).toEqual([]);
  });

  it("keeps /dasbor to approved members, in private chats", async () => {
    expect(await h.say("as 3003 Tamu", "/dasbor")).toContain("belum terdaftar");
    const inGroup = await h.say("as 2003 Andi", "in group -100777 Forum Kominfo Jatim", "/dasbor");
    expect(inGroup).toContain("Perintah /dasbor digunakan dalam percakapan pribadi dengan bot");
    expect(inGroup).not.toContain("belum disiapkan");
  });
});

describe("dashboard with WEB_APP_URL", () => {
  let h: Harness;
  /** The same bot on the harness's database and stand-in, with the page's address. */
  let configured: CreatedBot;

  async function send(update: Update) {
    await configured.bot.handleUpdate(update);
  }

  beforeEach(async () => {
    h = await createHarness();
    await kebijakanPokja(h);
    configured = createBot({
      token: SANDBOX_TOKEN,
      db: h.db,
      clock: h.clock,
      logger: collectingLogger(),
      localesDir: LOCALES_DIR,
      configuredAdminIds: [1001n],
      defaultTimezone: "Asia/Jakarta",
      client: { fetch: createInProcessFetch(h.standIn) as unknown as typeof fetch },
      botInfo: h.standIn.botUser,
      abuseLimits: false,
      offThread: h.created.services.offThread,
      webAppUrl: WEB_APP_URL,
    });
    await configured.services.members.applyConfiguredAdmins();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("/dasbor answers with a short word and a web_app button to the page", async () => {
    await send(h.standIn.userSendsText(andi, "/dasbor"));
    const message = h.standIn.lastMessage(andi.id)!;
    expect(message.text).toContain("Dasbor Forum Kominfo");
    expect(message.text).toContain("Bapak/Ibu");
    expect(message.inlineKeyboard?.inline_keyboard).toEqual([[{ text: "📊 Buka dasbor", web_app: { url: WEB_APP_URL } }]]);
  });

  it("puts the same button on a row of its own under the main menu, for members, coordinators and admins", async () => {
    for (const user of [andi, budi, admin]) {
      await send(h.standIn.userSendsText(user, "/menu"));
      const rows = h.standIn.lastMessage(user.id)!.inlineKeyboard!.inline_keyboard;
      expect(rows.at(-1)).toEqual([{ text: "📊 Buka dasbor", web_app: { url: WEB_APP_URL } }]);
      // The numbered buttons keep their places: Rapat first, the dashboard's is the only web_app one.
      expect(rows[0]![0]!.text).toBe("📅 Rapat");
      expect(webAppButtons(rows.flat())).toHaveLength(1);
    }
    // /start and free text show the main menu with it too.
    await send(h.standIn.userSendsText(andi, "/start"));
    expect(webAppButtons(buttonsOf(h, andi.id))).toEqual([{ text: "📊 Buka dasbor", web_app: { url: WEB_APP_URL } }]);
    await send(h.standIn.userSendsText(andi, "terima kasih"));
    expect(h.standIn.lastMessage(andi.id)!.text).toContain("menu di bawah ini");
    expect(webAppButtons(buttonsOf(h, andi.id))).toHaveLength(1);
  });

  it("gives no button to someone not approved, and refuses /dasbor in a group cleanly", async () => {
    await send(h.standIn.userSendsText(tamu, "/dasbor"));
    expect(h.standIn.lastMessage(tamu.id)!.text).toContain("belum terdaftar");
    expect(webAppButtons(buttonsOf(h, tamu.id))).toEqual([]);
    await send(h.standIn.userSendsText(tamu, "/start"));
    expect(webAppButtons(buttonsOf(h, tamu.id))).toEqual([]);

    h.standIn.registerChat(GROUP);
    await send(h.standIn.userSendsText(andi, "/dasbor", GROUP));
    const answer = h.standIn.lastMessage(GROUP.id)!;
    expect(answer.text).toContain("Perintah /dasbor digunakan dalam percakapan pribadi dengan bot");
    // Telegram takes web_app buttons in private chats only: the group gets the way to the private chat.
    expect(webAppButtons(answer.inlineKeyboard?.inline_keyboard.flat() ?? [])).toEqual([]);
    expect(answer.inlineKeyboard?.inline_keyboard.flat()[0]).toMatchObject({ url: expect.stringContaining("?start=dasbor") });
    // Nothing the stand-in refused as Telegram would.
    expect(h.standIn.calls().filter((c) => c.response && !c.response.ok)).toEqual([]);
  });
});
