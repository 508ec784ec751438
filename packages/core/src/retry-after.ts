/**
 * Parses `Retry-After` (RFC 9110): delta-seconds or an HTTP-date. Returns the wait in ms from
 * `now`, never negative; `undefined` when absent or unreadable.
 *
 * @param skewMs - Local clock minus the server's (see `RateLimitState.skewMs`): an HTTP-date is a
 *   time on the server's clock, so a local clock running ahead would otherwise cut the wait short.
 */
export function parseRetryAfter(value: string | undefined, now: number, skewMs = 0): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at + skewMs - now);
}
