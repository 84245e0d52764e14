// The Mini App's "my meetings": the bot lists coming ones (MeetingService.upcomingFor); the page
// also shows the last ones the member was invited to, with their answer, which no service reads.
import type { Database } from "../db/client.js";

export const RECENT_MEETINGS = 10;

/** Meetings the member is invited to that have ended or were cancelled, newest first. */
export async function recentInvitesOf(db: Database, memberId: number, now: Date) {
  return db.meetingInvite.findMany({
    where: { memberId, meeting: { OR: [{ endsAt: { lte: now } }, { status: "cancelled" }] } },
    include: { meeting: { include: { pokja: true } } },
    orderBy: [{ meeting: { startsAt: "desc" } }, { id: "desc" }],
    take: RECENT_MEETINGS,
  });
}
