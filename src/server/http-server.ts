// One node:http server for the webhook, GET /healthz and GET /metrics.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../shared/logger.js";

export interface Route {
  method: "GET" | "POST";
  path: string;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

export interface HttpServer {
  port: number;
  /** Stops accepting, drops idle keep-alive connections; resolves when the server is closed. */
  close(): Promise<void>;
}

export function send(response: ServerResponse, status: number, body: string, contentType = "application/json; charset=utf-8") {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
  response.end(body);
}

export async function startHttpServer(options: { port: number; host: string; routes: Route[]; logger: Logger }): Promise<HttpServer> {
  const { routes, logger } = options;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const route = routes.find((r) => r.path === path && r.method === request.method);
    if (!route) {
      request.resume();
      send(response, routes.some((r) => r.path === path) ? 405 : 404, JSON.stringify({ error: "not found" }));
      return;
    }
    route.handle(request, response).catch((error: unknown) => {
      logger.error({ err: error, path }, "HTTP request failed");
      send(response, 500, JSON.stringify({ error: "internal error" }));
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
