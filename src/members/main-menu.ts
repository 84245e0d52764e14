// The main menu: buttons by role that open the screens of the commands (/start, /menu, /bantuan,
// and free text in a private chat). Which buttons someone sees follows the commands' audiences; with
// WEB_APP_URL set, a last row opens the dashboard (the Mini App) for whoever may use /dasbor.
import { InlineKeyboard } from "grammy";
import { hasAudience } from "../access/access.js";
import type { ConversationContext } from "../bot/context.js";
import type { CommandDefinition } from "../bot/feature.js";
import { addDashboardButton, showsDashboardButton } from "../dashboard/dashboard-button.js";
import { MEMBER_BUTTONS, MENU_COMMANDS, type MenuCommand } from "./member-buttons.js";

export const MENU_LABEL_KEYS: Record<MenuCommand, string> = {
  rapat: "menu-button-rapat",
  tugas: "menu-button-tugas",
  usulan: "menu-button-usulan",
  pokja: "menu-button-pokja",
  profil: "menu-button-profil",
  bantuan: "menu-button-bantuan",
  tinjau: "menu-button-tinjau",
  rapat_baru: "menu-button-rapat-baru",
  siaran: "menu-button-siaran",
  admin: "menu-button-admin",
};

/** The private-chat declaration of a menu command, if a feature declares it. */
export function menuCommand(commands: readonly CommandDefinition[], command: MenuCommand): CommandDefinition | undefined {
  return commands.find((c) => c.command === command && c.chats.includes("private"));
}

/** The menu commands this person may use, in menu order. */
export function menuCommandsFor(ctx: ConversationContext, commands: readonly CommandDefinition[]): MenuCommand[] {
  return MENU_COMMANDS.filter((command) => {
    const definition = menuCommand(commands, command);
    return definition !== undefined && hasAudience(ctx.access, definition.audience);
  });
}

/** The menu's buttons; `webAppUrl` (WEB_APP_URL, undefined when not set) adds the dashboard's on a row of its own. */
export function mainMenuKeyboard(ctx: ConversationContext, commands: readonly CommandDefinition[], webAppUrl: string | undefined): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  // Two buttons a row: labels stay readable on a phone.
  menuCommandsFor(ctx, commands).forEach((command, index) => {
    if (index > 0 && index % 2 === 0) keyboard.row();
    keyboard.text(ctx.t(MENU_LABEL_KEYS[command]), MEMBER_BUTTONS.menuOpen.pack({ command }));
  });
  // Last, so the numbered buttons above keep their places; it opens the page itself, not a command.
  if (showsDashboardButton(ctx, commands, webAppUrl)) addDashboardButton(keyboard.row(), ctx, webAppUrl);
  return keyboard;
}

export function mainMenu(ctx: ConversationContext, commands: readonly CommandDefinition[], webAppUrl: string | undefined) {
  return { text: ctx.t("menu-title"), keyboard: mainMenuKeyboard(ctx, commands, webAppUrl) };
}

/** Words in a question that point at one button ("bagaimana cara melihat jadwal rapat?" -> Rapat). */
const HINT_WORDS: Record<MenuCommand, readonly string[]> = {
  rapat_baru: ["jadwalkan", "rapat baru", "buat rapat", "membuat rapat"],
  rapat: ["rapat", "jadwal", "undangan", "hadir", "kehadiran", "notulen", "pertemuan"],
  tugas: ["tugas", "spbe", "indikator", "kewajiban"],
  tinjau: ["tinjau", "meninjau"],
  usulan: ["usul", "rekomendasi", "masukan"],
  siaran: ["siaran", "pengumuman", "broadcast"],
  pokja: ["pokja", "kelompok kerja", "grup"],
  profil: ["profil", "nama saya", "nip", "telepon", "jabatan", "instansi", "zona waktu", "bahasa"],
  admin: ["sekretariat", "pendaftaran", "admin"],
  bantuan: ["bantuan", "panduan", "cara"],
};

/** The menu button a free-text question is most likely about, among those this person sees. */
export function hintFor(text: string, available: readonly MenuCommand[]): MenuCommand | null {
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  for (const [command, hints] of Object.entries(HINT_WORDS) as [MenuCommand, readonly string[]][]) {
    if (!available.includes(command)) continue;
    if (hints.some((hint) => words.includes(` ${hint}`))) return command;
  }
  return null;
}
