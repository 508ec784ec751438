/**
 * The top-level names `classify` reads from a JSON body (see `problemsOf` and `dialectFromBody`):
 * `errors` lists problems, a lone error object carries one of the next four, `title` or `request`
 * tell the dialect, and `processing_info` may report a failed media upload. A body with none of
 * them tells `classify` nothing.
 */
const errorNames: ReadonlySet<string> = new Set([
  'errors',
  'type',
  'code',
  'error',
  'message',
  'title',
  'request',
  'processing_info',
]);

/**
 * Whether a response is a plain success: a 2xx whose body was not read (media, streams) or parsed
 * to an array or to a plain object none of whose names (own or inherited, as `classify` reads
 * them) `classify` reads. Whatever its headers, its classification is `ok`, not partial, without
 * problems, and the same as that of the response without its body; so an adapter can settle it at
 * once, and classify it (bodiless) only when someone asks.
 *
 * @param status - The HTTP status.
 * @param body - The body as `classify` would get it: `undefined` when unread, else the parsed JSON.
 *   Text, bytes and `null` are never plain: `classify` must look at them.
 */
export function isPlainSuccess(status: number, body: unknown): boolean {
  if (status < 200 || status > 299) return false;
  if (body === undefined || Array.isArray(body)) return true;
  // Only what JSON.parse makes: `classify` reads other objects' inherited and hidden fields too.
  if (typeof body !== 'object' || body === null || (body as { constructor?: unknown }).constructor !== Object)
    return false;
  for (const name in body) {
    if (errorNames.has(name)) return false;
  }
  return true;
}
