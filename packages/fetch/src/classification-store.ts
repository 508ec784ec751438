import type { Classification } from '@xapi-errors/core';
import { createResponseStore, type ResponseStore } from '@xapi-errors/core/web';

/** The classification of every response this adapter handed out (and of their clones). */
export const classifications: ResponseStore<Classification> = createResponseStore<Classification>();

/**
 * The classification of a response returned by a `withXApi` fetch, found on `XApiError.response`,
 * or cloned from either: for a 2xx, `partial` and `problems` tell whether the body also carries
 * errors, and `rateLimit` what the endpoint has left. `undefined` for any other response.
 *
 * A plain success (a 2xx whose body holds no errors) is classified on the first call, as of the
 * time it arrived, so the answer is the same whenever you ask.
 */
export function getClassification(response: Response): Classification | undefined {
  return classifications.get(response);
}
