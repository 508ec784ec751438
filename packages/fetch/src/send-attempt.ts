import type { Attempt } from '@xapi-errors/core';
import {
  type AttemptResult,
  classifyResponse,
  handOutPlain,
  interpret,
  needsBody,
  type Received,
  toAttempt,
  type UrlFacts,
  unreadBody,
} from '@xapi-errors/core/web';
import { classifications } from './classification-store.ts';
import type { FetchLike } from './options.ts';
import { refusalOf } from './refusal.ts';
import type { ResendableRequest } from './resendable-request.ts';

/**
 * Sends one attempt and reads its body when classification needs it. A failure with no response
 * (refused, reset) is received as its error, a body that cannot be read as `unreadBody` says,
 * except when the caller aborted: then the abort reason is thrown so nothing more is tried.
 */
export async function receive(
  fetcher: FetchLike,
  request: ResendableRequest,
  facts: UrlFacts,
): Promise<Received> {
  let response: Response | undefined;
  try {
    response = await request.send(fetcher);
    // Rejects, like fetch, when the connection breaks mid-body.
    const read = needsBody(response, facts.stream) ? interpret(await response.arrayBuffer()) : undefined;
    return { response, read };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    if (response !== undefined) return unreadBody(response, error);
    // Invalid headers are the caller's mistake, not a network failure to retry: reading them throws
    // fetch's TypeError, already without the value it refused (see `ResendableRequest.headers`).
    void request.headers;
    const refusal = refusalOf(request, error);
    if (refusal !== undefined) throw refusal;
    return { error };
  }
}

/** One attempt of the retry loop: sent, read and classified. */
export async function sendAttempt(
  fetcher: FetchLike,
  request: ResendableRequest,
  facts: UrlFacts,
): Promise<Attempt<AttemptResult>> {
  return toAttempt(await receive(fetcher, request, facts), request, facts, classifications);
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
