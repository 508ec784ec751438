import type { Kind } from './kinds.ts';

/**
 * X's stream reconnect guidance, as a delay before reconnect attempt `attempt` (1-based):
 * network errors back off linearly by 250 ms up to 16 s; refused connections (429, 420,
 * too many connections) start at one minute and double; other HTTP errors start at 5 s and
 * double up to 320 s.
 */
export function reconnectDelay(kind: Kind, attempt: number): number {
  // A NaN or infinite attempt would make the delay NaN, which timers take as 0: a tight reconnect loop.
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  switch (kind) {
    case 'network':
    case 'timeout':
      return Math.min(250 * n, 16_000);
    case 'too-many-connections':
    case 'rate-limited':
      return 60_000 * 2 ** Math.min(n - 1, 10);
    default:
      return Math.min(5_000 * 2 ** Math.min(n - 1, 10), 320_000);
  }
}

/**
 * The wait before reconnect attempt `attempt` (1-based) after a failed stream connection (a
 * classification or an `XApiError`): X's guidance, where any 429 or 420 counts as a refused
 * connection (a minute, doubling) whatever problem its body names, any other answer as an HTTP
 * error (5 s, doubling), and a failure without an answer by its kind; never shorter than the
 * response's own `retryAfterMs`. An established connection the server dropped in-band (an
 * operational disconnect, kind `stream-disconnect`, on a 2xx) is reconnected at once the first
 * time, as X asks; should that keep failing, later attempts wait as HTTP errors do.
 */
export function reconnectWait(
  failure: {
    readonly kind: Kind;
    readonly status: number;
    readonly retryAfterMs?: number | undefined;
  },
  attempt: number,
): number {
  const { kind, status } = failure;
  const serverWait = failure.retryAfterMs ?? 0;
  const dropped = kind === 'stream-disconnect' && status >= 200 && status < 300;
  if (dropped && attempt <= 1) return serverWait;
  // Any answer that is no refusal is an HTTP error (a 408 too); only without one (status 0) does the kind tell.
  const as =
    kind === 'too-many-connections' || status === 429 || status === 420
      ? 'too-many-connections'
      : status === 0
        ? kind
        : 'server-error';
  return Math.max(serverWait, reconnectDelay(as, attempt));
}
