// Routes of the one HTTP server with ":name" segments (the Mini App API's /api/tasks/:number, later)
// and query strings handed to the handler.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchPath, send, startHttpServer, type HttpServer } from "../src/server/http-server.js";
import { collectingLogger } from "./support/log-collector.js";

describe("HTTP routes", () => {
  it("matches exact paths and :name segments, percent-decoded", () => {
    expect(matchPath("/healthz", "/healthz")).toEqual({});
    expect(matchPath("/healthz", "/healthz/")).toBeNull();
    expect(matchPath("/api/tasks/:number", "/api/tasks/12")).toEqual({ number: "12" });
    expect(matchPath("/api/tasks/:number/agencies/:code", "/api/tasks/12/agencies/35.78")).toEqual({ number: "12", code: "35.78" });
    expect(matchPath("/api/search/:text", "/api/search/data%20desa")).toEqual({ text: "data desa" });
    expect(matchPath("/api/tasks/:number", "/api/tasks/")).toBeNull();
    expect(matchPath("/api/tasks/:number", "/api/tasks/12/x")).toBeNull();
    expect(matchPath("/api/tasks/:number", "/api/task/12")).toBeNull();
    expect(matchPath("/api/search/:text", "/api/search/%E0%A4%A")).toBeNull();
  });

  describe("served", () => {
    let server: HttpServer;
    beforeAll(async () => {
      server = await startHttpServer({
        port: 0,
        host: "127.0.0.1",
        logger: collectingLogger("info"),
        routes: [
          {
            method: "GET",
            path: "/api/tasks/:number",
            async handle(_request, response, { url, params }) {
              send(response, 200, JSON.stringify({ params, q: url.searchParams.get("q") }));
            },
          },
          {
            method: "GET",
            path: "/boom",
            async handle() {
              throw new Error("boom");
            },
          },
        ],
      });
    });
    afterAll(() => server.close());

    it("hands the params and the query string to the handler; 404, 405 and 500 as JSON", async () => {
      const base = `http://127.0.0.1:${server.port}`;
      const ok = await fetch(`${base}/api/tasks/7?q=arsitektur%20spbe`);
      expect(await ok.json()).toEqual({ params: { number: "7" }, q: "arsitektur spbe" });
      const missing = await fetch(`${base}/api/tasks`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({ error: "not found" });
      const wrongMethod = await fetch(`${base}/api/tasks/7`, { method: "POST", body: "{}" });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get("allow")).toBe("GET");
      const failed = await fetch(`${base}/boom`);
      expect(failed.status).toBe(500);
      expect(await failed.json()).toEqual({ error: "internal error" });
    });
  });
});
