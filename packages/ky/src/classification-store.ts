import type { Classification } from '@xapi-errors/core';
import { createResponseStore, type ResponseStore } from '@xapi-errors/core/web';

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

/** The outcome behind every response this adapter produced (and their clones, which ky makes). */
export const outcomes: ResponseStore<RecordedOutcome> = createResponseStore<RecordedOutcome>();

/**
 * The classification of a response a `withXApi` instance produced: `partial` and `problems` tell
 * whether a 2xx also carried errors, `rateLimit` what the endpoint has left. Works on the resolved
 * response, on the clones ky passes to `afterResponse` hooks, and on `XApiError.response`.
 * `undefined` for any other response. A plain success (a 2xx whose body holds no errors) is
 * classified on the first call, as of the time it arrived.
 */
export function getClassification(response: Response): Classification | undefined {
  return outcomes.get(response)?.classification;
}
