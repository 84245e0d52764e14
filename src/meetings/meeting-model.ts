// What the meeting services share: the shapes of a meeting and its parts, the limits, and the
// query pieces every sub-service uses (a meeting with its pokja; who is invited).
import type { Database } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Frequency } from "./recurrence.js";

export const RSVP_ANSWERS = ["hadir", "tidak_hadir", "diwakilkan"] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** A deputy's name, as the chat's deputy flow and the Mini App take it: 3 to 100 characters. */
export const DEPUTY_NAME_MIN = 3;
export const DEPUTY_NAME_MAX = 100;
export const deputyNameFits = (name: string) => name.length >= DEPUTY_NAME_MIN && name.length <= DEPUTY_NAME_MAX;
/** An invitee's answer as stored: one of the answers, or not yet answered. */
export type RsvpState = RsvpAnswer | "pending";
export const DEFAULT_REMINDERS = [1440, 60];
export const TITLE_MAX = 120;
export const AGENDA_MAX = 2000;
export const MINUTES_TEXT_MAX = 3500;
export const ACTION_ITEMS_MAX = 15;

export interface NewMeeting {
  pokjaId: number | null;
  title: string;
  agenda: string;
  startsAt: Date;
  durationMinutes: number;
  timezone: string;
  place: string | null;
  onlineUrl: string | null;
  reminderOffsets: number[];
  /** Reminders also go to the pokja's linked groups (the coordinator's choice). */
  remindGroups?: boolean;
  createdById: number | null;
  createdByName: string;
  /** A recurring meeting: occurrences from startsAt up to and including the day of `until`. */
  recurrence?: { frequency: Frequency; until: Date } | null;
}

/** Tindak lanjut written with the minutes. */
export interface NewActionItem {
  description: string;
  /** The member who owns it (gets its reminders), or null when only a name was written. */
  ownerId: number | null;
  ownerName: string;
  /** 09.00 on the due day, in the meeting's zone. */
  dueAt: Date;
}

export interface SharedMinutes {
  text: string | null;
  fileId: string | null;
  fileName: string | null;
  byName: string;
  actionItems: NewActionItem[];
}

/** What can be changed besides the time: where (both together), the title, the agenda. */
export type MeetingDetails = { place: string | null; onlineUrl: string | null } | { title: string } | { agenda: string };

/** "one": only this meeting; "following": this occurrence and the later ones of its series. */
export type ChangeScope = "one" | "following";

export const withPokja = { pokja: true } as const;
export type MeetingWithPokja = Prisma.MeetingGetPayload<{ include: typeof withPokja }>;

export interface RsvpCounts {
  hadir: number;
  tidak_hadir: number;
  diwakilkan: number;
  pending: number;
}

/** A transaction's client (what `db.$transaction(async (tx) => ...)` hands over). */
export type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Approved members of the pokja, or every approved member for a plenary meeting (or just `onlyMemberId`, if one of them).
 * In member order: invitations, reminders and their deliveries follow it, and without ORDER BY PostgreSQL
 * returns a member whose row was updated (made coordinator, say) last, SQLite in rowid order.
 */
export async function inviteeIds(db: Database | Tx, pokjaId: number | null, onlyMemberId?: number): Promise<number[]> {
  const members = await db.member.findMany({
    where: {
      status: "approved",
      ...(onlyMemberId === undefined ? {} : { id: onlyMemberId }),
      ...(pokjaId === null ? {} : { pokjaMemberships: { some: { pokjaId, status: "active" } } }),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return members.map((m) => m.id);
}

export async function findMeeting(db: Database, meetingId: number) {
  return db.meeting.findUnique({ where: { id: meetingId }, include: withPokja });
}

/** An action item's owner as the reminders and the minutes need them. */
export const withOwner = { owner: { select: { id: true, telegramId: true, language: true, timezone: true, status: true } } } as const;
