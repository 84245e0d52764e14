import { Bot, GrammyError, HttpError, InlineKeyboard, InputFile, Keyboard } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import {
  BotApiStandIn,
  createInProcessFetch,
  parseTelegramHtml,
  startBotApiServer,
  type BotApiServer,
  type StandInUser,
} from "../tools/telegram-standin/index.js";

const TOKEN = "6000000001:TEST-token";
const alice: StandInUser = { id: 1001, first_name: "Alice", username: "alice", language_code: "id" };
const bob: StandInUser = { id: 1002, first_name: "Bob" };

async function expectGrammyError(p: Promise<unknown>, code: number, description: RegExp): Promise<GrammyError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GrammyError);
  const ge = err as GrammyError;
  expect(ge.error_code).toBe(code);
  expect(ge.description).toMatch(description);
  return ge;
}

describe("BotApiStandIn over HTTP", () => {
  let standIn: BotApiStandIn;
  let server: BotApiServer;
  let bot: Bot;

  beforeEach(async () => {
    standIn = new BotApiStandIn({ botUsername: "forum_test_bot", botFirstName: "Forum Test", now: () => new Date("2025-01-02T03:04:05Z") });
    server = await startBotApiServer(standIn);
    bot = new Bot(TOKEN, { client: { apiRoot: server.url } });
  });

  afterEach(async () => {
    if (bot.isRunning()) await bot.stop();
    await server.close();
    standIn.close();
  });

  it("answers getMe and records sends, keyboards, edits and uploads", async () => {
    await bot.init();
    expect(bot.botInfo.username).toBe("forum_test_bot");
    expect(bot.botInfo.is_bot).toBe(true);

    const events: string[] = [];
    standIn.onBotMessage((e) => events.push(`${e.kind}:${e.chatId}:${e.messageId}`));

    const first = await bot.api.sendMessage(alice.id, "Halo <b>Alice</b> &amp; tim", { parse_mode: "HTML" });
    expect(first.message_id).toBe(1);
    expect(first.date).toBe(Date.parse("2025-01-02T03:04:05Z") / 1000);
    expect(first.from?.username).toBe("forum_test_bot");
    expect(first.text).toBe("Halo Alice & tim");
    expect(first.entities).toEqual([{ type: "bold", offset: 5, length: 5 }]);

    const kb = new InlineKeyboard().text("Setuju", "vote:yes").text("Tolak", "vote:no").row().url("Situs", "https://example.org");
    const second = await bot.api.sendMessage(alice.id, "Pilih:", { reply_markup: kb });
    expect(second.message_id).toBe(2);
    expect(second.reply_markup?.inline_keyboard[0]?.[0]).toEqual({ text: "Setuju", callback_data: "vote:yes" });

    const edited = await bot.api.editMessageText(alice.id, second.message_id, "Terima kasih");
    expect(edited).not.toBe(true);
    if (edited !== true) {
      expect("text" in edited ? edited.text : undefined).toBe("Terima kasih");
      expect(edited.edit_date).toBeTypeOf("number");
      // Telegram drops the inline keyboard when an edit omits reply_markup.
      expect(edited.reply_markup).toBeUndefined();
    }

    const bytes = Buffer.from("isi laporan SPBE 2025\n");
    const doc = await bot.api.sendDocument(alice.id, new InputFile(bytes, "laporan-spbe.csv"), {
      caption: "Laporan <i>bulanan</i>",
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text("OK", "ack"),
    });
    expect(doc.message_id).toBe(3);
    expect(doc.document?.file_name).toBe("laporan-spbe.csv");
    expect(doc.document?.file_size).toBe(bytes.length);
    expect(doc.document?.mime_type).toBe("text/csv");
    expect(doc.caption).toBe("Laporan bulanan");

    const photo = await bot.api.sendPhoto(alice.id, new InputFile(new Uint8Array([1, 2, 3, 4, 5])));
    expect(photo.photo?.[0]?.file_size).toBe(5);

    const msgs = standIn.messagesIn(alice.id);
    expect(msgs.map((m) => [m.messageId, m.type, m.text, m.edited])).toEqual([
      [1, "text", "Halo Alice & tim", false],
      [2, "text", "Terima kasih", true],
      [3, "document", "Laporan bulanan", false],
      [4, "photo", "", false],
    ]);
    expect(msgs[0]?.rawText).toBe("Halo <b>Alice</b> &amp; tim");
    expect(msgs[1]?.buttons).toEqual([]);
    expect(msgs[2]).toMatchObject({ fileName: "laporan-spbe.csv", fileSize: bytes.length, buttons: [[{ text: "OK", callbackData: "ack" }]] });
    expect(msgs[3]).toMatchObject({ fileName: "photo.jpg", fileSize: 5 });
    expect(standIn.lastMessageWithKeyboard(alice.id)?.messageId).toBe(3);
    expect(events).toEqual([`send:${alice.id}:1`, `send:${alice.id}:2`, `edit:${alice.id}:2`, `document:${alice.id}:3`, `photo:${alice.id}:4`]);

    const sendDocCall = standIn.calls("sendDocument")[0];
    expect(sendDocCall?.params.caption).toBe("Laporan <i>bulanan</i>");
    expect(sendDocCall?.params.reply_markup).toEqual({ inline_keyboard: [[{ text: "OK", callback_data: "ack" }]] });

    // The uploaded bytes can be downloaded again through getFile.
    const file = await bot.api.getFile(doc.document?.file_id ?? "");
    const download = await fetch(`${server.url}/file/bot${TOKEN}/${file.file_path}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("records reply keyboards, remove_keyboard, commands, chat actions and members", async () => {
    await bot.api.sendMessage(alice.id, "Bagikan nomor", {
      reply_markup: new Keyboard().requestContact("Kirim nomor").row().text("Batal").oneTime().resized(),
    });
    expect(standIn.lastMessage(alice.id)?.replyKeyboard).toEqual([["Kirim nomor"], ["Batal"]]);
    expect(standIn.currentReplyKeyboard(alice.id)?.oneTime).toBe(true);
    standIn.userSharesContact(alice, "6281234567890");
    expect(standIn.currentReplyKeyboard(alice.id)).toBeUndefined(); // one-time keyboard hides after use

    await bot.api.sendMessage(alice.id, "Siap", { reply_markup: { remove_keyboard: true } });
    expect(standIn.lastMessage(alice.id)?.removeKeyboard).toBe(true);

    await bot.api.setMyCommands([{ command: "start", description: "Mulai" }]);
    await bot.api.setMyCommands([{ command: "admin", description: "Menu admin" }], {
      scope: { type: "chat", chat_id: 42 },
      language_code: "id",
    });
    expect(await bot.api.getMyCommands()).toEqual([{ command: "start", description: "Mulai" }]);
    expect(await bot.api.getMyCommands({ scope: { type: "chat", chat_id: 42 }, language_code: "id" })).toEqual([
      { command: "admin", description: "Menu admin" },
    ]);
    expect(await bot.api.getMyCommands({ scope: { type: "chat", chat_id: 42 } })).toEqual([]);
    await bot.api.deleteMyCommands();
    expect(await bot.api.getMyCommands()).toEqual([]);
    await expectGrammyError(bot.api.setMyCommands([{ command: "Bad Command", description: "x" }]), 400, /BOT_COMMAND_INVALID/);

    await bot.api.sendChatAction(alice.id, "upload_document");
    expect(standIn.chatActions.map((a) => a.action)).toEqual(["upload_document"]);

    const group = -1001234567890;
    expect(await bot.api.getChatMember(group, alice.id)).toEqual({
      status: "member",
      user: { id: alice.id, is_bot: false, first_name: "Alice", username: "alice", language_code: "id" },
    });
    standIn.setChatMemberStatus(group, bob.id, "kicked");
    expect((await bot.api.getChatMember(group, bob.id)).status).toBe("kicked");

    const link = await bot.api.createChatInviteLink(group, { creates_join_request: true, name: "Forum" });
    expect(link.invite_link).toMatch(/^https:\/\/t\.me\/\+/);
    expect(link.creates_join_request).toBe(true);
    standIn.userRequestsToJoin(bob, { id: group, type: "supergroup", title: "Forum" }, { inviteLink: link.invite_link });
    expect(await bot.api.approveChatJoinRequest(group, bob.id)).toBe(true);
    await expectGrammyError(bot.api.declineChatJoinRequest(group, bob.id), 400, /HIDE_REQUESTER_MISSING/);
    expect(standIn.joinRequestDecisions.map((d) => [d.userId, d.decision])).toEqual([[bob.id, "approved"]]);

    await bot.api.setChatMenuButton({ menu_button: { type: "commands" } });
    expect((await bot.api.getChat(group)).type).toBe("supergroup");
    expect(await bot.api.leaveChat(group)).toBe(true);
    await expectGrammyError(bot.api.sendMessage(group, "halo"), 403, /not a member of the supergroup chat/);
  });

  it("models bans: only where the bot is an admin, never the owner; the user is kicked, then left once unbanned", async () => {
    const group = -1005550000001;
    const carol: StandInUser = { id: 1003, first_name: "Carol" };
    standIn.registerChat({ id: group, type: "supergroup", title: "Grup" });
    standIn.setChatMemberStatus(group, bob.id, "creator");
    standIn.setChatMemberStatus(group, standIn.botUser.id, "member");
    const status = async (userId: number) => (await bot.api.getChatMember(group, userId)).status;

    // Not an admin: refused, and nothing changes.
    await expectGrammyError(bot.api.banChatMember(group, alice.id), 400, /^Bad Request: not enough rights to restrict\/ban chat member$/);
    await expectGrammyError(bot.api.unbanChatMember(group, alice.id), 400, /not enough rights/);
    expect(await status(alice.id)).toBe("member");

    // Made an admin (a my_chat_member update, as Telegram sends): bans work, except the owner's.
    standIn.enqueueUpdate({
      my_chat_member: {
        chat: { id: group, type: "supergroup", title: "Grup" },
        from: { id: bob.id, is_bot: false, first_name: "Bob" },
        date: 1,
        old_chat_member: { status: "member", user: { ...standIn.botUser } },
        new_chat_member: { status: "administrator", user: { ...standIn.botUser }, can_restrict_members: true } as never,
      },
    });
    expect(await status(standIn.botUser.id)).toBe("administrator");
    expect(await bot.api.banChatMember(group, alice.id)).toBe(true);
    expect(await status(alice.id)).toBe("kicked");
    await expectGrammyError(bot.api.banChatMember(group, bob.id), 400, /^Bad Request: can't remove chat owner$/);
    expect(await status(bob.id)).toBe("creator");

    // only_if_banned lifts a ban and touches nobody else; a plain unban also puts a member out.
    expect(await bot.api.unbanChatMember(group, alice.id, { only_if_banned: true })).toBe(true);
    expect(await status(alice.id)).toBe("left");
    expect(await bot.api.unbanChatMember(group, carol.id, { only_if_banned: true })).toBe(true);
    expect(await status(carol.id)).toBe("member");
    expect(await bot.api.unbanChatMember(group, bob.id, { only_if_banned: true })).toBe(true);
    expect(await status(bob.id)).toBe("creator");
    expect(await bot.api.unbanChatMember(group, carol.id)).toBe(true);
    expect(await status(carol.id)).toBe("left");
    expect(standIn.calls("banChatMember").map((c) => c.params.user_id)).toEqual([alice.id, alice.id, bob.id]);

    // Removed from the group (my_chat_member again): refused once more.
    standIn.enqueueUpdate({
      my_chat_member: {
        chat: { id: group, type: "supergroup", title: "Grup" },
        from: { id: bob.id, is_bot: false, first_name: "Bob" },
        date: 2,
        old_chat_member: { status: "administrator", user: { ...standIn.botUser } } as never,
        new_chat_member: { status: "kicked", user: { ...standIn.botUser }, until_date: 0 },
      },
    });
    await expectGrammyError(bot.api.banChatMember(group, carol.id), 400, /not enough rights/);
    // A private chat has no members to ban; a group whose bot status was never set lets the bot act.
    await expectGrammyError(bot.api.banChatMember(alice.id, alice.id), 400, /supergroup and channel chats only/);
    expect(await bot.api.banChatMember(-1005550000002, alice.id)).toBe(true);
    expect((await bot.api.getChatMember(-1005550000002, alice.id)).status).toBe("kicked");
  });

  it("returns Telegram's errors", async () => {
    standIn.blockChat(bob.id);
    await expectGrammyError(bot.api.sendMessage(bob.id, "halo"), 403, /^Forbidden: bot was blocked by the user$/);

    await expectGrammyError(bot.api.sendMessage(alice.id, "x".repeat(5000)), 400, /^Bad Request: message is too long$/);
    await bot.api.sendMessage(alice.id, "x".repeat(4096)); // the limit itself is fine
    await expectGrammyError(bot.api.sendMessage(alice.id, ""), 400, /^Bad Request: message text is empty$/);

    await expectGrammyError(bot.api.sendMessage(alice.id, "<b>tebal", { parse_mode: "HTML" }), 400, /^Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"$/);
    await expectGrammyError(bot.api.sendMessage(alice.id, "baris<br>baru", { parse_mode: "HTML" }), 400, /can't parse entities: Unsupported start tag "br"/);
    await expectGrammyError(bot.api.sendMessage(alice.id, "<b><i>x</b></i>", { parse_mode: "HTML" }), 400, /Unmatched end tag/);
    await expectGrammyError(bot.api.sendMessage(alice.id, "1 < 2", { parse_mode: "HTML" }), 400, /can't parse entities/);
    // Without parse_mode the same text is fine.
    expect((await bot.api.sendMessage(alice.id, "1 < 2 <br>")).text).toBe("1 < 2 <br>");

    await expectGrammyError(
      bot.api.sendMessage(alice.id, "x", { reply_markup: new InlineKeyboard().text("a", "d".repeat(65)) }),
      400,
      /BUTTON_DATA_INVALID/,
    );
    const sent = await bot.api.sendMessage(alice.id, "sama");
    await expectGrammyError(bot.api.editMessageText(alice.id, sent.message_id, "sama"), 400, /message is not modified/);
    await expectGrammyError(bot.api.editMessageText(alice.id, 999, "x"), 400, /message to edit not found/);
    expect(await bot.api.deleteMessage(alice.id, sent.message_id)).toBe(true);
    await expectGrammyError(bot.api.deleteMessage(alice.id, sent.message_id), 400, /message to delete not found/);
    expect(standIn.botMessage(alice.id, sent.message_id)?.deleted).toBe(true);
    await expectGrammyError(bot.api.answerCallbackQuery("nope"), 400, /query ID is invalid/);

    const raw = await fetch(`${server.url}/bot${TOKEN}/noSuchMethod`, { method: "POST" });
    expect(raw.status).toBe(404);
    expect(await raw.json()).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });
  });

  it("delivers injected updates to a long-polling bot and records the replies", async () => {
    const seen: Update[] = [];
    bot.command("start", async (ctx) => {
      seen.push(ctx.update);
      await ctx.reply(`Halo ${ctx.from?.first_name}, setuju?`, {
        reply_markup: new InlineKeyboard().text("Ya", "ans:yes").text("Tidak", "ans:no"),
      });
    });
    bot.callbackQuery(/^ans:/, async (ctx) => {
      seen.push(ctx.update);
      await ctx.answerCallbackQuery({ text: "Tersimpan" });
      await ctx.editMessageText(`Jawaban: ${ctx.callbackQuery.data}`);
    });
    bot.on("message:document", async (ctx) => {
      seen.push(ctx.update);
      const file = await ctx.getFile();
      const res = await fetch(`${server.url}/file/bot${TOKEN}/${file.file_path}`);
      await ctx.reply(`Diterima ${ctx.message.document.file_name}: ${(await res.text()).length} byte`);
    });

    const running = bot.start({ timeout: 1, drop_pending_updates: false });
    await standIn.waitForPoller();
    expect(standIn.calls("deleteWebhook")).toHaveLength(1);

    const reply = standIn.nextBotMessage({ chatId: alice.id });
    standIn.userSendsText(alice, "/start@forum_test_bot ref-1");
    const greeting = await reply;
    expect(greeting.kind).toBe("send");
    expect(greeting.text).toBe("Halo Alice, setuju?");
    expect(greeting.buttons).toEqual([[{ text: "Ya", callbackData: "ans:yes" }, { text: "Tidak", callbackData: "ans:no" }]]);
    expect(seen[0]?.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: "/start@forum_test_bot".length }]);

    const edit = standIn.nextBotMessage({ chatId: alice.id, kind: "edit" });
    const press = standIn.userPressesButton(alice, alice.id, greeting.messageId, "ans:no");
    expect((await edit).text).toBe("Jawaban: ans:no");
    expect(seen[1]?.callback_query?.id).toBe(press.callback_query?.id);
    expect(seen[1]?.callback_query?.message?.message_id).toBe(greeting.messageId);
    expect(standIn.answeredCallbacks).toEqual([{ id: press.callback_query?.id, text: "Tersimpan", show_alert: false }]);
    expect(() => standIn.userPressesButton(alice, alice.id, greeting.messageId, "ans:yes")).toThrow(/no button/);

    const docReply = standIn.nextBotMessage({ chatId: alice.id, kind: "send" });
    const upd = standIn.userSendsDocument(alice, { fileName: "data.xlsx", bytes: "0123456789" }, undefined, "lampiran");
    expect(upd.message?.document?.mime_type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect((await docReply).text).toBe("Diterima data.xlsx: 10 byte");

    await standIn.waitForUpdatesConsumed({ timeoutMs: 5000 });
    expect(standIn.pendingUpdateCount()).toBe(0);
    expect(seen.map((u) => Object.keys(u).find((k) => k !== "update_id"))).toEqual(["message", "callback_query", "message"]);

    const t0 = Date.now();
    await bot.stop();
    await running;
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it("rejects a wrong token when constructed with one", async () => {
    const guarded = new BotApiStandIn({ token: TOKEN });
    const guardedServer = await startBotApiServer(guarded);
    try {
      const ok = new Bot(TOKEN, { client: { apiRoot: guardedServer.url } });
      expect((await ok.api.getMe()).is_bot).toBe(true);
      const wrong = new Bot("1:wrong", { client: { apiRoot: guardedServer.url } });
      await expectGrammyError(wrong.api.getMe(), 401, /^Unauthorized$/);
    } finally {
      await guardedServer.close();
    }
  });

  it("parses form-urlencoded and multipart requests from other clients", async () => {
    const form = new URLSearchParams({
      chat_id: String(alice.id),
      text: "[1,2]",
      reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "a", callback_data: "b" }]] }),
    });
    const r1 = await fetch(`${server.url}/bot${TOKEN}/sendMessage`, { method: "POST", body: form });
    expect(await r1.json()).toMatchObject({ ok: true, result: { text: "[1,2]", reply_markup: { inline_keyboard: [[{ text: "a" }]] } } });

    const fd = new FormData();
    fd.set("chat_id", String(alice.id));
    fd.set("document", new Blob([new Uint8Array(7)], { type: "application/pdf" }), "surat edaran.pdf");
    const r2 = await fetch(`${server.url}/bot${TOKEN}/sendDocument`, { method: "POST", body: fd });
    expect(await r2.json()).toMatchObject({
      ok: true,
      result: { document: { file_name: "surat edaran.pdf", file_size: 7, mime_type: "application/pdf" } },
    });

    const r3 = await fetch(`${server.url}/bot${TOKEN}/getMe`);
    expect(((await r3.json()) as { result: { id: number } }).result.id).toBe(standIn.botUser.id);
  });

  it("ends pending long polls promptly on close", async () => {
    const poll = fetch(`${server.url}/bot${TOKEN}/getUpdates`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ timeout: 30 }),
    }).then((r) => r.json());
    await standIn.waitForPoller();
    const t0 = Date.now();
    await server.close();
    expect(await poll).toEqual({ ok: true, result: [] });
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe("getUpdates semantics", () => {
  it("confirms by offset, supports negative offsets, limit and long polling", async () => {
    const s = new BotApiStandIn({ firstUpdateId: 10 });
    const u1 = s.userSendsText(alice, "satu");
    const u2 = s.userSendsText(alice, "dua");
    const u3 = s.userSendsText(bob, "tiga");
    expect([u1.update_id, u2.update_id, u3.update_id]).toEqual([10, 11, 12]);
    expect(u2.message?.message_id).toBe(2);
    expect(u3.message?.chat).toEqual({ id: bob.id, type: "private", first_name: "Bob" });

    const ids = (r: Awaited<ReturnType<BotApiStandIn["handle"]>>) => (r.ok ? (r.result as Update[]).map((u) => u.update_id) : r);

    expect(ids(await s.handle("getUpdates", {}))).toEqual([10, 11, 12]);
    expect(ids(await s.handle("getUpdates", { limit: 2 }))).toEqual([10, 11]);
    expect(s.pendingUpdateCount()).toBe(3); // delivering does not confirm
    expect(ids(await s.handle("getUpdates", { offset: 11 }))).toEqual([11, 12]);
    expect(s.pendingUpdateCount()).toBe(2); // update 10 is confirmed
    expect(ids(await s.handle("getUpdates", { offset: "12" }))).toEqual([12]); // form-encoded numbers work
    expect(ids(await s.handle("getUpdates", { offset: 13, timeout: 0 }))).toEqual([]);
    expect(s.pendingUpdateCount()).toBe(0);

    s.userSendsText(alice, "a");
    s.userSendsText(alice, "b");
    expect(ids(await s.handle("getUpdates", { offset: -1 }))).toEqual([14]);
    expect(s.pendingUpdateCount()).toBe(1);

    // Long poll: resolves as soon as an update arrives.
    const t0 = Date.now();
    const poll = s.handle("getUpdates", { offset: 15, timeout: 10 });
    setTimeout(() => s.userSendsText(alice, "c"), 20);
    expect(ids(await poll)).toEqual([15]);
    expect(Date.now() - t0).toBeLessThan(1000);

    // Long poll without updates: resolves empty after the timeout.
    const t1 = Date.now();
    expect(ids(await s.handle("getUpdates", { offset: 16, timeout: 0.1 }))).toEqual([]);
    expect(Date.now() - t1).toBeGreaterThanOrEqual(90);

    // A second poller terminates the first with 409.
    const first = s.handle("getUpdates", { offset: 16, timeout: 10 });
    const second = s.handle("getUpdates", { offset: 16, timeout: 10 });
    expect(await first).toMatchObject({ ok: false, error_code: 409 });

    // close() releases waiters.
    s.close();
    expect(await second).toEqual({ ok: true, result: [] });
    expect(await s.handle("getUpdates", {})).toMatchObject({ ok: false, error_code: 500 });
  });

  it("filters by allowed_updates and releases a poll when its signal aborts", async () => {
    const s = new BotApiStandIn();
    s.enqueueUpdate({ chat_member: {} as never });
    s.userSendsSticker(alice);
    const r = await s.handle("getUpdates", { allowed_updates: [] });
    expect(r.ok && (r.result as Update[]).map((u) => Object.keys(u)[1])).toEqual(["message"]);
    expect(s.droppedUpdates).toHaveLength(1);

    const ac = new AbortController();
    const poll = s.handle("getUpdates", { offset: 3, timeout: 30 }, { signal: ac.signal });
    ac.abort();
    expect(await poll).toEqual({ ok: true, result: [] });
    expect(s.activePollCount()).toBe(0);
    expect(await s.handle("sendMessage", { chat_id: alice.id, text: "x" })).toMatchObject({ ok: true });
    expect(await s.handle("SENDMESSAGE", { chat_id: alice.id, text: "y" })).toMatchObject({ ok: true });
    expect(await s.handle("frobnicate", {})).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });
    expect(s.outbox.map((c) => c.method)).toEqual(["getUpdates", "getUpdates", "sendMessage", "SENDMESSAGE", "frobnicate"]);
  });

  it("models groups, commands with bot usernames, photos and join requests", () => {
    const s = new BotApiStandIn();
    const group = { id: -100777, type: "supergroup" as const, title: "Forum SPBE" };
    const u = s.userSendsText(alice, "/lapor@standin_bot sekarang", group);
    expect(u.message?.chat).toEqual(group);
    expect(u.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 18 }]);
    expect(s.userSendsText(bob, "halo", group.id).message?.message_id).toBe(2);
    expect(s.userSendsText(bob, "halo").message?.entities).toBeUndefined();
    expect(s.userSendsPhoto(alice, undefined, "foto").message?.photo?.[0]?.file_id).toMatch(/^AgAC/);
    const jr = s.userRequestsToJoin(bob, group, { bio: "ASN" });
    expect(jr.chat_join_request?.from.id).toBe(bob.id);
  });
});

describe("HTML parse mode", () => {
  it("renders plain text and entities", () => {
    expect(parseTelegramHtml('<a href="https://x.id/?a=1&amp;b=2">tautan</a> &lt;ok&gt; &quot;q&quot; &#128512;')).toEqual({
      text: 'tautan <ok> "q" 😀',
      entities: [{ type: "text_link", url: "https://x.id/?a=1&b=2", offset: 0, length: 6 }],
    });
    expect(parseTelegramHtml('<pre><code class="language-ts">let x</code></pre><span class="tg-spoiler">s</span>').entities).toEqual([
      { type: "pre", language: "ts", offset: 0, length: 5 },
      { type: "spoiler", offset: 5, length: 1 },
    ]);
    expect(() => parseTelegramHtml('<span class="x">s</span>')).toThrow(/must have class "tg-spoiler"/);
    expect(() => parseTelegramHtml("</b>")).toThrow(/Unexpected end tag at byte offset 0/);
  });
});

describe("in-process fetch", () => {
  it("runs a grammY bot without any port", async () => {
    const standIn = new BotApiStandIn({ token: TOKEN });
    const bot = new Bot(TOKEN, { client: { fetch: createInProcessFetch(standIn) } });
    bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`, { reply_markup: new InlineKeyboard().text("lagi", "again") }));
    bot.callbackQuery("again", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup();
    });

    await bot.init();
    expect(bot.botInfo.id).toBe(standIn.botUser.id);

    const doc = await bot.api.sendDocument(alice.id, new InputFile(Buffer.from("%PDF-1.4 tiny"), "undangan.pdf"));
    expect(standIn.lastMessage(alice.id)).toMatchObject({ type: "document", fileName: "undangan.pdf", fileSize: 13, mimeType: "application/pdf" });
    const file = await bot.api.getFile(doc.document?.file_id ?? "");
    const fetchFn = createInProcessFetch(standIn);
    const dl = await fetchFn(`https://api.telegram.org/file/bot${TOKEN}/${file.file_path}`);
    expect(await dl.text()).toBe("%PDF-1.4 tiny");
    expect((await fetchFn(`https://api.telegram.org/bot1:bad/getMe`)).status).toBe(401);

    const running = bot.start({ timeout: 30 });
    const echo = standIn.nextBotMessage({ chatId: alice.id });
    standIn.userSendsText(alice, "halo bot");
    const sent = await echo;
    expect(sent.text).toBe("echo: halo bot");

    const cleared = standIn.nextBotMessage({ kind: "edit" });
    standIn.userPressesButtonLabeled(alice, alice.id, "lagi");
    expect((await cleared).buttons).toEqual([]);
    expect(standIn.answeredCallbacks).toHaveLength(1);

    await standIn.waitForUpdatesConsumed();
    const t0 = Date.now();
    await bot.stop(); // aborts the pending 30 s long poll
    await running;
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(standIn.activePollCount()).toBe(0);
    standIn.close();
  });
});

describe("injected faults", () => {
  let standIn: BotApiStandIn;
  let server: BotApiServer;
  let bot: Bot;
  beforeEach(async () => {
    standIn = new BotApiStandIn({ botUsername: "forum_test_bot" });
    server = await startBotApiServer(standIn);
    bot = new Bot(TOKEN, { client: { apiRoot: server.url } });
  });
  afterEach(async () => {
    standIn.close();
    await server.close();
  });

  /** Resolves once `check` holds; faults run on real time, so tests wait on conditions, not clocks. */
  async function until(check: () => boolean) {
    for (let waited = 0; !check(); waited += 5) {
      if (waited > 10_000) throw new Error("condition not met in time");
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it("answers Telegram's errors for the next N calls of a method, per chat, then works again", async () => {
    const limited = standIn.injectFault({ method: "sendMessage", chatId: alice.id, times: 2, fault: { type: "error", errorCode: 429, retryAfter: 7 } });
    const e429 = await expectGrammyError(bot.api.sendMessage(alice.id, "a"), 429, /^Too Many Requests: retry after 7$/);
    expect(e429.parameters.retry_after).toBe(7);
    expect((await bot.api.sendMessage(bob.id, "other chat")).text).toBe("other chat");
    expect(await bot.api.getChat(alice.id)).toMatchObject({ id: alice.id }); // other methods are untouched
    await expectGrammyError(bot.api.sendMessage(alice.id, "b"), 429, /retry after 7/);
    expect(limited).toMatchObject({ hits: 2, active: false });
    expect((await bot.api.sendMessage(alice.id, "c")).text).toBe("c");
    expect(standIn.messagesIn(alice.id).map((m) => m.text)).toEqual(["c"]);
    expect(standIn.calls("sendMessage").map((c) => c.fault)).toEqual(["error 429", undefined, "error 429", undefined]);

    for (const [code, description] of [[409, /^Conflict: terminated by other getUpdates request/], [401, /^Unauthorized$/], [500, /^Internal Server Error$/], [502, /^Bad Gateway$/]] as const) {
      standIn.injectFault({ times: 1, fault: { type: "error", errorCode: code } }); // every method
      await expectGrammyError(bot.api.getMe(), code, description);
    }
    expect((await bot.api.getMe()).username).toBe("forum_test_bot");
  });

  it("applies a fault for a period, and the newest matching fault wins until removed", async () => {
    const outage = standIn.injectFault({ method: ["sendMessage", "editMessageText"], forMs: 200, fault: { type: "error", errorCode: 500 } });
    await expectGrammyError(bot.api.sendMessage(alice.id, "x"), 500, /Internal Server Error/);
    const override = standIn.injectFault({ method: "sendMessage", fault: { type: "error", errorCode: 502 } });
    await expectGrammyError(bot.api.sendMessage(alice.id, "x"), 502, /Bad Gateway/);
    override.remove();
    await expectGrammyError(bot.api.sendMessage(alice.id, "x"), 500, /Internal Server Error/);
    await until(() => !outage.active);
    expect((await bot.api.sendMessage(alice.id, "after")).text).toBe("after");
    standIn.injectFault({ fault: { type: "error", errorCode: 503 } });
    standIn.clearFaults();
    expect((await bot.api.getMe()).is_bot).toBe(true);
  });

  it("delays answers: the message exists only once answered, or at once with effect 'first'", async () => {
    standIn.injectFault({ method: "sendMessage", times: 1, fault: { type: "delay", ms: 150 } });
    const began = performance.now();
    const slow = bot.api.sendMessage(alice.id, "lambat");
    await until(() => standIn.callsInFlight("sendMessage").length === 1);
    expect(standIn.messagesIn(alice.id)).toEqual([]);
    expect((await slow).text).toBe("lambat");
    expect(performance.now() - began).toBeGreaterThanOrEqual(140);
    expect(standIn.callsInFlight()).toEqual([]);

    standIn.injectFault({ method: "sendMessage", times: 1, fault: { type: "delay", ms: 150, effect: "first" } });
    const late = bot.api.sendMessage(alice.id, "terkirim, jawaban terlambat");
    await until(() => standIn.messagesIn(alice.id).length === 2);
    expect(standIn.callsInFlight("sendMessage")).toHaveLength(1);
    await late;
  });

  it("holds a call until released; a client that gives up leaves nothing sent", async () => {
    const outage = standIn.injectFault({ method: "sendMessage", fault: { type: "hang" } });
    let settled = false;
    const held = bot.api.sendMessage(alice.id, "tertahan").finally(() => (settled = true));
    await until(() => standIn.callsInFlight("sendMessage").length === 1);
    expect((await bot.api.getMe()).is_bot).toBe(true); // other calls still answer meanwhile
    expect(settled).toBe(false);
    outage.release();
    expect((await held).text).toBe("tertahan");

    const controller = new AbortController();
    const abandoned = bot.api.sendMessage(alice.id, "ditinggal", {}, controller.signal as Parameters<typeof bot.api.sendMessage>[3]).catch((e: unknown) => e);
    await until(() => standIn.callsInFlight("sendMessage").length === 1);
    controller.abort();
    expect(await abandoned).toBeInstanceOf(HttpError);
    await until(() => standIn.callsInFlight().length === 0);
    expect(standIn.calls("sendMessage").at(-1)).toMatchObject({ fault: "hang, client gave up", dropped: true });
    expect(standIn.messagesIn(alice.id).map((m) => m.text)).toEqual(["tertahan"]);
    expect(outage.hits).toBe(2);

    const onClose = bot.api.sendMessage(alice.id, "saat ditutup").catch((e: unknown) => e);
    await until(() => standIn.callsInFlight("sendMessage").length === 1);
    standIn.close(); // held calls answer that the stand-in is closed
    expect(await onClose).toBeInstanceOf(GrammyError);
  });

  it("drops the connection (network error), optionally after the call took effect; answers HTML error pages", async () => {
    standIn.injectFault({ method: "sendMessage", times: 1, fault: { type: "drop" } });
    expect(await bot.api.sendMessage(alice.id, "hilang").catch((e: unknown) => e)).toBeInstanceOf(HttpError);
    standIn.injectFault({ method: "sendMessage", times: 1, fault: { type: "drop", effect: "first" } });
    expect(await bot.api.sendMessage(alice.id, "terkirim").catch((e: unknown) => e)).toBeInstanceOf(HttpError);
    expect(standIn.messagesIn(alice.id).map((m) => m.text)).toEqual(["terkirim"]);
    expect(standIn.calls("sendMessage").map((c) => c.dropped)).toEqual([true, true]);

    standIn.injectFault({ method: "getMe", times: 1, fault: { type: "html", status: 502 } });
    const page = await fetch(`${server.url}/bot${TOKEN}/getMe`);
    expect(page.status).toBe(502);
    expect(await page.text()).toContain("<h1>502</h1>");

    // The in-process fetch fails the same way.
    const local = new Bot(TOKEN, { client: { fetch: createInProcessFetch(standIn) } });
    standIn.injectFault({ method: "sendMessage", times: 1, fault: { type: "drop" } });
    expect(await local.api.sendMessage(alice.id, "x").catch((e: unknown) => e)).toBeInstanceOf(HttpError);
  });

  it("ends waiting long polls with an injected getUpdates error (another instance's 409), then polls normally", async () => {
    const poll = standIn.handle("getUpdates", { timeout: 30 });
    await standIn.waitForPoller();
    const conflict = standIn.injectFault({ method: "getUpdates", times: 2, fault: { type: "error", errorCode: 409 } });
    expect(await poll).toMatchObject({ ok: false, error_code: 409 });
    expect(await standIn.handle("getUpdates", {})).toMatchObject({ ok: false, error_code: 409 });
    expect(conflict.active).toBe(false);
    standIn.userSendsText(alice, "halo");
    expect(await standIn.handle("getUpdates", {})).toMatchObject({ ok: true, result: [{ message: { text: "halo" } }] });
  });
});
