// The Mini App's page (issue 15): GET /app/ (index.html) and GET /app/<file> for the built assets in
// dist/webapp (scripts/build-webapp.mjs), on the bot's own HTTP server. The build writes every file
// also as .br and .gz; the answer is the smallest the client accepts. Hashed assets are cached for a
// year (their names change with their content); index.html is revalidated every time. A strict
// Content-Security-Policy: only this origin's scripts, styles and API; framed only by Telegram's web
// client. Only plain file names of known types in that one folder are served: no traversal.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import path from "node:path";
import { send, type Route } from "../server/http-server.js";

export const APP_PATH = "/app/";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The page's policy: everything from this origin only (the page, its chunks, the API), no inline
 * script or style elements, images also as data: URLs, no plugins, no forms posting elsewhere.
 * Telegram's apps show Mini Apps in a webview (no frame); its web clients (web.telegram.org/k and /a)
 * in an iframe, which frame-ancestors allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'self' https://web.telegram.org",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

const IMMUTABLE = "public, max-age=31536000, immutable";
/** esbuild's "[name]-[hash]" file names: the hash is 8 characters of A-Z and 2-7. */
const HASHED_NAME = /-[A-Z2-7]{8}\.[a-z0-9]+$/;
/** One plain file name: no slashes, no leading dot, nothing but these characters. */
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export interface PageRoutesOptions {
  /** The built web app (dist/webapp under the project). */
  dir: string;
}

type Encoding = "br" | "gzip" | "identity";

/** The encodings the client accepts, best first (q=0 refuses one). */
export function acceptedEncodings(header: string | string[] | undefined): Encoding[] {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  const accepted = new Map<string, number>();
  for (const part of value.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => {
    const q = accepted.get(name) ?? accepted.get("*");
    return q !== undefined && q > 0;
  };
  const result: Encoding[] = [];
  if (ok("br")) result.push("br");
  if (ok("gzip")) result.push("gzip");
  result.push("identity");
  return result;
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EISDIR") return null;
    throw error;
  }
}

function notFound(response: ServerResponse) {
  send(response, 404, "Not found\n", "text/plain; charset=utf-8", { "cache-control": "no-store", ...SECURITY_HEADERS });
}

/** The routes for GET /app, /app/ and /app/<file>; the API's own routes are separate (api.ts). */
export function webAppPageRoutes({ dir }: PageRoutesOptions): Route[] {
  const root = path.resolve(dir);

  async function serveFile(request: IncomingMessage, response: ServerResponse, name: string) {
    request.resume();
    const type = CONTENT_TYPES[path.extname(name)];
    if (!SAFE_NAME.test(name) || name.includes("..") || !type) return notFound(response);
    const file = path.join(root, name);
    if (path.dirname(file) !== root) return notFound(response);

    let body: Buffer | null = null;
    let encoding: Encoding = "identity";
    for (const candidate of acceptedEncodings(request.headers["accept-encoding"])) {
      body = await readIfPresent(candidate === "br" ? `${file}.br` : candidate === "gzip" ? `${file}.gz` : file);
      if (body) {
        encoding = candidate;
        break;
      }
    }
    if (!body) {
      if (name !== "index.html") return notFound(response);
      // Run from source without `npm run build`: say so rather than a bare 404.
      send(response, 503, "<!doctype html><meta charset=utf-8><title>Forum Kominfo</title><p>Mini App belum dibangun: jalankan <code>npm run build</code>.</p>\n", "text/html; charset=utf-8", {
        "cache-control": "no-store",
        ...SECURITY_HEADERS,
      });
      return;
    }
    const immutable = HASHED_NAME.test(name);
    const headers: OutgoingHttpHeaders = {
      ...SECURITY_HEADERS,
      "cache-control": immutable ? IMMUTABLE : "no-cache",
      vary: "accept-encoding",
      "content-type": type,
      "content-length": body.length,
    };
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    if (!immutable) {
      // index.html is revalidated: an unchanged page answers 304 without a body.
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}-${encoding}"`;
      headers.etag = etag;
      const match = request.headers["if-none-match"];
      if (match && match.split(",").some((m) => m.trim() === etag)) {
        delete headers["content-length"];
        response.writeHead(304, headers);
        response.end();
        return;
      }
    }
    response.writeHead(200, headers);
    response.end(body);
  }

  return [
    {
      method: "GET",
      path: "/app",
      async handle(request, response, { url }) {
        request.resume();
        // Keep the query; the hash (Telegram's init data) stays with the browser.
        response.writeHead(301, { location: `${APP_PATH}${url.search}`, "cache-control": "no-cache", "content-length": 0 });
        response.end();
      },
    },
    { method: "GET", path: APP_PATH, handle: (request, response) => serveFile(request, response, "index.html") },
    { method: "GET", path: `${APP_PATH}:file`, handle: (request, response, { params }) => serveFile(request, response, params.file ?? "") },
  ];
}
