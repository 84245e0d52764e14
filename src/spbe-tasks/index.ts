// SPBE tasks: summary and chart, search, follow, updates, CSV import and export, digest; for tasks
// that apply to agencies, each agency's own entry, the derived figure and its views (/tugas_instansi).
import { defineFeature } from "../bot/feature.js";
import { SPBE_TASK_BUTTONS } from "./spbe-tasks-buttons.js";
import { createTaskComposer } from "./task-composer.js";
import { AGENCY_UPDATE_CONVERSATION, createTaskConversations, TASK_IMPORT_CONVERSATION, TASK_UPDATE_CONVERSATION } from "./task-conversations.js";

export const spbeTasksFeature = defineFeature({
  name: "spbe-tasks",
  commands: [
    { command: "tugas", audience: "approved", chats: ["private"] },
    { command: "cari_tugas", audience: "approved", chats: ["private"] },
    { command: "ikuti", audience: "approved", chats: ["private"] },
    { command: "berhenti_ikuti", audience: "approved", chats: ["private"] },
    { command: "tugas_instansi", audience: "approved", chats: ["private"] },
    { command: "ekspor_tugas", audience: "approved", chats: ["private"] },
    { command: "impor_tugas", audience: "admin", chats: ["private"] },
  ],
  buttons: SPBE_TASK_BUTTONS,
  flowPrefixes: ["tki", "tku", "tka"],
  create({ services, permissions, clock, logger, downloadFile, settings, defaultTimezone }) {
    const { tasks, pokja, messenger, i18n, db, taskDigest, agencyProgress } = services;
    const flows = createTaskConversations({
      tasks,
      pokja,
      agencyProgress,
      permissions,
      messenger,
      i18n,
      clock,
      logger,
      downloadFile,
      offThread: services.offThread,
      knownAgencyCodes: async () => new Set((await db.agency.findMany({ select: { code: true } })).map((a) => a.code)),
    });
    const [hour, minute] = settings.taskDigestTime.split(":").map(Number);
    return {
      conversations: [
        { id: TASK_UPDATE_CONVERSATION, builder: flows.taskUpdate },
        { id: TASK_IMPORT_CONVERSATION, builder: flows.taskImport },
        { id: AGENCY_UPDATE_CONVERSATION, builder: flows.agencyTaskUpdate },
      ],
      composer: createTaskComposer({ tasks, pokja, agencyProgress, permissions, clock, logger, offThread: services.offThread }),
      jobs: [
        {
          name: "daily-task-digest",
          schedule: `${minute} ${hour} * * *`,
          timezone: defaultTimezone,
          async run() {
            const sent = await taskDigest.run();
            logger.info({ sent }, "task digests sent");
          },
        },
      ],
    };
  },
});
