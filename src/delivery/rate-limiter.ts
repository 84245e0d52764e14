// Telegram's flood limits, kept on the sending side so that 429s stay rare: about 30 messages a
// second overall, 1 a second to one private chat (short bursts aside), 20 a minute to one group.

export interface RateLimits {
  globalPerSecond: number;
  privatePerSecond: number;
  groupPerMinute: number;
  /** Messages a private chat may receive at once before the 1-a-second pace applies. */
  privateBurst: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  globalPerSecond: 30,
  privatePerSecond: 1,
  groupPerMinute: 20,
  privateBurst: 3,
};

/** Requests may arrive a little later than we send them; this keeps windows from overlapping. */
const GUARD_MS = 25;

/**
 * Sliding windows. `reserve` books the earliest allowed slot synchronously (so concurrent callers
 * get distinct slots) and returns how long to wait for it.
 */
export class RateLimiter {
  private readonly global: number[] = [];
  private readonly chats = new Map<number, number[]>();
  private reservations = 0;

  constructor(
    private readonly limits: RateLimits,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  /** Milliseconds until this chat may receive its next message (without booking anything). */
  chatWait(chatId: number): number {
    const { windowMs, max } = this.chatWindow(chatId);
    const times = this.chats.get(chatId) ?? [];
    const now = this.nowMs();
    const recent = times.filter((t) => t > now - windowMs);
    return recent.length < max ? 0 : Math.max(0, (recent[recent.length - max] ?? now) + windowMs + GUARD_MS - now);
  }

  /** Books a slot for the chat, respecting both windows; returns the wait in milliseconds. */
  reserve(chatId: number): number {
    const now = this.nowMs();
    const globalSlot = this.nextSlot(this.global, 1000, this.limits.globalPerSecond, now);
    const { windowMs, max } = this.chatWindow(chatId);
    const times = this.chats.get(chatId) ?? [];
    const chatSlot = this.nextSlot(times, windowMs, max, now);
    const slot = Math.max(globalSlot, chatSlot);
    this.global.push(slot);
    times.push(slot);
    this.chats.set(chatId, times);
    this.trim(this.global, 1000, this.limits.globalPerSecond, now);
    this.trim(times, windowMs, max, now);
    if (++this.reservations % 1000 === 0) this.forgetIdleChats(now);
    return Math.max(0, slot - now);
  }

  private chatWindow(chatId: number) {
    if (chatId < 0) return { windowMs: 60_000, max: Math.max(1, Math.floor(this.limits.groupPerMinute)) };
    // A burst of `privateBurst`, then one a second: at most privateBurst in any privateBurst seconds.
    const burst = Math.max(1, this.limits.privateBurst);
    return { windowMs: (burst * 1000) / this.limits.privatePerSecond, max: burst };
  }

  /** The earliest time >= now at which fewer than `max` slots fall inside the window before it. */
  private nextSlot(times: number[], windowMs: number, max: number, now: number): number {
    if (times.length < max) return Math.max(now, times.length ? (times[times.length - 1] ?? now) : now);
    const blocking = times[times.length - max] ?? now;
    return Math.max(now, blocking + windowMs + GUARD_MS, times[times.length - 1] ?? now);
  }

  private trim(times: number[], windowMs: number, max: number, now: number) {
    while (times.length > max && (times[0] ?? now) < now - windowMs) times.shift();
  }

  /** Keeps memory flat when a broadcast reaches thousands of chats. */
  private forgetIdleChats(now: number) {
    for (const [chatId, times] of this.chats) {
      const { windowMs } = this.chatWindow(chatId);
      if ((times[times.length - 1] ?? 0) < now - windowMs) this.chats.delete(chatId);
    }
  }
}
