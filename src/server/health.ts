// GET /healthz: 200 when the database answers a trivial query and the delivery loop showed life
// recently; 503 otherwise, so a supervisor or load balancer restarts or skips this instance.
import type { Database } from "../db/client.js";
import { send, type Route } from "./http-server.js";

/** The loop turns at least every second when idle; a batch records an outcome per message. */
export const DISPATCHER_STALE_MS = 120_000;
const DATABASE_TIMEOUT_MS = 2_000;

export function healthRoute(db: Database, dispatcher: { liveness(): { running: boolean; idleMs: number } }): Route {
  return {
    method: "GET",
    path: "/healthz",
    async handle(_request, response) {
      let database: "ok" | "error" = "error";
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), DATABASE_TIMEOUT_MS)));
        await Promise.race([db.$queryRawUnsafe("SELECT 1"), timeout]);
        database = "ok";
      } catch {
        database = "error";
      } finally {
        clearTimeout(timer);
      }
      const { running, idleMs } = dispatcher.liveness();
      const alive = running && idleMs < DISPATCHER_STALE_MS;
      const body = { status: database === "ok" && alive ? "ok" : "error", database, dispatcher: alive ? "alive" : "stalled", dispatcherIdleMs: Math.round(idleMs) };
      send(response, body.status === "ok" ? 200 : 503, JSON.stringify(body));
    },
  };
}

export function metricsRoute(render: () => Promise<string>): Route {
  return {
    method: "GET",
    path: "/metrics",
    async handle(_request, response) {
      send(response, 200, await render(), "text/plain; version=0.0.4; charset=utf-8");
    },
  };
}
