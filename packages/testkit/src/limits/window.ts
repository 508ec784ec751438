/** Where a window stands: the numbers behind a family of rate-limit headers. */
export interface WindowSnapshot {
  readonly limit: number;
  readonly remaining: number;
  /** When the current window ends, in epoch ms. */
  readonly resetAt: number;
}

/**
 * A fixed-window counter on the simulator clock. Windows start at multiples of `windowMs` (whole
 * seconds when `windowMs` is a multiple of 1000), so every request at the same clock time lands in
 * the same window, and moving a manual clock past `resetAt` opens the next one.
 */
export class FixedWindow {
  readonly limit: number;
  readonly windowMs: number;
  #start = Number.NaN;
  #count = 0;

  /**
   * @param limit requests per window, a whole number >= 0
   * @param windowMs a finite number of milliseconds above 0: the window arithmetic turns anything
   * else into `NaN`, which would let every request through
   */
  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  #roll(now: number): void {
    const start = Math.floor(now / this.windowMs) * this.windowMs;
    if (start !== this.#start) {
      this.#start = start;
      this.#count = 0;
    }
  }

  /** Whether one more request fits in the window that contains `now`. */
  hasRoom(now: number): boolean {
    this.#roll(now);
    return this.#count < this.limit;
  }

  /** Counts one request in the window that contains `now`. */
  take(now: number): void {
    this.#roll(now);
    this.#count += 1;
  }

  /** The window that contains `now`. */
  snapshot(now: number): WindowSnapshot {
    this.#roll(now);
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - this.#count),
      resetAt: this.#start + this.windowMs,
    };
  }

  /** Forgets every counted request. */
  reset(): void {
    this.#start = Number.NaN;
    this.#count = 0;
  }
}

/** The three header families X uses: the endpoint window and the two 24-hour limits. */
export type HeaderFamily = 'rate-limit' | 'app-limit-24hour' | 'user-limit-24hour';

/** `x-<family>-limit`, `-remaining` and `-reset` (epoch seconds, rounded up) for a snapshot. */
export function familyHeaders(family: HeaderFamily, snapshot: WindowSnapshot): Record<string, string> {
  return {
    [`x-${family}-limit`]: String(snapshot.limit),
    [`x-${family}-remaining`]: String(snapshot.remaining),
    [`x-${family}-reset`]: String(Math.ceil(snapshot.resetAt / 1000)),
  };
}
