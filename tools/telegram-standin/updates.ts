// getUpdates (long polling over the stand-in's queue) and the webhook methods that exclude it.
import { ApiError, compact, toBool, toInt, toNum, toObj, toStr, type Params } from "./params.js";
import type { PollWaiter, StandInState } from "./state.js";
import type { AbortSignalLike, ApiResponse } from "./types.js";

export function getUpdates(s: StandInState, p: Params, signal: AbortSignalLike | undefined): ApiResponse | Promise<ApiResponse> {
  if (s.webhookUrl !== "") {
    throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  if (s.closed) {
    return { ok: false, error_code: 500, description: "Internal Server Error: the Bot API stand-in is closed" };
  }
  for (const w of [...s.pollWaiters]) {
    w.finish({
      ok: false,
      error_code: 409,
      description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    });
  }
  const offset = toInt(p.offset) ?? 0;
  const limit = Math.min(100, Math.max(1, toInt(p.limit) ?? 100));
  const timeoutSec = Math.max(0, toNum(p.timeout) ?? 0);
  const allowed = toObj(p.allowed_updates);
  if (Array.isArray(allowed)) s.allowedUpdates = allowed.map(String);

  let minId = 0;
  if (offset > 0) {
    s.queue = s.queue.filter((u) => u.update_id >= offset);
    minId = offset;
  } else if (offset < 0) {
    s.queue = s.queue.slice(offset);
  }
  const ready = s.deliverable(minId, limit);
  s.checkIdle();
  if (ready.length > 0 || timeoutSec === 0 || signal?.aborted) return { ok: true, result: ready };

  return new Promise<ApiResponse>((resolve) => {
    const onAbort = () => waiter.finish({ ok: true, result: [] });
    const timer = setTimeout(() => waiter.finish({ ok: true, result: [] }), timeoutSec * 1000);
    const waiter: PollWaiter = {
      minId,
      limit,
      finish: (r) => {
        if (!s.pollWaiters.delete(waiter)) return;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        resolve(r);
      },
    };
    s.pollWaiters.add(waiter);
    signal?.addEventListener("abort", onAbort, { once: true });
    for (const w of [...s.pollerWaiters]) w.resolve();
  });
}

export function deleteWebhook(s: StandInState, p: Params): true {
  s.webhookUrl = "";
  s.webhookSecret = undefined;
  s.webhookMaxConnections = undefined;
  if (toBool(p.drop_pending_updates)) {
    s.queue = [];
    s.checkIdle();
  }
  return true;
}

export function setWebhook(s: StandInState, p: Params): true {
  s.webhookUrl = toStr(p.url) ?? "";
  s.webhookSecret = toStr(p.secret_token);
  s.webhookMaxConnections = toInt(p.max_connections);
  const allowed = toObj(p.allowed_updates);
  if (Array.isArray(allowed)) s.allowedUpdates = allowed.map(String);
  if (toBool(p.drop_pending_updates)) {
    s.queue = [];
    s.checkIdle();
  }
  for (const l of s.webhookListeners) l();
  return true;
}

export function getWebhookInfo(s: StandInState): unknown {
  return compact({
    url: s.webhookUrl,
    has_custom_certificate: false,
    pending_update_count: s.queue.length,
    max_connections: s.webhookMaxConnections,
    allowed_updates: s.webhookUrl === "" ? undefined : s.allowedUpdates,
  });
}
