import {
  type Attempt,
  type Classification,
  classify,
  classifyNetworkError,
  type Dialect,
} from '@xapi-errors/core';
import type { FetchLike } from './options.ts';
import type { ResendableRequest } from './resendable-request.ts';
import { readForClassification } from './response.ts';

/** What one attempt produced: a response (any status), or the error of a request that got none. */
export type AttemptResult =
  | { readonly response: Response; readonly error?: undefined }
  | { readonly response?: undefined; readonly error: unknown };

function classifyResponse(
  request: ResendableRequest,
  response: Response,
  body: Uint8Array | undefined,
  dialect: Dialect | undefined,
): Classification {
  return classify({
    status: response.status,
    headers: response.headers,
    body,
    method: request.method,
    url: request.url,
    ...(dialect === undefined ? {} : { dialect }),
  });
}

/**
 * Sends one attempt and classifies it. HTTP errors are results, not exceptions; a failure with no
 * response (refused, reset, reset mid-body) is a network classification, except when the caller
 * aborted: then the abort reason is thrown so the loop stops at once.
 */
export async function sendAttempt(
  fetcher: FetchLike,
  request: ResendableRequest,
  dialect: Dialect | undefined,
): Promise<Attempt<AttemptResult>> {
  try {
    const { response, body } = await readForClassification(await request.send(fetcher), request.url);
    return { classification: classifyResponse(request, response, body, dialect), result: { response } };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    return { classification: classifyNetworkError(error, { method: request.method }), result: { error } };
  }
}
