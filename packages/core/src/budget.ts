import type { Kind } from './kinds.ts';
import { checkBudgetOptions } from './validate-options.ts';

/** Only transient failures spend budget: a rate limit is the API pacing us, not an outage. */
const budgeted: ReadonlySet<Kind> = new Set(['server-error', 'unavailable', 'network', 'timeout', 'unknown']);

/**
 * Whether a retry after a failure of `kind` spends retry budget: transient failures (server
 * errors, unavailability, network failures, time-outs, unknown errors) do; rate limits, caps and
 * everything that is not retried anyway do not.
 */
export function spendsBudget(kind: Kind): boolean {
  return budgeted.has(kind);
}

/** Settings of a retry budget. */
export interface RetryBudgetOptions {
  /** Tokens when full. Default 100. */
  readonly capacity?: number | undefined;
  /** Tokens a retry after a transient error costs. Default 5. */
  readonly retryCost?: number | undefined;
  /** Tokens a retry after a network error or timeout costs. Default 10. */
  readonly timeoutCost?: number | undefined;
  /**
   * Tokens added back by a success whose request took no tokens: a first-try success, or one
   * whose retries spent none (retries after rate limits never do). Default 1.
   */
  readonly successRefund?: number | undefined;
}

/**
 * A retry budget in the style of AWS's retry quota: retries spend tokens, successes earn them
 * back, and an empty budget means fail fast. During an outage every request fails once, the
 * budget drains, and traffic stays near 1× instead of multiplying by the retry limit.
 */
export interface RetryBudget {
  /** Tokens left. */
  readonly available: number;
  /** Takes the cost of one retry after `kind`; returns the tokens taken, or `undefined` when too few are left. */
  tryAcquire(kind: Kind): number | undefined;
  /**
   * Records a success. With `tokensTaken` above 0 (the sum of what `tryAcquire` returned for this
   * request's retries, `retryCost` or `timeoutCost` each), adds exactly that back; otherwise adds
   * `successRefund`. Never fills the budget past `capacity`.
   */
  recordSuccess(tokensTaken?: number): void;
}

/**
 * Creates a retry budget, shared by every request of one client instance. Throws a `TypeError` or
 * `RangeError` naming the option when one is not a non-negative finite number.
 */
export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  checkBudgetOptions(options);
  const capacity = options.capacity ?? 100;
  const retryCost = options.retryCost ?? 5;
  const timeoutCost = options.timeoutCost ?? 10;
  const successRefund = options.successRefund ?? 1;
  let available = capacity;
  return {
    get available() {
      return available;
    },
    tryAcquire(kind) {
      const cost = kind === 'network' || kind === 'timeout' ? timeoutCost : retryCost;
      if (available < cost) return undefined;
      available -= cost;
      return cost;
    },
    recordSuccess(tokensTaken = 0) {
      available = Math.min(capacity, available + (tokensTaken > 0 ? tokensTaken : successRefund));
    },
  };
}
