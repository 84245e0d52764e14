// The services every feature builds on: plain TypeScript, no grammY, each testable alone. Built
// once per bot; features receive them through FeatureDeps.
import type { Api } from "grammy";
import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { createAuditService } from "../audit/audit-service.js";
import { createAgencyService } from "../agencies/agency-service.js";
import { createMemberService } from "../members/member-service.js";
import { createMemberNotifications } from "../members/member-notifications.js";
import { createPokjaService } from "../pokja/pokja-service.js";
import { createPokjaNotifications } from "../pokja/pokja-notifications.js";
import { createBroadcastService } from "../broadcast/broadcast-service.js";
import { createBroadcastProgress } from "../broadcast/broadcast-progress.js";
import { createTaskService } from "../spbe-tasks/task-service.js";
import { createTaskDigest } from "../spbe-tasks/task-digest.js";
import { createMeetingService } from "../meetings/meeting-service.js";
import { createReminderTick } from "../meetings/reminder-tick.js";
import { createMeetingAnnouncer } from "../meetings/meeting-announcer.js";
import { createRecommendationService } from "../recommendations/recommendation-service.js";
import { createOutbox } from "../delivery/outbox.js";
import { createCommandMenus } from "./commands.js";
import type { CommandDefinition } from "./feature.js";
import { createI18n } from "./i18n.js";
import { createOutboxMessenger } from "./messenger.js";
import { createOffThread, type OffThread } from "../shared/off-thread.js";

export interface ServicesOptions {
  db: Database;
  clock: Clock;
  logger: Logger;
  api: Api;
  localesDir: string;
  configuredAdminIds: readonly bigint[];
  defaultTimezone: string;
  recommendationsPerDay?: number;
  /** How many broadcasts a coordinator may create per day (default 5; admins are not counted). */
  broadcastsPerDay?: number;
  commands: readonly CommandDefinition[];
  /** The worker threads for long work (charts, file parsing, workbooks); a new pool when absent. */
  offThread?: OffThread;
}

export function createServices(options: ServicesOptions) {
  const { db, clock, logger, api, defaultTimezone } = options;
  const audit = createAuditService(clock);
  const members = createMemberService({ db, clock, audit, configuredAdminIds: options.configuredAdminIds });
  const agencies = createAgencyService(db);
  const i18n = createI18n(options.localesDir);
  const outbox = createOutbox({ db, clock });
  const messenger = createOutboxMessenger(outbox);
  const notifications = createMemberNotifications({ messenger, i18n, members, defaultTimezone });
  const commandMenus = createCommandMenus(api, i18n, logger, options.commands);
  const pokja = createPokjaService({ db, clock, audit });
  const pokjaNotifications = createPokjaNotifications({ messenger, i18n, pokja, members });
  const broadcasts = createBroadcastService({ db, clock, outbox, dailyLimit: options.broadcastsPerDay });
  const broadcastProgress = createBroadcastProgress({ broadcasts, members, api, i18n, logger, clock });
  const tasks = createTaskService({ db, clock });
  const taskDigest = createTaskDigest({ tasks, messenger, i18n, clock });
  const meetings = createMeetingService({ db, clock });
  const meetingAnnouncer = createMeetingAnnouncer({ meetings, pokja, outbox, i18n });
  const reminderTick = createReminderTick({
    meetings,
    announcer: meetingAnnouncer,
    outbox,
    i18n,
    clock,
    onError: (err, step) => logger.error({ err, step }, "reminder tick step failed"),
  });
  const recommendations = createRecommendationService({ db, clock, dailyLimit: options.recommendationsPerDay });
  // Its workers start on first use and end when idle; app.stop() closes it.
  const offThread = options.offThread ?? createOffThread();
  return {
    db,
    offThread,
    audit,
    members,
    agencies,
    i18n,
    outbox,
    messenger,
    notifications,
    commandMenus,
    pokja,
    pokjaNotifications,
    broadcasts,
    broadcastProgress,
    tasks,
    taskDigest,
    agencyProgress: tasks.agencyProgress,
    meetings,
    meetingAnnouncer,
    reminderTick,
    recommendations,
  };
}

export type Services = ReturnType<typeof createServices>;
