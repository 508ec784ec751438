import {
  type Classification,
  classify,
  classifyNetworkError,
  type Dialect,
  type RequestSummary,
} from '@xapi-errors/core';
import { type AxiosResponse, isAxiosError } from 'axios';
import { isBrokenOffBody } from './broken-off-body.ts';
import { toClassifyInput } from './to-classify-input.ts';

/** What one attempt produced: a response of any status, the axios error, or an error with its response. */
export interface AttemptResult {
  readonly response?: AxiosResponse;
  readonly error?: unknown;
}

/**
 * The result of an attempt axios rejected, with the response the error carries when there is one.
 * A response whose body broke off is left out: the answer never arrived whole, so the attempt is a
 * network failure (as in the fetch and ky adapters), whatever its status announced.
 */
export function failedAttempt(error: unknown): AttemptResult {
  return isAxiosError(error) && error.response && !isBrokenOffBody(error)
    ? { error, response: error.response }
    : { error };
}

/**
 * Any response is classified from its status, headers and body; without one the request never got
 * a whole answer (refused, reset, timed out, cut off mid-body), which only idempotent methods may retry.
 */
export function classifyAttempt(
  result: AttemptResult,
  request: RequestSummary,
  dialect: Dialect | undefined,
): Classification {
  if (result.response) return classify(toClassifyInput(result.response, request, dialect));
  return classifyNetworkError(result.error, { method: request.method });
}
