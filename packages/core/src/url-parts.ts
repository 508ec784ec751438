/** The two parts of a URL that dialect detection and pacing keys look at. */
export interface UrlParts {
  /** Lower-case host name, `localhost` for a relative URL. */
  readonly host: string;
  /** The path, as the WHATWG URL parser normalises it. */
  readonly path: string;
}

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
 * not parse. Every request passes here, several times, and parsing a URL costs more than the rest
 * of a classification: answers are kept per endpoint.
 */
export function urlParts(url: string | URL): UrlParts | undefined {
  if (typeof url !== 'string') return parsed(url);
  const key = beforeQuery(url);
  // Userinfo is a credential: such URLs are read every time, never kept. So are keys ending in a
  // space or control character, which the parser drops at the end of a URL but keeps in a path.
  if (key.includes('@') || key.charCodeAt(key.length - 1) <= 0x20) return parsed(url);
  const known = recent.get(key);
  if (known !== undefined) return known ?? undefined;
  const parts = parsed(url);
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
