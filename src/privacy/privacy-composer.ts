// /data_saya and /hapus_akun, in the private chat, for anyone with a record (applicants, rejected
// and suspended people too): each acts on the sender's own record only.
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../bot/context.js";
import { onButton } from "../bot/callback-data.js";
import { enterFlow } from "../bot/flows.js";
import { exportButton } from "./privacy-buttons.js";
import { ERASE_CONVERSATION, REFUSAL_KEYS } from "./privacy-conversation.js";
import type { PrivacyExport } from "./privacy-export.js";
import type { PrivacyService } from "./privacy-service.js";
import { exportFileName, summaryText } from "./privacy-views.js";

export interface PrivacyComposerDeps {
  privacy: PrivacyService;
  exporter: PrivacyExport;
}

export function createPrivacyComposer({ privacy, exporter }: PrivacyComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChats = composer.chatType("private");

  /** The JSON file (everything) and the readable summary, in the person's language. */
  async function sendData(ctx: BotContext) {
    const member = ctx.access.member;
    const data = member ? await exporter.collect(member.id) : null;
    if (!member || !data) {
      await ctx.reply(ctx.t("privacy-export-none"));
      return;
    }
    await ctx.reply(ctx.t("privacy-export-intro"), { parse_mode: "HTML" });
    const json = Buffer.from(`${JSON.stringify(data, null, 2)}\n`, "utf8");
    await ctx.replyWithDocument(new InputFile(json, exportFileName(data, "json")), { caption: ctx.t("privacy-export-json-caption") });
    const summary = summaryText(ctx.t.bind(ctx), data, ctx.access.timezone, member.language);
    // A byte-order mark, so Windows Notepad reads the accented letters of names right.
    const txt = Buffer.from(`\uFEFF${summary.replace(/\n/g, "\r\n")}\r\n`, "utf8");
    await ctx.replyWithDocument(new InputFile(txt, exportFileName(data, "txt")), { caption: ctx.t("privacy-export-txt-caption") });
    await exporter.recordExport(member.id, member.telegramId);
  }

  privateChats.command("data_saya", sendData);

  onButton(privateChats, exportButton, async (ctx) => {
    await ctx.answerCallbackQuery();
    await sendData(ctx);
  });

  privateChats.command("hapus_akun", async (ctx) => {
    const check = await privacy.check(BigInt(ctx.from.id));
    if (!check.ok) {
      await ctx.reply(ctx.t(REFUSAL_KEYS[check.reason]), { parse_mode: "HTML" });
      return;
    }
    await enterFlow(ctx, ERASE_CONVERSATION);
  });

  return composer;
}
