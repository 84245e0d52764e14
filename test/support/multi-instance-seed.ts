// The data test/multi-instance.test.ts starts from: approved members, and one pokja meeting whose
// invitees each have a reminder due now. Rows as the services leave them (members as an approved
// registration, invitations and reminder rows as meeting creation plans them), written in bulk.
import type { Database } from "../../src/db/client.js";

export const MEETING_TITLE = "Rapat Pleno Uji Banyak Instans";

export interface Seeded {
  memberChatIds: number[];
  reminderChatIds: number[];
  meetingId: number;
}

/**
 * `members` approved members with Telegram ids from `firstId`; the first `reminders` of them are in a
 * pokja whose meeting (three hours from now) has a reminder for each, due `dueAt`.
 */
export async function seedMultiInstance(db: Database, options: { firstId: number; members: number; reminders: number; dueAt: Date }): Promise<Seeded> {
  const agency = await db.agency.findFirstOrThrow({ where: { code: "35.78" } });
  const now = new Date();
  const memberChatIds = Array.from({ length: options.members }, (_, i) => options.firstId + i);
  for (let i = 0; i < memberChatIds.length; i += 500) {
    await db.member.createMany({
      data: memberChatIds.slice(i, i + 500).map((id) => ({
        telegramId: BigInt(id),
        fullName: `Anggota ${id}`,
        agencyId: agency.id,
        position: "Pranata Komputer",
        status: "approved",
        consentAt: now,
        consentVersion: "2026-11-pdp-v1",
        registeredAt: now,
        reviewedAt: now,
        searchText: `anggota ${id} pranata komputer`,
      })),
    });
  }
  const reminderChatIds = memberChatIds.slice(0, options.reminders);
  const invitees = await db.member.findMany({ where: { telegramId: { in: reminderChatIds.map(BigInt) } }, select: { id: true } });
  const pokja = await db.pokja.create({ data: { slug: "uji-banyak-instans", name: "Pokja Uji Banyak Instans", description: "Pokja untuk uji beberapa instans." } });
  await db.pokjaMembership.createMany({ data: invitees.map((m) => ({ pokjaId: pokja.id, memberId: m.id, status: "active", requestedAt: now, joinedAt: now })) });
  const startsAt = new Date(now.getTime() + 3 * 3_600_000);
  const meeting = await db.meeting.create({
    data: {
      pokjaId: pokja.id,
      title: MEETING_TITLE,
      agenda: "Koordinasi SPBE",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      timezone: "Asia/Jakarta",
      place: "Ruang Rapat Utama",
      reminderOffsets: "[60]",
      createdByName: "Sekretariat",
      createdAt: now,
    },
  });
  await db.meetingInvite.createMany({ data: invitees.map((m) => ({ meetingId: meeting.id, memberId: m.id })) });
  await db.meetingReminder.createMany({
    data: invitees.map((m) => ({ meetingId: meeting.id, memberId: m.id, offsetMinutes: 60, dueAt: options.dueAt, sequence: 0 })),
  });
  return { memberChatIds, reminderChatIds, meetingId: meeting.id };
}
