import { type Attempt, type Classification, classify, classifyNetworkError } from '@xapi-errors/core';
import { handOut, interpret, needsBody, type ReadBody, type UrlFacts } from '@xapi-errors/core/web';
import { classifications } from './classification-store.ts';
import type { FetchLike } from './options.ts';
import type { ResendableRequest } from './resendable-request.ts';

/** What one attempt produced: a response (any status), or the error of a request that got none. */
export type AttemptResult =
  | { readonly response: Response; readonly error?: undefined }
  | { readonly response?: undefined; readonly error: unknown };

function classifyResponse(
  request: ResendableRequest,
  response: Response,
  read: ReadBody | undefined,
  facts: UrlFacts,
): Classification {
  return classify({
    status: response.status,
    headers: response.headers,
    body: read?.body,
    method: request.method,
    url: request.url,
    // Known already: passing it spares classify another reading of the URL.
    dialect: facts.dialect,
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
  facts: UrlFacts,
): Promise<Attempt<AttemptResult>> {
  let response: Response;
  let read: ReadBody | undefined;
  try {
    response = await request.send(fetcher);
    // Rejects, like fetch, when the connection breaks mid-body.
    if (needsBody(response, facts.stream)) read = interpret(await response.arrayBuffer());
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    // Invalid headers are the caller's mistake, not a network failure to retry: throw fetch's TypeError.
    void request.headers;
    return { classification: classifyNetworkError(error, { method: request.method }), result: { error } };
  }
  const classification = classifyResponse(request, response, read, facts);
  return {
    classification,
    result: {
      response: read === undefined ? response : handOut(response, read, classification, classifications),
    },
  };
}
