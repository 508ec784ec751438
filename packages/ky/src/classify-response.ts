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

/** Classifies what was received, handing on a read response over the same bytes for ky and the caller. */
export function toAttempt(received: Received, request: Request, facts: UrlFacts): Attempt<Sent> {
  const { response, read, error } = received;
  if (response === undefined) {
    return { classification: classifyNetworkError(error, { method: request.method }), result: { error } };
  }
  const classification = classifyResponse(response, request, facts, read?.body);
  const handed = read === undefined ? response : handOut(response, read, classification, outcomes);
  return { classification, result: { response: handed } };
}

/**
 * The response to resolve with when what was received is a plain success, with its outcome made
 * only if `getClassification` asks (see `handOutPlain`); `undefined` when it needs classifying now.
 */
export function plainResponse(received: Received, request: Request, facts: UrlFacts): Response | undefined {
  const { response, read } = received;
  if (response === undefined) return undefined;
  return handOutPlain(response, read, outcomes, (arrivedAt) => ({
    classification: classifyResponse(response, request, facts, undefined, arrivedAt),
    attempts: 1,
  }));
}
