// Shared minutes go to every invitee (text and/or document) through the outbox, and each owner
// gets their action item with its "mark done" button.
import type { Translator } from "../bot/i18n.js";
import type { DeliveryRequest } from "../delivery/delivery-types.js";
import type { Outbox } from "../delivery/outbox.js";
import { escapeHtml } from "../shared/html.js";
import { formatDate } from "../shared/time.js";
import type { MeetingService } from "./meeting-service.js";
import { actionItemKeyboard, minutesMessage, type T } from "./meeting-views.js";

export function createMinutesDistribution({ meetings, outbox, i18n }: { meetings: MeetingService; outbox: Outbox; i18n: Translator }) {
  /** Sends the minutes (text and/or document) to every invitee, and each owner their items. */
  async function distribute(meetingId: number) {
    const meeting = await meetings.find(meetingId);
    if (!meeting) return 0;
    const items = await meetings.actionItemsOf(meetingId);
    const people = await meetings.invitees(meetingId);
    const key = (who: string) => `meeting-minutes:${meeting.id}:${meeting.minutesVersion}:${who}`;
    const requests: DeliveryRequest[] = [];
    // Minutes are for members in good standing only (not those suspended since the invitation).
    for (const { member } of people.filter((p) => p.member.status === "approved")) {
      const t: T = (k, vars) => i18n.t(member.language, k, vars);
      requests.push({
        chatId: member.telegramId,
        payload: { kind: "text", text: minutesMessage(t, meeting, items, member.timezone, member.language), parseMode: "HTML" },
        dedupeKey: key(`text:${member.id}`),
      });
      if (meeting.minutesFileId) {
        requests.push({
          chatId: member.telegramId,
          payload: { kind: "document", fileId: meeting.minutesFileId, caption: t("meeting-minutes-file-caption", { title: meeting.title }) },
          dedupeKey: key(`file:${member.id}`),
        });
      }
    }
    for (const item of items) {
      if (!item.owner || item.doneAt || item.owner.status !== "approved") continue;
      const t: T = (k, vars) => i18n.t(item.owner!.language, k, vars);
      requests.push({
        chatId: item.owner.telegramId,
        payload: {
          kind: "text",
          text: t("meeting-action-assigned", {
            title: escapeHtml(meeting.title),
            what: escapeHtml(item.description),
            due: formatDate(item.dueAt, item.owner.timezone, item.owner.language),
          }),
          parseMode: "HTML",
          replyMarkup: { inline_keyboard: actionItemKeyboard(t, item.id).inline_keyboard },
        },
        dedupeKey: `meeting-action-assigned:${item.id}`,
      });
    }
    await outbox.enqueue(requests);
    return people.length;
  }

  return distribute;
}
