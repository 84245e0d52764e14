/**
 * A lean local Telegram Bot API stand-in for delivery benchmarks.
 *
 * It answers `POST|GET /bot<token>/<method>` on a node:http server with
 * Telegram-shaped JSON, enforces Telegram-like flood limits, injects failures
 * (blocked users, one-off 502s) and counts what it delivered per chat, so a
 * benchmark can tell lost messages (`deliveredCount(id) === 0`) from
 * duplicated ones (`duplicatedChats()`). It keeps no message bodies: per chat
 * only a delivery counter and the timestamps of its last few deliveries.
 *
 * Delivery methods: sendMessage, sendPhoto, sendDocument, copyMessage. Only
 * these are checked, limited and counted; every other method is answered
 * without limits (getMe, editMessageText, deleteWebhook, getUpdates, and
 * `result: true` for anything else).
 *
 * Checks on arrival of a delivery request, in this order (the first that
 * applies answers; only the last one delivers):
 *
 * 1. `chat_id` missing or not a non-zero integer -> 400 (counted in
 *    `badRequests`, not in `requests`).
 * 2. chat in `blockedChatIds` -> 403 "Forbidden: bot was blocked by the user"
 *    (every time).
 * 3. chat in `flakyChatIds` and this is its first delivery request -> 502
 *    "Bad Gateway" (later requests go on to step 4).
 * 4. flood limits -> 429 "Too Many Requests: retry after N" with
 *    `parameters.retry_after = N`, if the per-chat window OR the global window
 *    is full. Both are sliding windows over the arrival times of *delivered*
 *    messages (rejected requests use up nothing). With `s = limitScale`
 *    (default 1), the global count is multiplied by `s` and the per-chat
 *    window lengths are divided by `s`:
 *    - global: at most `globalPerSecond * s` (default 30) deliveries, over all
 *      chats, in any window of 1000 ms;
 *    - private chat (id > 0): at most `privateBurst` (default 3) deliveries in
 *      any window of `privateBurst / privatePerSecond * 1000 / s` ms (defaults:
 *      3 in any 3 s, i.e. a burst of 3 then 1/s on average);
 *    - group (id < 0, answered as a supergroup): at most `groupPerMinute`
 *      (default 20) deliveries in any window of `60000 / s` ms.
 *    N is `retryAfterSeconds` when given, else the time until every full
 *    window has a free slot, rounded up to whole seconds, at least 1.
 * 5. deliver: the chat's counter goes up; message_id = that counter.
 *
 * `duplicates` counts every delivery to a chat beyond its first, so
 * `delivered = deliveredChats + duplicates`, and for delivery methods
 * `requests = delivered + http429 + http403 + http5xx`.
 * `maxObservedGlobalRate` is the largest number of deliveries inside any
 * (unscaled) 1-second window, measured at each delivery.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { BadBody, BodyTooLarge, parseParams, readBody, send } from "./http-body.js";

export interface LimitedBotApiOptions {
  /** Global limit: deliveries per second over all chats (default 30; a positive integer). */
  globalPerSecond?: number;
  /**
   * Per private chat (chat id > 0): average deliveries per second (default 1).
   * Enforced as at most `privateBurst` deliveries in any sliding window of
   * `privateBurst / privatePerSecond` seconds.
   */
  privatePerSecond?: number;
  /** Per private chat burst: deliveries allowed inside one private window (default 3; a positive integer). */
  privateBurst?: number;
  /** Per group (chat id < 0): deliveries per minute (default 20; a positive integer). */
  groupPerMinute?: number;
  /** Multiplies all three limits (e.g. 10) by dividing every window length by it, so a large run fits in a short time. */
  limitScale?: number;
  /** Chat ids for which sendMessage/sendPhoto/sendDocument/copyMessage answer 403 "Forbidden: bot was blocked by the user". */
  blockedChatIds?: Iterable<number>;
  /** Chat ids whose FIRST delivery attempt answers 502 Bad Gateway (later attempts succeed). */
  flakyChatIds?: Iterable<number>;
  /** Seconds given in 429 retry_after (default: computed so the window frees up, at least 1). */
  retryAfterSeconds?: number;
  /**
   * Milliseconds every delivery request waits for its answer (default 0). The delivery counts on
   * arrival, like a Telegram that delivers and answers late: a client killed meanwhile leaves it in doubt.
   */
  latencyMs?: number;
}

export interface LimitedBotApiStats {
  /** Delivery-method requests with a usable chat_id. */
  requests: number;
  delivered: number;
  http429: number;
  http403: number;
  http5xx: number;
  /** Deliveries to a chat beyond its first one. */
  duplicates: number;
  /** Chats with at least one delivery. */
  deliveredChats: number;
  /** Largest number of deliveries inside any 1-second sliding window. */
  maxObservedGlobalRate: number;
  /** performance.now() of the first and the last delivery (0 before any). */
  firstDeliveryAt: number;
  lastDeliveryAt: number;
  /** Delivery-method requests answered 400 (no usable chat_id, unreadable body); not part of `requests`. */
  badRequests: number;
}

export interface LimitedBotApi {
  /** API root for grammY's `client.apiRoot`, e.g. `http://127.0.0.1:12345` (no trailing slash). */
  url: string;
  port: number;
  stats(): LimitedBotApiStats;
  deliveredCount(chatId: number): number;
  /** chats that got a message more than once (ascending) */
  duplicatedChats(): number[];
  close(): Promise<void>;
}

type Params = Record<string, unknown>;

interface Reply {
  status: number;
  body: unknown;
}

interface ChatState {
  delivered: number;
  /** Arrival times (ms) of the chat's most recent deliveries, oldest first; at most the window's capacity. */
  times: number[];
}

interface WindowLimit {
  capacity: number;
  windowMs: number;
}

const DELIVERY_METHODS = new Set(["sendmessage", "sendphoto", "senddocument", "copymessage"]);
/** getUpdates waits min(timeout, this) ... */
const MAX_POLL_WAIT_MS = 1000;
/** ... but at least this long, so a `timeout: 0` polling loop does not spin. */
const MIN_POLL_WAIT_MS = 50;
const RATE_WINDOW_MS = 1000;

const BOT_USER = {
  id: 7_000_000_001,
  is_bot: true as const,
  first_name: "Bench Bot",
  username: "bench_limited_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
};

function positiveNumber(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isFinite(v) || v <= 0) throw new RangeError(`${name} must be a positive number, got ${String(value)}`);
  return v;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const v = positiveNumber(name, value, fallback);
  if (!Number.isInteger(v)) throw new RangeError(`${name} must be a positive integer, got ${String(value)}`);
  return v;
}

function ok(result: unknown): Reply {
  return { status: 200, body: { ok: true, result } };
}

function fail(status: number, description: string, retryAfter?: number): Reply {
  const body: Params = { ok: false, error_code: status, description };
  if (retryAfter !== undefined) body.parameters = { retry_after: retryAfter };
  return { status, body };
}

function parseChatId(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n !== 0 ? n : undefined;
}

function chatObject(chatId: number): Params {
  return chatId > 0
    ? { id: chatId, type: "private", first_name: `Recipient ${chatId}` }
    : { id: chatId, type: "supergroup", title: `Group ${chatId}` };
}

/** Milliseconds until a sliding window holding `times` (oldest first) has a free slot; 0 if it has one now. */
function windowWait(times: readonly number[], limit: WindowLimit, now: number): number {
  if (times.length < limit.capacity) return 0;
  const oldest = times[times.length - limit.capacity] ?? 0;
  return Math.max(0, oldest + limit.windowMs - now);
}

/** Limits, counters and per-chat state; no I/O. */
class DeliveryLedger {
  private readonly global: WindowLimit;
  private readonly private: WindowLimit;
  private readonly group: WindowLimit;
  private readonly retryAfterSeconds: number | undefined;
  private readonly blocked: Set<number>;
  /** Flaky chats that have not had their first attempt yet. */
  private readonly flakyPending: Set<number>;
  private readonly chats = new Map<number, ChatState>();
  private readonly duplicated = new Set<number>();
  /** Ring buffer of the last `global.capacity` delivery times. */
  private readonly globalRing: Float64Array;
  private globalCount = 0;
  private globalNext = 0;
  /** Delivery times inside the last second (from index `recentHead`), for maxObservedGlobalRate. */
  private recent: number[] = [];
  private recentHead = 0;
  private readonly counters: LimitedBotApiStats = {
    requests: 0, delivered: 0, http429: 0, http403: 0, http5xx: 0,
    duplicates: 0, deliveredChats: 0, maxObservedGlobalRate: 0, badRequests: 0, firstDeliveryAt: 0, lastDeliveryAt: 0,
  };

  constructor(options: LimitedBotApiOptions) {
    const scale = positiveNumber("limitScale", options.limitScale, 1);
    const globalPerSecond = positiveInteger("globalPerSecond", options.globalPerSecond, 30);
    const privatePerSecond = positiveNumber("privatePerSecond", options.privatePerSecond, 1);
    const privateBurst = positiveInteger("privateBurst", options.privateBurst, 3);
    const groupPerMinute = positiveInteger("groupPerMinute", options.groupPerMinute, 20);
    // The global limit scales its count (300 in any second at scale 10), like a faster Telegram;
    // the per-chat windows shrink so that tests of them stay quick.
    const globalCapacity = Math.max(1, Math.round(globalPerSecond * scale));
    this.global = { capacity: globalCapacity, windowMs: 1000 };
    this.private = { capacity: privateBurst, windowMs: (privateBurst / privatePerSecond) * 1000 / scale };
    this.group = { capacity: groupPerMinute, windowMs: 60_000 / scale };
    this.retryAfterSeconds =
      options.retryAfterSeconds === undefined
        ? undefined
        : Math.max(1, Math.ceil(positiveNumber("retryAfterSeconds", options.retryAfterSeconds, 1)));
    this.blocked = new Set(options.blockedChatIds ?? []);
    this.flakyPending = new Set(options.flakyChatIds ?? []);
    this.globalRing = new Float64Array(globalCapacity);
  }

  stats(): LimitedBotApiStats {
    return { ...this.counters, deliveredChats: this.chats.size };
  }

  deliveredCount(chatId: number): number {
    return this.chats.get(chatId)?.delivered ?? 0;
  }

  duplicatedChats(): number[] {
    return [...this.duplicated].sort((a, b) => a - b);
  }

  badRequest(description: string): Reply {
    this.counters.badRequests += 1;
    return fail(400, description);
  }

  /** Runs the check chain for one delivery request; `now` in ms (monotonic). */
  deliver(method: string, params: Params, now: number): Reply {
    const chatId = parseChatId(params.chat_id);
    if (chatId === undefined) return this.badRequest("Bad Request: chat not found");
    const c = this.counters;
    c.requests += 1;

    if (this.blocked.has(chatId)) {
      c.http403 += 1;
      return fail(403, "Forbidden: bot was blocked by the user");
    }
    if (this.flakyPending.delete(chatId)) {
      c.http5xx += 1;
      return fail(502, "Bad Gateway");
    }

    let state = this.chats.get(chatId);
    const chatLimit = chatId > 0 ? this.private : this.group;
    const chatWait = state ? windowWait(state.times, chatLimit, now) : 0;
    const globalOldest = this.globalCount < this.global.capacity ? undefined : (this.globalRing[this.globalNext] ?? 0);
    const globalWait = globalOldest === undefined ? 0 : Math.max(0, globalOldest + this.global.windowMs - now);
    const waitMs = Math.max(chatWait, globalWait);
    if (waitMs > 0) {
      c.http429 += 1;
      const retryAfter = this.retryAfterSeconds ?? Math.max(1, Math.ceil(waitMs / 1000));
      return fail(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
    }

    // Deliver.
    if (!state) {
      state = { delivered: 0, times: [] };
      this.chats.set(chatId, state);
    }
    state.delivered += 1;
    state.times.push(now);
    if (state.times.length > chatLimit.capacity) state.times.shift();
    if (state.delivered > 1) {
      c.duplicates += 1;
      this.duplicated.add(chatId);
    }
    c.delivered += 1;
    if (c.firstDeliveryAt === 0) c.firstDeliveryAt = now;
    c.lastDeliveryAt = now;
    this.globalRing[this.globalNext] = now;
    this.globalNext = (this.globalNext + 1) % this.global.capacity;
    if (this.globalCount < this.global.capacity) this.globalCount += 1;
    this.observeRate(now);

    return ok(this.messageFor(method, chatId, state.delivered, params));
  }

  private observeRate(now: number): void {
    this.recent.push(now);
    const cutoff = now - RATE_WINDOW_MS;
    while (this.recentHead < this.recent.length && (this.recent[this.recentHead] ?? Infinity) <= cutoff) this.recentHead += 1;
    const inWindow = this.recent.length - this.recentHead;
    if (inWindow > this.counters.maxObservedGlobalRate) this.counters.maxObservedGlobalRate = inWindow;
    if (this.recentHead > 1024 && this.recentHead * 2 > this.recent.length) {
      this.recent = this.recent.slice(this.recentHead);
      this.recentHead = 0;
    }
  }

  private messageFor(method: string, chatId: number, messageId: number, params: Params): unknown {
    if (method === "copymessage") return { message_id: messageId };
    const message: Params = {
      message_id: messageId,
      from: BOT_USER,
      date: Math.floor(Date.now() / 1000),
      chat: chatObject(chatId),
    };
    const fileId = `bench-${chatId}-${messageId}`;
    if (method === "sendmessage") {
      message.text = typeof params.text === "string" ? params.text : "";
    } else {
      if (typeof params.caption === "string") message.caption = params.caption;
      if (method === "sendphoto") {
        message.photo = [{ file_id: fileId, file_unique_id: fileId, width: 1, height: 1 }];
      } else {
        message.document = { file_id: fileId, file_unique_id: fileId };
      }
    }
    return message;
  }
}

function editMessageText(params: Params): Reply {
  const chatId = parseChatId(params.chat_id);
  const messageId = typeof params.message_id === "number" ? params.message_id : Number(params.message_id);
  if (chatId === undefined || !Number.isSafeInteger(messageId)) return ok(true); // inline message
  const now = Math.floor(Date.now() / 1000);
  return ok({
    message_id: messageId,
    from: BOT_USER,
    date: now,
    edit_date: now,
    chat: chatObject(chatId),
    text: typeof params.text === "string" ? params.text : "",
  });
}


export function startLimitedBotApi(
  options: LimitedBotApiOptions & { port?: number; host?: string } = {},
): Promise<LimitedBotApi> {
  const ledger = new DeliveryLedger(options);
  const latencyMs = options.latencyMs === undefined ? 0 : positiveNumber("latencyMs", options.latencyMs, 1);
  const host = options.host ?? "127.0.0.1";
  /** Pending getUpdates waits; each entry ends its wait early. */
  const polls = new Set<() => void>();
  let closing = false;

  function waitForPoll(params: Params): Promise<void> {
    const timeout = Number(params.timeout ?? 0);
    const ms = Math.min(MAX_POLL_WAIT_MS, Math.max(MIN_POLL_WAIT_MS, Number.isFinite(timeout) ? timeout * 1000 : 0));
    return new Promise((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        polls.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      polls.add(finish);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = /^\/bot[^/]+\/([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
    const method = route?.[1]?.toLowerCase();
    if (method === undefined) {
      send(res, fail(404, "Not Found"));
      return;
    }
    const isDelivery = DELIVERY_METHODS.has(method);
    let params: Params;
    try {
      params = parseParams(req, await readBody(req), url.searchParams);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        send(res, fail(413, "Request Entity Too Large"));
      } else if (error instanceof BadBody) {
        send(res, isDelivery ? ledger.badRequest(error.message) : fail(400, error.message));
      } else {
        res.destroy();
      }
      return;
    }

    if (isDelivery) {
      const reply = ledger.deliver(method, params, performance.now());
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      send(res, reply);
      return;
    }
    switch (method) {
      case "getme":
        send(res, ok(BOT_USER));
        return;
      case "getupdates":
        if (!closing) await waitForPoll(params);
        send(res, ok([]));
        return;
      case "editmessagetext":
        send(res, editMessageText(params));
        return;
      default: // deleteWebhook and everything else
        send(res, ok(true));
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, fail(500, "Internal Server Error"));
      else res.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const port = (server.address() as AddressInfo).port;
      let closed: Promise<void> | undefined;
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
        port,
        stats: () => ledger.stats(),
        deliveredCount: (chatId) => ledger.deliveredCount(chatId),
        duplicatedChats: () => ledger.duplicatedChats(),
        close() {
          closed ??= new Promise<void>((done) => {
            closing = true;
            for (const finish of [...polls]) finish(); // answer pending long polls with []
            server.close(() => done());
            // Give the just-answered polls a tick to flush, then drop every connection.
            setImmediate(() => server.closeAllConnections());
          });
          return closed;
        },
      });
    });
  });
}
