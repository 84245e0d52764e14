// Erasure of a person's personal data (UU 27/2022 PDP): on their request (/hapus_akun) and, by the
// retention job, for rejected applicants after a set time. Records the forum must keep (attendance,
// recommendations, supports, audit entries) stay and name "Anggota terhapus"; what only served the
// person (memberships, follows, future invitations, queued messages, flow state) goes. Plain
// TypeScript: no grammY.
import type { AuditService } from "../audit/audit-service.js";
import type { Database } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { GroupMemberApi, GroupRemoval, GroupRemovalService } from "../pokja/group-removal.js";
import type { Clock } from "../shared/clock.js";
import { escapeHtml } from "../shared/html.js";

/**
 * The name an erased member is stored and shown under. Stored, not translated: the views of every
 * feature show a member's name as stored, and forum records are kept in Indonesian.
 */
export const ERASED_NAME = "Anggota terhapus";

export type EraseReason = "request" | "retention";
export type EraseRefusal = "not_found" | "configured_admin" | "last_admin";
export type EraseResult = { ok: true; memberId: number } | { ok: false; reason: EraseRefusal };
/**
 * An erasure on request also says how leaving the linked Telegram groups went, group by group;
 * null when that could not be found out (the erasure went ahead all the same).
 */
export type RequestErasureResult = { ok: true; memberId: number; groups: GroupRemoval[] | null } | { ok: false; reason: EraseRefusal };

type Tx = Prisma.TransactionClient;

export interface PrivacyServiceDeps {
  db: Database;
  clock: Clock;
  audit: AuditService;
  groupRemoval: Pick<GroupRemovalService, "onErasure">;
  isConfiguredAdmin(telegramId: bigint): boolean;
  /** Approved admins and those named in ADMIN_TELEGRAM_IDS (the forum must keep at least one). */
  adminRecipients(): Promise<{ telegramId: bigint }[]>;
}

/** What an erased member's row becomes. telegramId -id is no Telegram user and keeps the column unique. */
function erasedRow(memberId: number, now: Date) {
  return {
    telegramId: BigInt(-memberId),
    telegramUsername: null,
    fullName: ERASED_NAME,
    position: "",
    nip: null,
    phone: null,
    searchText: "",
    status: "erased",
    role: "member",
    rejectionReason: null,
    suspensionReason: null,
    broadcastOptOut: true,
    remindersMuted: true,
    erasedAt: now,
  };
}

/** A delivery whose content is gone: the outbox's own convention for finished rows (nothing kept). */
const BLANK_PAYLOAD = "";
const UNSENT = ["queued", "claimed"];

/** The forms a value can take inside stored JSON and HTML. */
function storedForms(value: string): string[] {
  return [...new Set([value, escapeHtml(value), JSON.stringify(value).slice(1, -1), JSON.stringify(escapeHtml(value)).slice(1, -1)])];
}

/** Replaces the person's values inside a JSON value (audit details), at any depth. */
function scrubJson(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === "string") return replace(value);
  if (Array.isArray(value)) return value.map((v) => scrubJson(v, replace));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubJson(v, replace)]));
  }
  return value;
}

/** Keys of audit details that hold the person's own profile values (old ones too, e.g. an earlier name). */
const PROFILE_DETAIL_KEYS = new Set(["fullName", "position", "telegramUsername", "nip", "phone"]);

export function createPrivacyService({ db, clock, audit, groupRemoval, isConfiguredAdmin, adminRecipients }: PrivacyServiceDeps) {
  /** Why this person's data may not be erased now, or null. Asked before the flow and again at the moment of erasure. */
  async function refusal(member: { telegramId: bigint; role: string; status: string }): Promise<EraseRefusal | null> {
    // The record would be made again at their next message.
    if (isConfiguredAdmin(member.telegramId)) return "configured_admin";
    if (member.role === "admin" && member.status === "approved") {
      const others = (await adminRecipients()).filter((a) => a.telegramId !== member.telegramId);
      if (others.length === 0) return "last_admin";
    }
    return null;
  }

  /** Checks whether the person writing from this Telegram id may erase their data. */
  async function check(telegramId: bigint): Promise<EraseResult> {
    const member = await db.member.findUnique({ where: { telegramId } });
    if (!member || member.status === "erased") return { ok: false, reason: "not_found" };
    const reason = await refusal(member);
    return reason ? { ok: false, reason } : { ok: true, memberId: member.id };
  }

  /**
   * Erases one member's personal data in one transaction. `guard` is the state the member must still
   * be in (the retention job: still rejected, long enough ago); a member who changed meanwhile is left.
   */
  async function eraseWhere(
    where: Prisma.MemberWhereUniqueInput,
    reason: EraseReason,
    guard: Prisma.MemberWhereInput = {},
    beforeErasure?: (member: { id: number; telegramId: bigint }) => Promise<void>,
  ): Promise<EraseResult> {
    const target = await db.member.findUnique({ where });
    if (!target || target.status === "erased") return { ok: false, reason: "not_found" };
    const refused = await refusal(target);
    if (refused) return { ok: false, reason: refused };
    await beforeErasure?.(target);
    const now = clock.now();
    return db.$transaction(
      async (tx) => {
        const member = await tx.member.findFirst({ where: { ...guard, id: target.id, telegramId: target.telegramId, status: { not: "erased" } } });
        // Erased, re-registered or reviewed again by another process meanwhile: nothing to do here.
        if (!member) return { ok: false, reason: "not_found" } as const;
        // Claim the row with a conditional write before anything else: under PostgreSQL's READ
        // COMMITTED two processes may both have read it above; only one write matches.
        const claimed = await tx.member.updateMany({
          where: { ...guard, id: member.id, telegramId: member.telegramId, status: member.status },
          data: erasedRow(member.id, now),
        });
        if (claimed.count === 0) return { ok: false, reason: "not_found" } as const;
        const coordinated = await tx.pokjaCoordinator.findMany({ where: { memberId: member.id }, select: { pokjaId: true } });
        await removeWhatServedThePerson(tx, member.id, now);
        await renameInRecords(tx, member, coordinated.map((c) => c.pokjaId));
        await scrubAudit(tx, member);
        await scrubOutbox(tx, member);
        await forgetChat(tx, member.telegramId);
        // Without the data: who (the erased record, under its marker id), why, and from which status.
        await audit.record(tx, {
          actor: reason === "request" ? { memberId: member.id, telegramId: BigInt(-member.id) } : null,
          action: "member.erased",
          targetMemberId: member.id,
          details: { reason, previousStatus: member.status },
        });
        return { ok: true, memberId: member.id } as const;
      },
      { timeout: 60_000 },
    );
  }

  /** Memberships, coordinator roles, follows, pending pokja requests, future invitations and their reminders. */
  async function removeWhatServedThePerson(tx: Tx, memberId: number, now: Date) {
    await tx.pokjaMembership.deleteMany({ where: { memberId } });
    await tx.pokjaCoordinator.deleteMany({ where: { memberId } });
    await tx.spbeTaskFollower.deleteMany({ where: { memberId } });
    await tx.recommendationFollower.deleteMany({ where: { memberId } });
    await tx.meetingInvite.deleteMany({ where: { memberId, meeting: { startsAt: { gt: now } } } });
    await tx.meetingReminder.updateMany({ where: { memberId, state: "pending" }, data: { state: "dropped", reason: "erased" } });
    await tx.actionItemReminder.updateMany({ where: { state: "pending", actionItem: { ownerId: memberId } }, data: { state: "dropped", reason: "erased" } });
  }

  /** Copies of the name kept beside the member's id in the forum's records. */
  async function renameInRecords(tx: Tx, member: { id: number; fullName: string; role: string }, coordinatedPokjaIds: number[]) {
    const name = { actorName: ERASED_NAME };
    await tx.meetingActionItem.updateMany({ where: { ownerId: member.id }, data: { ownerName: ERASED_NAME } });
    await tx.meeting.updateMany({ where: { createdById: member.id }, data: { createdByName: ERASED_NAME } });
    // Minutes keep only the sharer's name: the meetings this member could have shared them for.
    const managed = member.role === "admin" ? {} : { OR: [{ createdById: member.id }, { pokjaId: { in: coordinatedPokjaIds } }] };
    await tx.meeting.updateMany({ where: { minutesByName: member.fullName, ...managed }, data: { minutesByName: ERASED_NAME } });
    await tx.spbeTask.updateMany({ where: { updatedById: member.id }, data: { updatedByName: ERASED_NAME } });
    await tx.spbeTaskHistory.updateMany({ where: { actorId: member.id }, data: name });
    await tx.recommendationEvent.updateMany({ where: { actorId: member.id }, data: name });
  }

  /** Audit entries stay; their copies of the person's Telegram id, name, NIP, phone and username go. */
  async function scrubAudit(tx: Tx, member: PersonalValues & { id: number }) {
    // The actor's Telegram id becomes the record's marker id, as on the member row.
    await tx.auditLog.updateMany({ where: { OR: [{ actorId: member.id }, { actorTelegramId: member.telegramId }] }, data: { actorTelegramId: BigInt(-member.id) } });
    const replace = replacer(member);
    const entries = await tx.auditLog.findMany({ where: { OR: [{ targetMemberId: member.id }, { actorId: member.id }] }, select: { id: true, targetMemberId: true, details: true } });
    for (const entry of entries) {
      const details = JSON.parse(entry.details) as Record<string, unknown>;
      const own = entry.targetMemberId === member.id;
      const cleaned = Object.fromEntries(
        Object.entries(details).map(([key, value]) => [key, own && PROFILE_DETAIL_KEYS.has(key) ? scrubProfileChange(value) : scrubJson(value, replace)]),
      );
      const text = JSON.stringify(cleaned);
      if (text !== entry.details) await tx.auditLog.update({ where: { id: entry.id }, data: { details: text } });
    }
  }

  /**
   * Messages to the person's chat: queued ones are dropped, all lose their content and the chat id.
   * Messages to others that carry the person's NIP or phone (an admin's registration notice) lose
   * their content too, and are not sent if still queued; those naming the person are dropped if
   * queued and blanked once finished. Keys that hold the Telegram id (reply counts) are rewritten.
   */
  async function scrubOutbox(tx: Tx, member: PersonalValues & { id: number }) {
    const erasedChat = BigInt(-member.id);
    await tx.delivery.updateMany({ where: { chatId: member.telegramId, state: { in: UNSENT } }, data: { state: "skipped", lastError: "erased", claimToken: null } });
    await tx.delivery.updateMany({ where: { chatId: member.telegramId }, data: { chatId: erasedChat, payload: BLANK_PAYLOAD } });
    const secret = [member.nip, member.phone].filter((v): v is string => Boolean(v)).flatMap(storedForms);
    if (secret.length > 0) {
      const where = { OR: secret.map((s) => ({ payload: { contains: s } })) };
      await tx.delivery.updateMany({ where: { ...where, state: { in: UNSENT } }, data: { state: "skipped", lastError: "erased", claimToken: null } });
      await tx.delivery.updateMany({ where, data: { payload: BLANK_PAYLOAD } });
    }
    // A short name would match other people's messages; a full name rarely does. Notices about the
    // person not yet sent (a join request) are dropped; copies of a broadcast they sent still go out.
    if (member.fullName.length >= 6) {
      const named = { OR: storedForms(member.fullName).map((s) => ({ payload: { contains: s } })) };
      await tx.delivery.updateMany({ where: { ...named, state: { in: UNSENT }, broadcastId: null }, data: { state: "skipped", lastError: "erased", claimToken: null } });
      await tx.delivery.updateMany({ where: { ...named, state: { in: ["sent", "failed", "skipped"] } }, data: { payload: BLANK_PAYLOAD } });
    }
    const id = String(member.telegramId);
    const token = new RegExp(`(?<![0-9-])${id}(?![0-9])`, "g");
    const keyed = await tx.delivery.findMany({ where: { dedupeKey: { contains: id } }, select: { id: true, dedupeKey: true } });
    for (const row of keyed) {
      const key = row.dedupeKey.replace(token, `erased${member.id}`);
      if (key !== row.dedupeKey) await tx.delivery.update({ where: { id: row.id }, data: { dedupeKey: key } });
    }
    await tx.broadcast.updateMany({ where: { senderTelegramId: member.telegramId }, data: { senderTelegramId: erasedChat } });
    await tx.broadcast.updateMany({ where: { progressChatId: member.telegramId }, data: { progressChatId: null } });
  }

  /** The chat itself: flow state (with what was typed), reachability, open attendance lists. */
  async function forgetChat(tx: Tx, telegramId: bigint) {
    // Flow state is keyed "conv:<chat>:<user>"; the person's private chat and any group.
    await tx.conversationState.deleteMany({ where: { key: { startsWith: "conv:", endsWith: `:${telegramId}` } } });
    await tx.unreachableChat.deleteMany({ where: { chatId: telegramId } });
    const meetings = await tx.meeting.findMany({ where: { attendanceListMessages: { contains: String(telegramId) } }, select: { id: true, attendanceListMessages: true } });
    for (const meeting of meetings) {
      const lists = JSON.parse(meeting.attendanceListMessages ?? "[]") as { chatId: string | number }[];
      const kept = lists.filter((l) => String(l.chatId) !== String(telegramId));
      if (kept.length !== lists.length) await tx.meeting.update({ where: { id: meeting.id }, data: { attendanceListMessages: JSON.stringify(kept) } });
    }
  }

  /**
   * Erases the data of the person writing from this Telegram id, if still allowed. First takes them
   * out of every linked pokja group (that needs their Telegram id, which the erasure replaces); a
   * group the bot cannot leave them out of does not stop the erasure: the result names it.
   */
  async function eraseOnRequest(telegramId: bigint, api: GroupMemberApi): Promise<RequestErasureResult> {
    let groups: GroupRemoval[] | null = [];
    const result = await eraseWhere({ telegramId }, "request", {}, async (member) => {
      try {
        groups = await groupRemoval.onErasure(api, member, { memberId: member.id, telegramId: member.telegramId });
      } catch {
        // The database failed while recording a group's outcome: which groups are done is unknown.
        groups = null;
      }
    });
    return result.ok ? { ...result, groups } : result;
  }

  /**
   * Erases rejected applicants whose rejection is older than the retention. Each is guarded by its
   * own state, so two processes running the job at once erase each person once.
   */
  async function eraseExpiredRejections(retentionDays: number): Promise<{ erased: number; failed: number }> {
    const cutoff = new Date(clock.now().getTime() - retentionDays * 86_400_000);
    const expired: Prisma.MemberWhereInput = {
      status: "rejected",
      OR: [{ reviewedAt: { lt: cutoff } }, { reviewedAt: null, registeredAt: { lt: cutoff } }],
    };
    const due = await db.member.findMany({ where: expired, select: { id: true }, orderBy: { id: "asc" } });
    let erased = 0;
    let failed = 0;
    for (const { id } of due) {
      try {
        const result = await eraseWhere({ id }, "retention", expired);
        if (result.ok) erased += 1;
      } catch {
        // Another process writing at the same moment (SQLite "busy"): the next run takes this one.
        failed += 1;
      }
    }
    return { erased, failed };
  }

  return { check, eraseOnRequest, eraseExpiredRejections };
}

interface PersonalValues {
  telegramId: bigint;
  fullName: string;
  telegramUsername: string | null;
  nip: string | null;
  phone: string | null;
}

/** The person's own values inside free text, replaced. */
function replacer(member: PersonalValues): (text: string) => string {
  const pairs: [string, string][] = [];
  if (member.nip) pairs.push([member.nip, "***"]);
  if (member.phone) pairs.push([member.phone, "***"]);
  if (member.telegramUsername && member.telegramUsername.length >= 4) pairs.push([`@${member.telegramUsername}`, ERASED_NAME]);
  if (member.fullName.length >= 4) pairs.push([member.fullName, ERASED_NAME]);
  return (text) => pairs.reduce((t, [from, to]) => t.split(from).join(to), text);
}

/** An audit entry's old and new profile values about the erased person: whether they were set, not what. */
function scrubProfileChange(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? v : "***"]));
  }
  return value === null || value === undefined ? value : "***";
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
