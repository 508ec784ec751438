/**
 * The current time for one classification: the caller's `now`, else the system clock, read at most
 * once and only when a wait or a clock skew needs it (most responses never do, and the read costs
 * as much as a lookup-heavy step). A plain object, as classify makes one per call.
 */
export interface Clock {
  /** Epoch ms, once known. */
  time: number | undefined;
}

/** The time in epoch ms, reading the system clock on first need. */
export function timeOf(clock: Clock): number {
  clock.time ??= Date.now();
  return clock.time;
}
