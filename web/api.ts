// Calls to the bot's JSON API (/api/...), each with `Authorization: tma <initData>`. A refusal is
// turned into a message key the page shows instead of the screen (401: open again from the bot;
// 403: not registered, waiting for approval, no right).
import { readInitData } from "./telegram.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The message key to show. */
    readonly messageKey: string,
    readonly body: Record<string, unknown> | null,
  ) {
    super(`${status} ${messageKey}`);
  }
}

function refusalKey(status: number, body: Record<string, unknown> | null): string {
  if (status === 401) return body?.reason === "missing" ? "webapp-error-no-init-data" : "webapp-error-session";
  if (status === 403) {
    const reason = body?.reason;
    if (reason === "not_registered") return "webapp-error-not-registered";
    if (reason === "not_approved") {
      if (body?.status === "pending") return "webapp-error-pending";
      if (body?.status === "suspended") return "webapp-error-suspended";
      return "webapp-error-not-approved";
    }
    return "webapp-error-forbidden";
  }
  if (status === 404) return "webapp-error-not-found";
  if (status === 409 || status === 422 || status === 400) return "webapp-error-rejected";
  if (status === 429) return "webapp-error-too-many";
  return "webapp-error-server";
}

export async function api<T>(path: string, init: { method?: "GET" | "POST"; body?: unknown } = {}): Promise<T> {
  const initData = readInitData();
  if (!initData) throw new ApiError(401, "webapp-error-no-init-data", null);
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: { authorization: `tma ${initData}`, ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "omit",
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "webapp-error-network", null);
  }
  let body: Record<string, unknown> | null = null;
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, refusalKey(response.status, body), body);
  return body as T;
}
