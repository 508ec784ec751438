/**
 * How far ahead timing from the API may lie and still be read: X's longest window is a day, and
 * a usage cap renews within a month. Anything further (milliseconds sent as seconds, hundreds of
 * digits, garbage) is no time the API meant, and read as none: taken at its word it would hold an
 * endpoint, or a retry, for good.
 */
export const farthestWaitMs: number = 31 * 24 * 60 * 60 * 1000;

/** Whether a wait of `ms` is one the API could mean (see {@link farthestWaitMs}). */
export function isPlausibleWait(ms: number): boolean {
  return ms <= farthestWaitMs;
}
