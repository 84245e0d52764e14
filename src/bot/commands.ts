// The command list, by who may use it. /bantuan and Telegram's command menu are built from it,
// so they never disagree with what the handlers allow.
import type { Api } from "grammy";
import type { Access } from "../members/member-types.js";
import type { Translator } from "./i18n.js";
import type { Logger } from "../shared/logger.js";

export type Audience = "everyone" | "unapproved" | "approved" | "admin";

export interface CommandDefinition {
  command: string;
  /** Locale key of the short description ("cmd-<command>"). */
  audience: Audience;
}

export const COMMANDS: readonly CommandDefinition[] = [
  { command: "start", audience: "everyone" },
  { command: "daftar", audience: "unapproved" },
  { command: "profil", audience: "everyone" },
  { command: "bantuan", audience: "everyone" },
  { command: "batal", audience: "everyone" },
  { command: "admin", audience: "admin" },
];

/** Commands anyone may use, whatever their status (the rest need an approved membership). */
export const PUBLIC_COMMANDS = new Set(["start", "daftar", "bantuan", "batal", "profil"]);

export function commandsFor(access: Access): CommandDefinition[] {
  return COMMANDS.filter((c) => {
    if (c.audience === "everyone") return true;
    if (c.audience === "unapproved") return !access.isApproved;
    if (c.audience === "approved") return access.isApproved;
    return access.isAdmin;
  });
}

const LANGUAGES = ["id", "en"] as const;

function menu(i18n: Translator, language: string, audiences: Audience[]) {
  return COMMANDS.filter((c) => audiences.includes(c.audience)).map((c) => ({
    command: c.command,
    description: i18n.t(language, `cmd-${c.command}`),
  }));
}

/** Telegram's command menus: one for all private chats, a longer one in each admin's chat. */
export function createCommandMenus(api: Api, i18n: Translator, logger: Logger) {
  return {
    async publish(adminChatIds: readonly bigint[]): Promise<void> {
      for (const language of LANGUAGES) {
        const languageCode = language === "id" ? undefined : language;
        await api.setMyCommands(menu(i18n, language, ["everyone", "unapproved", "approved"]), {
          scope: { type: "all_private_chats" },
          language_code: languageCode,
        });
      }
      for (const chatId of adminChatIds) await this.forAdmin(chatId, true);
    },

    async forAdmin(chatId: bigint, isAdmin: boolean): Promise<void> {
      try {
        const scope = { type: "chat" as const, chat_id: Number(chatId) };
        if (isAdmin) {
          await api.setMyCommands(menu(i18n, "id", ["everyone", "approved", "admin"]), { scope });
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
