// Fault injection: the test makes the stand-in answer like a Telegram in trouble (errors, slow or
// missing answers, dropped connections), per method and chat, for the next N calls or a period.
// Periods and delays run on real time (performance.now / setTimeout), not the stand-in's `now`.
import { toInt, type Params } from "./params.js";
import type { AbortSignalLike, ApiFailure } from "./types.js";

/** When a delayed, held or dropped call does what it asks for. */
export type FaultEffect =
  /** The call takes effect when it is finally answered, and not at all if the client gave up first. */
  | "on-answer"
  /** The call takes effect at once; only the answer is late or lost (the client cannot know). */
  | "first";

export type Fault =
  /** A Telegram error answer; `retryAfter` (seconds) goes into `parameters.retry_after` (429). */
  | { type: "error"; errorCode: number; description?: string; retryAfter?: number }
  /** Not JSON: an HTML error page with this HTTP status, as a proxy in front of Telegram answers. */
  | { type: "html"; status: number }
  /** The answer comes `ms` later. */
  | { type: "delay"; ms: number; effect?: FaultEffect }
  /** No answer until released (`InjectedFault.release`, `releaseHeld`) or the client gives up. */
  | { type: "hang"; effect?: FaultEffect }
  /** The connection is closed without an answer (the client sees a network error). */
  | { type: "drop"; effect?: FaultEffect };

export interface FaultRule {
  /** Method name or names (case-insensitive; getUpdates too). Default: every method. */
  method?: string | readonly string[];
  /** Only calls whose chat_id is this chat. */
  chatId?: number;
  /** Only the next `times` matching calls. Default: no limit. */
  times?: number;
  /** Only for this many milliseconds from now. Default: until removed. */
  forMs?: number;
  fault: Fault;
}

export interface InjectedFault {
  readonly rule: FaultRule;
  /** How many calls this fault was applied to. */
  readonly hits: number;
  /** True while it still applies to new calls (not removed, not used up, period not over). */
  readonly active: boolean;
  /** Lets the calls this fault holds (hang) go on. */
  release(): void;
  /** Stops applying the fault and releases the calls it holds. */
  remove(): void;
}

/** What a faulty call does instead of (or before) being answered normally. */
export type FaultAction =
  | { kind: "answer"; response: ApiFailure }
  | { kind: "html"; status: number }
  | { kind: "wait"; until: Promise<"go" | "gave-up" | "closed">; effect: FaultEffect }
  | { kind: "drop"; effect: FaultEffect };

const DESCRIPTIONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden: bot was blocked by the user",
  404: "Not Found",
  409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The failure Telegram sends for an error fault. */
export function faultResponse(fault: Extract<Fault, { type: "error" }>): ApiFailure {
  const retryAfter = fault.retryAfter ?? (fault.errorCode === 429 ? 5 : undefined);
  const description =
    fault.description ??
    (fault.errorCode === 429 ? `Too Many Requests: retry after ${retryAfter}` : (DESCRIPTIONS[fault.errorCode] ?? `Error ${fault.errorCode}`));
  return {
    ok: false,
    error_code: fault.errorCode,
    description,
    ...(retryAfter !== undefined ? { parameters: { retry_after: retryAfter } } : {}),
  };
}

/** A short label for recorded calls, e.g. "error 429", "delay 300ms", "hang", "drop". */
export function faultLabel(fault: Fault): string {
  switch (fault.type) {
    case "error":
      return `error ${fault.errorCode}`;
    case "html":
      return `html ${fault.status}`;
    case "delay":
      return `delay ${fault.ms}ms`;
    default:
      return fault.type;
  }
}

interface Held {
  settle: (outcome: "go" | "closed") => void;
}

class ActiveFault implements InjectedFault {
  hits = 0;
  removed = false;
  readonly held = new Set<Held>();
  private readonly methods: Set<string> | undefined;
  private readonly until: number | undefined;

  constructor(
    readonly rule: FaultRule,
    private readonly owner: FaultInjector,
  ) {
    const methods = rule.method === undefined ? undefined : typeof rule.method === "string" ? [rule.method] : rule.method;
    this.methods = methods && new Set(methods.map((m) => m.toLowerCase()));
    this.until = rule.forMs === undefined ? undefined : performance.now() + rule.forMs;
  }

  get active(): boolean {
    if (this.removed) return false;
    if (this.rule.times !== undefined && this.hits >= this.rule.times) return false;
    return this.until === undefined || performance.now() < this.until;
  }

  matches(method: string, params: Params): boolean {
    if (!this.active) return false;
    if (this.methods !== undefined && !this.methods.has(method.toLowerCase())) return false;
    return this.rule.chatId === undefined || toInt(params.chat_id) === this.rule.chatId;
  }

  release(): void {
    for (const h of [...this.held]) h.settle("go");
  }

  remove(): void {
    this.removed = true;
    this.owner.forget(this);
    this.release();
  }
}

export class FaultInjector {
  private readonly faults: ActiveFault[] = [];
  private readonly timers = new Set<{ timer: NodeJS.Timeout; settle: (outcome: "closed") => void }>();
  private closed = false;

  add(rule: FaultRule): InjectedFault {
    if (rule.times !== undefined && !(rule.times > 0)) throw new RangeError("times must be positive");
    const fault = new ActiveFault(rule, this);
    this.faults.push(fault);
    return fault;
  }

  forget(fault: ActiveFault): void {
    const i = this.faults.indexOf(fault);
    if (i >= 0) this.faults.splice(i, 1);
  }

  /** Removes every fault and releases every held call. */
  clear(): void {
    for (const f of [...this.faults]) f.remove();
  }

  /** Releases every held call (faults stay in place for later calls). */
  releaseHeld(): void {
    for (const f of this.faults) f.release();
  }

  /** Ends every wait: held and delayed calls then answer that the stand-in is closed. */
  close(): void {
    this.closed = true;
    for (const f of this.faults) for (const h of [...f.held]) h.settle("closed");
    for (const t of [...this.timers]) t.settle("closed");
  }

  /**
   * The fault for this call, if any (the most recently injected matching one); counts the hit.
   * `signal` ends a wait early when the client gives up.
   */
  take(method: string, params: Params, signal: AbortSignalLike | undefined): { label: string; action: FaultAction } | undefined {
    let fault: ActiveFault | undefined;
    for (let i = this.faults.length - 1; i >= 0; i--) {
      const f = this.faults[i];
      if (f?.matches(method, params)) {
        fault = f;
        break;
      }
    }
    if (fault === undefined) return undefined;
    fault.hits += 1;
    const spec = fault.rule.fault;
    const label = faultLabel(spec);
    switch (spec.type) {
      case "error":
        return { label, action: { kind: "answer", response: faultResponse(spec) } };
      case "html":
        return { label, action: { kind: "html", status: spec.status } };
      case "drop":
        return { label, action: { kind: "drop", effect: spec.effect ?? "on-answer" } };
      case "delay":
        return { label, action: { kind: "wait", until: this.sleep(spec.ms, signal), effect: spec.effect ?? "on-answer" } };
      case "hang":
        return { label, action: { kind: "wait", until: this.hold(fault, signal), effect: spec.effect ?? "on-answer" } };
    }
  }

  /**
   * The error answer for a long poll that is already waiting when an error fault for getUpdates is
   * injected (as Telegram ends a poll with 409 when another instance polls); counts the hit.
   */
  takeForWaitingPoll(): ApiFailure | undefined {
    for (let i = this.faults.length - 1; i >= 0; i--) {
      const f = this.faults[i];
      if (f?.rule.fault.type === "error" && f.matches("getUpdates", {})) {
        f.hits += 1;
        return faultResponse(f.rule.fault);
      }
    }
    return undefined;
  }

  private sleep(ms: number, signal: AbortSignalLike | undefined): Promise<"go" | "gave-up" | "closed"> {
    if (this.closed) return Promise.resolve("closed");
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => finish("go"), ms),
        settle: (outcome: "closed") => finish(outcome),
      };
      const onAbort = () => finish("gave-up");
      const finish = (outcome: "go" | "gave-up" | "closed") => {
        if (!this.timers.delete(entry)) return;
        clearTimeout(entry.timer);
        signal?.removeEventListener("abort", onAbort);
        resolve(outcome);
      };
      this.timers.add(entry);
      if (signal?.aborted) return finish("gave-up");
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  private hold(fault: ActiveFault, signal: AbortSignalLike | undefined): Promise<"go" | "gave-up" | "closed"> {
    if (this.closed) return Promise.resolve("closed");
    return new Promise((resolve) => {
      const onAbort = () => finish("gave-up");
      const held: Held = { settle: (outcome) => finish(outcome) };
      const finish = (outcome: "go" | "gave-up" | "closed") => {
        if (!fault.held.delete(held)) return;
        signal?.removeEventListener("abort", onAbort);
        resolve(outcome);
      };
      fault.held.add(held);
      if (signal?.aborted) return finish("gave-up");
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
}
