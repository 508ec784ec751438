import type { HeadersLike } from './classification.ts';
import { dialectFromUrl } from './dialect.ts';
import { readHeaders } from './headers.ts';
import type { Dialect } from './kinds.ts';
import { urlParts } from './url-parts.ts';

/** FNV-1a: keys must not hold the API key itself, since keys may end up in logs. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** What a pacing key is derived from. */
export interface PaceRequest {
  readonly url: string | URL;
  /** The dialect, when the URL does not tell (a proxy host). */
  readonly dialect?: Dialect | undefined;
  readonly method?: string | undefined;
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
const oauthToken = /(?:^|[\s,])oauth_token\s*=\s*"([^"]*)"/i;
const oauthConsumer = /(?:^|[\s,])oauth_consumer_key\s*=\s*"([^"]*)"/i;

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
