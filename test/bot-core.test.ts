// The bot's own behaviour around every feature: one flow at a time, and /batal.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
