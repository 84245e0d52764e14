// Meetings: scheduling, invitations and answers, reminders, attendance, minutes and action items.
import { defineFeature } from "../bot/feature.js";
import { createMeetingComposer } from "./meeting-composer.js";
import {
  createMeetingConversations,
  MEETING_CHANGE_CONVERSATION,
  MEETING_CREATE_CONVERSATION,
  MEETING_DEPUTY_CONVERSATION,
} from "./meeting-conversations.js";
import { MEETING_BUTTONS } from "./meeting-buttons.js";
import { createMinutesConversation, MEETING_MINUTES_CONVERSATION } from "./minutes-conversation.js";

export const meetingsFeature = defineFeature({
  name: "meetings",
  commands: [
    { command: "rapat", audience: "approved", chats: ["private"] },
    { command: "rapat_baru", audience: "coordinator", refusalKey: "meeting-staff-only", chats: ["private"] },
    { command: "rapat_lalu", audience: "approved", chats: ["private"] },
    { command: "pengaturan", audience: "approved", chats: ["private"] },
  ],
  buttons: MEETING_BUTTONS,
  flowPrefixes: ["mtc", "mtd", "mtn", "mtx"],
  create({ services, permissions, clock, logger }) {
    const { meetings, pokja, meetingAnnouncer: announcer, i18n, outbox, messenger, recommendations, reminderTick } = services;
    const flows = createMeetingConversations({ meetings, pokja, permissions, announcer, i18n, clock });
    const minutes = createMinutesConversation({ meetings, permissions, outbox, i18n, clock });
    return {
      conversations: [
        { id: MEETING_CREATE_CONVERSATION, builder: flows.meetingCreate },
        { id: MEETING_DEPUTY_CONVERSATION, builder: flows.meetingDeputy },
        { id: MEETING_CHANGE_CONVERSATION, builder: flows.meetingChange },
        { id: MEETING_MINUTES_CONVERSATION, builder: minutes.meetingMinutes },
      ],
      composer: createMeetingComposer({
        meetings,
        announcer,
        pokja,
        permissions,
        messenger,
        i18n,
        clock,
        agendaRecommendations: (id) => recommendations.onMeeting(id),
      }),
      jobs: [
        {
          // Every 15 seconds: due reminders go to the outbox (the rows say what is due).
          name: "reminder-tick",
          schedule: "*/15 * * * * *",
          everyInstance: true, // reminders are claimed row by row: safe in every process
          async run() {
            const handed = await reminderTick.run();
            if (handed > 0) logger.info({ handed }, "meeting reminders handed to the outbox");
          },
        },
      ],
    };
  },
});
