import { causeCodes } from '../cause-chain.ts';
import { redactText } from '../redact-text.ts';
import { redactUrl } from '../redact-url.ts';

/**
 * The Fetch standard's bad ports (https://fetch.spec.whatwg.org/#port-blocking): fetch fails a
 * request to one of them before connecting, in every runtime that follows the standard.
 */
const badPorts: ReadonlySet<string> = new Set(
  [
    1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
    109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
    526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
    3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
  ].map(String),
);

/**
 * Why a request to `url` that failed before any response cannot have been sent, or `undefined`
 * when the failure may be the network's. No HTTP client sends to a URL that is not HTTP. Fetch also
 * refuses a URL with credentials in it and a bad port, but only fetch does (Node's `http` sends
 * userinfo as Basic auth and dials any port), and it says so without an error code: a failure
 * whose error carries one (`coded`: `ECONNREFUSED`, `UND_ERR_SOCKET`, …) reached the network.
 * Fetch's messages ("fetch failed", "bad port") are not read: the URL tells, whatever the runtime.
 *
 * @example
 * ```ts
 * unsendable(new URL('ftp://api.x.com/2/users/me'), false); // 'the scheme ftp: is not http: or https:'
 * unsendable(new URL('http://127.0.0.1:6000/'), false); // 'fetch blocks port 6000'
 * unsendable(new URL('https://api.x.com/2/users/me'), true); // undefined: the network may be to blame
 * ```
 */
export function unsendable(url: URL, coded: boolean): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `the scheme ${url.protocol} is not http: or https:`;
  if (coded) return undefined;
  if (url.username !== '' || url.password !== '') return 'fetch refuses credentials in the URL';
  if (badPorts.has(url.port)) return `fetch blocks port ${url.port}`;
  return undefined;
}

/** Node's codes for an argument it refused before sending anything (`ERR_INVALID_URL`, …). */
const argumentCode = /^ERR_(INVALID_|MISSING_ARGS|OUT_OF_RANGE)/;

/**
 * Whether a failure may have reached the network: it is not a `TypeError` (fetch refuses what it
 * cannot send with one; a time-out is a `TimeoutError`), or an error along its cause chain carries
 * a code other than one of Node's refused-argument codes (`ECONNREFUSED`, `UND_ERR_SOCKET`,
 * `ERR_SSL_WRONG_VERSION_NUMBER`, …).
 */
export function reachedNetwork(error: unknown): boolean {
  return !(error instanceof TypeError) || causeCodes(error).some((code) => !argumentCode.test(code));
}

/**
 * Whether a request's URL can be shown redacted: it parses, or it is a path (no userinfo can hide
 * in one). An absolute URL that does not parse is not shown at all: a password in it may hold a `/`.
 */
function showable(url: string): boolean {
  return URL.canParse(url) || /^\/(?!\/)/.test(url);
}

/**
 * The `TypeError` a request fetch could never send is refused with: `Request could not be built
 * (why): METHOD url`, the URL redacted, and `why` with any copy of the URL in it replaced, since
 * fetch's own messages quote the URL whole, password included.
 */
export function refusedRequest(why: string, method: string, url: string): TypeError {
  const shows = showable(url);
  const shown = shows ? redactUrl(url) : '(not shown)';
  const note = shows ? '' : ', a URL that does not parse and may hold a credential';
  return new TypeError(
    `Request could not be built (${redactText(why.replaceAll(url, shown))}): ${method} ${shown}${note}`,
  );
}

/**
 * The refusal for a request to `url` that fetch failed without a response because it could never
 * send it (see {@link unsendable}): a caller's mistake, which no retry mends. `undefined` when the
 * failure reached the network or may have (see {@link reachedNetwork}).
 *
 * @example
 * ```ts
 * unsendableRequest('GET', 'ftp://api.x.com/2/users/me', new TypeError('fetch failed'))?.message;
 * // 'Request could not be built (the scheme ftp: is not http: or https:): GET ftp://api.x.com/2/users/me'
 * ```
 */
export function unsendableRequest(method: string, url: string, error: unknown): TypeError | undefined {
  if (reachedNetwork(error)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, (globalThis as { location?: { href?: string } }).location?.href);
  } catch {
    return refusedRequest('not a URL', method, url);
  }
  const why = unsendable(parsed, false);
  return why === undefined ? undefined : refusedRequest(why, method, url);
}
