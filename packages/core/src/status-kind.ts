import type { BodyFormat } from './body.ts';
import type { Kind, RetryPolicy } from './kinds.ts';

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

/** Whether the API may have acted on a request that failed with this status (unknown → assume yes). */
export function processedOfStatus(status: number): boolean {
  if (status === 429 || status === 420 || status === 503) return false;
  return status >= 500 || status < 400;
}

/**
 * Whether a 503 carries nothing of the API: no error with a code or a problem type in its body, and
 * no page (X's "over capacity" page is HTML). Such a bare, plain-text or message-only 503 is a
 * proxy's own answer ("upstream … reset before headers"), which may follow a request the API
 * received: it counts as possibly processed, so a POST is not sent again.
 */
export function isProxyUnavailable(
  status: number,
  format: BodyFormat,
  problems: readonly { readonly code?: number | undefined; readonly type?: string | undefined }[],
): boolean {
  if (status !== 503 || format === 'html') return false;
  return !problems.some((problem) => problem.code !== undefined || problem.type !== undefined);
}
