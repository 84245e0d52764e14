// The command list, by who may use it and where. /bantuan and Telegram's command menus are built
// from it, so they never disagree with what the handlers allow.
import type { Api } from "grammy";
import type { Access } from "../members/member-types.js";
import type { Translator } from "./i18n.js";
import type { Logger } from "../shared/logger.js";

export type Audience = "everyone" | "unapproved" | "approved" | "coordinator" | "admin";
export type ChatKind = "private" | "group";

export interface CommandDefinition {
  command: string;
  audience: Audience;
  /** Where the command works; its description is the locale key "cmd-<command>". */
  chats: readonly ChatKind[];
}

const PRIVATE: readonly ChatKind[] = ["private"];
const GROUP: readonly ChatKind[] = ["group"];
const BOTH: readonly ChatKind[] = ["private", "group"];

export const COMMANDS: readonly CommandDefinition[] = [
  { command: "start", audience: "everyone", chats: PRIVATE },
  { command: "daftar", audience: "unapproved", chats: PRIVATE },
  { command: "profil", audience: "everyone", chats: PRIVATE },
  { command: "pokja", audience: "approved", chats: PRIVATE },
  { command: "anggota", audience: "approved", chats: PRIVATE },
  { command: "rapat", audience: "approved", chats: PRIVATE },
  { command: "rapat_baru", audience: "coordinator", chats: PRIVATE },
  { command: "rapat_lalu", audience: "approved", chats: PRIVATE },
  { command: "pengaturan", audience: "approved", chats: PRIVATE },
  { command: "tugas", audience: "approved", chats: PRIVATE },
  { command: "cari_tugas", audience: "approved", chats: PRIVATE },
  { command: "ikuti", audience: "approved", chats: PRIVATE },
  { command: "berhenti_ikuti", audience: "approved", chats: PRIVATE },
  { command: "ekspor_tugas", audience: "approved", chats: PRIVATE },
  { command: "impor_tugas", audience: "admin", chats: PRIVATE },
  { command: "usul", audience: "approved", chats: PRIVATE },
  { command: "usulan", audience: "approved", chats: PRIVATE },
  { command: "usulan_saya", audience: "approved", chats: PRIVATE },
  { command: "tinjau", audience: "coordinator", chats: PRIVATE },
  { command: "rekap_usulan", audience: "coordinator", chats: PRIVATE },
  { command: "undangan", audience: "coordinator", chats: BOTH },
  { command: "hubungkan", audience: "coordinator", chats: GROUP },
  { command: "putuskan", audience: "coordinator", chats: GROUP },
  { command: "siaran", audience: "coordinator", chats: PRIVATE },
  { command: "siaran_laporan", audience: "coordinator", chats: PRIVATE },
  { command: "bantuan", audience: "everyone", chats: BOTH },
  { command: "batal", audience: "everyone", chats: PRIVATE },
  { command: "admin", audience: "admin", chats: PRIVATE },
];

/** Commands anyone may use, whatever their status (the rest need an approved membership). */
export const PUBLIC_COMMANDS = new Set(["start", "daftar", "bantuan", "batal", "profil"]);

export function isCoordinatorOrAdmin(access: Access): boolean {
  return access.isAdmin || (access.isApproved && access.role === "coordinator");
}

export function commandsFor(access: Access, chat: ChatKind = "private"): CommandDefinition[] {
  return COMMANDS.filter((c) => {
    if (!c.chats.includes(chat)) return false;
    switch (c.audience) {
      case "everyone":
        return true;
      case "unapproved":
        return !access.isApproved;
      case "approved":
        return access.isApproved;
      case "coordinator":
        return isCoordinatorOrAdmin(access);
      case "admin":
        return access.isAdmin;
    }
  });
}

const LANGUAGES = ["id", "en"] as const;

function menu(i18n: Translator, language: string, chat: ChatKind, audiences: Audience[]) {
  return COMMANDS.filter((c) => c.chats.includes(chat) && audiences.includes(c.audience)).map((c) => ({
    command: c.command,
    description: i18n.t(language, `cmd-${c.command}`),
  }));
}

/** Telegram's command menus: private chats, group chats, and longer menus in staff's own chats. */
export function createCommandMenus(api: Api, i18n: Translator, logger: Logger) {
  return {
    async publish(staff: readonly { telegramId: bigint; role: "coordinator" | "admin" }[]): Promise<void> {
      for (const language of LANGUAGES) {
        const language_code = language === "id" ? undefined : language;
        await api.setMyCommands(menu(i18n, language, "private", ["everyone", "unapproved", "approved"]), {
          scope: { type: "all_private_chats" },
          language_code,
        });
        await api.setMyCommands(menu(i18n, language, "group", ["everyone", "coordinator"]), {
          scope: { type: "all_group_chats" },
          language_code,
        });
      }
      for (const person of staff) await this.forMember(person.telegramId, person.role);
    },

    /** The menu in one person's private chat follows their role. */
    async forMember(chatId: bigint, role: string): Promise<void> {
      try {
        const scope = { type: "chat" as const, chat_id: Number(chatId) };
        if (role === "admin" || role === "coordinator") {
          const audiences: Audience[] = role === "admin" ? ["everyone", "approved", "coordinator", "admin"] : ["everyone", "approved", "coordinator"];
          await api.setMyCommands(menu(i18n, "id", "private", audiences), { scope });
        } else {
          await api.deleteMyCommands({ scope });
        }
      } catch (error) {
        // A chat the bot has never seen cannot have a menu yet; it gets one on the next start.
        logger.debug({ err: error, chatId: String(chatId) }, "command menu not set");
      }
    },
  };
}

export type CommandMenus = ReturnType<typeof createCommandMenus>;
