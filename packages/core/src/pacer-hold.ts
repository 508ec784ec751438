import type { Classification } from './classification.ts';
import type { Dialect } from './kinds.ts';

/**
 * A request the pacer would hold past the retry limits, and so never sent: the endpoint's window
 * (or a 24-hour family) is known to be spent for `waitMs` more. It is `rate-limited` and
 * retryable once that wait is over; status 0, as for any request that got no response.
 */
export function classifyHeld(waitMs: number, dialect: Dialect | undefined): Classification {
  return {
    ok: false,
    status: 0,
    dialect: dialect ?? 'unknown',
    kind: 'rate-limited',
    retry: 'after-reset',
    retryable: true,
    processed: false,
    retryAfterMs: waitMs,
    problems: [],
    partial: false,
    message: `rate-limited: not sent, the rate-limit window is spent for ${Math.ceil(waitMs / 1000)} s more`,
  };
}
