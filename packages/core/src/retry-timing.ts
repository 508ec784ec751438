import type { RateLimitState } from './classification.ts';
import { type Clock, timeOf } from './clock.ts';
import { type HeaderTable, knownHeaderOf, retryAfterHeader } from './headers.ts';
import type { Dialect, Kind } from './kinds.ts';
import { skewOf } from './rate-limit.ts';
import { parseRetryAfter } from './retry-after.ts';

/** X's reconnect guidance: a refused stream connection waits at least a minute. */
export const minConnectionWaitMs = 60_000;

/** Sorsa's rate-limit window: 20 requests per key per second. */
const sorsaWindowMs = 1000;

/**
 * What the response tells about waiting. It is also the classification's clock (the current time
 * in epoch ms, read only when a wait depends on it), so classify makes one object for both.
 */
export interface TimingInput extends Clock {
  readonly kind: Kind;
  readonly dialect: Dialect | 'unknown';
  readonly headers: HeaderTable;
  rateLimit: RateLimitState | undefined;
  /** The failure was a stream connection's: a 429 there waits as X's reconnect guidance says. */
  readonly stream: boolean;
}

/**
 * Whether `retryAfterMs` can find any wait: the kinds its switch names, else only a `Retry-After`
 * header. Asked first, so the usual error, with neither, makes no timing input at all.
 */
export function mayWait(kind: Kind, headers: HeaderTable): boolean {
  return (
    kind === 'rate-limited' ||
    kind === 'too-many-connections' ||
    (headers.present & (1 << retryAfterHeader)) !== 0
  );
}

/**
 * How long to wait before the same request can succeed. Server timing wins: `Retry-After`, or the
 * reset of the exhausted rate-limit family, whichever is later. A 429 whose families all have
 * requests left is not a window wait: no timing, so the caller backs off briefly instead of
 * sleeping 15 minutes; except on a stream endpoint, where X asks for a minute at least, and on
 * Sorsa, whose window is a second. A usage cap has only the `Retry-After` X may send: X does not
 * say when a cap renews (with the billing period, which is not the calendar month).
 */
export function retryAfterMs(input: TimingInput): number | undefined {
  const { kind, headers, rateLimit } = input;
  const clock: Clock = input;
  const value = knownHeaderOf(headers, retryAfterHeader);
  const header =
    value === undefined
      ? undefined
      : parseRetryAfter(value, timeOf(clock), rateLimit?.skewMs ?? skewOf(headers, clock));
  // A kind given a case here must be named in `mayWait` as well.
  switch (kind) {
    case 'rate-limited': {
      const resetAt = rateLimit?.exhausted?.resetAt;
      const reset = resetAt === undefined ? undefined : Math.max(0, resetAt - timeOf(clock));
      // A shorter Retry-After (a proxy's `0`) would only send the request into a window known spent.
      const server =
        header === undefined || reset === undefined ? (header ?? reset) : Math.max(header, reset);
      // X: a stream connection refused with a 429 backs off a minute at least, whatever the window says.
      if (input.stream) return Math.max(minConnectionWaitMs, server ?? 0);
      if (server !== undefined) return server;
      // Sorsa's windows follow its own clock, not ours: only a whole second surely reaches the next.
      if (input.dialect === 'sorsa') return sorsaWindowMs;
      return undefined;
    }
    case 'too-many-connections':
      return Math.max(minConnectionWaitMs, header ?? 0);
    default:
      return header;
  }
}
