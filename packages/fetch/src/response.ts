/** `application/json`, `application/problem+json` and friends. */
const jsonType = /[/+]json\b/i;

/** Streaming endpoints (`/2/tweets/search/stream`, `/2/tweets/sample/stream`, …) never end: never buffer them. */
const streamPath = /\/stream\/?$/;

/** Statuses whose responses must be constructed without a body. */
const nullBodyStatuses: ReadonlySet<number> = new Set([204, 205, 304]);

function isStreamEndpoint(url: string): boolean {
  try {
    return streamPath.test(new URL(url, 'http://localhost').pathname);
  } catch {
    return false;
  }
}

/**
 * Errors live in non-2xx bodies and, as partial errors, in 2xx JSON bodies. Anything else (images,
 * media, streams) is passed through unread so large or endless bodies keep streaming to the caller.
 */
function needsBody(response: Response, url: string): boolean {
  if (!response.ok) return true;
  return jsonType.test(response.headers.get('content-type') ?? '') && !isStreamEndpoint(url);
}

/** A fresh response over bytes already read, so the caller can still call `.json()` or `.text()` once. */
function rebuild(original: Response, bytes: Uint8Array<ArrayBuffer>): Response {
  // Opaque (status 0) responses cannot be constructed; they carry no body to protect anyway.
  if (original.status < 200) return original;
  const copy = new Response(nullBodyStatuses.has(original.status) ? null : bytes, {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  });
  Object.defineProperties(copy, {
    url: { value: original.url },
    redirected: { value: original.redirected },
  });
  return copy;
}

/** A response ready to classify: the bytes to classify (if read) and the response to hand out. */
export interface ReadResponse {
  readonly response: Response;
  readonly body?: Uint8Array;
}

/**
 * Reads the body once when classification needs it and returns a rebuilt response in its place.
 * Rejects (like fetch) when the connection breaks mid-body.
 */
export async function readForClassification(response: Response, url: string): Promise<ReadResponse> {
  if (!needsBody(response, url)) return { response };
  const body = new Uint8Array(await response.arrayBuffer());
  return { response: rebuild(response, body), body };
}
