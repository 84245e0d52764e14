// The Mini App API's dependencies built from the real services on one test database (no bot), for the
// API tests that start only the HTTP server.
import { createPermissions } from "../../src/access/permissions.js";
import { LOCALES_DIR } from "../../src/app.js";
import { createAuditService } from "../../src/audit/audit-service.js";
import { createI18n } from "../../src/bot/i18n.js";
import { createOutboxMessenger } from "../../src/bot/messenger.js";
import type { Database } from "../../src/db/client.js";
import { createOutbox } from "../../src/delivery/outbox.js";
import { createMeetingService } from "../../src/meetings/meeting-service.js";
import { createMemberNotifications } from "../../src/members/member-notifications.js";
import { createMemberService } from "../../src/members/member-service.js";
import { createPokjaService } from "../../src/pokja/pokja-service.js";
import { createRecommendationService } from "../../src/recommendations/recommendation-service.js";
import type { Clock } from "../../src/shared/clock.js";
import { createTaskService } from "../../src/spbe-tasks/task-service.js";
import type { WebApiDeps } from "../../src/webapp/api.js";
import { collectingLogger } from "./log-collector.js";

export function webApiDepsFor(db: Database, clock: Clock, options: { token: string; configuredAdminIds: bigint[] }): WebApiDeps {
  const audit = createAuditService(clock);
  const members = createMemberService({ db, clock, audit, configuredAdminIds: options.configuredAdminIds });
  const i18n = createI18n(LOCALES_DIR);
  const tasks = createTaskService({ db, clock });
  return {
    botToken: options.token,
    clock,
    logger: collectingLogger("debug"),
    db,
    members,
    permissions: createPermissions(db),
    tasks,
    agencyProgress: tasks.agencyProgress,
    meetings: createMeetingService({ db, clock }),
    recommendations: createRecommendationService({ db, clock }),
    pokja: createPokjaService({ db, clock, audit }),
    notifications: createMemberNotifications({ messenger: createOutboxMessenger(createOutbox({ db, clock })), i18n, members, defaultTimezone: "Asia/Jakarta" }),
    translate: (language, key) => i18n.t(language, key),
    defaultTimezone: "Asia/Jakarta",
  };
}
