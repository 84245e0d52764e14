// The meetings feature's services in one object, for callers that want them together (the bot's
// services, the announcer, the reminder tick, the flows). Each part lives in its own module:
// meeting-schedule (meetings and their changes), meeting-answers (answers and attendance),
// meeting-reminders (claims and hand-over), meeting-minutes (minutes and action items).
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import { createAnswerService } from "./meeting-answers.js";
import { createMinutesService } from "./meeting-minutes.js";
import { createReminderService } from "./meeting-reminders.js";
import { createScheduleService } from "./meeting-schedule.js";

export * from "./meeting-model.js";
export { CLAIM_TIMEOUT_MS, type DueReminder, type HandOverEntry } from "./meeting-reminders.js";
export type { RsvpRefusal } from "./meeting-answers.js";

export function createMeetingService({ db, clock }: { db: Database; clock: Clock }) {
  return {
    ...createScheduleService({ db, clock }),
    ...createAnswerService({ db, clock }),
    ...createReminderService({ db, clock }),
    ...createMinutesService({ db, clock }),
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
