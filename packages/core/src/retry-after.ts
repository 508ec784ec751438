const seconds = /^\d+(\.\d+)?$/;

/**
 * An HTTP-date in any of its three forms, each led by a day name: IMF-fixdate ("Sun, 06 Nov 1994
 * 08:49:37 GMT"), RFC 850 ("Sunday, 06-Nov-94 …") and asctime ("Sun Nov  6 …"). Date.parse alone
 * accepts almost anything ("-1", "Jan 5").
 */
const httpDate = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/i;
const zoned = /(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses `Retry-After` (RFC 9110): delta-seconds or an HTTP-date. Returns the wait in ms from
 * `now`, never negative; `undefined` when absent or unreadable (a negative number, a date
 * without its day name), so that other timing (`x-rate-limit-reset`) still applies.
 *
 * @param skewMs - Local clock minus the server's (see `RateLimitState.skewMs`): an HTTP-date is a
 *   time on the server's clock, so a local clock running ahead would otherwise cut the wait short.
 */
export function parseRetryAfter(value: string | undefined, now: number, skewMs = 0): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  // RFC 9110 allows whole seconds only; a fraction is read as the seconds it says (as AWS's SDKs do)
  // rather than handed to Date.parse, which takes "1.5" for a day in 2001: a wait of 0.
  if (seconds.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  if (!httpDate.test(trimmed)) return undefined;
  // asctime names no zone, which Date.parse would take as local time; HTTP dates are all GMT.
  const at = Date.parse(zoned.test(trimmed) ? trimmed : `${trimmed} GMT`);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at + skewMs - now);
}
