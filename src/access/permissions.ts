// The one place that decides who may do what to which thing. Composers, conversations and the web
// API ask it; none keeps its own copy of a rule. Every answer is worked out now, from the database,
// never from what a button or a request says about the sender.
import type { Database } from "../db/client.js";
import { applicableAgencyWhere } from "../spbe-tasks/agency-progress-service.js";
import { hasAudience, isStaff, type Access, type Audience } from "./access.js";

/** The parts of a thing that its rule looks at, so callers pass what they already loaded. */
export interface PokjaOwned {
  pokjaId: number | null;
}

export function createPermissions(db: Database) {
  const approvedMember = (access: Access) => (access.isApproved ? access.member : null);

  async function coordinates(memberId: number, pokjaId: number): Promise<boolean> {
    return (await db.pokjaCoordinator.count({ where: { memberId, pokjaId } })) > 0;
  }

  async function belongs(memberId: number, pokjaId: number): Promise<boolean> {
    return (await db.pokjaMembership.count({ where: { memberId, pokjaId, status: "active" } })) > 0;
  }

  /**
   * Manages what belongs to a pokja (its meetings, recommendations, tasks, join requests, directory
   * in full): admins everything; coordinators their own pokja. null means forum-wide: admins only.
   */
  async function managesPokja(access: Access, pokjaId: number | null): Promise<boolean> {
    if (access.isAdmin) return true;
    const member = approvedMember(access);
    return Boolean(member && pokjaId !== null && (await coordinates(member.id, pokjaId)));
  }

  return {
    /** Commands and kinds of buttons: the audience they are for. */
    hasAudience,
    isStaff,
    isApprovedMember: (access: Access) => access.isApproved,
    isAdmin: (access: Access) => access.isAdmin,
    managesPokja,

    /** An approved, active member of the pokja (admins see every pokja). */
    async belongsToPokja(access: Access, pokjaId: number): Promise<boolean> {
      if (access.isAdmin) return true;
      const member = approvedMember(access);
      return Boolean(member && (await belongs(member.id, pokjaId)));
    },

    /**
     * Whether a Telegram user may enter (and stay in) a pokja's linked group: its approved members, and
     * admins. Someone who leaves the pokja and may no longer enter is removed when its coordinators chose so.
     */
    async entersPokjaGroup(access: Access, pokjaId: number): Promise<boolean> {
      return this.belongsToPokja(access, pokjaId);
    },

    /** Meetings: its pokja's coordinators and admins manage it (plenary meetings: admins). */
    managesMeeting: (access: Access, meeting: PokjaOwned) => managesPokja(access, meeting.pokjaId),

    /** Invited to the meeting (and still an approved member). */
    async isInvitee(access: Access, meetingId: number): Promise<boolean> {
      const member = approvedMember(access);
      return Boolean(member && (await db.meetingInvite.count({ where: { meetingId, memberId: member.id } })) > 0);
    },

    /** Only its invitees and those who manage it see a meeting (its online link above all). */
    async seesMeeting(access: Access, meeting: PokjaOwned & { id: number }): Promise<boolean> {
      return (await this.isInvitee(access, meeting.id)) || (await managesPokja(access, meeting.pokjaId));
    },

    /** An action item is marked done by its owner or by those who manage its meeting. */
    async updatesActionItem(access: Access, item: { ownerId: number | null; meeting: PokjaOwned }): Promise<boolean> {
      const member = approvedMember(access);
      if (member && item.ownerId === member.id) return true;
      return managesPokja(access, item.meeting.pokjaId);
    },

    /** Recommendations are reviewed by their pokja's coordinators and by admins. */
    reviewsRecommendation: (access: Access, rec: { pokjaId: number }) => managesPokja(access, rec.pokjaId),

    /** A pokja's recommendations are seen, supported and followed by its members (and admins). */
    async seesRecommendation(access: Access, rec: { pokjaId: number; submitterId: number }): Promise<boolean> {
      const member = approvedMember(access);
      if (member && rec.submitterId === member.id) return true;
      return (await this.belongsToPokja(access, rec.pokjaId)) || (await managesPokja(access, rec.pokjaId));
    },

    /** Whether a follower still hears of a recommendation: the submitter and admins always, others while in the pokja or coordinating it. */
    async followerHears(member: { id: number; status: string; role: string }, rec: { pokjaId: number; submitterId: number }): Promise<boolean> {
      if (member.status !== "approved") return false;
      if (rec.submitterId === member.id || member.role === "admin") return true;
      return (await belongs(member.id, rec.pokjaId)) || (await coordinates(member.id, rec.pokjaId));
    },

    /** SPBE tasks are updated by their pokja's coordinators and by admins (national tasks: admins). */
    updatesTask: (access: Access, task: PokjaOwned) => managesPokja(access, task.pokjaId),

    /**
     * One agency's entry of a task that applies to agencies: an approved member of that agency, and
     * the task's pokja's coordinators and admins for any agency the task applies to. Never an agency
     * the task does not apply to, nor a national task (that has one status: updatesTask).
     */
    async updatesAgencyEntry(access: Access, task: { id: number; scope: string; pokjaId: number | null }, agencyId: number): Promise<boolean> {
      const applicable = applicableAgencyWhere(task);
      if (!applicable || !access.isApproved) return false;
      const own = approvedMember(access)?.agencyId === agencyId;
      if (!own && !(await managesPokja(access, task.pokjaId))) return false;
      return (await db.agency.count({ where: { AND: [{ id: agencyId }, applicable] } })) > 0;
    },

    /**
     * Which agency entries of a task this person may update: "any" (coordinators of its pokja, admins),
     * their own agency's, or none (null).
     */
    async agencyEntryScope(access: Access, task: { id: number; scope: string; pokjaId: number | null }): Promise<"any" | { agencyId: number } | null> {
      if (!applicableAgencyWhere(task) || !access.isApproved) return null;
      if (await managesPokja(access, task.pokjaId)) return "any";
      const member = approvedMember(access);
      return member ? { agencyId: member.agencyId } : null;
    },

    /** Per-agency progress (figures, who lags, who has not reported) is open to every approved member. */
    seesAgencyProgress: (access: Access) => access.isApproved,

    /** Broadcasts: admins to any audience; coordinators to their own pokja, never mandatory. */
    async sendsBroadcast(access: Access, audience: { kind: string; pokjaIds?: readonly number[] }, mandatory: boolean): Promise<boolean> {
      if (access.isAdmin) return true;
      const member = approvedMember(access);
      if (!member || !isStaff(access) || audience.kind !== "pokja" || mandatory || !audience.pokjaIds?.length) return false;
      for (const id of audience.pokjaIds) if (!(await coordinates(member.id, id))) return false;
      return true;
    },

    /** A broadcast is stopped and reported on by its sender (while still staff) or any admin. */
    handlesBroadcast(access: Access, broadcast: { senderTelegramId: bigint }, telegramId: bigint): boolean {
      return access.isAdmin || (broadcast.senderTelegramId === telegramId && isStaff(access));
    },

    /** A pokja's recommendations are listed for, and submitted by, its members, its coordinators and admins. */
    async seesPokjaRecommendations(access: Access, pokjaId: number): Promise<boolean> {
      const member = approvedMember(access);
      if (access.isAdmin || (member && (await belongs(member.id, pokjaId)))) return true;
      return managesPokja(access, pokjaId);
    },

    /** A recommendation is revised (after "Perlu revisi") by its submitter, while an approved member. */
    revisesRecommendation(access: Access, rec: { submitterId: number }): boolean {
      return approvedMember(access)?.id === rec.submitterId;
    },

    /** The pokja whose things this person manages: null for every pokja (admins), else the active pokja they coordinate. */
    async managedPokjaIds(access: Access): Promise<number[] | null> {
      if (access.isAdmin) return null;
      const member = approvedMember(access);
      if (!member) return [];
      const rows = await db.pokjaCoordinator.findMany({ where: { memberId: member.id, pokja: { retiredAt: null } }, select: { pokjaId: true }, orderBy: { pokjaId: "asc" } });
      return rows.map((r) => r.pokjaId);
    },

    /**
     * Replies to a broadcast's sender through the bot: a person it reached (a sent delivery, or, once
     * those are pruned, its audience now), never the sender.
     */
    async repliesToBroadcast(chatId: bigint, broadcast: { id: number; senderTelegramId: bigint }, inAudienceNow: () => Promise<boolean>): Promise<boolean> {
      if (broadcast.senderTelegramId === chatId) return false;
      if ((await db.delivery.count({ where: { broadcastId: broadcast.id, chatId, state: "sent" } })) > 0) return true;
      return inAudienceNow();
    },

    /** Answers a reply to a broadcast: its sender (even if no longer staff), to a member who replied. */
    answersBroadcastReply(chatId: bigint, broadcast: { senderTelegramId: bigint }, memberReplied: boolean): boolean {
      return broadcast.senderTelegramId === chatId && memberReplied;
    },
  };
}

export type Permissions = ReturnType<typeof createPermissions>;
export type { Access, Audience };
