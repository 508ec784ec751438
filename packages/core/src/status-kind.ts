import type { Dialect, Kind, RetryPolicy } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import type { Rule } from './rule.ts';

/** The kind a bare status implies, for responses no catalogue entry matches (unknown hosts). */
export function kindOfStatus(status: number): Kind {
  if (status >= 200 && status < 400) return 'ok';
  switch (status) {
    case 400:
    case 413:
    case 422:
      return 'invalid-request';
    case 401:
      return 'authentication';
    case 402:
      return 'credits-exhausted';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 406:
      return 'not-acceptable';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 410:
      return 'gone';
    case 420:
      return 'too-many-connections';
    case 429:
      return 'rate-limited';
    case 503:
      return 'unavailable';
  }
  return status >= 500 && status < 600 ? 'server-error' : 'unknown';
}

/** The retry policy a kind has when no entry says otherwise. */
export function retryOfKind(kind: Kind): RetryPolicy {
  switch (kind) {
    case 'rate-limited':
      return 'after-reset';
    case 'usage-capped':
    case 'action-limit':
      return 'after-period';
    case 'too-many-connections':
    case 'stream-disconnect':
      return 'reconnect';
    case 'server-error':
    case 'unavailable':
    case 'network':
    case 'timeout':
      return 'backoff';
    default:
      return 'never';
  }
}

/**
 * Whether the API may have acted on a request that failed with this status (unknown → assume yes).
 * A 503 says it did not only when its body is the API's own (see `isApiProblem`).
 */
export function processedOfStatus(status: number): boolean {
  // 501: the server does not implement the call, so it cannot have acted on it.
  if (status === 429 || status === 420 || status === 501) return false;
  return status >= 500 || status < 400;
}

/** A v2 problem type as X writes it: `about:blank`, or a URL of its `/problems/` pages. */
function isXProblemType(type: string): boolean {
  return type === 'about:blank' || type.includes('/problems/');
}

/**
 * Whether a problem shows the API itself answered a 503: in a body X could have sent (JSON, cut-off
 * JSON or XML, never a page or prose, where a code or type is only quoted), a v2 problem (`about:blank`
 * or an X problem type, or problem details without a type) or an error the catalogue knows by its
 * code. A 503 with none is a proxy's own answer (no body, text, a page, a gateway's
 * `{"code":503}` or `{"type":"error"}`), which may follow a request the API received: it counts as
 * possibly processed, so a POST is not sent again. X's "over capacity" 503 carries its problem or
 * code 130. Sorsa documents no 503 at all: any is a gateway's.
 */
export function isApiProblem(
  raw: RawProblem,
  rule: Rule | undefined,
  from: { readonly dialect: Dialect | undefined; readonly apiShaped: boolean },
): boolean {
  if (!from.apiShaped || from.dialect === 'sorsa') return false;
  if (raw.type !== undefined) return isXProblemType(raw.type);
  return raw.title !== undefined || (rule !== undefined && !rule.generic);
}
