// Pokja: membership, coordinators, the directory, and linked Telegram groups (and what they are shown).
import { Composer } from "grammy";
import type { BotContext } from "../bot/context.js";
import { defineFeature } from "../bot/feature.js";
import { createDirectoryComposer } from "./directory-composer.js";
import { createGroupComposer } from "./group-composer.js";
import { createGroupScreens } from "./group-screens.js";
import { createPokjaAdminComposer } from "./pokja-admin-composer.js";
import { POKJA_BUTTONS } from "./pokja-buttons.js";
import { createPokjaComposer } from "./pokja-composer.js";
import {
  createPokjaConversations,
  POKJA_COORDINATOR_SEARCH_CONVERSATION,
  POKJA_CREATE_CONVERSATION,
  POKJA_EDIT_CONVERSATION,
} from "./pokja-conversations.js";
import { createPokjaScreens } from "./pokja-screens.js";
import { createGroupRemoval } from "./group-removal.js";

export const pokjaFeature = defineFeature({
  name: "pokja",
  commands: [
    { command: "pokja", audience: "approved", chats: ["private"] },
    { command: "anggota", audience: "approved", chats: ["private"] },
    { command: "undangan", audience: "coordinator", refusalKey: "group-invite-staff-only", chats: ["private", "group"] },
    { command: "hubungkan", audience: "coordinator", refusalKey: "group-not-coordinator", chats: ["group"] },
    { command: "putuskan", audience: "coordinator", refusalKey: "group-not-coordinator-of", chats: ["group"] },
    // In a pokja's own group anyone there may see its coming meetings and tasks, and what works
    // there; the private /rapat, /tugas, /start and /menu are the meetings', tasks' and members'.
    { command: "rapat", audience: "everyone", chats: ["group"] },
    { command: "tugas", audience: "everyone", chats: ["group"] },
    { command: "start", audience: "everyone", chats: ["group"] },
    { command: "menu", audience: "everyone", chats: ["group"] },
  ],
  buttons: POKJA_BUTTONS,
  flowPrefixes: ["pkc", "pke", "pks"],
  create({ services, permissions, clock, logger }) {
    const { pokja, members, meetings, tasks, pokjaNotifications: notifications, commandMenus, messenger, i18n, db, audit } = services;
    const groupRemoval = createGroupRemoval({ db, audit });
    const flows = createPokjaConversations({ pokja, members, permissions });
    const screens = createPokjaScreens(pokja, permissions);
    return {
      conversations: [
        { id: POKJA_CREATE_CONVERSATION, builder: flows.pokjaCreate },
        { id: POKJA_EDIT_CONVERSATION, builder: flows.pokjaEdit },
        { id: POKJA_COORDINATOR_SEARCH_CONVERSATION, builder: flows.pokjaCoordinatorSearch },
      ],
      composer: new Composer<BotContext>(
        createGroupComposer({ pokja, notifications, messenger, i18n, logger, permissions, screens }),
        createGroupScreens({ pokja, meetings, tasks, clock, logger, offThread: services.offThread }),
        createPokjaComposer({ pokja, members, notifications, commandMenus, permissions, screens, groupRemoval }),
        createDirectoryComposer({ pokja, permissions, screens, clock }),
        createPokjaAdminComposer({ pokja, members, notifications, commandMenus, screens }),
      ),
    };
  },
});
