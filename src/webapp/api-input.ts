// Reading a request: query parameters, path ids and the JSON body, each checked. A bad value
// throws an ApiError with the API's answer (400 naming the field, 404 for an id that cannot exist,
// 413, 415), so endpoints read their input in a line each.
import type { IncomingMessage } from "node:http";
import { ApiError, badRequest, notFound, type ApiReply, type ApiThing } from "./api-types.js";

/** A POST body larger than this is refused (413): the API's bodies are a few fields. */
export const MAX_BODY_BYTES = 16 * 1024;
/** `pageSize` where an endpoint accepts it. */
export const MAX_PAGE_SIZE = 50;
const MAX_PAGE = 1_000_000;

function fail(reply: ApiReply): never {
  throw new ApiError(reply);
}

/** A query parameter's value, undefined when absent or empty. */
export function queryText(url: URL, name: string, maxLength = 200): string | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value.trim() === "") return undefined;
  if (value.length > maxLength) fail(badRequest(name));
  return value.trim();
}

/** A whole number in [min, max] from the query, or undefined when absent. */
export function queryInt(url: URL, name: string, min: number, max: number): number | undefined {
  const value = queryText(url, name, 12);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(badRequest(name));
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min || number > max) fail(badRequest(name));
  return number;
}

/** `page` (0-based; the services clamp one past the end to the last). */
export function queryPage(url: URL, name = "page"): number {
  return queryInt(url, name, 0, MAX_PAGE) ?? 0;
}

/** One of `values`, or undefined when absent. */
export function queryEnum<T extends string>(url: URL, name: string, values: readonly T[]): T | undefined {
  const value = queryText(url, name, 40);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) fail(badRequest(name));
  return value as T;
}

/** A calendar day "YYYY-MM-DD" that exists, as its parts. */
export function queryDay(url: URL, name: string): { year: number; month: number; day: number } | undefined {
  const value = queryText(url, name, 10);
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) fail(badRequest(name));
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 2000 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) fail(badRequest(name));
  return { year, month, day };
}

/** A path id (":id", ":number"): a positive whole number, else no such thing (404). */
export function pathId(params: Record<string, string>, name: string, thing: ApiThing): number {
  const value = params[name] ?? "";
  const number = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number <= 0) fail(notFound(thing));
  return number;
}

/**
 * A POST's body: JSON only (415), at most MAX_BODY_BYTES (413), a JSON object (400 "body"). An
 * empty body is an empty object. The rest of a refused body is not read.
 */
export async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const declared = Number(request.headers["content-length"] ?? "0");
  const empty = request.headers["content-length"] === "0" || (request.headers["content-length"] === undefined && request.headers["transfer-encoding"] === undefined);
  if (type !== "application/json" && !(type === "" && empty)) fail({ status: 415, body: { error: "unsupported_media_type" } });
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) fail({ status: 413, body: { error: "payload_too_large" } });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) fail({ status: 413, body: { error: "payload_too_large" } });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    fail(badRequest("body"));
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) fail(badRequest("body"));
  return parsed as Record<string, unknown>;
}
