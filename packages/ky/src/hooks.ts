import { XApiError } from '@xapi-errors/core';
import type { BeforeErrorHook } from 'ky';
import { outcomeOf } from './classification-store.ts';

/**
 * Turns ky's `HTTPError` into an `XApiError` carrying the retry loop's classification and attempt
 * count, with the `HTTPError` as `cause` and its still unread response as `response`. It throws
 * rather than returns because ky types `beforeError` results as `HTTPError`. Responses that did
 * not come from the loop (one an `afterResponse` hook built itself) keep ky's own error.
 */
export const toXApiError: BeforeErrorHook = (error) => {
  const outcome = outcomeOf(error.response);
  if (!outcome || outcome.classification.ok) return error;
  throw new XApiError(outcome.classification, {
    request: { method: error.request.method, url: error.request.url },
    cause: error,
    response: error.response,
    attempts: outcome.attempts,
  });
};
