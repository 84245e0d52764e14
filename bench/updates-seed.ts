// The database of bench/updates.ts: the sample SPBE tasks, `members` approved members (the first
// `senders` of them send the updates; every 50th a coordinator of its pokja), pokja memberships
// (each sender in one or two pokja, as many others again in one, the rest in none) and `meetings`
// pokja meetings over the coming months, each inviting its pokja (invitations and reminders made
// by the meeting service itself).
import { normalizeSearchText } from "../src/agencies/agency-registry.js";
import { PROJECT_ROOT } from "../src/app.js";
import type { Database } from "../src/db/client.js";
import { createMeetingService } from "../src/meetings/meeting-service.js";
import type { ManualClock } from "../src/shared/clock.js";
import { loadSampleTasks } from "../src/spbe-tasks/sample-catalogue.js";

export const FIRST_MEMBER_ID = 5_000_001;

export interface SeedOptions {
  members: number;
  senders: number;
  meetings: number;
}

const FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rina", "Andi", "Yusuf", "Made", "Nyoman", "Putri", "Eko", "Sri"];
const LAST = ["Santoso", "Rahayu", "Wibowo", "Lestari", "Hidayat", "Saputra", "Pratama", "Siregar", "Nasution", "Wijaya"];

export async function seedBench(db: Database, clock: ManualClock, options: SeedOptions): Promise<void> {
  await loadSampleTasks(db, clock, PROJECT_ROOT);
  const agencies = await db.agency.findMany({ select: { id: true, name: true }, where: { kind: { not: "pusat" } }, orderBy: { id: "asc" }, take: 500 });
  const pokja = (await db.pokja.findMany({ where: { retiredAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
  const now = clock.now();
  const batch = 1_000;
  for (let start = 0; start < options.members; start += batch) {
    const rows = Array.from({ length: Math.min(batch, options.members - start) }, (_, k) => {
      const i = start + k;
      const agency = agencies[i % agencies.length]!;
      const fullName = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
      const position = "Pranata Komputer";
      return {
        telegramId: BigInt(FIRST_MEMBER_ID + i),
        telegramUsername: `anggota${i + 1}`,
        fullName,
        agencyId: agency.id,
        position,
        status: "approved",
        role: i % 50 === 0 ? "coordinator" : "member",
        language: i % 10 === 0 ? "en" : "id",
        timezone: ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"][i % 3]!,
        consentAt: now,
        consentVersion: "bench",
        registeredAt: new Date(now.getTime() - i * 60_000),
        reviewedAt: now,
        searchText: normalizeSearchText(`${fullName} ${position} ${agency.name} anggota${i + 1}`),
      };
    });
    await db.member.createMany({ data: rows });
  }
  const ids = (await db.member.findMany({ where: { consentVersion: "bench" }, select: { id: true }, orderBy: { telegramId: "asc" } })).map((m) => m.id);
  const memberships = ids.slice(0, options.senders * 2).flatMap((memberId, i) => {
    const first = pokja[i % pokja.length]!;
    const second = pokja[(i + 1) % pokja.length]!;
    return [first, ...(i < options.senders && i % 2 === 0 ? [second] : [])].map((pokjaId) => ({ pokjaId, memberId, status: "active", requestedAt: now, joinedAt: now }));
  });
  for (let i = 0; i < memberships.length; i += batch) await db.pokjaMembership.createMany({ data: memberships.slice(i, i + batch) });
  const coordinators = ids.flatMap((memberId, i) => (i % 50 === 0 && i < options.senders * 2 ? [{ pokjaId: pokja[i % pokja.length]!, memberId, assignedAt: now }] : []));
  await db.pokjaCoordinator.createMany({ data: coordinators });

  const meetings = createMeetingService({ db, clock });
  for (let i = 0; i < options.meetings; i += 1) {
    await meetings.create({
      pokjaId: pokja[i % pokja.length]!,
      title: `Rapat koordinasi ${i + 1}`,
      agenda: "Pembahasan kemajuan tugas SPBE",
      // Two a day from tomorrow: /rapat lists the next few, the rest wait further out.
      startsAt: new Date(now.getTime() + 86_400_000 + i * 12 * 3_600_000),
      durationMinutes: 90,
      timezone: "Asia/Jakarta",
      place: "Ruang Rapat Utama",
      onlineUrl: null,
      reminderOffsets: [1440, 60],
      createdById: null,
      createdByName: "Sekretariat",
    });
  }
}

/** The sample task numbers and the senders' meetings (for RSVP presses), read back from the database. */
export async function benchFacts(db: Database, senders: number) {
  const tasks = await db.spbeTask.findMany({ select: { number: true }, orderBy: { number: "asc" } });
  const invites = await db.meetingInvite.findMany({
    where: { member: { telegramId: { lt: BigInt(FIRST_MEMBER_ID + senders) } } },
    select: { meetingId: true, member: { select: { telegramId: true } } },
  });
  const meetingsOf = new Map<number, number[]>();
  for (const invite of invites) {
    const id = Number(invite.member.telegramId);
    meetingsOf.set(id, [...(meetingsOf.get(id) ?? []), invite.meetingId]);
  }
  return { taskNumbers: tasks.map((t) => t.number), meetingsOf };
}
