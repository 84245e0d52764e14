// The Mini App's JSON API under /api/, on the bot's own HTTP server. Every request: init data checked
// with the bot token and our clock (401 when missing, malformed, forged or stale), the member read
// fresh and turned into the same Access the bot uses, the endpoint's audience asked of the
// permissions module (403 with a reason code). Answers are never cached.
import type { ServerResponse } from "node:http";
import { refusalFor } from "../access/access.js";
import type { Permissions } from "../access/permissions.js";
import type { MemberService } from "../members/member-service.js";
import { send, type Route } from "../server/http-server.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import type { TaskService } from "../spbe-tasks/task-service.js";
import { forbidden, type ApiEndpoint, type ApiReply } from "./api-types.js";
import { createInitDataAuth } from "./init-data-auth.js";
import { meEndpoint } from "./me-endpoint.js";
import { taskSummaryEndpoint } from "./task-endpoints.js";
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
  members: MemberService;
  permissions: Permissions;
  tasks: Pick<TaskService, "summary">;
  defaultTimezone: string;
}

/** The endpoints the Mini App has today. */
export function webApiEndpoints(deps: WebApiDeps): ApiEndpoint[] {
  return [meEndpoint(deps.permissions), taskSummaryEndpoint(deps.tasks, deps.clock)];
}

/** The API's routes, to add to the HTTP server's. */
export function createWebApi(deps: WebApiDeps, endpoints: ApiEndpoint[] = webApiEndpoints(deps)): { routes: Route[] } {
  const auth = createInitDataAuth({ botToken: deps.botToken, clock: deps.clock });
  const accessOf = createWebAccess(deps.members, deps.defaultTimezone);
  const logger = deps.logger.child({ component: "web-api" });

  const route = (endpoint: ApiEndpoint): Route => ({
    method: endpoint.method,
    path: endpoint.path,
    async handle(request, response, { url, params }) {
      if (request.method === "GET") request.resume();
      const checked = auth.check(request.headers.authorization);
      if (!checked.ok) {
        logger.debug({ path: endpoint.path, reason: checked.reason }, "web API request without valid init data");
        sendJson(response, 401, { error: "unauthorized", reason: checked.reason }, { "www-authenticate": "tma" });
        return;
      }
      const access = await accessOf(checked.user);
      let reply: ApiReply;
      const refusal = deps.permissions.hasAudience(access, endpoint.audience) ? null : refusalFor(access, endpoint.audience);
      if (refusal === null) {
        reply = await endpoint.handle({ access, user: checked.user, url, params, request });
      } else if (!access.member && !access.isConfiguredAdmin) {
        reply = forbidden("not_registered");
      } else {
        // The page tells an applicant or a suspended member where they stand, as the bot does.
        reply = forbidden(refusal, refusal === "not_approved" ? { status: access.status } : {});
      }
      if (reply.status === 403) logger.debug({ path: endpoint.path, body: reply.body }, "web API request refused");
      sendJson(response, reply.status ?? 200, reply.body);
    },
  });

  return { routes: endpoints.map(route) };
}
