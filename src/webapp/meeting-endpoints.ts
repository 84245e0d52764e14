// Meetings in the Mini App: my coming meetings with my answer, the last ones, and answering. The
// answer goes through the same service call as the chat's RSVP button (MeetingService.rsvp), with
// the deputy's name checked as the chat's deputy flow checks it.
import type { Permissions } from "../access/permissions.js";
import type { Database } from "../db/client.js";
import { deputyNameFits } from "../meetings/meeting-model.js";
import { RSVP_ANSWERS, type MeetingService, type RsvpAnswer } from "../meetings/meeting-service.js";
import type { Clock } from "../shared/clock.js";
import { cleanLine } from "../shared/user-text.js";
import { pathId } from "./api-input.js";
import { ApiError, badRequest, conflict, forbidden, notFound, type ApiEndpoint } from "./api-types.js";
import { isoOf } from "./json-fields.js";
import { recentInvitesOf } from "./meeting-queries.js";

export interface MeetingEndpointDeps {
  db: Database;
  clock: Clock;
  permissions: Permissions;
  meetings: Pick<MeetingService, "upcomingFor" | "rsvp" | "find">;
}

interface MeetingRow {
  id: number;
  title: string;
  agenda: string;
  pokja: { id: number; name: string } | null;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  place: string | null;
  onlineUrl: string | null;
  status: string;
}

function meetingOf(meeting: MeetingRow, invite: { rsvp: string; deputyName: string | null; respondedAt: Date | null }, now: Date) {
  return {
    id: meeting.id,
    title: meeting.title,
    agenda: meeting.agenda,
    pokja: meeting.pokja ? { id: meeting.pokja.id, name: meeting.pokja.name } : null,
    startsAt: isoOf(meeting.startsAt),
    endsAt: isoOf(meeting.endsAt),
    timezone: meeting.timezone,
    place: meeting.place,
    onlineUrl: meeting.onlineUrl,
    status: meeting.status,
    myAnswer: { rsvp: invite.rsvp, deputyName: invite.deputyName, respondedAt: isoOf(invite.respondedAt) },
    canAnswer: meeting.status === "scheduled" && meeting.endsAt.getTime() > now.getTime(),
  };
}

export function meetingEndpoints({ db, clock, permissions, meetings }: MeetingEndpointDeps): ApiEndpoint[] {
  return [
    {
      method: "GET",
      path: "/api/meetings",
      audience: "approved",
      async handle({ access }) {
        const member = access.member;
        if (!member) return { body: { upcoming: [], recent: [] } };
        const now = clock.now();
        const upcoming = await meetings.upcomingFor(member.id);
        const recent = await recentInvitesOf(db, member.id, now);
        return {
          body: {
            upcoming: upcoming.map((invite) => meetingOf(invite.meeting, invite, now)),
            recent: recent.map((invite) => meetingOf(invite.meeting, invite, now)),
          },
        };
      },
    },
    {
      method: "POST",
      path: "/api/meetings/:id/rsvp",
      audience: "approved",
      async handle({ access, params, body }) {
        const meetingId = pathId(params, "id", "meeting");
        const answer = body?.answer;
        if (typeof answer !== "string" || !(RSVP_ANSWERS as readonly string[]).includes(answer)) throw new ApiError(badRequest("answer"));
        let deputyName: string | null = null;
        if (answer === "diwakilkan") {
          const raw = body?.deputyName;
          deputyName = typeof raw === "string" ? cleanLine(raw) : "";
          if (!deputyNameFits(deputyName)) throw new ApiError(badRequest("deputyName"));
        }
        const meeting = await meetings.find(meetingId);
        // A meeting the person may not see does not exist for them.
        if (!meeting || !(await permissions.seesMeeting(access, meeting))) throw new ApiError(notFound("meeting"));
        const member = access.member;
        if (!member) return forbidden("not_invited");
        const result = await meetings.rsvp(meetingId, member.id, answer as RsvpAnswer, deputyName);
        if (!result.ok) {
          if (result.reason === "not_found") return notFound("meeting");
          if (result.reason === "not_invited") return forbidden("not_invited");
          return conflict(result.reason);
        }
        return { body: { meetingId, rsvp: answer, deputyName } };
      },
    },
  ];
}
