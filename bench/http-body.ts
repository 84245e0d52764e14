// HTTP plumbing of the benchmark's Bot API: request bodies (JSON, form-encoded, multipart text
// fields) and JSON replies.
import type { IncomingMessage, ServerResponse } from "node:http";

type Params = Record<string, unknown>;

const MAX_BODY_BYTES = 50 * 1024 * 1024;

export class BodyTooLarge extends Error {}
export class BadBody extends Error {}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on("end", () => (tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}

/** Minimal multipart reader: text fields only (parts without a filename); enough for `chat_id` & co. */
function parseMultipartFields(body: Buffer): Params {
  const text = body.toString("latin1");
  const params: Params = {};
  const re = /content-disposition:\s*form-data;\s*name="([^"]*)"\r\n\r\n([\s\S]*?)\r\n--/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] ?? "";
    params[name] = Buffer.from(m[2] ?? "", "latin1").toString("utf8");
  }
  return params;
}

export function parseParams(req: IncomingMessage, body: Buffer, query: URLSearchParams): Params {
  const params: Params = Object.fromEntries(query);
  if (body.length === 0) return params;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) return { ...params, ...parseMultipartFields(body) };
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return { ...params, ...Object.fromEntries(new URLSearchParams(body.toString("utf8"))) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new BadBody("Bad Request: can't parse JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new BadBody("Bad Request: JSON object expected");
  }
  return { ...params, ...(parsed as Params) };
}

export function send(res: ServerResponse, reply: { status: number; body: unknown }): void {
  if (res.writableEnded || res.destroyed) return;
  const json = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}
