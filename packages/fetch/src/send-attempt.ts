import {
  type Attempt,
  type Classification,
  classify,
  classifyNetworkError,
  isPlainSuccess,
} from '@xapi-errors/core';
import { handOut, interpret, needsBody, type ReadBody, type UrlFacts } from '@xapi-errors/core/web';
import { classifications } from './classification-store.ts';
import type { FetchLike } from './options.ts';
import type { ResendableRequest } from './resendable-request.ts';

/** What one attempt produced: a response (any status), or the error of a request that got none. */
export type AttemptResult =
  | { readonly response: Response; readonly error?: undefined }
  | { readonly response?: undefined; readonly error: unknown };

/** What one attempt received: a response and its body when classification reads it, or the error instead. */
export type Received =
  | { readonly response: Response; readonly read: ReadBody | undefined; readonly error?: undefined }
  | { readonly response?: undefined; readonly read?: undefined; readonly error: unknown };

function classifyResponse(
  request: ResendableRequest,
  response: Response,
  body: unknown,
  facts: UrlFacts,
  now?: number,
): Classification {
  return classify({
    status: response.status,
    headers: response.headers,
    body,
    method: request.method,
    url: request.url,
    // Known already: passing it spares classify another reading of the URL.
    dialect: facts.dialect,
    now,
  });
}

/**
 * Sends one attempt and reads its body when classification needs it. A failure with no response
 * (refused, reset, reset mid-body) is received as its error, except when the caller aborted: then
 * the abort reason is thrown so nothing more is tried.
 */
export async function receive(
  fetcher: FetchLike,
  request: ResendableRequest,
  facts: UrlFacts,
): Promise<Received> {
  try {
    const response = await request.send(fetcher);
    // Rejects, like fetch, when the connection breaks mid-body.
    const read = needsBody(response, facts.stream) ? interpret(await response.arrayBuffer()) : undefined;
    return { response, read };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    // Invalid headers are the caller's mistake, not a network failure to retry: throw fetch's TypeError.
    void request.headers;
    return { error };
  }
}

/** Classifies what an attempt received; HTTP errors are results, not exceptions. */
export function toAttempt(
  received: Received,
  request: ResendableRequest,
  facts: UrlFacts,
): Attempt<AttemptResult> {
  const { response, read, error } = received;
  if (response === undefined) {
    return { classification: classifyNetworkError(error, { method: request.method }), result: { error } };
  }
  const classification = classifyResponse(request, response, read?.body, facts);
  return {
    classification,
    result: {
      response: read === undefined ? response : handOut(response, read, classification, classifications),
    },
  };
}

/** One attempt of the retry loop: sent, read and classified. */
export async function sendAttempt(
  fetcher: FetchLike,
  request: ResendableRequest,
  facts: UrlFacts,
): Promise<Attempt<AttemptResult>> {
  return toAttempt(await receive(fetcher, request, facts), request, facts);
}

const noProblems = { problems: [] } as const;

/**
 * The response to resolve with when what was received is a plain success (see `isPlainSuccess`),
 * readable again, with its classification made only if `getClassification` asks for it: without
 * the body, which changes nothing in it (and which the caller may have changed meanwhile), at the
 * time it arrived. `undefined` when it needs classifying now.
 */
export function plainResponse(
  received: Received,
  request: ResendableRequest,
  facts: UrlFacts,
): Response | undefined {
  const { response, read } = received;
  if (response === undefined || !isPlainSuccess(response.status, read?.body)) return undefined;
  const now = Date.now();
  const handed = read === undefined ? response : handOut(response, read, noProblems, classifications);
  classifications.defer(handed, () => classifyResponse(request, response, undefined, facts, now));
  return handed;
}
