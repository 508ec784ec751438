import { type Attempt, classify, classifyNetworkError, isPlainSuccess } from '@xapi-errors/core';
import { handOut, interpret, needsBody, type ReadBody, type UrlFacts } from '@xapi-errors/core/web';
import { outcomes } from './classification-store.ts';

/** What one attempt produced: a response, or the error that kept it from arriving. */
export type Sent = { readonly response: Response } | { readonly error: unknown };

/** A response with its body read when classification needs it, or the error that broke the body off. */
export type Received =
  | { readonly response: Response; readonly read: ReadBody | undefined; readonly error?: undefined }
  | { readonly response?: undefined; readonly read?: undefined; readonly error: unknown };

/**
 * Reads a response's body when classification needs it: error bodies and 2xx JSON bodies, once;
 * other 2xx bodies (media, streams) are left unread. A body that breaks off is received as its
 * error (the answer never arrived whole), unless the caller aborted: then the reason is thrown.
 */
export async function receive(response: Response, request: Request, facts: UrlFacts): Promise<Received> {
  if (!needsBody(response, facts.stream)) return { response, read: undefined };
  try {
    return { response, read: interpret(await response.arrayBuffer()) };
  } catch (error) {
    if (request.signal.aborted) throw request.signal.reason;
    return { error };
  }
}

function classifyReceived(
  response: Response,
  request: Request,
  facts: UrlFacts,
  body: unknown,
  now?: number,
) {
  return classify({
    status: response.status,
    headers: response.headers,
    body,
    method: request.method,
    url: request.url,
    // Known already: passing it spares classify another parse of the URL.
    dialect: facts.dialect,
    now,
  });
}

/** Classifies what was received, handing on a read response over the same bytes for ky and the caller. */
export function toAttempt(received: Received, request: Request, facts: UrlFacts): Attempt<Sent> {
  const { response, read, error } = received;
  if (response === undefined) {
    return { classification: classifyNetworkError(error, { method: request.method }), result: { error } };
  }
  const classification = classifyReceived(response, request, facts, read?.body);
  const handed = read === undefined ? response : handOut(response, read, classification, outcomes);
  return { classification, result: { response: handed } };
}

const noProblems = { problems: [] } as const;

/**
 * The response to resolve with when what was received is a plain success (see `isPlainSuccess`),
 * readable again, with its outcome made only if `getClassification` asks for it: without the body,
 * which changes nothing in it (and which the caller may have changed meanwhile), at the time it
 * arrived. `undefined` when it needs classifying now.
 */
export function plainResponse(received: Received, request: Request, facts: UrlFacts): Response | undefined {
  const { response, read } = received;
  if (response === undefined || !isPlainSuccess(response.status, read?.body)) return undefined;
  const now = Date.now();
  const handed = read === undefined ? response : handOut(response, read, noProblems, outcomes);
  outcomes.defer(handed, () => ({
    classification: classifyReceived(response, request, facts, undefined, now),
    attempts: 1,
  }));
  return handed;
}
