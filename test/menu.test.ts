import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, kebijakanPokja, pressForged, type Harness } from "./support/bot-harness.js";

/** What the bot answered, without the line that echoes the user's own message or press. */
const answerOf = (transcript: string) => transcript.split("\n").slice(1).join("\n");

describe("main menu", () => {
  let h: Harness;

  beforeEach(async () => {
    h = await createHarness();
    await kebijakanPokja(h); // Budi (2001) coordinates Pokja Kebijakan; Siti (2002) and Andi (2003) are members.
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("/start and /menu show a member the main menu, and coordinators and admins their tools as well", async () => {
    const member = await h.say("as 2003 Andi", "/start");
    expect(member).toContain("Selamat datang kembali, Bapak/Ibu Andi Wijaya!");
    expect(member).toContain("[1] 📅 Rapat  [2] 📊 Tugas SPBE\n  [3] 💡 Usulan  [4] 👥 Pokja\n  [5] 👤 Profil  [6] ❓ Bantuan");
    expect(member).not.toContain("Tinjau usulan");
    expect(member).not.toContain("Sekretariat");
    const menu = await h.say("/menu");
    expect(menu).toContain("Menu utama Forum Kominfo");
    expect(menu).toContain("[6] ❓ Bantuan");
    expect(menu).not.toContain("[7]");

    const coordinator = await h.say("as 2001 Budi", "/menu");
    expect(coordinator).toContain("[7] 📝 Tinjau usulan  [8] 🗓️ Jadwalkan rapat\n  [9] 📣 Siaran");
    expect(coordinator).not.toContain("Sekretariat");

    const admin = await h.say("as 1001 Admin", "/start");
    expect(admin).toContain("[9] 📣 Siaran  [10] 🏛️ Sekretariat");
  });

  it("opens from each button exactly the screen the command opens", async () => {
    await h.run("as 2003 Andi");
    const buttons: [string, string][] = [
      ["/rapat", "📅 Rapat"],
      ["/tugas", "📊 Tugas SPBE"],
      ["/usulan", "💡 Usulan"],
      ["/pokja", "👥 Pokja"],
      ["/profil", "👤 Profil"],
    ];
    for (const [command, label] of buttons) {
      const typed = answerOf(await h.say(command));
      await h.run("/menu");
      const pressed = answerOf(await h.say(`press ${label}`));
      expect(typed.length).toBeGreaterThan(0);
      expect(pressed).toBe(typed);
    }
    // Bantuan from the menu: the short help, with its way back to the menu.
    await h.run("/menu");
    expect(await h.say("press ❓ Bantuan")).toContain("Semua fitur dapat dibuka dari menu utama");
    await h.run("as 1001 Admin");
    const admin = answerOf(await h.say("/admin"));
    await h.run("/menu");
    expect(answerOf(await h.say("press 🏛️ Sekretariat"))).toBe(admin);
  });

  it("starts a coordinator's flow from the menu, and the flow goes on with the next answer", async () => {
    await h.run("as 2001 Budi");
    const typed = answerOf(await h.say("/rapat_baru"));
    await h.run("/batal", "/menu");
    const pressed = answerOf(await h.say("press 🗓️ Jadwalkan rapat"));
    expect(pressed).toBe(typed);
    // The flow's state was kept: its buttons answer with the next question, and /batal finds it running.
    expect(await h.db.conversationState.count()).toBeGreaterThan(0);
    expect(await h.say("press Pokja Kebijakan")).toContain("Apa judul rapat?");
    expect(await h.say("/batal")).toContain("proses dibatalkan");
  });

  it("checks each tool's audience again when its button is pressed", async () => {
    const staffTool = await pressForged(h, { id: 2003, first_name: "Andi" }, "menu:open:rapat_baru");
    expect(staffTool?.show_alert).toBe(true);
    expect(staffTool?.text).toMatch(/koordinator/);
    const adminTool = await pressForged(h, { id: 2001, first_name: "Budi" }, "menu:open:admin");
    expect(adminTool?.text).toContain("hanya untuk admin sekretariat");
    // Someone not registered cannot use the menu at all.
    const stranger = await pressForged(h, { id: 3003, first_name: "Tamu" }, "menu:open:rapat");
    expect(stranger?.text).toContain("belum terdaftar");
    // Nothing was opened for any of them.
    expect(await h.db.conversationState.count()).toBe(0);
    expect(h.standIn.messagesIn(2003)).toHaveLength(0);
    expect(h.standIn.messagesIn(3003)).toHaveLength(0);
  });

  it("/bantuan explains in a few lines and leads to the menu; newcomers are told how to join", async () => {
    const help = await h.say("as 2003 Andi", "/bantuan");
    expect(help).toContain("Semua fitur dapat dibuka dari menu utama");
    expect(help).not.toContain("/ekspor_tugas");
    expect(help).toContain("[1] 📋 Buka menu utama");
    const menu = await h.say("press Buka menu utama");
    expect(menu).toContain("(diedit) Menu utama Forum Kominfo");
    expect(menu).toContain("[1] 📅 Rapat");

    const newcomer = await h.say("as 3003 Tamu", "/bantuan");
    expect(newcomer).toContain("Silakan mendaftar dengan /daftar");
    expect(newcomer).not.toContain("Buka menu utama");
    expect(await h.say("/menu")).toContain("belum terdaftar");
  });

  it("answers free text from a member with the menu and the button the question is about", async () => {
    const question = await h.say("as 2003 Andi", "bagaimana cara melihat jadwal rapat?");
    expect(question).toContain('Untuk itu, silakan tekan tombol "📅 Rapat" pada menu di bawah ini.');
    expect(question).toContain("[1] 📅 Rapat  [2] 📊 Tugas SPBE");
    expect(question).not.toContain("belum dapat kami proses");
    const chatter = await h.say("terima kasih");
    expect(chatter).toContain("Silakan pilih fitur yang Bapak/Ibu perlukan dari menu di bawah ini.");
    expect(chatter).toContain("[6] ❓ Bantuan");
    // Hints only point at buttons the person has: a member asking about scheduling gets Rapat.
    expect(await h.say("bagaimana cara jadwalkan rapat baru?")).toContain('tombol "📅 Rapat"');
    expect(await h.say("as 2001 Budi", "bagaimana cara jadwalkan rapat baru?")).toContain('tombol "🗓️ Jadwalkan rapat"');
    // Anyone else keeps the explanation of where they stand.
    const stranger = await h.say("as 3003 Tamu", "bagaimana cara melihat jadwal rapat?");
    expect(stranger).toContain("belum terdaftar");
    expect(stranger).not.toContain("📅 Rapat");
  });

  it("sets Telegram's command menus by role: members never see the coordinators' commands", async () => {
    const { commandMenus, members } = h.created.services;
    await commandMenus.publish(await members.staff());
    const calls = h.standIn.calls("setMyCommands");
    const commandsOf = (scope: Record<string, unknown>, language?: string) => {
      const call = calls.find((c) => JSON.stringify(c.params.scope) === JSON.stringify(scope) && c.params.language_code === language);
      return ((call?.params.commands ?? []) as { command: string }[]).map((c) => c.command);
    };
    const everyone = commandsOf({ type: "all_private_chats" });
    expect(everyone).toEqual(expect.arrayContaining(["start", "menu", "bantuan", "rapat", "tugas", "profil", "daftar", "batal"]));
    for (const staffOnly of ["rapat_baru", "tinjau", "siaran", "admin", "impor_tugas"]) expect(everyone).not.toContain(staffOnly);
    expect(commandsOf({ type: "all_private_chats" }, "en")).toEqual(everyone);

    const coordinator = commandsOf({ type: "chat", chat_id: 2001 });
    expect(coordinator).toEqual(expect.arrayContaining(["menu", "rapat", "rapat_baru", "tinjau", "siaran"]));
    expect(coordinator).not.toContain("admin");
    expect(coordinator).not.toContain("daftar");
    // The staff menu comes in each language, as the default menu does.
    expect(commandsOf({ type: "chat", chat_id: 2001 }, "en")).toEqual(coordinator);
    const admin = commandsOf({ type: "chat", chat_id: 1001 });
    expect(admin).toEqual(expect.arrayContaining(["admin", "impor_tugas", "rapat_baru", "menu"]));

    // A coordinator who is no longer staff falls back to the default menu.
    await commandMenus.forMember(2001n, "member");
    const deleted = h.standIn.calls("deleteMyCommands").map((c) => c.params);
    expect(deleted).toEqual(
      expect.arrayContaining([{ scope: { type: "chat", chat_id: 2001 } }, { scope: { type: "chat", chat_id: 2001 }, language_code: "en" }]),
    );
  });
});
