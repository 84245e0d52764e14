// Privacy (UU 27/2022 PDP): /data_saya sends a person everything stored about them; /hapus_akun
// erases their personal data; a daily job erases rejected applicants after the retention period.
import { defineFeature } from "../bot/feature.js";
import { createGroupRemoval } from "../pokja/group-removal.js";
import { createPrivacyComposer } from "./privacy-composer.js";
import { createEraseConversation, ERASE_CONVERSATION } from "./privacy-conversation.js";
import { createPrivacyExport } from "./privacy-export.js";
import { ERASE_FLOW_PREFIX, PRIVACY_BUTTONS } from "./privacy-buttons.js";
import { createPrivacyService } from "./privacy-service.js";

export const privacyFeature = defineFeature({
  name: "privacy",
  commands: [
    { command: "data_saya", audience: "everyone", chats: ["private"] },
    { command: "hapus_akun", audience: "everyone", chats: ["private"] },
  ],
  buttons: [...PRIVACY_BUTTONS],
  flowPrefixes: [ERASE_FLOW_PREFIX],
  create({ services, clock, logger, settings }) {
    const { db, audit, members, commandMenus } = services;
    const privacy = createPrivacyService({
      db,
      clock,
      audit,
      groupRemoval: createGroupRemoval({ db, audit }),
      isConfiguredAdmin: members.isConfiguredAdmin,
      adminRecipients: members.adminRecipients,
    });
    const exporter = createPrivacyExport(db, clock, audit);
    const retentionDays = settings.rejectedRetentionDays;
    return {
      composer: createPrivacyComposer({ privacy, exporter }),
      conversations: [{ id: ERASE_CONVERSATION, builder: createEraseConversation({ privacy, commandMenus, logger }) }],
      jobs: [
        {
          name: "erase-rejected-applicants",
          schedule: "37 3 * * *",
          async run() {
            const { erased, failed } = await privacy.eraseExpiredRejections(retentionDays);
            // Counts only: never who.
            if (erased > 0) logger.info({ erased, retentionDays }, "rejected applicants' personal data erased");
            if (failed > 0) logger.warn({ failed }, "some rejected applicants not erased yet; the next run tries again");
          },
        },
      ],
    };
  },
});
