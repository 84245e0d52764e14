// Recommendations (usulan): submission, review lifecycle, lists, support and follow, the report.
import { defineFeature } from "../bot/feature.js";
import { createRecommendationComposer } from "./recommendation-composer.js";
import {
  createRecommendationConversations,
  REC_LINK_TASK_CONVERSATION,
  REC_REVIEW_CONVERSATION,
  REC_REVISE_CONVERSATION,
  REC_SUBMIT_CONVERSATION,
} from "./recommendation-conversations.js";

export const recommendationsFeature = defineFeature({
  name: "recommendations",
  commands: [
    { command: "usul", audience: "approved", chats: ["private"] },
    { command: "usulan", audience: "approved", chats: ["private"] },
    { command: "usulan_saya", audience: "approved", chats: ["private"] },
    { command: "tinjau", audience: "coordinator", chats: ["private"] },
    { command: "rekap_usulan", audience: "coordinator", chats: ["private"] },
  ],
  buttons: [],
  flowPrefixes: ["rcr", "rcs", "rct", "rcv"],
  create({ services, clock }) {
    const { recommendations, recommendationNotices: notices, pokja, tasks, meetings } = services;
    const flows = createRecommendationConversations({ recommendations, notices, pokja, tasks });
    return {
      conversations: [
        { id: REC_SUBMIT_CONVERSATION, builder: flows.recSubmit },
        { id: REC_REVIEW_CONVERSATION, builder: flows.recReview },
        { id: REC_REVISE_CONVERSATION, builder: flows.recRevise },
        { id: REC_LINK_TASK_CONVERSATION, builder: flows.recLinkTask },
      ],
      composer: createRecommendationComposer({ recommendations, notices, pokja, meetings, clock }),
    };
  },
});
