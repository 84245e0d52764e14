// Pokja: membership, coordinators, the directory, and linked Telegram groups.
import { Composer } from "grammy";
import type { BotContext } from "../bot/context.js";
import { defineFeature } from "../bot/feature.js";
import { createGroupComposer } from "./group-composer.js";
import { createPokjaComposer } from "./pokja-composer.js";
import {
  createPokjaConversations,
  POKJA_COORDINATOR_SEARCH_CONVERSATION,
  POKJA_CREATE_CONVERSATION,
  POKJA_EDIT_CONVERSATION,
} from "./pokja-conversations.js";

export const pokjaFeature = defineFeature({
  name: "pokja",
  commands: [
    { command: "pokja", audience: "approved", chats: ["private"] },
    { command: "anggota", audience: "approved", chats: ["private"] },
    { command: "undangan", audience: "coordinator", chats: ["private", "group"] },
    { command: "hubungkan", audience: "coordinator", refusalKey: "group-not-coordinator", chats: ["group"] },
    { command: "putuskan", audience: "coordinator", refusalKey: "group-not-coordinator-of", chats: ["group"] },
  ],
  buttons: [],
  flowPrefixes: ["pkc", "pke", "pks"],
  create({ services, clock, logger }) {
    const { pokja, members, pokjaNotifications, commandMenus, messenger, i18n } = services;
    const flows = createPokjaConversations({ pokja, members });
    return {
      conversations: [
        { id: POKJA_CREATE_CONVERSATION, builder: flows.pokjaCreate },
        { id: POKJA_EDIT_CONVERSATION, builder: flows.pokjaEdit },
        { id: POKJA_COORDINATOR_SEARCH_CONVERSATION, builder: flows.pokjaCoordinatorSearch },
      ],
      composer: new Composer<BotContext>(
        createGroupComposer({ pokja, notifications: pokjaNotifications, messenger, i18n, logger }),
        createPokjaComposer({ pokja, members, notifications: pokjaNotifications, commandMenus, clock }),
      ),
    };
  },
});
