/**
 * HTTP front ends for {@link BotApiStandIn}:
 *
 * - `startBotApiServer`: a node:http server speaking the Bot API wire format
 *   (`POST|GET /bot<token>/<method>`, `GET /file/bot<token>/<file_path>`), to
 *   be used as grammY's `client.apiRoot` (e.g. via TELEGRAM_API_ROOT).
 * - `createInProcessFetch`: a `fetch` replacement for grammY's `client.fetch`
 *   that routes the same requests to the stand-in without any socket.
 *
 * Both decode JSON, x-www-form-urlencoded and multipart/form-data bodies
 * (including grammY's `attach://<id>` file references).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import {
  type AbortSignalLike,
  type ApiResponse,
  type BotApiStandIn,
  type InputUpload,
  type Served,
  guessMimeType,
  isInputUpload,
} from "./bot-api-standin.js";

/** Largest request body accepted (Telegram's upload limit for bots is 50 MB). */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** Form fields that carry free text and must never be JSON-decoded. */
const TEXT_FIELDS = new Set([
  "text", "caption", "title", "description", "short_description", "name", "query", "message_text",
  "question", "explanation", "address", "first_name", "last_name", "custom_title", "bio",
  "inline_query_id", "callback_query_id", "callback_data", "data", "payload", "start_parameter",
  "file_id", "url", "action", "emoji", "sticker", "document", "photo",
]);

export class RequestBodyError extends Error {}

// ---------------------------------------------------------------------------
// Body parsing
// ---------------------------------------------------------------------------

interface MultipartPart {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

function headerParam(header: string, key: string): string | undefined {
  const re = new RegExp(`(?:^|;)\\s*${key}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, "i");
  const m = re.exec(header);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? "").trim();
}

function dispositionFileName(header: string): string | undefined {
  const star = /(?:^|;)\s*filename\*\s*=\s*([^']*)'[^']*'([^;]*)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent((star[2] ?? "").trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  // grammY writes `filename=<name>` unquoted as the last parameter, so an
  // unquoted value runs to the end of the header line.
  const m = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|(.*))$/i.exec(header);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? "").trim();
}

/** Parses a multipart/form-data body into its parts. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos === -1) throw new RequestBodyError("multipart boundary not found");
  for (;;) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing "--"
    // skip transport padding up to and including CRLF
    while (pos < body.length && (body[pos] === 0x20 || body[pos] === 0x09)) pos++;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else if (body[pos] === 0x0a) pos += 1;
    const headerEnd = body.indexOf("\r\n\r\n", pos);
    if (headerEnd === -1) throw new RequestBodyError("malformed multipart part headers");
    const headers = new Map<string, string>();
    for (const line of body.subarray(pos, headerEnd).toString("utf8").split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const dataStart = headerEnd + 4;
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), dataStart);
    if (next === -1) throw new RequestBodyError("unterminated multipart part");
    const disposition = headers.get("content-disposition") ?? "";
    const name = headerParam(disposition, "name");
    if (name !== undefined) {
      const part: MultipartPart = { name, data: body.subarray(dataStart, next) };
      const fileName = dispositionFileName(disposition);
      if (fileName !== undefined) part.fileName = fileName;
      const ct = headers.get("content-type");
      if (ct !== undefined) part.contentType = ct;
      parts.push(part);
    }
    pos = next + 2; // now at "--boundary"
  }
  return parts;
}

function convertField(key: string, value: string): unknown {
  if (TEXT_FIELDS.has(key)) return value;
  const t = value.trim();
  if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function resolveAttachments(value: unknown, files: Map<string, InputUpload>): unknown {
  if (typeof value === "string") {
    if (value.startsWith("attach://")) return files.get(value.slice("attach://".length)) ?? value;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => resolveAttachments(v, files));
  if (isInputUpload(value) || ArrayBuffer.isView(value)) return value;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolveAttachments(v, files);
    return out;
  }
  return value;
}

function toUpload(part: MultipartPart): InputUpload {
  const fileName = part.fileName || part.name;
  const declared = part.contentType?.split(";")[0]?.trim();
  const mimeType =
    declared && declared !== "application/octet-stream" ? declared : (guessMimeType(fileName) ?? declared ?? "application/octet-stream");
  return { kind: "upload", fileName, bytes: new Uint8Array(part.data), mimeType };
}

/**
 * Decodes a Bot API request body into method parameters. JSON-valued form
 * fields (reply_markup, entities, commands, scope, ...) become objects, and
 * uploaded files become {@link InputUpload}s (also where referenced through
 * `attach://<part name>`).
 */
export function parseRequestBody(contentType: string | undefined, body: Uint8Array): Record<string, unknown> {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (buf.length === 0) return {};
  if (type === "multipart/form-data") {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
    const b = boundary?.[1] ?? boundary?.[2]?.trim();
    if (!b) throw new RequestBodyError("multipart boundary is missing");
    const parts = parseMultipart(buf, b);
    const files = new Map<string, InputUpload>();
    const params: Record<string, unknown> = {};
    for (const part of parts) {
      if (part.fileName !== undefined) {
        const upload = toUpload(part);
        files.set(part.name, upload);
        params[part.name] = upload;
      } else {
        params[part.name] = convertField(part.name, part.data.toString("utf8"));
      }
    }
    const resolved = resolveAttachments(params, files) as Record<string, unknown>;
    // Drop file parts that were only referenced through attach://.
    const referenced = new Set<string>();
    const collect = (v: unknown) => {
      if (typeof v === "string" && v.startsWith("attach://")) referenced.add(v.slice(9));
      else if (Array.isArray(v)) v.forEach(collect);
      else if (typeof v === "object" && v !== null && !isInputUpload(v)) Object.values(v).forEach(collect);
    };
    Object.values(params).forEach(collect);
    for (const name of referenced) if (files.has(name)) delete resolved[name];
    return resolved;
  }
  if (type === "application/x-www-form-urlencoded") {
    return paramsFromSearch(new URLSearchParams(buf.toString("utf8")));
  }
  const text = buf.toString("utf8");
  if (type === "application/json" || /^\s*[{[]/.test(text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new RequestBodyError("can't parse JSON object");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new RequestBodyError("JSON body must be an object");
    }
    return parsed as Record<string, unknown>;
  }
  return paramsFromSearch(new URLSearchParams(text));
}

function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [k, v] of search) params[k] = convertField(k, v);
  return params;
}

// ---------------------------------------------------------------------------
// Routing shared by the server and the in-process fetch
// ---------------------------------------------------------------------------

type Route =
  | { kind: "method"; token: string; method: string }
  | { kind: "file"; token: string; filePath: string }
  | { kind: "none" };

function route(pathname: string): Route {
  const file = /\/file\/bot([^/]+)\/(.+)$/.exec(pathname);
  if (file) {
    let filePath = file[2] ?? "";
    try {
      filePath = decodeURIComponent(filePath);
    } catch {
      // keep raw
    }
    return { kind: "file", token: decodeURIComponent(file[1] ?? ""), filePath };
  }
  const m = /\/bot([^/]+)\/(?:test\/)?([A-Za-z0-9_]+)\/?$/.exec(pathname);
  if (m) return { kind: "method", token: decodeURIComponent(m[1] ?? ""), method: m[2] ?? "" };
  return { kind: "none" };
}

const NOT_FOUND: ApiResponse = { ok: false, error_code: 404, description: "Not Found" };
const UNAUTHORIZED: ApiResponse = { ok: false, error_code: 401, description: "Unauthorized" };

function statusOf(r: ApiResponse): number {
  return r.ok ? 200 : r.error_code >= 400 && r.error_code < 600 ? r.error_code : 400;
}

// ---------------------------------------------------------------------------
// node:http server
// ---------------------------------------------------------------------------

export interface BotApiServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default "127.0.0.1". */
  host?: string;
}

export interface BotApiServer {
  /** apiRoot for grammY, e.g. "http://127.0.0.1:41234" (no trailing slash). */
  url: string;
  port: number;
  /** Ends pending long polls (they get `[]`), drops connections and stops listening. */
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new RequestBodyError("Request Entity Too Large"));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, r: ApiResponse): void {
  if (res.writableEnded || res.destroyed) return;
  const body = JSON.stringify(r);
  res.writeHead(statusOf(r), {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

/** An error page as a proxy in front of Telegram sends it (not JSON). */
export function errorPage(status: number): string {
  return `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

function sendHtml(res: ServerResponse, status: number): void {
  if (res.writableEnded || res.destroyed) return;
  const body = errorPage(status);
  res.writeHead(status, { "content-type": "text/html", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** Starts the HTTP stand-in. Give `url` to grammY as `client.apiRoot`. */
export async function startBotApiServer(standIn: BotApiStandIn, options: BotApiServerOptions = {}): Promise<BotApiServer> {
  const host = options.host ?? "127.0.0.1";
  const inflight = new Set<AbortController>();
  let closing = false;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://stand-in");
      const r = route(url.pathname);
      if (r.kind === "none") return sendJson(res, NOT_FOUND);
      if (!standIn.acceptsToken(r.token)) return sendJson(res, UNAUTHORIZED);
      if (r.kind === "file") {
        const file = standIn.fileByPath(r.filePath);
        if (file?.bytes === undefined) return sendJson(res, { ok: false, error_code: 404, description: "Not Found: file not found" });
        res.writeHead(200, {
          "content-type": file.mimeType ?? "application/octet-stream",
          "content-length": file.bytes.byteLength,
        });
        res.end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
        return;
      }
      if (closing) return sendJson(res, { ok: false, error_code: 500, description: "Internal Server Error: the stand-in server is closing" });
      let params: Record<string, unknown>;
      try {
        const body = await readBody(req);
        params = { ...paramsFromSearch(url.searchParams), ...parseRequestBody(req.headers["content-type"], body) };
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        const tooLarge = msg === "Request Entity Too Large";
        return sendJson(res, { ok: false, error_code: tooLarge ? 413 : 400, description: tooLarge ? msg : `Bad Request: ${msg}` });
      }
      const ac = new AbortController();
      inflight.add(ac);
      // Fires when the client goes away (e.g. grammY aborting a long poll on bot.stop()).
      res.on("close", () => ac.abort());
      try {
        const served = await standIn.serve(r.method, params, { signal: ac.signal });
        if (served.kind === "json") sendJson(res, served.response);
        else if (served.kind === "html") sendHtml(res, served.status);
        else res.destroy(); // an injected drop: the client sees the connection close without an answer
      } finally {
        inflight.delete(ac);
      }
    })().catch((err: unknown) => {
      sendJson(res, { ok: false, error_code: 500, description: `Internal Server Error: ${err instanceof Error ? err.message : String(err)}` });
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close() {
      closed ??= (async () => {
        closing = true;
        for (const ac of inflight) ac.abort(); // pending long polls answer with []
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closed;
    },
  };
}

// ---------------------------------------------------------------------------
// In-process fetch
// ---------------------------------------------------------------------------

export type InProcessFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

function abortError(): Error {
  return new DOMException("The operation was aborted.", "AbortError");
}

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return typeof v === "object" && v !== null && Symbol.asyncIterator in v;
}

async function bodyBytes(body: unknown): Promise<{ bytes: Uint8Array; contentType?: string }> {
  if (body === undefined || body === null) return { bytes: new Uint8Array() };
  if (typeof body === "string") return { bytes: new TextEncoder().encode(body) };
  if (body instanceof Uint8Array) return { bytes: body };
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body) };
  if (ArrayBuffer.isView(body)) return { bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  if (body instanceof URLSearchParams) {
    return { bytes: new TextEncoder().encode(body.toString()), contentType: "application/x-www-form-urlencoded" };
  }
  if (body instanceof FormData || body instanceof Blob || body instanceof ReadableStream) {
    const res = new Response(body);
    return { bytes: new Uint8Array(await res.arrayBuffer()), contentType: res.headers.get("content-type") ?? undefined };
  }
  if (isAsyncIterable(body)) {
    // grammY's multipart payload: a Node Readable of Uint8Array chunks.
    const chunks: Uint8Array[] = [];
    for await (const chunk of body) {
      if (typeof chunk === "string") chunks.push(new TextEncoder().encode(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(chunk);
      else throw new TypeError("unsupported body chunk");
    }
    return { bytes: Buffer.concat(chunks) };
  }
  throw new TypeError("unsupported request body");
}

function jsonResponse(r: ApiResponse): Response {
  return new Response(JSON.stringify(r), { status: statusOf(r), headers: { "content-type": "application/json" } });
}

/** A dropped connection rejects as fetch does when the socket closes without an answer. */
function servedResponse(served: Served): Response {
  if (served.kind === "json") return jsonResponse(served.response);
  if (served.kind === "html") return new Response(errorPage(served.status), { status: served.status, headers: { "content-type": "text/html" } });
  throw new TypeError("fetch failed", { cause: new Error("other side closed (injected fault)") });
}

/**
 * A `fetch` replacement that serves Bot API requests from `standIn` in
 * process: `new Bot(token, { client: { fetch: createInProcessFetch(standIn) } })`.
 * Any apiRoot works (the default https://api.telegram.org is never contacted).
 * File downloads (`<root>/file/bot<token>/<file_path>`) are served too.
 * Honors `init.signal` (also grammY's polyfilled AbortSignal): aborting
 * rejects with an AbortError and releases a pending long poll.
 */
export function createInProcessFetch(standIn: BotApiStandIn): InProcessFetch {
  return async (input, init) => {
    const request = typeof input === "object" && !(input instanceof URL) ? input : undefined;
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const signal = (init?.signal ?? request?.signal ?? undefined) as AbortSignalLike | undefined;
    if (signal?.aborted) throw abortError();
    const r = route(url.pathname);
    if (r.kind === "none") return jsonResponse(NOT_FOUND);
    if (!standIn.acceptsToken(r.token)) return jsonResponse(UNAUTHORIZED);
    if (r.kind === "file") {
      const file = standIn.fileByPath(r.filePath);
      if (file?.bytes === undefined) return jsonResponse({ ok: false, error_code: 404, description: "Not Found: file not found" });
      return new Response(new Uint8Array(file.bytes), {
        status: 200,
        headers: { "content-type": file.mimeType ?? "application/octet-stream" },
      });
    }
    const headers = new Headers((init?.headers ?? request?.headers) as ConstructorParameters<typeof Headers>[0]);
    let params: Record<string, unknown>;
    try {
      const rawBody: unknown = init !== undefined && "body" in init ? init.body : request?.body;
      const { bytes, contentType } = await bodyBytes(rawBody);
      params = {
        ...paramsFromSearch(url.searchParams),
        ...parseRequestBody(headers.get("content-type") ?? contentType, bytes),
      };
    } catch (err) {
      if (signal?.aborted) throw abortError();
      return jsonResponse({ ok: false, error_code: 400, description: `Bad Request: ${err instanceof Error ? err.message : String(err)}` });
    }
    const pending = standIn.serve(r.method, params, { signal }).then(servedResponse);
    if (signal === undefined) return pending;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(abortError());
      signal.addEventListener("abort", onAbort, { once: true });
      pending.then(
        (response) => {
          signal.removeEventListener("abort", onAbort);
          if (signal.aborted) reject(abortError());
          else resolve(response);
        },
        (err: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  };
}
