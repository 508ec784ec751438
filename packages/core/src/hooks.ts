import type { Classification } from './classification.ts';
import type { RequestSummary } from './errors.ts';
import type { RetryReason } from './retry-policy.ts';

/** Passed to `onRetry` before each wait-and-resend. */
export interface RetryEvent {
  /** Method and redacted URL of the request. */
  readonly request: RequestSummary;
  /** The attempt that just failed (1-based). */
  readonly attempt: number;
  /** How long the request waits before the next attempt, in ms. */
  readonly delayMs: number;
  /** Where the delay comes from: `server-timing` (the response's own) or `backoff`. */
  readonly reason: RetryReason;
  /** The failed attempt's classification. */
  readonly classification: Classification;
}

/** Passed to `onRateLimit` when a request waits for the pacer, or a response reports a limit. */
export interface RateLimitEvent {
  /** Method and redacted URL of the request. */
  readonly request: RequestSummary;
  /**
   * `pacer`: held back before sending; `response`: the API answered with a limit of any sort, a
   * rate limit, a usage cap, spent credits or too many connections: `classification.kind` tells
   * which. A rate limit and too many connections end by waiting; a cap or spent credits do not.
   */
  readonly source: 'pacer' | 'response';
  /**
   * `pacer`: how long the request waited, or, when the hold was refused (it would have run past
   * `maxDelayMs` or `maxTotalMs`, see `onError`), how long it would have had to. `response`: how
   * long the API asks this attempt to wait, when it says (a stream connection as X's reconnect
   * guidance says for the attempt).
   */
  readonly waitMs?: number;
  /** The response's classification; absent when `source` is `pacer` (nothing was received). */
  readonly classification?: Classification;
}

/** Passed to `onError` when a request finally fails. */
export interface ErrorEvent {
  /** Method and redacted URL of the request. */
  readonly request: RequestSummary;
  /** How many attempts were sent; `0` when a pacer wait was refused before the first one. */
  readonly attempts: number;
  /** Why no further attempt was made. */
  readonly reason: RetryReason;
  /** The last attempt's classification; with `attempts: 0`, a `rate-limited` one of status `0`. */
  readonly classification: Classification;
}

/**
 * Observers every adapter calls. They receive redacted request summaries and classifications only,
 * never headers or bodies, so logging them cannot leak credentials. A throwing hook is ignored.
 */
export interface XApiHooks {
  /**
   * Called after a failed attempt that will be retried, before the wait: with the attempt number,
   * the delay about to be waited, the retry reason and the attempt's classification. It is not
   * called for the attempt that is given up on (see `onError`).
   *
   * Called synchronously and not awaited; an error it throws is caught and ignored, so the
   * request goes on as if the hook were absent.
   */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /**
   * Called in two cases: when the pacer held a request back before sending (`source: 'pacer'`,
   * `waitMs` is how long it waited), and when a response is classified as `rate-limited`,
   * `usage-capped`, `credits-exhausted` or `too-many-connections` (`source: 'response'`, with the
   * classification, and `waitMs` when the response says how long to wait). The response case is
   * reported before the retry decision, so before any `onRetry` or `onError` for that attempt.
   *
   * Called synchronously and not awaited; an error it throws is caught and ignored.
   */
  readonly onRateLimit?: ((event: RateLimitEvent) => void) | undefined;
  /**
   * Called once when a request finally fails: no retry is left or allowed (the reason says why),
   * or a partial success is rejected under `partialErrors: 'reject'`. It receives the number of
   * attempts made and the last attempt's classification. It is not called when the caller aborts.
   *
   * Called synchronously and not awaited; an error it throws is caught and ignored, and the
   * request fails as it would without the hook.
   */
  readonly onError?: ((event: ErrorEvent) => void) | undefined;
}

/**
 * Runs a hook the way every adapter promises: synchronously, ignoring what it throws, and, for an
 * `async` hook, what its promise rejects with (unhandled, that would end the process).
 */
export function callHook<E>(hook: ((event: E) => void) | undefined, event: E): void {
  try {
    const returned: unknown = hook?.(event);
    if (typeof (returned as PromiseLike<unknown> | undefined)?.then === 'function')
      Promise.resolve(returned).catch(() => undefined);
  } catch {
    // A broken logger must not change what the request does.
  }
}
