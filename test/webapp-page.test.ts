// The Mini App's page (issue 15) as the HTTP server serves it: the real build (scripts/build-webapp.mjs)
// into a temp folder, then /app/ and its assets with their types, precompressed encodings, caching,
// security headers; traversal and unknown files refused. And the sandbox's link to the Mini App
// (tools/sandbox): signed with the sandbox's own token, accepted by its own server.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWebApp, type WebAppBuild } from "../scripts/build-webapp.mjs";
import { startHttpServer, type HttpServer } from "../src/server/http-server.js";
import { acceptedEncodings, CONTENT_SECURITY_POLICY, webAppPageRoutes } from "../src/webapp/page-routes.js";
import { createSandbox } from "../tools/sandbox/sandbox.js";
import { collectingLogger } from "./support/log-collector.js";
import { createTempDatabase } from "./support/temp-database.js";

let scratch: string;
let built: WebAppBuild;
let server: HttpServer;
let missing: HttpServer;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (fetch would decode and hide the encoding; it also normalises "..", which we want to send as is). */
function get(port: number, rawPath: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: rawPath, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "fk-webapp-page-"));
  built = await buildWebApp({ outdir: path.join(scratch, "webapp"), quiet: true });
  server = await startHttpServer({ port: 0, host: "127.0.0.1", routes: webAppPageRoutes({ dir: built.outdir }), logger: collectingLogger("info") });
  missing = await startHttpServer({ port: 0, host: "127.0.0.1", routes: webAppPageRoutes({ dir: path.join(scratch, "not-built") }), logger: collectingLogger("info") });
});

afterAll(async () => {
  await server?.close();
  await missing?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("Mini App page: build", () => {
  it("writes hashed, split, precompressed files and keeps the first screen far under 300 KB", () => {
    expect(built.script).toMatch(/^app-[A-Z2-7]{8}\.js$/);
    expect(built.style).toMatch(/^app-[A-Z2-7]{8}\.css$/);
    const names = Object.keys(built.sizes);
    // Each screen is its own chunk, and English its own.
    expect(names.some((n) => /^tasks-[A-Z2-7]{8}\.js$/.test(n))).toBe(true);
    expect(names.some((n) => /^meetings-[A-Z2-7]{8}\.js$/.test(n))).toBe(true);
    expect(names.some((n) => /^en-[A-Z2-7]{8}\.js$/.test(n))).toBe(true);
    expect(built.firstScreen.gzip).toBeLessThan(300 * 1024);
    expect(built.firstScreen.brotli).toBeLessThanOrEqual(built.firstScreen.gzip);
  });
});

describe("Mini App page: serving", () => {
  it("serves index.html at /app/ with the entry script, no-cache, an ETag and a strict CSP", async () => {
    const page = await get(server.port, "/app/");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["content-encoding"]).toBeUndefined();
    const html = page.body.toString("utf8");
    expect(html).toContain(`<script type="module" src="./${built.script}"></script>`);
    expect(html).toContain('<html lang="id">');
    const csp = page.headers["content-security-policy"] as string;
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self' https://web.telegram.org");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");

    // Revalidation: the same ETag answers 304 without a body.
    const again = await get(server.port, "/app/", { "if-none-match": page.headers.etag as string });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("redirects /app to /app/ keeping the query", async () => {
    const answer = await get(server.port, "/app?tgWebAppStartParam=tasks");
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe("/app/?tgWebAppStartParam=tasks");
  });

  it("sends the precompressed file the client accepts: brotli, else gzip, else plain", async () => {
    const plain = await get(server.port, `/app/${built.script}`);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toBe("accept-encoding");

    const br = await get(server.port, `/app/${built.script}`, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBe(built.sizes[built.script]!.brotli);

    const gz = await get(server.port, `/app/${built.script}`, { "accept-encoding": "gzip, br;q=0" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);

    const none = await get(server.port, `/app/${built.script}`, { "accept-encoding": "identity" });
    expect(none.headers["content-encoding"]).toBeUndefined();

    const css = await get(server.port, `/app/${built.style}`, { "accept-encoding": "gzip" });
    expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(gunzipSync(css.body).toString("utf8")).toContain("--tg-theme-bg-color");
  });

  it("caches hashed assets for a year as immutable", async () => {
    for (const name of [built.script, built.style!]) {
      const answer = await get(server.port, `/app/${name}`);
      expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(answer.headers.etag).toBeUndefined();
    }
  });

  it("refuses traversal, hidden and unknown files with 404", async () => {
    for (const attempt of [
      "/app/..%2F..%2Fpackage.json",
      "/app/%2E%2E%2Fpackage.json",
      "/app/..%5Cpackage.json",
      "/app/%2Fetc%2Fpasswd",
      "/app/.env",
      `/app/${built.script}.br`,
      "/app/nothing-here.js",
      "/app/index.html%00.js",
      "/app/%ZZ",
    ]) {
      const answer = await get(server.port, attempt);
      expect({ attempt, status: answer.status }).toEqual({ attempt, status: 404 });
      expect(answer.body.toString("utf8")).not.toContain("forum-kominfo-bot");
    }
    // Paths with more segments are not the page's at all.
    expect((await get(server.port, "/app/../package.json")).status).toBe(404);
    expect((await get(server.port, "/app/sub/dir.js")).status).toBe(404);
  });

  it("answers 503 with a hint when the web app was not built", async () => {
    const answer = await get(missing.port, "/app/");
    expect(answer.status).toBe(503);
    expect(answer.body.toString("utf8")).toContain("npm run build");
    expect((await get(missing.port, `/app/${built.script}`)).status).toBe(404);
  });

  it("reads Accept-Encoding with q-values", () => {
    expect(acceptedEncodings("gzip, deflate, br")).toEqual(["br", "gzip", "identity"]);
    expect(acceptedEncodings("br;q=0, gzip;q=0.5")).toEqual(["gzip", "identity"]);
    expect(acceptedEncodings("*")).toEqual(["br", "gzip", "identity"]);
    expect(acceptedEncodings(undefined)).toEqual(["identity"]);
  });
});

describe("Mini App in the sandbox", () => {
  it("prints a link that opens the page as the current sandbox user, signed with the sandbox's token", async () => {
    const temp = await createTempDatabase();
    const sandbox = await createSandbox({ databaseUrl: temp.url, logger: collectingLogger(), sampleTasks: false, web: { port: 0, dir: built.outdir } });
    try {
      const [line = ""] = await sandbox.handleLine("app");
      const link = /(http:\/\/127\.0\.0\.1:\d+\/app\/#\S+)/.exec(line)?.[1];
      expect(line).toContain("Mini App untuk 1001 (Admin)");
      expect(link).toBeDefined();
      const url = new URL(link!);
      const initData = new URLSearchParams(url.hash.slice(1)).get("tgWebAppData");
      expect(initData).toContain("auth_date=");
      expect((await get(Number(url.port), "/app/")).status).toBe(200);
      const me = await fetch(`${url.origin}/api/me`, { headers: { authorization: `tma ${initData}` } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ name: "Admin", isAdmin: true });

      // Another sandbox user gets their own link: not registered yet, so the API says so.
      await sandbox.handleLine("as 5001 Budi");
      const other = new URL(sandbox.webAppLink()!);
      const otherData = new URLSearchParams(other.hash.slice(1)).get("tgWebAppData");
      const refused = await fetch(`${url.origin}/api/me`, { headers: { authorization: `tma ${otherData}` } });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ reason: "not_registered" });
    } finally {
      await sandbox.close();
      await temp.cleanup();
    }
  });

  it("has no link when the sandbox serves no Mini App", async () => {
    const temp = await createTempDatabase();
    const sandbox = await createSandbox({ databaseUrl: temp.url, logger: collectingLogger(), sampleTasks: false });
    try {
      expect(sandbox.webAppLink()).toBeNull();
      expect((await sandbox.handleLine("app"))[0]).toMatch(/^!! Mini App tidak aktif/);
    } finally {
      await sandbox.close();
      await temp.cleanup();
    }
  });
});
