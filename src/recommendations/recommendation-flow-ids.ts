// The multi-step flows of recommendations, by the id they are entered with.
export const REC_SUBMIT_CONVERSATION = "recSubmit";
export const REC_REVIEW_CONVERSATION = "recReview";
export const REC_REVISE_CONVERSATION = "recRevise";
export const REC_LINK_TASK_CONVERSATION = "recLinkTask";
