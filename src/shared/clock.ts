/** The one source of time. Tests and the sandbox's `clock` line move a ManualClock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at real time (or a given instant) and moves only when told. */
export class ManualClock implements Clock {
  private offsetMs = 0;
  private fixed: number | undefined;

  constructor(start?: Date) {
    if (start) this.fixed = start.getTime();
  }

  now(): Date {
    return new Date((this.fixed ?? Date.now()) + this.offsetMs);
  }

  set(instant: Date): void {
    this.fixed = instant.getTime();
    this.offsetMs = 0;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
