// Members: /start, /daftar, /profil, /menu, /bantuan; registration and profile flows.
import { Composer } from "grammy";
import { defineFeature } from "../bot/feature.js";
import type { BotContext } from "../bot/context.js";
import { createMemberComposer } from "./member-composer.js";
import { createProfileComposer } from "./profile-composer.js";
import { MEMBER_BUTTONS } from "./member-buttons.js";
import { createProfileEditConversation, PROFILE_EDIT_CONVERSATION } from "./profile-conversation.js";
import { createRegistrationConversation, REGISTRATION_CONVERSATION } from "./registration-conversation.js";

export const membersFeature = defineFeature({
  name: "members",
  commands: [
    { command: "start", audience: "everyone", chats: ["private"] },
    { command: "daftar", audience: "unapproved", chats: ["private"] },
    { command: "profil", audience: "everyone", chats: ["private"] },
    { command: "menu", audience: "approved", chats: ["private"] },
    { command: "bantuan", aliases: ["help"], audience: "everyone", chats: ["private", "group"] },
  ],
  buttons: Object.values(MEMBER_BUTTONS),
  flowPrefixes: ["reg", "pfe"],
  create({ services, clock, logger, commands, openCommand, settings, webAppUrl }) {
    const { members, agencies, notifications, i18n } = services;
    return {
      conversations: [
        { id: REGISTRATION_CONVERSATION, builder: createRegistrationConversation({ members, agencies, notifications, clock, logger, rejectedRetentionDays: settings.rejectedRetentionDays }) },
        { id: PROFILE_EDIT_CONVERSATION, builder: createProfileEditConversation({ members, agencies, clock, notifications }) },
      ],
      composer: new Composer<BotContext>(createMemberComposer({ commands, openCommand, webAppUrl }), createProfileComposer({ members, i18n })),
    };
  },
});
