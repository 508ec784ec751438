import { createRetryBudget, type RetryBudget, type RetryBudgetOptions } from './budget.ts';
import type { XApiHooks } from './hooks.ts';
import type { Dialect } from './kinds.ts';
import { createPacer, type Pacer, type PacerOptions } from './pacer.ts';
import type { RetryOptions } from './retry-policy.ts';
import { isBudget, isPacer, validateXApiOptions } from './validate-options.ts';

/** Which APIs the pacer holds requests back for. */
export interface PaceOptions {
  /** Sorsa's 20 requests per second per key. Default `true`. */
  readonly sorsa?: boolean | undefined;
  /**
   * X's per-endpoint windows: pause an endpoint at 0 remaining until reset. A burst to an endpoint
   * not heard from yet sends one request first and waits for its answer, `pacer.firstAnswerMs` at
   * most. Default `false`.
   */
  readonly x?: boolean | undefined;
}

/**
 * What `pace` asks for, defaults filled in: `false` paces nothing, and an API not named keeps its
 * default (Sorsa paced, X not). Every adapter reads `pace` through it, so the defaults live here only.
 *
 * @example
 * ```ts
 * resolvePace(undefined); // { sorsa: true, x: false }
 * resolvePace({ x: true }); // { sorsa: true, x: true }
 * resolvePace(false); // { sorsa: false, x: false }
 * ```
 */
export function resolvePace(pace: PaceOptions | false | undefined): Required<PaceOptions> {
  return pace === false ? { sorsa: false, x: false } : { sorsa: pace?.sorsa ?? true, x: pace?.x ?? false };
}

/** Options shared by every adapter's `withXApi`. */
export interface XApiOptions extends XApiHooks {
  /** Retry limits; `false` turns retries off. */
  readonly retry?: RetryOptions | false | undefined;
  /** A retry budget shared by all requests of this instance, its settings, or `false` for none. */
  readonly budget?: RetryBudget | RetryBudgetOptions | false | undefined;
  /** What to pace; `false` turns pacing off. Default `{ sorsa: true, x: false }`. */
  readonly pace?: PaceOptions | false | undefined;
  /** A pacer to share across instances, or settings for this instance's own. */
  readonly pacer?: Pacer | PacerOptions | undefined;
  /** `reject` turns a 2xx with partial errors into an `XApiError`. Default `resolve`. */
  readonly partialErrors?: 'resolve' | 'reject' | undefined;
  /** Skip dialect detection (e.g. for a proxy host). */
  readonly dialect?: Dialect | undefined;
}

/** The per-instance state of an adapter: resolved options, its budget and its pacer. */
export interface XApiRuntime {
  /** The options as given, already checked. */
  readonly options: XApiOptions;
  /** The retry limits (`{}` for the defaults), or `false` when retrying is off. */
  readonly retry: RetryOptions | false;
  /** The retry budget the instance's retries spend, or `undefined` when `budget: false`. */
  readonly budget: RetryBudget | undefined;
  /** The pacer: the one given in `options.pacer`, else the instance's own. */
  readonly pacer: Pacer;
  /** What is paced, defaults filled in: `{ sorsa: true, x: false }` unless the options say otherwise. */
  readonly pace: Required<PaceOptions>;
}

/**
 * Builds the state one adapter instance shares across all its requests.
 *
 * @throws {TypeError} An option has the wrong type, e.g. `retry.limit` given as `'2'`.
 * @throws {RangeError} An option is out of range, e.g. `retry.limit: NaN` or `pacer.perWindow: 0`.
 */
export function createRuntime(options: XApiOptions = {}): XApiRuntime {
  // Here, not per request: a bad value fails at `withXApi(…)`, before it can retry forever or hang.
  validateXApiOptions(options);
  const budgetOption = options.budget ?? {};
  const pacerOption = options.pacer ?? {};
  return {
    options,
    retry: options.retry ?? {},
    budget:
      budgetOption === false
        ? undefined
        : isBudget(budgetOption)
          ? budgetOption
          : createRetryBudget(budgetOption),
    pacer: isPacer(pacerOption) ? pacerOption : createPacer(pacerOption),
    pace: resolvePace(options.pace),
  };
}
