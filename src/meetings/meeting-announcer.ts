// Messages about a meeting to its invitees (each in their language and zone) and to its pokja's
// groups, through the outbox, with one dedupe key per meeting version and person; and the
// invitation of members who joined the pokja (or the forum) after the meeting was announced.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Translator } from "../bot/i18n.js";
import type { DeliveryRequest } from "../delivery/delivery-types.js";
import type { Outbox } from "../delivery/outbox.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { MeetingService, MeetingWithPokja } from "./meeting-service.js";
import { ALL_ZONES, announcementText, rsvpKeyboard, seriesLines, type T } from "./meeting-views.js";

export interface NotifyOptions {
  /** Dedupe scope for a notice about several occurrences, e.g. "series:3:2". */
  scope?: string;
  /** Only these invitees (members who joined later), and not the groups. */
  onlyMemberIds?: readonly number[];
  /** The member who already got the calendar file in the flow (the organiser): not sent twice. */
  icsSentTo?: number | null;
}

/** Invitations handed to the outbox per transaction when a newcomer is invited to many meetings. */
const NOTICES_PER_TRANSACTION = 100;

type NoticeMember = { id: number; telegramId: bigint; language: string; timezone: string };

export function createMeetingAnnouncer({ meetings, pokja, outbox, i18n }: { meetings: MeetingService; pokja: PokjaService; outbox: Outbox; i18n: Translator }) {
  /** One notice per person (each in their language and zone), and the calendar file unless they already have it. */
  function inviteeRequests(
    meeting: MeetingWithPokja,
    people: readonly NoticeMember[],
    o: { withButtons: boolean; text: (t: T, timezone: string, language: string, meeting: MeetingWithPokja) => string; key: (who: string) => string; icsFileId: string | null; icsSentTo?: number | null },
  ): DeliveryRequest[] {
    return people.flatMap((member) => {
      const t: T = (k, vars) => i18n.t(member.language, k, vars);
      const markup = o.withButtons ? { inline_keyboard: rsvpKeyboard(t, meeting.id, null).inline_keyboard } : undefined;
      return [
        {
          chatId: member.telegramId,
          payload: { kind: "text" as const, text: o.text(t, member.timezone, member.language, meeting), parseMode: "HTML" as const, replyMarkup: markup },
          dedupeKey: o.key(`text:${member.id}`),
        },
        ...(o.icsFileId && member.id !== o.icsSentTo ? [{ chatId: member.telegramId, payload: { kind: "document" as const, fileId: o.icsFileId }, dedupeKey: o.key(`ics:${member.id}`) }] : []),
      ];
    });
  }

  async function notifyInvitees(
    meetingId: number,
    icsFileId: string | null,
    kind: string,
    text: (t: T, timezone: string, language: string, meeting: MeetingWithPokja) => string,
    options: NotifyOptions | string = {},
  ) {
    const { scope, onlyMemberIds, icsSentTo } = typeof options === "string" ? { scope: options, onlyMemberIds: undefined, icsSentTo: null } : options;
    const meeting = await meetings.find(meetingId);
    if (!meeting) return 0;
    if (icsFileId && !onlyMemberIds) await meetings.setIcsFileId(meeting.id, icsFileId);
    const withButtons = meeting.status === "scheduled";
    const people = await meetings.invitees(meeting.id, onlyMemberIds);
    const key = (who: string) => `${scope ?? `meeting:${meeting.id}:${meeting.sequence}`}:${kind}:${who}`;
    const requests = inviteeRequests(meeting, people.map((p) => p.member), { withButtons, text, key, icsFileId, icsSentTo });
    for (const group of meeting.pokjaId === null || onlyMemberIds ? [] : await pokja.groupsOf(meeting.pokjaId)) {
      const t: T = (k, vars) => i18n.t("id", k, vars);
      requests.push({
        chatId: group.chatId,
        payload: {
          kind: "text" as const,
          // Members of one pokja live in all three zones: the group reads WIB, WITA and WIT together.
          // A group may hold people who are not invited: the online link goes to invitees only.
          text: meeting.onlineUrl
            ? `${text(t, ALL_ZONES, "id", { ...meeting, onlineUrl: null })}\n\n${t("meeting-link-private")}`
            : text(t, ALL_ZONES, "id", meeting),
          parseMode: "HTML" as const,
          replyMarkup: withButtons ? { inline_keyboard: rsvpKeyboard(t, meeting.id, null).inline_keyboard } : undefined,
        },
        dedupeKey: key(`group:${group.chatId}`),
      });
    }
    await outbox.enqueue(requests);
    return people.length;
  }

  /**
   * Invites members who joined after the announcement to the coming meetings (and stops the
   * reminders of those who left). A newcomer gets the invitation of each single meeting, and of a
   * series only the next meeting, with every date of it listed.
   */
  async function inviteNewcomers(onlyMemberId?: number) {
    const { joined } = await meetings.syncInvites(onlyMemberId);
    const seen = new Set<string>();
    let sent = 0;
    // Single meetings: the newcomers read once and every invitation handed to the outbox at once (a
    // member who joins a busy pokja may be invited to many meetings in one go).
    const singles = joined.filter(({ meeting }) => meeting.seriesId === null);
    if (singles.length > 0) {
      const people = new Map((await meetings.membersForNotice([...new Set(singles.flatMap((j) => j.memberIds))])).map((m) => [m.id, m]));
      const requests = singles.flatMap(({ meeting, memberIds }) =>
        inviteeRequests(
          meeting,
          memberIds.flatMap((id) => people.get(id) ?? []),
          {
            withButtons: meeting.status === "scheduled",
            text: (t, tz, lang, m) => announcementText(t, m, tz, lang),
            key: (who) => `meeting:${meeting.id}:${meeting.sequence}:invite:${who}`,
            icsFileId: meeting.icsFileId,
          },
        ),
      );
      // In parts, each its own transaction, so other chats' queries get their turn in between (the
      // dedupe keys make a part that is enqueued again harmless).
      for (let i = 0; i < requests.length; i += NOTICES_PER_TRANSACTION) {
        if (i > 0) await nextTurn();
        await outbox.enqueue(requests.slice(i, i + NOTICES_PER_TRANSACTION));
      }
      sent += singles.reduce((n, { memberIds }) => n + memberIds.filter((id) => people.has(id)).length, 0);
    }
    for (const { meeting, memberIds } of joined) {
      if (meeting.seriesId === null) continue;
      const fresh = memberIds.filter((id: number) => !seen.has(`${meeting.seriesId}:${id}`));
      for (const id of memberIds as number[]) seen.add(`${meeting.seriesId}:${id}`);
      if (fresh.length === 0) continue;
      const series = await meetings.seriesOf(meeting.seriesId);
      const coming = (await meetings.occurrencesOf(meeting.seriesId)).filter((m) => m.status === "scheduled" && m.startsAt.getTime() >= meeting.startsAt.getTime());
      sent += await notifyInvitees(
        meeting.id,
        null,
        "invite",
        (t, tz, lang, m) => announcementText(t, m, tz, lang, [...seriesLines(t, series!.frequency, coming, tz, lang), "", t("meeting-series-rsvp-note")]),
        { scope: `series:${meeting.seriesId}:joined`, onlyMemberIds: fresh },
      );
    }
    return sent;
  }

  return { notifyInvitees, inviteNewcomers };
}

export type MeetingAnnouncer = ReturnType<typeof createMeetingAnnouncer>;
