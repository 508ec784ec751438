/** The two parts of a URL that dialect detection and pacing keys look at. */
export interface UrlParts {
  /** Lower-case host name, `localhost` for a relative URL. */
  readonly host: string;
  /** The path, as the WHATWG URL parser normalises it. */
  readonly path: string;
}

/**
 * An absolute http(s) URL or a root-relative one that the WHATWG parser would leave as written:
 * a plain host, a port in range, and a path without percent escapes, backslashes, whitespace or
 * dot segments. Anything else (userinfo, IPv6, escapes, `..`) goes through `URL`.
 */
const plainUrl = /^(?:https?:\/\/([A-Za-z0-9.-]+)(?::(\d{1,5}))?)?(\/[\w\-~!$&'()*+,;=:@/]*)?(?:[?#]|$)/;

function parsed(url: string | URL): UrlParts | undefined {
  try {
    const parts = typeof url === 'string' ? new URL(url, 'http://localhost') : url;
    return { host: parts.hostname.toLowerCase(), path: parts.pathname };
  } catch {
    return undefined;
  }
}

/**
 * Host and path of `url` (absolute, or relative to a placeholder host); `undefined` when it does
 * not parse. Every request passes here, and the URL parser costs more than the rest of a
 * classification: answers are kept per endpoint, and plain URLs, nearly all of them, are read with
 * one pattern instead of the parser.
 */
export function urlParts(url: string | URL): UrlParts | undefined {
  if (typeof url !== 'string') return parsed(url);
  const key = beforeQuery(url);
  // Userinfo is a credential: such URLs are read every time, never kept.
  if (key.includes('@')) return read(url);
  const known = recent.get(key);
  if (known !== undefined) return known ?? undefined;
  const parts = read(url);
  if (recent.size >= maxRecent) recent.clear();
  recent.set(key, parts ?? null);
  return parts;
}

/**
 * The parts of recently read URLs, by the URL up to its query or fragment: requests go to a few
 * endpoints, and neither the query nor the fragment changes host or path (nor makes a URL invalid).
 * Query values, where credentials can travel, are never kept. `null` records a URL that does not parse.
 */
const recent = new Map<string, UrlParts | null>();
const maxRecent = 256;

function beforeQuery(url: string): string {
  const query = url.indexOf('?');
  const fragment = url.indexOf('#');
  const end = query === -1 || (fragment !== -1 && fragment < query) ? fragment : query;
  return end === -1 ? url : url.slice(0, end);
}

function read(url: string): UrlParts | undefined {
  const match = plainUrl.exec(url);
  const host = match?.[1];
  const port = match?.[2];
  const path = match?.[3];
  if (host === undefined ? path === undefined || path.startsWith('//') : !asWritten(host)) return parsed(url);
  if (port !== undefined && Number(port) > 65_535) return parsed(url);
  if (path?.includes('/.')) return parsed(url);
  return { host: host?.toLowerCase() ?? 'localhost', path: path ?? '/' };
}

const dottedQuad = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const numberLabel = /(?:^|\.)(?:\d+|0x[\da-f]*)\.?$/i;

/**
 * Whether the parser keeps a host as written: a name ending in a number is an IPv4 address it
 * rewrites (or rejects) unless already dotted-quad, and `xn--` labels are checked as punycode.
 */
function asWritten(host: string): boolean {
  if (host.includes('xn--')) return false;
  return !numberLabel.test(host) || dottedQuad.test(host);
}
