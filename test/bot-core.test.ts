// The bot's own behaviour around every feature: one flow at a time, and /batal.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { editFallbackFor } from "../src/bot/edit-fallback.js";
import { BUDI_UNTIL_SUMMARY, createHarness, type Harness } from "./support/bot-harness.js";

describe("flows", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("asks to finish the open flow instead of opening a second one", async () => {
    await h.run(...BUDI_UNTIL_SUMMARY, "press Kirim", "as 1001", "/siaran");
    // A registration notification's Tolak button pressed while the broadcast flow is open.
    const pressTolak = async () => {
      await h.created.bot.handleUpdate(h.standIn.userPressesButtonLabeled({ id: 1001, first_name: "Admin" }, 1001, "❌ Tolak"));
      await h.created.dispatcher.drain();
    };
    await pressTolak();
    expect(h.standIn.lastMessage(1001)?.text).toContain("masih berada dalam proses lain");
    expect(await h.say("/batal")).toContain("proses dibatalkan");
    await pressTolak();
    expect(h.standIn.lastMessage(1001)?.text).toContain("Tuliskan alasan penolakan");
  });

  it("says so when there is nothing to cancel", async () => {
    expect(await h.say("as 2001 Budi", "/batal")).toContain("Tidak ada proses yang sedang berjalan");
  });
});

describe("edits of a message that is gone", () => {
  const gone = { ok: false as const, error_code: 400, description: "Bad Request: message to edit not found" };
  const run = async (payload: Record<string, unknown>, method = "editMessageText") => {
    const calls: string[] = [];
    const prev = async (m: string) => {
      calls.push(m);
      return m === "sendMessage" ? { ok: true as const, result: { message_id: 9 } } : gone;
    };
    const transformer = editFallbackFor({ chatId: 2001, messageId: 5 });
    const result = await transformer(prev as never, method as never, payload as never);
    return { calls, result };
  };

  it("answers the pressed message's edit with a new message, and drops a change of its buttons", async () => {
    expect((await run({ chat_id: 2001, message_id: 5, text: "Kartu" })).calls).toEqual(["editMessageText", "sendMessage"]);
    expect((await run({ chat_id: 2001, message_id: 5 }, "editMessageReplyMarkup")).result).toEqual({ ok: true, result: true });
  });

  it("leaves edits of other messages (a list refreshed for someone else) as the errors they are", async () => {
    const other = await run({ chat_id: 2001, message_id: 6, text: "Daftar hadir" });
    expect(other.calls).toEqual(["editMessageText"]);
    expect(other.result).toEqual(gone);
  });
});
