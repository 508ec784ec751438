import type { Classification } from './classification.ts';
import type { RequestSummary } from './errors.ts';
import type { RetryReason } from './retry-policy.ts';

/** Passed to `onRetry` before each wait-and-resend. */
export interface RetryEvent {
  readonly request: RequestSummary;
  /** The attempt that just failed (1-based). */
  readonly attempt: number;
  readonly delayMs: number;
  readonly reason: RetryReason;
  readonly classification: Classification;
}

/** Passed to `onRateLimit` when a request waits for the pacer, or a response reports a limit. */
export interface RateLimitEvent {
  readonly request: RequestSummary;
  /** `pacer`: held back before sending; `response`: the API answered with a limit. */
  readonly source: 'pacer' | 'response';
  /** How long the request waited (pacer) or must wait (response), when known. */
  readonly waitMs?: number;
  readonly classification?: Classification;
}

/** Passed to `onError` when a request finally fails. */
export interface ErrorEvent {
  readonly request: RequestSummary;
  readonly attempts: number;
  /** Why no further attempt was made. */
  readonly reason: RetryReason;
  readonly classification: Classification;
}

/**
 * Observers every adapter calls. They receive redacted request summaries and classifications only,
 * never headers or bodies, so logging them cannot leak credentials. A throwing hook is ignored.
 */
export interface XApiHooks {
  readonly onRetry?: (event: RetryEvent) => void;
  readonly onRateLimit?: (event: RateLimitEvent) => void;
  readonly onError?: (event: ErrorEvent) => void;
}
