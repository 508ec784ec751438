import type { Outcome, RequestSummary, XApiOptions } from '@xapi-errors/core';
import type { AxiosResponse } from 'axios';
import type { AttemptResult } from './attempt-result.ts';
import { remember } from './classification-store.ts';
import { toXApiError } from './to-x-api-error.ts';

/**
 * Turns the loop's final outcome into the axios idiom: resolve with the response, or reject with an
 * `XApiError` (also for a 2xx with partial errors when `partialErrors` is `reject`).
 */
export function settle(
  outcome: Outcome<AttemptResult>,
  request: RequestSummary,
  partialErrors: XApiOptions['partialErrors'],
): AxiosResponse {
  const { classification, result, attempts } = outcome;
  const { response } = result;
  // A 2xx axios rejected itself (strict JSON parsing, a custom validateStatus) is the caller's own
  // rule at work, not an API error, even when the body it refused does not classify as a success:
  // their axios error stands.
  if (response && result.error !== undefined && response.status >= 200 && response.status < 300)
    throw result.error;
  if (response && classification.ok) {
    remember(response, classification);
    if (!(classification.partial && partialErrors === 'reject')) return response;
  }
  throw toXApiError(classification, result, attempts, request);
}
