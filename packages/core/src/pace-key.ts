import type { HeadersLike } from './classification.ts';
import { dialectFromUrl } from './dialect.ts';
import { readHeaders } from './headers.ts';
import type { Dialect } from './kinds.ts';
import { urlParts } from './url-parts.ts';

/** FNV-1a over `text`, from `basis`: 32 bits. */
function fnv1a(text: string, basis: number): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * 64 bits of two FNV-1a hashes: keys must not hold a credential, since keys may end up in logs,
 * and with a key per user token 32 bits would let a few of many thousands of users share windows.
 */
function fingerprint(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f);
}

/** What a pacing key is derived from. */
export interface PaceRequest {
  /** The full URL: its host tells the API, its path the endpoint. */
  readonly url: string | URL;
  /** The dialect, when the URL does not tell (a proxy host). */
  readonly dialect?: Dialect | undefined;
  /** The HTTP method, default `GET`: X counts each method of an endpoint on its own. */
  readonly method?: string | undefined;
  /** The request headers: the credential in `authorization` (X) or `apikey` (Sorsa) picks the key. */
  readonly headers?: HeadersLike | undefined;
}

/**
 * A path's parameter segments folded, so one endpoint has one key whatever it is asked about:
 * numeric ids (a v1.1 `.json` suffix kept), DM conversation ids (`123-456`), a username looked up
 * by `/by/username/`, Space ids (letters and digits) after `/spaces/`, WOEIDs and v1.1 place ids.
 */
function endpointOf(path: string): string {
  return path
    .replace(/\/by\/username\/[^/]+/, '/by/username/:username')
    .replace(/\/woeid\/\d+/, '/woeid/:woeid')
    .replace(/\/geo\/id\/[^/]+\.json$/, '/geo/id/:id.json')
    .replace(/\/spaces\/(?!search(?:\/|$)|by(?:\/|$))[^/]+/, '/spaces/:id')
    .replace(/\/\d+-\d+(?=\/|$)/g, '/:id')
    .replace(/\/\d{3,}(?=\/|\.json$|$)/g, '/:id');
}

const bearer = /^bearer\s+(\S+)/i;
/** An OAuth 1.0a parameter's value, quoted (as the spec has it) or not; an empty one counts as absent. */
const oauthParam = (name: string): RegExp => new RegExp(`(?:^|[\\s,])${name}\\s*=\\s*"?([^",\\s]+)`, 'i');
// Pure, so a bundle that never makes a pace key drops them.
const oauthToken = /* @__PURE__ */ oauthParam('oauth_token');
const oauthConsumer = /* @__PURE__ */ oauthParam('oauth_consumer_key');

/**
 * What X counts a request's windows against: the bearer token (an app's, or a user's through
 * OAuth 2.0), or the `oauth_token` of an OAuth 1.0a header, else its consumer key (an app asking
 * for a request token has no user yet), whose other parts (nonce, timestamp, signature) change with
 * every request. `undefined` when the request carries no `Authorization`.
 */
function credentialOf(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  return (
    bearer.exec(authorization)?.[1] ??
    oauthToken.exec(authorization)?.[1] ??
    oauthConsumer.exec(authorization)?.[1] ??
    authorization
  );
}

/**
 * The two parts of a pacing key: the endpoint (`x:GET /2/users/:id`, or the whole of a `sorsa:`
 * key) and the credential's fingerprint after `#` (`''` when the key has none).
 */
export function splitPaceKey(key: string): { readonly endpoint: string; readonly credential: string } {
  const mark = key.lastIndexOf('#');
  return mark === -1
    ? { endpoint: key, credential: '' }
    : { endpoint: key.slice(0, mark), credential: key.slice(mark + 1) };
}

/**
 * The pacing key of a request: `sorsa:<key fingerprint>` (Sorsa limits per API key) or
 * `x:<METHOD> <path>#<credential fingerprint>` with parameter segments folded (X limits per
 * endpoint and per app or user): `/2/users/123` and `/2/users/456` share `x:GET /2/users/:id#…`,
 * `/2/users/by/username/jack` is `x:GET /2/users/by/username/:username#…`. A request without an
 * `Authorization` header has no `#…` part. `undefined` for other hosts. `dialect` defaults to the
 * request's own, else what its URL tells. Fingerprints, never the secrets: keys may be logged.
 */
export function paceKey(
  request: PaceRequest,
  dialect: Dialect | undefined = request.dialect ?? dialectFromUrl(request.url),
): string | undefined {
  if (dialect === 'sorsa') return `sorsa:${fingerprint(readHeaders(request.headers)('apikey') ?? '')}`;
  if (dialect === undefined) return undefined;
  const path = urlParts(request.url)?.path;
  if (path === undefined) return undefined;
  const endpoint = `x:${(request.method ?? 'GET').toUpperCase()} ${endpointOf(path)}`;
  const credential = credentialOf(readHeaders(request.headers)('authorization'));
  return credential === undefined ? endpoint : `${endpoint}#${fingerprint(credential)}`;
}
