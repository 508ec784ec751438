import type { Classification } from './classification.ts';
import { reconnectWait } from './reconnect.ts';
import { isRetryable } from './retryable.ts';

/** Retry limits every adapter accepts as `retry: { … }`. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  readonly limit?: number | undefined;
  /** The longest single wait we accept; a longer one rejects instead of hanging. Default 60 000. */
  readonly maxDelayMs?: number | undefined;
  /** The longest total time across all attempts and waits. Default: no limit. */
  readonly maxTotalMs?: number | undefined;
  /** First backoff step for failures without server timing. Default 300. */
  readonly baseDelayMs?: number | undefined;
  /** Largest backoff step. Default 20 000. */
  readonly capDelayMs?: number | undefined;
  /** Source of randomness for jitter, in [0, 1). Default `Math.random`. */
  readonly random?: (() => number) | undefined;
}

/** Where a request stands when deciding. */
export interface RetryContext extends RetryOptions {
  /** Attempts made so far, including the one that just failed (1 after the first failure). */
  readonly attempt: number;
  /**
   * The request's HTTP method: a POST or PATCH is retried only where the API surely did not act on
   * it. Without it, the classification's own `retryable` decides (for the method `classify` saw).
   */
  readonly method?: string | undefined;
  /** Time spent on this request so far, in ms. */
  readonly elapsedMs?: number | undefined;
}

/** Why a decision came out as it did. */
export type RetryReason =
  | 'succeeded'
  | 'not-retryable'
  | 'limit-reached'
  | 'exceeds-max-delay'
  | 'exceeds-max-total'
  | 'budget-exhausted'
  | 'server-timing'
  | 'backoff';

/** Whether to send the request again, and after how long. */
export interface RetryDecision {
  /** Whether to send the request again. */
  readonly retry: boolean;
  /**
   * How long to wait first, in ms. When `retry` is `false`: the wait that was refused, when it was
   * too long or the retry budget could not pay for the retry; `0` when no wait was planned.
   */
  readonly delayMs: number;
  /** Why: where the wait came from when retrying, what stopped it when not. */
  readonly reason: RetryReason;
}

/** The default retry limits. */
export const retryDefaults: {
  readonly limit: number;
  readonly maxDelayMs: number;
  readonly baseDelayMs: number;
  readonly capDelayMs: number;
} = { limit: 3, maxDelayMs: 60_000, baseDelayMs: 300, capDelayMs: 20_000 };

function stepOf(given: number | undefined, fallback: number): number {
  return given !== undefined && given >= 0 && Number.isFinite(given) ? given : fallback;
}

/** Capped exponential backoff with full jitter (uniform in [0, min(cap, base·2^(attempt−1)))). */
export function backoffDelay(attempt: number, options: RetryOptions = {}): number {
  // Steps a caller got wrong (negative, NaN, infinite) would make a wait no timer can take.
  const base = stepOf(options.baseDelayMs, retryDefaults.baseDelayMs);
  const cap = stepOf(options.capDelayMs, retryDefaults.capDelayMs);
  // A NaN attempt would make the delay NaN, which timers take as 0.
  const step = Number.isFinite(attempt) ? Math.min(Math.max(0, attempt - 1), 30) : 0;
  const ceiling = Math.min(cap, base * 2 ** step);
  const drawn = (options.random ?? Math.random)();
  // A caller's source outside [0, 1) would give a negative wait, or one past the cap.
  const unit = drawn >= 0 && drawn < 1 ? drawn : drawn >= 1 ? 1 - Number.EPSILON : 0;
  return Math.floor(unit * ceiling);
}

/**
 * The wait the API asks of this attempt, when it asks one: X's reconnect timing for a stream
 * connection (it grows with `attempt`), else the response's own `retryAfterMs`.
 */
export function serverWaitMs(classification: Classification, attempt: number): number | undefined {
  return reconnects(classification) ? reconnectWait(classification, attempt) : classification.retryAfterMs;
}

/**
 * A stream connection, or a 420 (X's "enhance your calm", whatever code its body names), whose
 * waits follow X's reconnect guidance (a minute, doubling) rather than a response's timing.
 */
function reconnects(classification: Classification): boolean {
  return (
    classification.kind === 'too-many-connections' ||
    classification.retry === 'reconnect' ||
    classification.status === 420
  );
}

function refuse(reason: RetryReason, delayMs = 0): RetryDecision {
  return { retry: false, delayMs, reason };
}

/**
 * Decides whether and when to retry. Server timing (Retry-After, the exhausted window's reset,
 * a stream refusal's minimum) is used exactly, without jitter; anything else gets capped
 * exponential backoff with full jitter. A wait longer than `maxDelayMs`, or one that would run
 * past `maxTotalMs`, is refused so the caller gets the classification instead of a hang.
 */
export function retryDecision(classification: Classification, context: RetryContext): RetryDecision {
  if (classification.ok) return refuse('succeeded');
  const retryable =
    context.method === undefined
      ? classification.retryable
      : isRetryable(classification.retry, classification.processed, context.method);
  if (!retryable) return refuse('not-retryable');
  // Negated, so a NaN attempt (a caller's counting gone wrong) stops rather than retries for ever.
  if (!(context.attempt <= (context.limit ?? retryDefaults.limit))) return refuse('limit-reached');

  let delayMs: number;
  let reason: RetryReason;
  const serverWait = serverWaitMs(classification, context.attempt);
  // A reconnect at once is X's guidance after a drop; any other zero wait is no timing (below).
  if (serverWait !== undefined && (serverWait > 0 || reconnects(classification))) {
    delayMs = serverWait;
    reason = 'server-timing';
  } else {
    // No wait from the server, or a zero one (a proxy's `Retry-After: 0`, a reset just passed):
    // resending at once, attempt after attempt, is what backoff is for.
    delayMs = backoffDelay(context.attempt, context);
    reason = 'backoff';
  }
  const tooLong = waitTooLong(delayMs, context);
  return tooLong === undefined ? { retry: true, delayMs, reason } : refuse(tooLong, delayMs);
}

/**
 * Why a wait of `delayMs` must not be started: longer than `maxDelayMs`, or running past
 * `maxTotalMs` after `elapsedMs`; `undefined` when it may. Retry waits and pacer holds alike.
 */
export function waitTooLong(
  delayMs: number,
  context: Pick<RetryContext, 'maxDelayMs' | 'maxTotalMs' | 'elapsedMs'>,
): 'exceeds-max-delay' | 'exceeds-max-total' | undefined {
  // Negated comparisons: a NaN anywhere (from a caller's own arithmetic) refuses the wait rather
  // than starting one nothing bounds.
  if (!(delayMs <= (context.maxDelayMs ?? retryDefaults.maxDelayMs))) return 'exceeds-max-delay';
  if (context.maxTotalMs !== undefined && !((context.elapsedMs ?? 0) + delayMs <= context.maxTotalMs)) {
    return 'exceeds-max-total';
  }
  return undefined;
}
