/**
 * The top-level names that can make a JSON body an error body, partly or wholly (see
 * `problemsOf`): `errors` lists problems, and a lone error object carries one of the others.
 */
const errorNames: ReadonlySet<string> = new Set(['errors', 'type', 'code', 'error', 'message']);

/**
 * Whether a response is a plain success: a 2xx whose body was not read (media, streams) or parsed
 * to an array or to a plain object none of whose names (own or inherited, as `classify` reads
 * them) an error body uses. Whatever its headers, its classification is `ok`, not partial and
 * without problems, so an adapter can settle it at once and classify it only when someone asks.
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
