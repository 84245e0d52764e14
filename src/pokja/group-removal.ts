// Removing someone from a pokja's linked Telegram groups, so agendas and online links shared there
// stop reaching them: on suspension and on erasure of their data (every linked group), and on leaving
// a pokja whose coordinators chose so (that pokja's groups). Removal is a ban followed at once by an unban, so the person is
// out of the group yet may be invited again later. Each group's outcome is audited without personal
// data. Plain TypeScript: the Bot API calls come in through a small interface (grammY's Api fits).
import type { Database } from "../db/client.js";
import type { Actor, AuditAction, AuditService } from "../audit/audit-service.js";
import { escapeHtml } from "../shared/html.js";

/** The Bot API calls a removal needs; grammY's Api has them with these shapes. */
export interface GroupMemberApi {
  getChatMember(chatId: number, userId: number): Promise<{ status: string }>;
  banChatMember(chatId: number, userId: number): Promise<unknown>;
  unbanChatMember(chatId: number, userId: number, other?: { only_if_banned?: boolean }): Promise<unknown>;
}

/**
 * removed: out of the group; not_member: was not in it; no_rights: the bot is not an admin there with
 * the right to ban (or is no longer in the group); owner: the group's creator cannot be removed;
 * failed: Telegram refused for another reason.
 */
export const REMOVAL_OUTCOMES = ["removed", "not_member", "no_rights", "owner", "failed"] as const;
export type RemovalOutcome = (typeof REMOVAL_OUTCOMES)[number];

export interface GroupRemoval {
  pokjaId: number;
  pokjaName: string;
  title: string;
  outcome: RemovalOutcome;
}

/** suspended: by an admin; left: left a pokja that removes leavers; erased: the person erased their data (/hapus_akun). */
export type RemovalReason = "suspended" | "left" | "erased";

// The audit action of one group's removal (asked of audit-service's AuditAction list).
const REMOVAL_ACTION: AuditAction = "pokja.group_member_removed";

/** Telegram's words when the bot may not ban there (or is not there at all). */
const NO_RIGHTS = /not enough rights|CHAT_ADMIN_REQUIRED|need administrator rights|not an administrator|USER_ADMIN_INVALID|user is an administrator|bot was kicked|chat not found/i;
/** Telegram's words for someone who is not in the group. */
const NOT_PARTICIPANT = /user not found|USER_NOT_PARTICIPANT|PARTICIPANT_ID_INVALID/i;

/** What a failed call means, read from Telegram's error (GrammyError carries error_code and description). */
function outcomeOfError(error: unknown): RemovalOutcome {
  const { error_code: code, description = "" } = (error ?? {}) as { error_code?: number; description?: string };
  if (NOT_PARTICIPANT.test(description)) return "not_member";
  if (code === 403 || NO_RIGHTS.test(description)) return "no_rights";
  if (/can't remove chat owner/i.test(description)) return "owner";
  return "failed";
}

const ABSENT = new Set(["left", "kicked"]);

export interface GroupRemovalDeps {
  db: Database;
  audit: AuditService;
}

export function createGroupRemoval({ db, audit }: GroupRemovalDeps) {
  async function removeFromOne(api: GroupMemberApi, chatId: number, userId: number): Promise<{ outcome: RemovalOutcome; stillBanned?: boolean }> {
    try {
      const status = (await api.getChatMember(chatId, userId)).status;
      if (ABSENT.has(status)) return { outcome: "not_member" };
      if (status === "creator") return { outcome: "owner" };
      await api.banChatMember(chatId, userId);
    } catch (error) {
      return { outcome: outcomeOfError(error) };
    }
    try {
      // Only lifts the ban just made: someone who is out may be invited again.
      await api.unbanChatMember(chatId, userId, { only_if_banned: true });
      return { outcome: "removed" };
    } catch {
      return { outcome: "removed", stillBanned: true };
    }
  }

  async function removeFrom(
    api: GroupMemberApi,
    member: { id: number; telegramId: bigint },
    groups: { chatId: bigint; title: string; pokjaId: number; pokja: { name: string } }[],
    actor: Actor | null,
    reason: RemovalReason,
  ): Promise<GroupRemoval[]> {
    const results: GroupRemoval[] = [];
    for (const group of groups) {
      const { outcome, stillBanned } = await removeFromOne(api, Number(group.chatId), Number(member.telegramId));
      await audit.record(db, {
        actor,
        action: REMOVAL_ACTION,
        targetMemberId: member.id,
        pokjaId: group.pokjaId,
        details: { chatId: String(group.chatId), title: group.title, outcome, reason, ...(stillBanned ? { stillBanned } : {}) },
      });
      results.push({ pokjaId: group.pokjaId, pokjaName: group.pokja.name, title: group.title, outcome });
    }
    return results;
  }

  /** Every group linked to a pokja still in use: the forum shares agendas and links in all of them. */
  const everyLinkedGroup = () => db.pokjaGroup.findMany({ where: { pokja: { retiredAt: null } }, include: { pokja: true }, orderBy: { id: "asc" } });

  return {
    /** A suspended member leaves every linked group. */
    async onSuspension(api: GroupMemberApi, member: { id: number; telegramId: bigint }, actor: Actor): Promise<GroupRemoval[]> {
      return removeFrom(api, member, await everyLinkedGroup(), actor, "suspended");
    },

    /**
     * Someone erasing their data leaves every linked group, while their Telegram id is still known
     * (the erasure replaces it). The audit entries carry no personal data; the erasure then scrubs
     * the actor's Telegram id from them like from every entry about the person.
     */
    async onErasure(api: GroupMemberApi, member: { id: number; telegramId: bigint }, actor: Actor): Promise<GroupRemoval[]> {
      return removeFrom(api, member, await everyLinkedGroup(), actor, "erased");
    },

    /** Someone who left a pokja leaves its groups too, when its coordinators chose so (Pokja.removeOnLeave). */
    async onLeave(api: GroupMemberApi, member: { id: number; telegramId: bigint }, pokjaId: number, actor: Actor): Promise<GroupRemoval[]> {
      const groups = await db.pokjaGroup.findMany({ where: { pokjaId, pokja: { removeOnLeave: true } }, include: { pokja: true }, orderBy: { id: "asc" } });
      return removeFrom(api, member, groups, actor, "left");
    },
  };
}

export type GroupRemovalService = ReturnType<typeof createGroupRemoval>;

/** The groups a removal could not complete, for a message to whoever should act on them. */
export function unfinished(results: readonly GroupRemoval[]): GroupRemoval[] {
  return results.filter((r) => r.outcome === "no_rights" || r.outcome === "owner" || r.outcome === "failed");
}

const NOTE_KEYS: Record<Exclude<RemovalOutcome, "not_member">, string> = {
  removed: "group-removal-removed",
  no_rights: "group-removal-no-rights",
  owner: "group-removal-owner",
  failed: "group-removal-failed",
};

/**
 * What to tell an admin or coordinator about a removal, one paragraph per outcome (locale keys of
 * pokja.ftl): the groups the person left, and those where someone must act. `name` is escaped HTML.
 */
export function removalNotes(results: readonly GroupRemoval[], name: string): { key: string; vars: Record<string, string> }[] {
  const notes: { key: string; vars: Record<string, string> }[] = [];
  for (const outcome of ["removed", "no_rights", "owner", "failed"] as const) {
    const groups = results.filter((r) => r.outcome === outcome).map((r) => `<b>${escapeHtml(r.title)}</b>`);
    if (groups.length > 0) notes.push({ key: NOTE_KEYS[outcome], vars: { name, groups: groups.join(", ") } });
  }
  return notes;
}
