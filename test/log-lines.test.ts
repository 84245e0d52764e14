// The journeys that carry a NIP and a phone number (registration, the admins' cards, /profil, the
// admin's search by NIP), also when Telegram refuses a message that holds them, write their log
// lines to the collector; test/support/log-lines-setup.ts checks every line of every test file.
// Here the same check is also made inside each test, so a failure names the step.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUDI_UNTIL_SUMMARY, createHarness, type Harness } from "./support/bot-harness.js";
import { collectedLogLines, collectingLogger, forgetLogLinesFrom, personalDataIn } from "./support/log-collector.js";

const NIP = "198503122010011003";
const PHONE = "+628120002001"; // what the sandbox's "contact" line shares for user 2001

let h: Harness;
let firstLine = 0;

beforeEach(async () => {
  firstLine = collectedLogLines().length;
  h = await createHarness();
});

afterEach(async () => {
  await h.dispose();
});

/** The lines this test's bot wrote, and those among them that hold a NIP or a phone. */
function linesOfThisTest() {
  const lines = collectedLogLines().slice(firstLine).map((l) => l.line);
  return { lines, offending: lines.filter((line) => personalDataIn(line) !== null) };
}

/** Lets the bot's next message to this chat through, then refuses the rest (403, the user blocked the bot). */
function blockAfterNextMessage(chatId: number) {
  const off = h.standIn.onCall((call) => {
    if (call.method === "sendMessage" && Number(call.params.chat_id) === chatId && call.response?.ok) {
      h.standIn.blockChat(chatId);
      off();
    }
  });
}

/** Telegram refused a message to this chat that held this text. */
function expectRefusedWith(chatId: number, text: string) {
  const refused = h.standIn
    .calls("sendMessage")
    .filter((c) => Number(c.params.chat_id) === chatId && c.response?.ok === false && String(c.params.text).includes(text));
  expect(refused.length, `a refused message to ${chatId} with ${text}`).toBeGreaterThan(0);
}

describe("no NIP or phone in any log line (UU 27/2022)", () => {
  it("registration with NIP and phone, the admin's card, approval, /profil and the admin's search by NIP", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY);
    expect(h.standIn.lastMessageWithKeyboard(2001)?.text).toContain(`NIP: ${NIP}`);
    await h.run("press Kirim pendaftaran");
    expect(h.standIn.lastMessageWithKeyboard(1001)?.text).toContain("Pendaftaran baru menunggu persetujuan");
    await h.run("as 1001", "press Setujui", "as 2001", "/profil");
    expect(h.standIn.lastMessage(2001)?.text).toContain(NIP);
    const search = await h.say("as 1001", "/admin", "press Cari anggota", NIP);
    expect(search).toContain("Budi Santoso");
    expect((await h.db.member.findUniqueOrThrow({ where: { telegramId: 2001n } })).phone).toBe(PHONE);
    expect(linesOfThisTest().offending).toEqual([]);
  });

  it("the summary with the NIP and phone, refused by Telegram (the applicant blocked the bot), is logged without them", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY.slice(0, -1));
    // The contact is thanked for, then the summary repeats the NIP and the phone: that one fails.
    blockAfterNextMessage(2001);
    await h.run("contact");
    expectRefusedWith(2001, NIP);
    const { lines, offending } = linesOfThisTest();
    expect(lines.filter((line) => line.includes('"update failed"')).length, "the failure is logged as an error").toBeGreaterThan(0);
    expect(offending).toEqual([]);
  });

  it("/profil's card and the admin's search by NIP, refused by Telegram, are logged without them", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim pendaftaran", "as 1001", "press Setujui");
    h.standIn.blockChat(2001);
    await h.run("as 2001", "/profil");
    h.standIn.unblockChat(2001);
    await h.run("as 1001", "/admin", "press Cari anggota");
    h.standIn.blockChat(1001);
    await h.run(NIP);
    expect(h.standIn.calls().filter((c) => c.response?.ok === false).map((c) => Number(c.params.chat_id))).toEqual(
      expect.arrayContaining([2001, 1001]),
    );
    const { lines, offending } = linesOfThisTest();
    expect(lines.filter((line) => line.includes('"update failed"')).length, "both failures are logged").toBeGreaterThanOrEqual(2);
    expect(offending).toEqual([]);
  });

  it("the check bites: a NIP or a phone in a field no redaction knows is caught", () => {
    const logger = collectingLogger();
    const from = collectedLogLines().length;
    logger.info({ detail: `pegawai ${NIP.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, "$1 $2 $3 $4")}` }, "looked up");
    logger.warn({ contact: { number: "0812-3456-7890" } }, "contact");
    logger.info({ to: "6281234567890" }, "sent");
    logger.info({ chatId: -1001234567890, updateId: 912345678, time: 1764468000000 }, "ids are not personal data");
    const lines = collectedLogLines().slice(from);
    expect(lines.map((l) => personalDataIn(l.line))).toEqual([
      expect.stringContaining("NIP-like"),
      expect.stringContaining("phone-like"),
      expect.stringContaining("phone-like"),
      null,
    ]);
    // These lines were written on purpose: keep them out of the file's check.
    forgetLogLinesFrom(from);
  });
});
