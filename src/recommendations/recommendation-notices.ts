// Everyone concerned hears of a recommendation through the outbox: the pokja's coordinators when
// one is submitted or resubmitted; the submitter and followers at every change (not the one who
// made it), followers only while they may still see it (permissions). One dedupe key per event
// and person, so a retry never sends twice.
import { meetingTitled } from "./meeting-title.js";
import type { Permissions } from "../access/permissions.js";
import type { Translator } from "../bot/i18n.js";
import type { DeliveryRequest } from "../delivery/delivery-types.js";
import type { Outbox } from "../delivery/outbox.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";
import { formatDateTime } from "../shared/time.js";
import type { RecommendationFull, RecommendationService } from "./recommendation-service.js";
import { openCardButton, reviseButton } from "./recommendation-buttons.js";
import { categoryLabel, changeNotice } from "./recommendation-views.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

export interface RecommendationNoticesDeps {
  recommendations: RecommendationService;
  pokja: PokjaService;
  outbox: Outbox;
  i18n: Translator;
  permissions: Pick<Permissions, "followerHears">;
  clock: Clock;
}

/** A change's details; `meeting` is shown to each reader in their own zone. */
export interface Change {
  from: string | null;
  to: string;
  comment: string | null;
  actorName: string;
  undo?: boolean;
  meeting?: { title: string; startsAt: Date };
}

export function createRecommendationNotices({ recommendations, pokja, outbox, i18n, permissions, clock }: RecommendationNoticesDeps) {
  /** To the pokja's coordinators: a new or resubmitted recommendation waits for review. */
  async function toCoordinators(rec: RecommendationFull, kind: "new" | "resubmitted", eventKey: string | number) {
    const people = (await pokja.coordinators(rec.pokjaId)).filter((m) => m.status === "approved" && m.id !== rec.submitterId);
    const requests: DeliveryRequest[] = people.map((m) => {
      const t: T = (k, vars) => i18n.t(m.language, k, vars);
      return {
        chatId: m.telegramId,
        payload: {
          kind: "text",
          text: t(kind === "new" ? "rec-notice-new" : "rec-notice-resubmitted", {
            id: String(rec.id),
            title: escapeHtml(rec.title),
            pokja: escapeHtml(rec.pokja.name),
            category: categoryLabel(t, rec.category),
            name: escapeHtml(rec.submitter.fullName),
            agency: escapeHtml(rec.submitter.agency?.name ?? "-"),
          }),
          parseMode: "HTML",
          replyMarkup: { inline_keyboard: [[{ text: t("rec-button-review"), callback_data: openCardButton.pack({ id: rec.id }) }]] },
        },
        dedupeKey: `rec:${rec.id}:${kind}:${eventKey}:${m.id}`,
      };
    });
    await outbox.enqueue(requests);
    return requests.length;
  }

  /** To the submitter and followers (not the actor): what changed, with a button to the card. */
  async function changed(
    rec: RecommendationFull,
    eventId: number,
    actorMemberId: number | null,
    change: Change,
  ) {
    const now = clock.now();
    const people = [];
    for (const m of await recommendations.audience(rec.id, actorMemberId)) {
      if (await permissions.followerHears(m, rec)) people.push(m);
    }
    const requests: DeliveryRequest[] = people.map((m) => {
      const t: T = (k, vars) => i18n.t(m.language, k, vars);
      const buttons = [[{ text: t("rec-button-open"), callback_data: openCardButton.pack({ id: rec.id }) }]];
      if (m.id === rec.submitterId && rec.status === "perlu_revisi") buttons.push([{ text: t("rec-button-revise"), callback_data: reviseButton.pack({ id: rec.id, version: rec.version }) }]);
      return {
        chatId: m.telegramId,
        payload: { kind: "text", text: changeNotice(t, rec, { ...change, comment: commentFor(change, t, m) }, now), parseMode: "HTML", replyMarkup: { inline_keyboard: buttons } },
        dedupeKey: `rec:${rec.id}:event:${eventId}:${m.id}`,
      };
    });
    await outbox.enqueue(requests);
    return requests.length;
  }

  /** The comment as this reader reads it: a meeting's time in their zone and language. */
  function commentFor(change: Change, t: T, reader: { timezone: string; language: string }): string | null {
    if (!change.meeting) return change.comment;
    return t("rec-meeting-comment", { title: change.meeting.title, titled: meetingTitled(change.meeting.title), when: formatDateTime(change.meeting.startsAt, reader.timezone, reader.language) });
  }

  return { toCoordinators, changed };
}

export type RecommendationNotices = ReturnType<typeof createRecommendationNotices>;
