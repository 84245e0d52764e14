// /anggota: the member directory. Those who manage a pokja see its members by name, jabatan and
// instansi, page by page or by province, and download it as CSV; other members see counts only.
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { Permissions } from "../access/permissions.js";
import { onButton } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import type { Clock } from "../shared/clock.js";
import { csvFromPages } from "../shared/csv.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate } from "../shared/time.js";
import { csvButton, directoryButton } from "./pokja-buttons.js";
import type { PokjaScreens } from "./pokja-screens.js";
import type { DirectoryExportEntry, PokjaService } from "./pokja-service.js";
import { directoryView } from "./pokja-views.js";

export interface DirectoryComposerDeps {
  pokja: PokjaService;
  permissions: Permissions;
  screens: PokjaScreens;
  clock: Clock;
}

/**
 * The directory as CSV (with a BOM, for Excel), read from the database 500 rows at a time. Username,
 * NIP and phone only for the secretariat (`personal`), as the consent statement says; they are not
 * even read otherwise.
 */
export async function directoryCsv(
  pokja: Pick<PokjaService, "directoryBatches">,
  pokjaId: number,
  personal: boolean,
  timezone: string,
): Promise<{ bytes: Buffer; rows: number }> {
  const headers = [
    "No",
    "Nama",
    "Jabatan",
    "Instansi",
    "Provinsi",
    ...(personal ? ["Username Telegram"] : []),
    "Koordinator",
    "Tanggal Bergabung",
    ...(personal ? ["NIP", "Telepon"] : []),
  ];
  return csvFromPages(headers, pokja.directoryBatches(pokjaId, personal), (e: DirectoryExportEntry, i) => [
    i + 1,
    e.fullName,
    e.position,
    e.agency,
    e.provinceName ?? "Pusat",
    ...(personal ? [e.telegramUsername ?? ""] : []),
    e.isCoordinator ? "Ya" : "Tidak",
    e.joinedAt ? formatDate(e.joinedAt, timezone, "id") : "",
    ...(personal ? [e.nip ?? "", e.phone ?? ""] : []),
  ]);
}

export function createDirectoryComposer({ pokja, permissions, screens, clock }: DirectoryComposerDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const chat = composer.chatType("private");

  chat.command("anggota", async (ctx) => {
    const choices = await screens.managedPokja(ctx);
    if (choices.length === 0) {
      const all = await pokja.list(ctx.access.member?.id ?? null);
      const lines = all.map((p) => ctx.t("directory-count-line", { pokja: escapeHtml(p.name), count: p.memberCount }));
      await ctx.reply([ctx.t("directory-counts-title"), "", ...lines, "", ctx.t("directory-counts-note")].join("\n"), { parse_mode: "HTML" });
      return;
    }
    const [only] = choices;
    if (choices.length === 1 && only) {
      const view = directoryView(ctx, only.id, only.name, await pokja.directoryPage(only.id, 0, false), false);
      await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
      return;
    }
    const keyboard = new InlineKeyboard();
    for (const p of choices) keyboard.text(`${p.name} (${p.memberCount})`, directoryButton.pack({ pokjaId: p.id, page: 0, order: "n" })).row();
    await ctx.reply(ctx.t("directory-choose"), { reply_markup: keyboard });
  });

  onButton(chat, directoryButton, async (ctx, { pokjaId, page, order }) => {
    const p = await screens.pokjaForStaff(ctx, pokjaId);
    if (!p) return;
    await ctx.answerCallbackQuery();
    const byProvince = order === "p";
    const view = directoryView(ctx, p.id, p.name, await pokja.directoryPage(p.id, page, byProvince), byProvince);
    // Paging edits the directory in place; opening it from another screen sends a new message.
    const buttons = ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat() ?? [];
    const isDirectory = buttons.some((b) => "callback_data" in b && csvButton.unpack(b.callback_data) !== null);
    if (isDirectory) await ctx.editMessageText(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
    else await ctx.reply(view.text, { parse_mode: "HTML", reply_markup: view.keyboard });
  });

  onButton(chat, csvButton, async (ctx, { pokjaId }) => {
    const p = await screens.pokjaForStaff(ctx, pokjaId);
    if (!p) return;
    await ctx.answerCallbackQuery({ text: ctx.t("directory-csv-preparing") });
    const timezone = ctx.access.timezone;
    const csv = await directoryCsv(pokja, pokjaId, permissions.isAdmin(ctx.access), timezone);
    const stamp = formatDate(clock.now(), timezone, "id").replace(/\s+/g, "-").toLowerCase();
    await ctx.replyWithDocument(new InputFile(csv.bytes, `anggota-pokja-${p.slug}-${stamp}.csv`), {
      caption: ctx.t("directory-csv-caption", { pokja: p.name, count: csv.rows }),
    });
  });

  return composer;
}
