import type { RetryPolicy } from './kinds.ts';

const idempotent = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/**
 * Whether a method may be sent twice without changing the outcome (RFC 9110 §9.2.2): GET, HEAD,
 * OPTIONS, PUT, DELETE and TRACE, in any case. `undefined` (no method given) counts as GET and
 * gives `true`, as does anything but a string from a JavaScript caller (`null`, a number), which
 * no HTTP client would send as a method either.
 */
export function isIdempotent(method: string | undefined): boolean {
  return typeof method !== 'string' || idempotent.has(method.toUpperCase());
}

/**
 * Whether sending the same request again can succeed soon. A POST is resent only when the API
 * certainly did not act on it: a retried 500 could post the same Tweet twice.
 */
export function isRetryable(policy: RetryPolicy, processed: boolean, method: string | undefined): boolean {
  if (policy === 'never' || policy === 'after-period') return false;
  return isIdempotent(method) || !processed;
}
