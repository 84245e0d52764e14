// Broadcasts (/siaran) from the secretariat and pokja coordinators, with progress and reports.
import { defineFeature } from "../bot/feature.js";
import { BROADCAST_BUTTONS } from "./broadcast-buttons.js";
import { createBroadcastComposer } from "./broadcast-composer.js";
import { BROADCAST_CONVERSATION, BROADCAST_FLOW_PREFIX, createBroadcastConversation } from "./broadcast-conversation.js";

export const broadcastFeature = defineFeature({
  name: "broadcast",
  commands: [
    { command: "siaran", audience: "coordinator", refusalKey: "bc-staff-only", chats: ["private"] },
    { command: "siaran_laporan", audience: "coordinator", refusalKey: "bc-staff-only", chats: ["private"] },
  ],
  buttons: BROADCAST_BUTTONS,
  flowPrefixes: [BROADCAST_FLOW_PREFIX],
  create({ services, permissions, clock }) {
    const { broadcasts, broadcastProgress, pokja, agencies } = services;
    return {
      conversations: [
        {
          id: BROADCAST_CONVERSATION,
          builder: createBroadcastConversation({
            broadcasts,
            pokja,
            permissions,
            clock,
            provinces: () => agencies.provinces(),
            afterCreated: (id) => broadcastProgress.report(id, false),
          }),
        },
      ],
      composer: createBroadcastComposer({ broadcasts, progress: broadcastProgress, permissions }),
    };
  },
});
