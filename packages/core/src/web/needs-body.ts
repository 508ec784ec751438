/** `application/json`, `application/problem+json` and friends. */
const jsonType = /[/+]json\b/i;

/**
 * Whether a `content-type` value is JSON (`application/json`, `application/problem+json`, …): the
 * only 2xx bodies searched for errors, as anything else (text, media) is data.
 *
 * @example
 * ```ts
 * isJsonContentType('application/json; charset=utf-8'); // true
 * isJsonContentType('text/plain'); // false
 * ```
 */
export function isJsonContentType(value: string | null | undefined): boolean {
  return jsonType.test(value ?? '');
}

/**
 * Whether a response's body must be read for classification. Errors live in non-2xx bodies and,
 * as partial errors or a failed media upload, in 2xx JSON bodies. Anything else (images, media, and `stream`: a streaming
 * endpoint, see `urlFacts`) is passed through unread so large or endless bodies keep streaming to
 * the caller.
 */
export function needsBody(response: Response, stream: boolean): boolean {
  if (!response.ok) return true;
  return !stream && isJsonContentType(response.headers.get('content-type'));
}
