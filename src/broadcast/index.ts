// Broadcasts (/siaran) from the secretariat and pokja coordinators, with progress and reports, and
// the recipients' replies to their sender through the bot.
import { defineFeature } from "../bot/feature.js";
import { BROADCAST_BUTTONS } from "./broadcast-buttons.js";
import { createBroadcastComposer } from "./broadcast-composer.js";
import { BROADCAST_CONVERSATION, BROADCAST_FLOW_PREFIX, createBroadcastConversation } from "./broadcast-conversation.js";
import { createBroadcastReplies } from "./broadcast-replies.js";
import {
  BROADCAST_ANSWER_CONVERSATION,
  BROADCAST_REPLY_CONVERSATION,
  BROADCAST_REPLY_FLOW_PREFIX,
  createBroadcastReplyConversations,
} from "./broadcast-reply-conversation.js";

export const broadcastFeature = defineFeature({
  name: "broadcast",
  commands: [
    { command: "siaran", audience: "coordinator", refusalKey: "bc-staff-only", chats: ["private"] },
    { command: "siaran_laporan", audience: "coordinator", refusalKey: "bc-staff-only", chats: ["private"] },
  ],
  buttons: BROADCAST_BUTTONS,
  flowPrefixes: [BROADCAST_FLOW_PREFIX, BROADCAST_REPLY_FLOW_PREFIX],
  create({ services, permissions, clock }) {
    const { broadcasts, broadcastProgress, pokja, agencies, db, outbox, i18n } = services;
    const replies = createBroadcastReplies({ db, outbox, broadcasts, i18n, permissions });
    const replyFlows = createBroadcastReplyConversations({ replies });
    return {
      conversations: [
        {
          id: BROADCAST_CONVERSATION,
          builder: createBroadcastConversation({
            broadcasts,
            pokja,
            permissions,
            clock,
            i18n,
            provinces: () => agencies.provinces(),
            afterCreated: (id) => broadcastProgress.report(id, false),
          }),
        },
        { id: BROADCAST_REPLY_CONVERSATION, builder: replyFlows.broadcastReply },
        { id: BROADCAST_ANSWER_CONVERSATION, builder: replyFlows.broadcastAnswer },
      ],
      composer: createBroadcastComposer({ broadcasts, progress: broadcastProgress, permissions, replies }),
    };
  },
});
