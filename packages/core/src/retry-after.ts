import { listed } from './header-list.ts';
import { parseHttpDate } from './http-date.ts';
import { isPlausibleWait } from './plausible-wait.ts';

const seconds = /^\d+(\.\d+)?$/;

function secondsMs(text: string): number | undefined {
  const ms = Math.ceil(Number(text) * 1000);
  return isPlausibleWait(ms) ? ms : undefined;
}

/**
 * Parses `Retry-After` (RFC 9110): delta-seconds or an HTTP-date. Returns the wait in ms from
 * `now`, never negative; `undefined` when absent or unreadable (a negative number, anything but an
 * HTTP-date in one of its three forms, a wait past 31 days, see `farthestWaitMs`), so that other
 * timing (`x-rate-limit-reset`) still applies.
 * A header sent twice arrives joined: of seconds (`90, 120`) the longer wait is read; two dates read
 * as none.
 *
 * @param skewMs - Local clock minus the server's (see `RateLimitState.skewMs`): an HTTP-date is a
 *   time on the server's clock, so a local clock running ahead would otherwise cut the wait short.
 */
export function parseRetryAfter(value: string | undefined, now: number, skewMs = 0): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  // RFC 9110 allows whole seconds only; a fraction is read as the seconds it says, as AWS's SDKs do.
  if (seconds.test(trimmed)) return secondsMs(trimmed);
  const at = parseHttpDate(trimmed);
  if (at !== undefined) {
    const wait = Math.max(0, at + skewMs - now);
    return isPlausibleWait(wait) ? wait : undefined;
  }
  // Sent twice, it arrives joined (`90, 90`; Node's http keeps only the first): the longer wait.
  // An HTTP-date holds a comma itself, so it was tried whole first.
  return listed(trimmed, (part) => (seconds.test(part) ? secondsMs(part) : undefined), Math.max);
}
