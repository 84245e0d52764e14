// Telegram's command menus and /bantuan, built from the features' command lists (src/bot/features.ts),
// so they never disagree with what the gate and the handlers allow.
import type { Api } from "grammy";
import { hasAudience, type Access, type Audience } from "../access/access.js";
import type { ChatKind, CommandDefinition } from "./feature.js";
import type { Translator } from "./i18n.js";
import type { Logger } from "../shared/logger.js";

export type { ChatKind, CommandDefinition } from "./feature.js";

/** The commands this person may use in this kind of chat (for /bantuan and the menus). */
export function commandsFor(commands: readonly CommandDefinition[], access: Access, chat: ChatKind = "private"): CommandDefinition[] {
  return commands.filter((c) => c.chats.includes(chat) && hasAudience(access, c.audience));
}

const LANGUAGES = ["id", "en"] as const;

function menu(commands: readonly CommandDefinition[], i18n: Translator, language: string, chat: ChatKind, audiences: Audience[]) {
  return commands.filter((c) => c.chats.includes(chat) && audiences.includes(c.audience)).map((c) => ({
    command: c.command,
    description: i18n.t(language, `cmd-${c.command}`),
  }));
}

/** Who sees which commands in Telegram's menu of a private chat (members never see the staff tools). */
export const PRIVATE_MENU_AUDIENCES: Record<"default" | "coordinator" | "admin", Audience[]> = {
  // Everyone's default: how to register, and what members use.
  default: ["everyone", "unapproved", "approved"],
  coordinator: ["everyone", "approved", "coordinator"],
  admin: ["everyone", "approved", "coordinator", "admin"],
};

/** In groups: what works there (the pokja tools for coordinators among them). */
export const GROUP_MENU_AUDIENCES: Audience[] = ["everyone", "approved", "coordinator"];

/** Telegram's command menus: private chats, group chats, and longer menus in staff's own chats. */
export function createCommandMenus(api: Api, i18n: Translator, logger: Logger, commands: readonly CommandDefinition[]) {
  return {
    async publish(staff: readonly { telegramId: bigint; role: "coordinator" | "admin" }[]): Promise<void> {
      for (const language of LANGUAGES) {
        const language_code = language === "id" ? undefined : language;
        await api.setMyCommands(menu(commands, i18n, language, "private", PRIVATE_MENU_AUDIENCES.default), {
          scope: { type: "all_private_chats" },
          language_code,
        });
        await api.setMyCommands(menu(commands, i18n, language, "group", GROUP_MENU_AUDIENCES), {
          scope: { type: "all_group_chats" },
          language_code,
        });
      }
      for (const person of staff) await this.forMember(person.telegramId, person.role);
    },

    /**
     * The menu in one person's private chat follows their role: staff get their tools, in each
     * language as the default menu has them; anyone else falls back to the default menu.
     */
    async forMember(chatId: bigint, role: string): Promise<void> {
      try {
        const scope = { type: "chat" as const, chat_id: Number(chatId) };
        for (const language of LANGUAGES) {
          const language_code = language === "id" ? undefined : language;
          if (role === "admin" || role === "coordinator") {
            await api.setMyCommands(menu(commands, i18n, language, "private", PRIVATE_MENU_AUDIENCES[role]), { scope, language_code });
          } else {
            await api.deleteMyCommands({ scope, language_code });
          }
        }
      } catch (error) {
        // A chat the bot has never seen cannot have a menu yet; it gets one on the next start.
        logger.debug({ err: error, chatId: String(chatId) }, "command menu not set");
      }
    },
  };
}

export type CommandMenus = ReturnType<typeof createCommandMenus>;
