/** `application/json`, `application/problem+json` and friends. */
const jsonType = /[/+]json\b/i;

/**
 * Whether a response's body must be read for classification. Errors live in non-2xx bodies and,
 * as partial errors or a failed media upload, in 2xx JSON bodies. Anything else (images, media, and `stream`: a streaming
 * endpoint, see `urlFacts`) is passed through unread so large or endless bodies keep streaming to
 * the caller.
 */
export function needsBody(response: Response, stream: boolean): boolean {
  if (!response.ok) return true;
  return !stream && jsonType.test(response.headers.get('content-type') ?? '');
}
