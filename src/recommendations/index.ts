// Recommendations (usulan): submission, review lifecycle, lists, support and follow, the report.
import { defineFeature } from "../bot/feature.js";
import { RECOMMENDATION_BUTTONS } from "./recommendation-buttons.js";
import { createRecommendationComposer } from "./recommendation-composer.js";
import {
  createRecommendationConversations,
  REC_LINK_TASK_CONVERSATION,
  REC_REVIEW_CONVERSATION,
  REC_REVISE_CONVERSATION,
  REC_SUBMIT_CONVERSATION,
} from "./recommendation-conversations.js";
import { createRecommendationNotices } from "./recommendation-notices.js";

export const recommendationsFeature = defineFeature({
  name: "recommendations",
  commands: [
    { command: "usul", audience: "approved", chats: ["private"] },
    { command: "usulan", audience: "approved", chats: ["private"] },
    { command: "usulan_saya", audience: "approved", chats: ["private"] },
    { command: "tinjau", audience: "coordinator", refusalKey: "rec-reviewers-only", chats: ["private"] },
    { command: "rekap_usulan", audience: "coordinator", refusalKey: "rec-reviewers-only", chats: ["private"] },
  ],
  buttons: RECOMMENDATION_BUTTONS,
  flowPrefixes: ["rcr", "rcs", "rct", "rcv"],
  create({ services, permissions, clock, logger }) {
    const { recommendations, pokja, tasks, meetings, outbox, i18n } = services;
    // Built here rather than in services: who still hears of a change is asked of permissions.
    const notices = createRecommendationNotices({ recommendations, pokja, outbox, i18n, permissions, clock });
    const flows = createRecommendationConversations({ recommendations, notices, pokja, tasks, permissions });
    return {
      conversations: [
        { id: REC_SUBMIT_CONVERSATION, builder: flows.recSubmit },
        { id: REC_REVIEW_CONVERSATION, builder: flows.recReview },
        { id: REC_REVISE_CONVERSATION, builder: flows.recRevise },
        { id: REC_LINK_TASK_CONVERSATION, builder: flows.recLinkTask },
      ],
      composer: createRecommendationComposer({ recommendations, notices, pokja, meetings, clock, permissions, logger, offThread: services.offThread }),
    };
  },
});
