// The Mini App's JSON API under /api/, on the bot's own HTTP server. Every request: init data checked
// with the bot token and our clock (401 when missing, malformed, forged or stale), the user's request
// limit (429, request-limit.ts; after the check, so forged requests cannot spend anyone's), the member read
// fresh and turned into the same Access the bot uses, the endpoint's audience asked of the
// permissions module (403 with a reason code), then a POST's JSON body read (415, 413, 400) and the
// endpoint run. Answers are never cached. The contract: docs/webapp-api.md.
import type { ServerResponse } from "node:http";
import { refusalFor } from "../access/access.js";
import type { Permissions } from "../access/permissions.js";
import type { Database } from "../db/client.js";
import type { MeetingService } from "../meetings/meeting-service.js";
import type { MemberNotifications } from "../members/member-notifications.js";
import type { MemberService } from "../members/member-service.js";
import type { PokjaService } from "../pokja/pokja-service.js";
import type { RecommendationService } from "../recommendations/recommendation-service.js";
import { send, type Route } from "../server/http-server.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { AgencyProgressService } from "../spbe-tasks/agency-progress-service.js";
import type { TaskService } from "../spbe-tasks/task-service.js";
import { adminEndpoints } from "./admin-endpoints.js";
import { readJsonBody } from "./api-input.js";
import { ApiError, forbidden, tooManyRequests, type ApiEndpoint, type ApiReply } from "./api-types.js";
import { createInitDataAuth } from "./init-data-auth.js";
import { createRequestLimiter, type RequestLimit } from "./request-limit.js";
import { meEndpoint } from "./me-endpoint.js";
import { meetingEndpoints } from "./meeting-endpoints.js";
import { recommendationEndpoints } from "./recommendation-endpoints.js";
import { taskEndpoints } from "./task-endpoints.js";
import { createWebAccess } from "./web-access.js";

export const API_PREFIX = "/api/";

const API_HEADERS = { "cache-control": "no-store", "x-content-type-options": "nosniff" };

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  send(response, status, JSON.stringify(body), "application/json; charset=utf-8", { ...API_HEADERS, ...headers });
}

export interface WebApiDeps {
  botToken: string;
  clock: Clock;
  logger: Logger;
  db: Database;
  members: MemberService;
  permissions: Permissions;
  tasks: TaskService;
  agencyProgress: AgencyProgressService;
  meetings: MeetingService;
  recommendations: RecommendationService;
  pokja: PokjaService;
  /** The applicant's notice after a decision, through the outbox (as the chat's). */
  notifications: Pick<MemberNotifications, "registrationReviewed">;
  /** A locale string in a language ("rec-central" for the report's central units). */
  translate: (language: string, key: string) => string;
  defaultTimezone: string;
  /**
   * Requests per Telegram user (request-limit.ts): figures to change from DEFAULT_REQUEST_LIMIT ({} for
   * the defaults, which the app passes). Absent or false: no limit (tests whose clock stands still).
   */
  requestLimit?: Partial<RequestLimit> | false;
}

type BotServices = Pick<WebApiDeps, "members" | "tasks" | "agencyProgress" | "meetings" | "recommendations" | "pokja" | "notifications"> & {
  i18n: { t(language: string, key: string): string };
};

/** What the API takes from a built bot (createBot's services and permissions): the app's and the sandbox's alike. */
export function webApiServicesOf(created: { services: BotServices; permissions: Permissions }) {
  const { services } = created;
  return {
    permissions: created.permissions,
    members: services.members,
    tasks: services.tasks,
    agencyProgress: services.agencyProgress,
    meetings: services.meetings,
    recommendations: services.recommendations,
    pokja: services.pokja,
    notifications: services.notifications,
    translate: (language: string, key: string) => services.i18n.t(language, key),
  };
}

/** The endpoints the Mini App has (docs/webapp-api.md). */
export function webApiEndpoints(deps: WebApiDeps): ApiEndpoint[] {
  return [
    meEndpoint(deps.permissions),
    ...taskEndpoints(deps),
    ...meetingEndpoints(deps),
    ...recommendationEndpoints({ ...deps, centralLabel: (language) => deps.translate(language, "rec-central") }),
    ...adminEndpoints(deps),
  ];
}

/** The API's routes, to add to the HTTP server's. */
export function createWebApi(deps: WebApiDeps, endpoints: ApiEndpoint[] = webApiEndpoints(deps)): { routes: Route[] } {
  const auth = createInitDataAuth({ botToken: deps.botToken, clock: deps.clock });
  const accessOf = createWebAccess(deps.members, deps.defaultTimezone);
  const logger = deps.logger.child({ component: "web-api" });
  const limiter = deps.requestLimit === undefined || deps.requestLimit === false ? undefined : createRequestLimiter(deps.clock, deps.requestLimit);

  const route = (endpoint: ApiEndpoint): Route => ({
    method: endpoint.method,
    path: endpoint.path,
    async handle(request, response, { url, params }) {
      const checked = auth.check(request.headers.authorization);
      if (!checked.ok) {
        request.resume();
        logger.debug({ path: endpoint.path, reason: checked.reason }, "web API request without valid init data");
        sendJson(response, 401, { error: "unauthorized", reason: checked.reason }, { "www-authenticate": "tma" });
        return;
      }
      const admitted = limiter?.admit(checked.user.id) ?? { ok: true };
      if (!admitted.ok) {
        request.resume();
        logger.debug({ path: endpoint.path, retryAfterSeconds: admitted.retryAfterSeconds }, "web API request over the user's limit");
        const reply = tooManyRequests(admitted.retryAfterSeconds);
        sendJson(response, reply.status!, reply.body, { "retry-after": String(admitted.retryAfterSeconds) });
        return;
      }
      const access = await accessOf(checked.user);
      let reply: ApiReply;
      const refusal = deps.permissions.hasAudience(access, endpoint.audience) ? null : refusalFor(access, endpoint.audience);
      try {
        if (refusal === null) {
          const body = endpoint.method === "POST" ? await readJsonBody(request) : undefined;
          reply = await endpoint.handle({ access, user: checked.user, url, params, request, body });
        } else if (!access.member && !access.isConfiguredAdmin) {
          reply = forbidden("not_registered");
        } else {
          // The page tells an applicant or a suspended member where they stand, as the bot does.
          reply = forbidden(refusal, refusal === "not_approved" ? { status: access.status } : {});
        }
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        reply = error.reply;
      }
      // Whatever of the body was not read is let go; a refused large body ends the connection.
      request.resume();
      const status = reply.status ?? 200;
      if (status === 403) logger.debug({ path: endpoint.path, body: reply.body }, "web API request refused");
      sendJson(response, status, reply.body, status === 413 || status === 415 ? { connection: "close" } : {});
    },
  });

  return { routes: endpoints.map(route) };
}
