import {
  type Classification,
  classify,
  classifyNetworkError,
  type Dialect,
  type RequestSummary,
} from '@xapi-errors/core';
import { type AxiosError, type AxiosResponse, isAxiosError } from 'axios';
import { isBrokenOffBody } from './broken-off-body.ts';
import { nodeMessageOf } from './node-message.ts';
import { headerRecord, toClassifyInput } from './to-classify-input.ts';

/** What one attempt produced: a response of any status, the axios error, or an error with its response. */
export interface AttemptResult {
  readonly response?: AxiosResponse;
  readonly error?: unknown;
}

/**
 * The result of an attempt axios rejected, with the response the error carries when there is one.
 * A 2xx whose body broke off is left out: its data never arrived whole, so the attempt is a network
 * failure (as in the fetch and ky adapters). An error status whose body broke off still tells what
 * happened: axios before 1.16, and any axios when the socket is reset mid-body, reject without a
 * response, so one is made from the status and headers Node received.
 */
export function failedAttempt(error: unknown): AttemptResult {
  if (!isAxiosError(error)) return { error };
  if (error.response) return isBrokenOffBody(error) ? { error } : { error, response: error.response };
  const received = receivedErrorStatus(error);
  return received ? { error, response: received } : { error };
}

/** An error status Node received for the request, as a response without a body; `undefined` for any other failure. */
function receivedErrorStatus(error: AxiosError): AxiosResponse | undefined {
  const message = nodeMessageOf(error);
  const status = message?.statusCode;
  if (typeof status !== 'number' || (status >= 200 && status < 300) || error.config === undefined)
    return undefined;
  return {
    status,
    statusText: typeof message?.statusMessage === 'string' ? message.statusMessage : '',
    headers: headerRecord(message?.headers),
    data: undefined,
    config: error.config,
    request: error.request,
  };
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
