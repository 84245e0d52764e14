// A one-off pokja meeting made by the secretariat, for tests that need one through the service:
// an hour in the Ruang Rapat, WIB, reminders a day and an hour before.
import type { NewMeeting } from "../../src/meetings/meeting-model.js";

export function oneOffMeeting(pokjaId: number, title: string, startsAt: Date, agenda = "Tindak lanjut"): NewMeeting {
  return {
    pokjaId,
    title,
    agenda,
    startsAt,
    durationMinutes: 60,
    timezone: "Asia/Jakarta",
    place: "Ruang Rapat",
    onlineUrl: null,
    reminderOffsets: [1440, 60],
    createdById: null,
    createdByName: "Sekretariat",
  };
}
