import type { Fields } from './fields.ts';
import type { Dialect } from './kinds.ts';
import { type UrlParts, urlParts } from './url-parts.ts';

/** The dialect a URL belongs to, from its host and path; `undefined` when neither tells. */
export function dialectFromUrl(url: string | URL | undefined): Dialect | undefined {
  // Kept this small so V8 inlines it: most classifications have no URL and pay nothing.
  return url === undefined ? undefined : dialectOfUrl(url);
}

function dialectOfUrl(url: string | URL): Dialect | undefined {
  const parts = urlParts(url);
  return parts && dialectOfParts(parts);
}

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * The API a host name belongs to: X (`x.com`, `twitter.com` and their subdomains) or Sorsa
 * (`sorsa.io` and its subdomains); `undefined` for any other, look-alikes such as
 * `api.x.com.example` or `notsorsa.io` included. Unlike a path, a host says where a credential may go.
 */
export function apiOfHost(host: string): 'x' | 'sorsa' | undefined {
  const name = host.toLowerCase();
  if (isUnder(name, 'sorsa.io')) return 'sorsa';
  return isUnder(name, 'x.com') || isUnder(name, 'twitter.com') ? 'x' : undefined;
}

/** The dialect of a URL already split into host and path. */
export function dialectOfParts({ host, path }: UrlParts): Dialect | undefined {
  if (apiOfHost(host) === 'sorsa' || path.startsWith('/v3/')) return 'sorsa';
  if (path.startsWith('/1.1/') || path.startsWith('/oauth/') || path.startsWith('/oauth2/')) return 'v1.1';
  if (path.startsWith('/2/')) return 'v2';
  return undefined;
}

/** The dialect a JSON body's shape suggests, from its fields and those of its first `errors` item. */
export function dialectFromBody(body: Fields, first: Fields | undefined): Dialect | undefined {
  if (body.type !== undefined || body.title !== undefined) return 'v2';
  if (Array.isArray(body.errors)) {
    if (first) {
      if (first.type !== undefined || first.title !== undefined) return 'v2';
      // A digit string counts too: some clients' serialisers quote every number.
      if (first.code !== undefined) return 'v1.1';
    }
    return undefined;
  }
  if (typeof body.errors === 'string' || body.request !== undefined) return 'v1.1';
  // X's OpenAPI `Error` is a flat `{code, message}`; Sorsa's `code` comes only beside `error: true`.
  if (body.ownMessage !== undefined) return body.code !== undefined && !body.errorFlag ? 'v1.1' : 'sorsa';
  return undefined;
}
