// grammY's branch replaced by one that builds its middleware once (src/bot/cheap-branch.ts): the
// same handlers run, in the same order, with the same `next`, and no Composer is built per update.
import { Bot, Composer, type Context } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it, vi } from "vitest";
import { cheapBranchesInstalled, useCheapBranches } from "../src/bot/cheap-branch.js";

const botInfo = { id: 1, is_bot: true as const, first_name: "Bot", username: "test_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false };
let nextId = 1;
const text = (body: string): Update => ({
  update_id: nextId++,
  message: { message_id: nextId, date: 0, chat: { id: 5, type: "private", first_name: "A" }, from: { id: 5, is_bot: false, first_name: "A" }, text: body, ...(body.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: body.split(" ")[0]!.length }] } : {}) },
});
const press = (data: string): Update => ({
  update_id: nextId++,
  callback_query: { id: String(nextId), chat_instance: "1", from: { id: 5, is_bot: false, first_name: "A" }, data, message: { message_id: 1, date: 0, chat: { id: 5, type: "private", first_name: "A" } } },
});

useCheapBranches();

function botLoggingTo(log: string[]) {
  const bot = new Bot<Context>("0:test", { botInfo });
  const chat = bot.chatType("private");
  chat.command("satu", async (_ctx, next) => {
    log.push("satu");
    await next();
  });
  chat.command("dua", () => void log.push("dua"));
  bot.callbackQuery(/^x:(\d+)$/, (ctx) => void log.push(`x${ctx.match[1]}`));
  // An async predicate, and branch's sides given as an array and as a function.
  bot.branch(async (ctx) => ctx.message?.text === "/satu", [(_ctx, next) => (log.push("async-a"), next()), () => void log.push("async-b")], (_ctx, next) => next());
  bot.use(() => void log.push("fallback"));
  return { bot, chat };
}

describe("the cheap branch", () => {
  it("is installed once, idempotently", () => {
    useCheapBranches();
    expect(cheapBranchesInstalled()).toBe(true);
  });

  it("runs the matching handlers in order, passes the others by, and keeps next()", async () => {
    const log: string[] = [];
    const { bot } = botLoggingTo(log);
    await bot.handleUpdate(text("/satu"));
    expect(log).toEqual(["satu", "async-a", "async-b"]);
    log.length = 0;
    await bot.handleUpdate(text("/dua"));
    expect(log).toEqual(["dua"]);
    log.length = 0;
    await bot.handleUpdate(text("halo"));
    await bot.handleUpdate(press("x:7"));
    await bot.handleUpdate(press("y:7"));
    expect(log).toEqual(["fallback", "x7", "fallback"]);
  });

  it("still counts middleware added to a filtered composer after it was filtered", async () => {
    const log: string[] = [];
    const { bot, chat } = botLoggingTo(log);
    chat.command("tiga", () => void log.push("tiga"));
    await bot.handleUpdate(text("/tiga"));
    expect(log).toEqual(["tiga"]);
  });

  it("builds no Composer per update (grammY's lazy is never called while handling)", async () => {
    const log: string[] = [];
    const { bot } = botLoggingTo(log);
    const composerNested = new Composer<Context>();
    composerNested.on("message:text").hears("halo", () => void log.push("hears"));
    bot.use(composerNested);
    const lazy = vi.spyOn(Composer.prototype, "lazy");
    for (let i = 0; i < 20; i++) await bot.handleUpdate(text(i % 2 ? "/dua" : "halo"));
    expect(lazy).not.toHaveBeenCalled();
    lazy.mockRestore();
  });

  it("passes errors of a handler up as grammY does", async () => {
    const bot = new Bot<Context>("0:test", { botInfo });
    bot.command("rusak", () => {
      throw new Error("boom");
    });
    await expect(bot.handleUpdate(text("/rusak"))).rejects.toThrow("boom");
  });
});
