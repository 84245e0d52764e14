// The shape of one Mini App API endpoint: what it answers and who may ask. The router (api.ts) has
// checked the init data and the endpoint's audience before handle() runs; rules about a particular
// thing (this task, this meeting) are asked of the permissions module inside handle().
import type { IncomingMessage } from "node:http";
import type { Access, Audience } from "../access/access.js";
import type { TelegramWebUser } from "./init-data-auth.js";

export interface ApiCall {
  access: Access;
  /** The Telegram user of the checked init data. */
  user: TelegramWebUser;
  url: URL;
  params: Record<string, string>;
  request: IncomingMessage;
  /** A POST's JSON object (read and checked by the router: 415, 413, 400); undefined for GET. */
  body: Record<string, unknown> | undefined;
}

/** A JSON answer; 200 unless said otherwise. Bodies are built field by field: never a whole database row. */
export interface ApiReply {
  status?: number;
  body: unknown;
}

export interface ApiEndpoint {
  method: "GET" | "POST";
  /** Under /api, e.g. "/api/tasks/summary" or "/api/tasks/:number". */
  path: string;
  /** Who may call it at all (the same audiences as the bot's commands). */
  audience: Audience;
  handle(call: ApiCall): Promise<ApiReply>;
}

/** Why a known request is refused (403): the Access refusals, and someone who is no member. */
export type ApiRefusal =
  | "not_registered"
  | "not_approved"
  | "staff_only"
  | "admin_only"
  | "already_member"
  | "not_allowed"
  | "not_invited";

/** What a 404 for an unknown (or unseen) id names. */
export type ApiThing = "task" | "meeting" | "recommendation" | "pokja" | "member";

export function forbidden(reason: ApiRefusal, extra: Record<string, unknown> = {}): ApiReply {
  return { status: 403, body: { error: "forbidden", reason, ...extra } };
}

export function notFound(reason: ApiThing): ApiReply {
  return { status: 404, body: { error: "not_found", reason } };
}

export function badRequest(field: string): ApiReply {
  return { status: 400, body: { error: "bad_request", field } };
}

/** The thing changed meanwhile (a meeting over, a registration already decided). */
export function conflict(reason: string, extra: Record<string, unknown> = {}): ApiReply {
  return { status: 409, body: { error: "conflict", reason, ...extra } };
}

/** Over the user's request limit (request-limit.ts); the router adds the Retry-After header. */
export function tooManyRequests(retryAfterSeconds: number): ApiReply {
  return { status: 429, body: { error: "too_many_requests", retryAfter: retryAfterSeconds } };
}

/** Thrown by an endpoint (or its input helpers) to answer at once; api.ts sends its reply. */
export class ApiError extends Error {
  constructor(readonly reply: ApiReply) {
    super(`API answer ${reply.status ?? 200}`);
    this.name = "ApiError";
  }
}
