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

/** Requests reach Telegram a little after we send them; this keeps windows from overlapping. */
const GUARD_MS = 15;
/** How far behind its pace a sender may fall and still catch up. */
const CATCH_UP_MS = 250;

/**
 * Two things keep us inside the limits:
 * - `reserve` paces sends evenly (bursts reach Telegram bunched up) and keeps each chat's window;
 *   it books slots synchronously, so concurrent callers get distinct ones;
 * - `acquire`, right before a request goes out, checks the global sliding window against the
 *   times requests actually went out (a late sender must not crowd the next window) and records it.
 */
export class RateLimiter {
  private readonly sent: number[] = [];
  private lastPacedSlot = -Infinity;
  private readonly chats = new Map<number, number[]>();
  private reservations = 0;

  constructor(
    private readonly limits: RateLimits,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  /** Milliseconds until this chat may receive its next message (without booking anything). */
  chatWait(chatId: number): number {
    const { windowMs, max } = this.chatWindow(chatId);
    const now = this.nowMs();
    const recent = (this.chats.get(chatId) ?? []).filter((t) => t > now - windowMs);
    return recent.length < max ? 0 : Math.max(0, (recent[recent.length - max] ?? now) + windowMs + GUARD_MS - now);
  }

  /** Books the next paced slot that the chat's own window allows; returns the wait in ms. */
  reserve(chatId: number): number {
    const now = this.nowMs();
    // A sender that fell a little behind (a pause of the event loop) may catch up; the window
    // check in acquire() still holds it to the limit.
    const paced = Math.max(now - CATCH_UP_MS, this.lastPacedSlot + this.spacing());
    const { windowMs, max } = this.chatWindow(chatId);
    const times = this.chats.get(chatId) ?? [];
    const chatSlot = times.length < max ? now : (times[times.length - max] ?? now) + windowMs + GUARD_MS;
    const slot = Math.max(paced, chatSlot);
    this.lastPacedSlot = Math.max(this.lastPacedSlot, slot);
    times.push(slot);
    while (times.length > max) times.shift();
    this.chats.set(chatId, times);
    if (++this.reservations % 1000 === 0) this.forgetIdleChats(now);
    return Math.max(0, slot - now);
  }

  /**
   * 0 when a request may go out now (and then it is recorded as sent), otherwise the milliseconds
   * to wait before asking again.
   */
  acquire(): number {
    const now = this.nowMs();
    const max = Math.max(1, Math.floor(this.limits.globalPerSecond));
    while (this.sent.length > max) this.sent.shift();
    if (this.sent.length === max) {
      const free = (this.sent[0] ?? now) + 1000 + GUARD_MS;
      if (free > now) return free - now;
      this.sent.shift();
    }
    this.sent.push(now);
    return 0;
  }

  /** Slightly under the limit: with the window's guard, the pace alone keeps every window full but not over. */
  private spacing(): number {
    return (1000 + GUARD_MS) / this.limits.globalPerSecond;
  }

  private chatWindow(chatId: number) {
    if (chatId < 0) return { windowMs: 60_000, max: Math.max(1, Math.floor(this.limits.groupPerMinute)) };
    // A burst of `privateBurst`, then one a second: at most privateBurst in any privateBurst seconds.
    const burst = Math.max(1, this.limits.privateBurst);
    return { windowMs: (burst * 1000) / this.limits.privatePerSecond, max: burst };
  }

  /** Keeps memory flat when a broadcast reaches thousands of chats. */
  private forgetIdleChats(now: number) {
    for (const [chatId, times] of this.chats) {
      const { windowMs } = this.chatWindow(chatId);
      if ((times[times.length - 1] ?? 0) < now - windowMs) this.chats.delete(chatId);
    }
  }
}
