// The secretariat's /admin: pending registrations, search, roles, suspension.
import { defineFeature } from "../bot/feature.js";
import { ADMIN_BUTTONS } from "./admin-buttons.js";
import { createAdminComposer } from "./admin-composer.js";
import { createAdminConversations, REJECT_CONVERSATION, SEARCH_CONVERSATION, SUSPEND_CONVERSATION } from "./admin-conversations.js";
import { createGroupRemoval } from "../pokja/group-removal.js";

export const adminFeature = defineFeature({
  name: "admin",
  commands: [{ command: "admin", audience: "admin", chats: ["private"] }],
  buttons: Object.values(ADMIN_BUTTONS),
  flowPrefixes: ["admr", "adms"],
  create({ services, permissions }) {
    const { members, notifications, commandMenus, i18n, pokja, pokjaNotifications, db, audit } = services;
    const groupRemoval = createGroupRemoval({ db, audit });
    const flows = createAdminConversations({ members, notifications, permissions, commandMenus, pokja, pokjaNotifications, groupRemoval });
    return {
      conversations: [
        { id: REJECT_CONVERSATION, builder: flows.adminReject },
        { id: SUSPEND_CONVERSATION, builder: flows.adminSuspend },
        { id: SEARCH_CONVERSATION, builder: flows.adminSearch },
      ],
      composer: createAdminComposer({ members, notifications, commandMenus, i18n }),
    };
  },
});
