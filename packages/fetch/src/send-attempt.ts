import { type Attempt, classifyNetworkError } from '@xapi-errors/core';
import {
  classifyResponse,
  handOut,
  handOutPlain,
  interpret,
  needsBody,
  type ReadBody,
  type UrlFacts,
} from '@xapi-errors/core/web';
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
  const classification = classifyResponse(response, request, facts, read?.body);
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

/**
 * The response to resolve with when what was received is a plain success, classified only if
 * `getClassification` asks (see `handOutPlain`); `undefined` when it needs classifying now.
 */
export function plainResponse(
  received: Received,
  request: ResendableRequest,
  facts: UrlFacts,
): Response | undefined {
  const { response, read } = received;
  if (response === undefined) return undefined;
  return handOutPlain(response, read, classifications, (arrivedAt) =>
    classifyResponse(response, request, facts, undefined, arrivedAt),
  );
}
