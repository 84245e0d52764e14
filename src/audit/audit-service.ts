import type { Database } from "../db/client.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { Clock } from "../shared/clock.js";

/** Who acted: a member (when registered) and always their Telegram id; null for the system itself. */
export interface Actor {
  memberId: number | null;
  telegramId: bigint;
}

export type AuditAction =
  | "registration.submitted"
  | "registration.resubmitted"
  | "registration.approved"
  | "registration.rejected"
  | "registration.auto_approved_admin"
  | "member.role_changed"
  | "member.suspended"
  | "member.reinstated"
  | "member.profile_updated"
  | "pokja.created"
  | "pokja.updated"
  | "pokja.retired"
  | "pokja.joined"
  | "pokja.join_requested"
  | "pokja.join_accepted"
  | "pokja.join_declined"
  | "pokja.left"
  | "pokja.coordinator_assigned"
  | "pokja.coordinator_removed"
  | "pokja.group_linked"
  | "pokja.group_unlinked"
  | "pokja.group_migrated"
  | "pokja.group_member_removed"
  | "member.erased"
  | "member.data_exported";

export interface AuditEntry {
  actor: Actor | null;
  action: AuditAction;
  targetMemberId: number | null;
  pokjaId?: number | null;
  details?: Record<string, unknown>;
}

type Client = Database | Prisma.TransactionClient;

export function createAuditService(clock: Clock) {
  return {
    /** Writes one entry; pass the transaction client so the entry commits with the change. */
    async record(db: Client, entry: AuditEntry): Promise<void> {
      await db.auditLog.create({
        data: {
          actorId: entry.actor?.memberId ?? null,
          actorTelegramId: entry.actor?.telegramId ?? null,
          action: entry.action,
          targetMemberId: entry.targetMemberId,
          pokjaId: entry.pokjaId ?? null,
          details: JSON.stringify(entry.details ?? {}),
          createdAt: clock.now(),
        },
      });
    },

    async forMember(db: Database, memberId: number, limit = 20) {
      const rows = await db.auditLog.findMany({
        where: { targetMemberId: memberId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit,
        include: { actor: { select: { fullName: true } } },
      });
      return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
