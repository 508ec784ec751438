import { type Attempt, classify, classifyNetworkError } from '@xapi-errors/core';
import { handOut, interpret, needsBody, type ReadBody, type UrlFacts } from '@xapi-errors/core/web';
import { outcomes } from './classification-store.ts';

/** What one attempt produced: a response, or the error that kept it from arriving. */
export type Sent = { readonly response: Response } | { readonly error: unknown };

/**
 * Classifies one attempt's response. Error bodies and 2xx JSON bodies are read once, and handed
 * on in a response over the same bytes that ky and the caller read as usual; other 2xx bodies
 * (media, streams) are not read. A body that breaks off is a network failure: the answer never
 * arrived whole.
 */
export async function classifyResponse(
  response: Response,
  request: Request,
  facts: UrlFacts,
): Promise<Attempt<Sent>> {
  const input = {
    status: response.status,
    headers: response.headers,
    method: request.method,
    url: request.url,
    // Known already: passing it spares classify another parse of the URL.
    dialect: facts.dialect,
  };
  if (!needsBody(response, facts.stream)) return { classification: classify(input), result: { response } };
  let read: ReadBody;
  try {
    read = interpret(await response.arrayBuffer());
  } catch (error) {
    if (request.signal.aborted) throw request.signal.reason;
    return { classification: classifyNetworkError(error, { method: request.method }), result: { error } };
  }
  const classification = classify({ ...input, body: read.body });
  return { classification, result: { response: handOut(response, read, classification, outcomes) } };
}
