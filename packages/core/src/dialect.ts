import type { Dialect } from './kinds.ts';
import { isRecord } from './record.ts';

/** The dialect a URL belongs to, from its host and path; `undefined` when neither tells. */
export function dialectFromUrl(url: string | URL | undefined): Dialect | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url, 'http://localhost') : url;
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  if (host.endsWith('sorsa.io') || path.startsWith('/v3/')) return 'sorsa';
  if (path.startsWith('/1.1/') || path.startsWith('/oauth/') || path.startsWith('/oauth2/')) return 'v1.1';
  if (path.startsWith('/2/')) return 'v2';
  return undefined;
}

/** The dialect a parsed JSON body's shape suggests. */
export function dialectFromBody(json: unknown): Dialect | undefined {
  if (!isRecord(json)) return undefined;
  if (typeof json['type'] === 'string' || typeof json['title'] === 'string') return 'v2';
  const errors = json['errors'];
  if (Array.isArray(errors)) {
    const first: unknown = errors[0];
    if (isRecord(first)) {
      if (typeof first['type'] === 'string' || typeof first['title'] === 'string') return 'v2';
      if (typeof first['code'] === 'number') return 'v1.1';
    }
    return undefined;
  }
  if (typeof errors === 'string' || typeof json['request'] === 'string') return 'v1.1';
  if (typeof json['message'] === 'string') return 'sorsa';
  return undefined;
}
