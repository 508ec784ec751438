/**
 * How many of these requests a fixed-window limiter refused: windows of `windowMs` start at
 * multiples of `windowMs` on the clock, the first `limit` arrivals in each are served and the rest
 * get a 429 without using a slot. That is the simulator's documented rule for Sorsa's per-key
 * limit and for `xLimits`, so applied to the arrival times the simulator recorded it counts the
 * 429s it sent.
 */
export function refusedByWindows(times, limit, windowMs) {
  const perWindow = new Map();
  for (const time of times) {
    const window = Math.floor(time / windowMs);
    perWindow.set(window, (perWindow.get(window) ?? 0) + 1);
  }
  let refused = 0;
  for (const count of perWindow.values()) refused += Math.max(0, count - limit);
  return refused;
}
