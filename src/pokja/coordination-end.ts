// Coordinator duties end with a suspension: the appointments go (each audited with its pokja), so a
// suspended coordinator receives no join requests and is listed as coordinator nowhere; a
// reinstatement does not give them back. Used inside the member service's transactions.
import type { Actor, AuditService } from "../audit/audit-service.js";
import type { Prisma } from "../generated/prisma/client.js";

/** A pokja whose coordination ended (names are the forum's, not personal data). */
export interface EndedCoordination {
  pokjaId: number;
  pokjaName: string;
}

const SUSPENDED_DETAILS = JSON.stringify({ reason: "suspended" });

export async function endCoordination(
  tx: Prisma.TransactionClient,
  audit: AuditService,
  memberId: number,
  actor: Actor,
  reason: "suspended" | "reinstated",
): Promise<EndedCoordination[]> {
  const rows = await tx.pokjaCoordinator.findMany({ where: { memberId }, include: { pokja: { select: { name: true } } }, orderBy: { pokjaId: "asc" } });
  if (rows.length === 0) return [];
  await tx.pokjaCoordinator.deleteMany({ where: { memberId } });
  for (const row of rows) {
    await audit.record(tx, { actor, action: "pokja.coordinator_removed", targetMemberId: memberId, pokjaId: row.pokjaId, details: { reason } });
  }
  return rows.map((r) => ({ pokjaId: r.pokjaId, pokjaName: r.pokja.name }));
}

/** The pokja whose coordination the member's latest suspension ended, as its audit entries say. */
export async function coordinationEndedBySuspension(tx: Prisma.TransactionClient, memberId: number): Promise<EndedCoordination[]> {
  const suspended = await tx.auditLog.findFirst({ where: { targetMemberId: memberId, action: "member.suspended" }, orderBy: { id: "desc" } });
  if (!suspended) return [];
  const rows = await tx.auditLog.findMany({
    where: { targetMemberId: memberId, action: "pokja.coordinator_removed", id: { gt: suspended.id }, details: SUSPENDED_DETAILS },
    select: { pokjaId: true },
  });
  const ids = [...new Set(rows.flatMap((r) => (r.pokjaId === null ? [] : [r.pokjaId])))];
  const pokjas = await tx.pokja.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { id: "asc" } });
  return pokjas.map((p) => ({ pokjaId: p.id, pokjaName: p.name }));
}
