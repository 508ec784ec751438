/** Where the simulator reads the time: rate-limit windows, reset headers, `date` headers and request times. */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
}

/** A clock that only moves when told to, so tests can place requests in exact windows. */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds and returns the new time. */
  advance(ms: number): number;
  /** Sets the clock to `ms` epoch milliseconds and returns it. */
  set(ms: number): number;
}

/** The real wall clock, used when no clock is given. */
export const systemClock: Clock = { now: () => Date.now() };

/** 2026-01-01T00:00:00Z: a whole second, so windows of a manual clock start cleanly. */
const defaultStart = Date.UTC(2026, 0, 1);

/**
 * Creates a clock that stands still until `advance` or `set` moves it.
 * @param start epoch milliseconds to start at; defaults to 2026-01-01T00:00:00Z
 */
export function createManualClock(start: number = defaultStart): ManualClock {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
      return current;
    },
    set: (ms) => {
      current = ms;
      return current;
    },
  };
}
