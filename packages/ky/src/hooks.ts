import { isXApiError, XApiError } from '@xapi-errors/core';
import type { HTTPError } from 'ky';
import { outcomes } from './classification-store.ts';

// ky 2 runs `beforeError` for every error (timeouts, aborts, the `XApiError`s the retrying fetch
// throws), ky 1 for `HTTPError`s only; only an error carrying a response and its request is ky's.
function isHttpError(error: unknown): error is HTTPError {
  return (
    error instanceof Error &&
    !isXApiError(error) &&
    Reflect.get(error, 'response') instanceof Response &&
    Reflect.get(error, 'request') instanceof Request
  );
}

/** The error a `beforeError` hook is given: ky 1 passes `(error, state)`, ky 2 `{ error, … }`. */
function hookedError(first: unknown): unknown {
  if (first instanceof Error || typeof first !== 'object' || first === null) return first;
  return Reflect.get(first, 'error');
}

/**
 * Turns ky's `HTTPError` into an `XApiError` carrying the retry loop's classification and attempt
 * count, with the `HTTPError` as `cause` and the response, unread, as `response`. It throws
 * rather than returns because ky 1 takes only an `HTTPError` as the result. Any other error,
 * and an `HTTPError` for a response that did not come from the loop (one an `afterResponse` hook
 * built itself), is returned as it came: ky 1 takes the result as the error, ky 2 keeps its own.
 */
export function toXApiError(first: unknown): unknown {
  const error = hookedError(first);
  if (!isHttpError(error)) return error;
  const outcome = outcomes.get(error.response);
  if (!outcome || outcome.classification.ok) return error;
  throw new XApiError(outcome.classification, {
    request: { method: error.request.method, url: error.request.url },
    cause: error,
    response: error.response.bodyUsed ? (outcome.unread ?? error.response) : error.response,
    attempts: outcome.attempts,
  });
}
