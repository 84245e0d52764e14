// Webhook delivery: the stand-in POSTs its queued updates as Telegram does once setWebhook was called
// (JSON body, X-Telegram-Bot-Api-Secret-Token), and plays the load balancer in front of several bot
// instances too: every instance registers the same public URL, and each update goes to one of the
// `targets` (the webhook URL's path on that origin). An update leaves the queue only on a 2xx answer;
// a refused connection, another status or a timeout sends it to another instance, so none is dropped.
import type { Update } from "grammy/types";
import type { StandInState } from "./state.js";

export interface WebhookPushOptions {
  /** Origins of the instances behind the public webhook URL, e.g. "http://127.0.0.1:41234". */
  targets: string[];
  /** Updates POSTed at once over all targets (Telegram's max_connections). Default: setWebhook's max_connections, else 40. */
  maxInFlight?: number;
  /**
   * Which target gets an update: "per-chat" (default) turns each chat's updates over the targets in
   * turn, so consecutive updates of one chat always reach different instances; "round-robin" turns
   * over all updates; `{ seed }` picks at random, repeatably.
   */
  spread?: "per-chat" | "round-robin" | { seed: number };
  /** A POST not answered within this fails (the instance may still handle it, as with Telegram). Default 10 s. */
  timeoutMs?: number;
  /** A target that failed gets nothing for this long, doubling while it keeps failing (up to 2 s). Default 100 ms. */
  backoffMs?: number;
}

/** One POST of one update. */
export interface PushAttempt {
  updateId: number;
  /** The chat (or, without one, the sender) the update belongs to, if any. */
  chatId: number | undefined;
  /** Index into `targets`. */
  target: number;
  /** "ok" (2xx), "status <code>", "timeout", or "network: <message>" (refused, reset). */
  outcome: string;
  startedAt: number;
  endedAt: number;
}

interface TargetState {
  failures: number;
  downUntil: number;
}

/** The chat an update concerns (what the instances serialise on), or its sender. */
export function updateChatId(u: Update): number | undefined {
  const msg = u.message ?? u.edited_message ?? u.channel_post ?? u.edited_channel_post ?? u.callback_query?.message;
  return (
    msg?.chat.id ??
    u.my_chat_member?.chat.id ??
    u.chat_member?.chat.id ??
    u.chat_join_request?.chat.id ??
    u.callback_query?.from.id ??
    u.inline_query?.from.id
  );
}

/** mulberry32: a small seeded generator, so a random spread can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class WebhookPush {
  /** Every POST, in the order they ended. */
  readonly attempts: PushAttempt[] = [];
  private readonly attemptListeners = new Set<(attempt: PushAttempt) => void>();
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly targetState: TargetState[];
  private readonly turnOfChat = new Map<number, number>();
  private turn = 0;
  private readonly random: (() => number) | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly s: StandInState,
    private readonly options: WebhookPushOptions,
  ) {
    if (options.targets.length === 0) throw new RangeError("webhook push needs at least one target");
    this.targetState = options.targets.map(() => ({ failures: 0, downUntil: 0 }));
    const spread = options.spread ?? "per-chat";
    this.random = typeof spread === "object" ? seeded(spread.seed) : undefined;
    const wake = () => this.pump();
    s.updateListeners.add(wake);
    s.webhookListeners.add(wake);
    this.unsubscribe = () => {
      s.updateListeners.delete(wake);
      s.webhookListeners.delete(wake);
    };
    queueMicrotask(wake);
  }

  /** POSTs not answered yet. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Called as each POST ends (e.g. to kill an instance right after it accepted an update). Returns an unsubscribe function. */
  onAttempt(listener: (attempt: PushAttempt) => void): () => void {
    this.attemptListeners.add(listener);
    return () => this.attemptListeners.delete(listener);
  }

  /** The target that acknowledged the update (2xx), if one has. */
  acknowledgedBy(updateId: number): number | undefined {
    return this.attempts.find((a) => a.updateId === updateId && a.outcome === "ok")?.target;
  }

  /** Stops sending; resolves once the POSTs out are answered or failed. Queued updates stay queued. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.unsubscribe();
    await Promise.all([...this.inFlight.values()]);
  }

  private maxInFlight(): number {
    return this.options.maxInFlight ?? this.s.webhookMaxConnections ?? 40;
  }

  private pump(): void {
    if (this.stopped || this.s.webhookUrl === "") return;
    const pending = this.s.deliverable(0, Number.MAX_SAFE_INTEGER);
    for (const update of pending) {
      if (this.inFlight.size >= this.maxInFlight()) return;
      if (this.inFlight.has(update.update_id)) continue;
      const target = this.pick(update);
      if (target === undefined) {
        // Every target is backing off: look again when the first one may be tried.
        const next = Math.min(...this.targetState.map((t) => t.downUntil));
        this.later(next - performance.now());
        return;
      }
      const posting = this.post(update, target).finally(() => {
        this.inFlight.delete(update.update_id);
        this.pump();
      });
      this.inFlight.set(update.update_id, posting);
    }
  }

  private later(ms: number): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, Math.max(1, ms));
  }

  /** The next target for this update among those not backing off, or undefined when all are. */
  private pick(update: Update): number | undefined {
    const n = this.options.targets.length;
    const now = performance.now();
    const live = (i: number) => (this.targetState[i]?.downUntil ?? 0) <= now;
    let start: number;
    if (this.random !== undefined) start = Math.floor(this.random() * n);
    else if (this.options.spread === "round-robin") start = this.turn++;
    else {
      const chat = updateChatId(update) ?? 0;
      start = this.turnOfChat.get(chat) ?? Math.abs(chat) % n;
      this.turnOfChat.set(chat, start + 1);
    }
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (live(i)) return i;
    }
    return undefined;
  }

  private async post(update: Update, target: number): Promise<void> {
    const startedAt = performance.now();
    const path = new URL(this.s.webhookUrl);
    const url = new URL(path.pathname + path.search, this.options.targets[target]);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.s.webhookSecret !== undefined) headers["x-telegram-bot-api-secret-token"] = this.s.webhookSecret;
    let outcome: string;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      await response.arrayBuffer().catch(() => undefined);
      outcome = response.ok ? "ok" : `status ${response.status}`;
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      outcome = name === "TimeoutError" ? "timeout" : `network: ${cause}`;
    }
    const attempt: PushAttempt = { updateId: update.update_id, chatId: updateChatId(update), target, outcome, startedAt, endedAt: performance.now() };
    this.attempts.push(attempt);
    for (const listener of this.attemptListeners) {
      try {
        listener(attempt);
      } catch {
        // A listener's error must not stop the delivery.
      }
    }
    const state = this.targetState[target]!;
    if (outcome === "ok") {
      state.failures = 0;
      this.s.queue = this.s.queue.filter((u) => u.update_id !== update.update_id);
      this.s.checkIdle();
      return;
    }
    state.failures += 1;
    state.downUntil = performance.now() + Math.min(2_000, (this.options.backoffMs ?? 100) * 2 ** (state.failures - 1));
  }
}
