// One node:http server for the webhook, GET /healthz, GET /metrics and the Mini App (its page under /app/, its API under /api/).
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../shared/logger.js";

/** What the server worked out from the request line, so handlers need not parse it again. */
export interface RouteMatch {
  /** The request's URL (its query string in url.searchParams). */
  url: URL;
  /** The ":name" segments of the route's path, percent-decoded. */
  params: Record<string, string>;
}

export interface Route {
  method: "GET" | "POST";
  /** An exact path ("/healthz"), or one with ":name" segments ("/api/tasks/:number"), each matching one non-empty segment. */
  path: string;
  handle(request: IncomingMessage, response: ServerResponse, match: RouteMatch): Promise<void>;
}

export interface HttpServer {
  port: number;
  /** Stops accepting, drops idle keep-alive connections; resolves when the server is closed. */
  close(): Promise<void>;
}

export function send(response: ServerResponse, status: number, body: string, contentType = "application/json; charset=utf-8", headers: OutgoingHttpHeaders = {}) {
  if (response.headersSent) return;
  response.writeHead(status, { ...headers, "content-type": contentType, "content-length": Buffer.byteLength(body) });
  response.end(body);
}

/** The params when `path` matches the route's pattern, else null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  if (!pattern.includes("/:")) return pattern === path ? {} : null;
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    const segment = got[i]!;
    if (part.startsWith(":")) {
      if (segment === "") return null;
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
      } catch {
        return null; // Broken percent-encoding: no such thing here.
      }
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}

export async function startHttpServer(options: { port: number; host: string; routes: Route[]; logger: Logger }): Promise<HttpServer> {
  const { routes, logger } = options;
  const server = createServer((request, response) => {
    let url: URL;
    try {
      url = new URL(request.url ?? "/", "http://localhost");
    } catch {
      request.resume();
      send(response, 400, JSON.stringify({ error: "bad request" }));
      return;
    }
    const path = url.pathname;
    const allowed = new Set<string>();
    let found: { route: Route; params: Record<string, string> } | undefined;
    for (const route of routes) {
      const params = matchPath(route.path, path);
      if (!params) continue;
      allowed.add(route.method);
      if (route.method === request.method) {
        found = { route, params };
        break;
      }
    }
    if (!found) {
      request.resume();
      // 405 names the methods the path has (RFC 9110 asks for Allow).
      const headers = allowed.size > 0 ? { "cache-control": "no-store", allow: [...allowed].sort().join(", ") } : { "cache-control": "no-store" };
      send(response, allowed.size > 0 ? 405 : 404, JSON.stringify({ error: "not found" }), undefined, headers);
      return;
    }
    found.route.handle(request, response, { url, params: found.params }).catch((error: unknown) => {
      logger.error({ err: error, path: found.route.path }, "HTTP request failed");
      send(response, 500, JSON.stringify({ error: "internal error" }), undefined, { "cache-control": "no-store" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, host: options.host }, "HTTP server listening");
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
