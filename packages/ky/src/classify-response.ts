import { type Attempt, classify, classifyNetworkError, type Dialect } from '@xapi-errors/core';

/** What one attempt produced: a response, or the error that kept it from arriving. */
export type Sent = { readonly response: Response } | { readonly error: unknown };

// X's streaming endpoints answer 200 with a JSON body that never ends: reading it would never return.
function isStream(url: string): boolean {
  return new URL(url).pathname.endsWith('/stream');
}

function mayCarryErrors(response: Response, url: string): boolean {
  if (!response.ok) return true;
  return (response.headers.get('content-type') ?? '').includes('json') && !isStream(url);
}

/**
 * Classifies one attempt's response. Error bodies and 2xx JSON bodies are read from a clone, so
 * the response ky and the caller get stays unread; other 2xx bodies (media, streams) are not read.
 * A body that breaks off is a network failure: the answer never arrived whole.
 */
export async function classifyResponse(
  response: Response,
  request: Request,
  dialect: Dialect | undefined,
): Promise<Attempt<Sent>> {
  const input = {
    status: response.status,
    headers: response.headers,
    method: request.method,
    url: request.url,
    ...(dialect && { dialect }),
  };
  if (!mayCarryErrors(response, request.url))
    return { classification: classify(input), result: { response } };
  try {
    const body = new Uint8Array(await response.clone().arrayBuffer());
    return { classification: classify({ ...input, body }), result: { response } };
  } catch (error) {
    if (request.signal.aborted) throw request.signal.reason;
    return { classification: classifyNetworkError(error, { method: request.method }), result: { error } };
  }
}
