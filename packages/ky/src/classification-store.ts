import type { Classification } from '@xapi-errors/core';
import { BufferedResponse } from '@xapi-errors/core/web';

/** What the retry loop concluded about the response it handed to ky. */
export interface RecordedOutcome {
  readonly classification: Classification;
  readonly attempts: number;
  /**
   * An unread copy of a non-2xx response, taken before ky sees it: ky 2 reads the body of the
   * response it wraps in `HTTPError` (into `HTTPError.data`), and `XApiError.response` stays unread.
   */
  readonly unread?: Response;
}

// Keyed by the Response object itself so nothing outlives it.
const outcomes = new WeakMap<Response, RecordedOutcome>();

/** Remembers the outcome behind a response whose clones record it themselves (`BufferedResponse`). */
export function keepOutcome(response: Response, outcome: RecordedOutcome): void {
  outcomes.set(response, outcome);
}

/**
 * Remembers the outcome behind a response before ky sees it. ky hands every `afterResponse` hook
 * a clone, and a hook may return that clone as the new response, so clones carry the outcome too.
 */
export function recordOutcome(response: Response, outcome: RecordedOutcome): void {
  outcomes.set(response, outcome);
  const clone = response.clone.bind(response);
  Object.defineProperty(response, 'clone', {
    configurable: true,
    writable: true,
    value: (): Response => {
      const copy = clone();
      recordOutcome(copy, outcome);
      return copy;
    },
  });
}

/** The outcome recorded for a response (or a clone of it), if it came out of the retry loop. */
export function outcomeOf(response: Response): RecordedOutcome | undefined {
  return outcomes.get(response);
}

/**
 * Passed to `BufferedResponse` as its clone hook: a copy carries the original's outcome (ky clones
 * every response it gives an `afterResponse` hook), recorded the way its own clones need.
 */
export function carryOutcome(copy: Response, original: Response): void {
  const outcome = outcomes.get(original);
  if (outcome === undefined) return;
  if (copy instanceof BufferedResponse) keepOutcome(copy, outcome);
  else recordOutcome(copy, outcome);
}

/**
 * The classification of a response a `withXApi` instance produced: `partial` and `problems` tell
 * whether a 2xx also carried errors, `rateLimit` what the endpoint has left. Works on the resolved
 * response, on the clones ky passes to `afterResponse` hooks, and on `XApiError.response`.
 * `undefined` for any other response.
 */
export function getClassification(response: Response): Classification | undefined {
  return outcomes.get(response)?.classification;
}
