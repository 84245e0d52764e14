// One Bot API call from arrival to answer: token, injected faults, then the method itself.
import { dispatch } from "./dispatch.js";
import type { FaultInjector } from "./faults.js";
import { ApiError, compact, type Params } from "./params.js";
import type { StandInState } from "./state.js";
import type { ApiResponse, HandleOptions, RecordedCall } from "./types.js";
import { getUpdates } from "./updates.js";

/** How a call is answered: a Bot API JSON answer, an HTML error page, or a closed connection. */
export type Served = { kind: "json"; response: ApiResponse } | { kind: "html"; status: number } | { kind: "drop" };

const CLOSED: ApiResponse = { ok: false, error_code: 500, description: "Internal Server Error: the Bot API stand-in is closed" };

/** Runs the method; Telegram-shaped failures come back as answers, never as exceptions. */
async function perform(s: StandInState, method: string, params: Params, options: HandleOptions): Promise<ApiResponse> {
  try {
    return method.toLowerCase() === "getupdates"
      ? await getUpdates(s, params, options.signal)
      : { ok: true, result: await dispatch(s, method, params) };
  } catch (err) {
    return err instanceof ApiError
      ? compact({ ok: false as const, error_code: err.errorCode, description: err.description, parameters: err.parameters })
      : { ok: false, error_code: 500, description: `Internal Server Error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

async function answer(s: StandInState, faults: FaultInjector, call: RecordedCall, options: HandleOptions): Promise<Served> {
  const { method, params } = call;
  if (options.token !== undefined && s.token !== undefined && options.token !== s.token) {
    return { kind: "json", response: { ok: false, error_code: 401, description: "Unauthorized" } };
  }
  const fault = faults.take(method, params, options.signal);
  if (fault === undefined) return { kind: "json", response: await perform(s, method, params, options) };
  call.fault = fault.label;
  const action = fault.action;
  switch (action.kind) {
    case "answer":
      return { kind: "json", response: action.response };
    case "html":
      return { kind: "html", status: action.status };
    case "drop":
      if (action.effect === "first") await perform(s, method, params, options);
      return { kind: "drop" };
    case "wait": {
      const early = action.effect === "first" ? await perform(s, method, params, options) : undefined;
      const outcome = await action.until;
      if (outcome === "closed") return { kind: "json", response: CLOSED };
      if (outcome === "gave-up") {
        // Nobody is waiting for the answer any more; with effect "on-answer" nothing happened.
        call.fault += ", client gave up";
        return { kind: "drop" };
      }
      return { kind: "json", response: early ?? (await perform(s, method, params, options)) };
    }
  }
}

/** Records the call, answers it and tells the listeners; `inFlight` holds it until then. */
export async function serveCall(
  s: StandInState,
  faults: FaultInjector,
  method: string,
  params: Params,
  options: HandleOptions,
  inFlight: Set<RecordedCall>,
): Promise<Served> {
  const call: RecordedCall = { seq: ++s.callSeq, method, params, time: s.now() };
  s.outbox.push(call);
  inFlight.add(call);
  let served: Served = { kind: "drop" };
  try {
    served = await answer(s, faults, call, options);
    return served;
  } finally {
    inFlight.delete(call);
    if (served.kind === "json") call.response = served.response;
    else if (served.kind === "html") call.response = { ok: false, error_code: served.status, description: `HTTP ${served.status} (HTML page)` };
    else call.dropped = true;
    s.emitCall(call);
  }
}
