import type { Example } from '../entry.ts';

/** Headers X sends with most JSON responses; realistic noise for the testkit and tests. */
const xHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'x-transaction-id': '4f0c1b2a9d8e7f60',
  'x-response-time': '12',
  server: 'tsa_b',
} as const;

/** A v1.1 `{"errors":[{code,message}]}` response. */
/* @__NO_SIDE_EFFECTS__ */
export function v11Error(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): Example {
  return {
    status,
    headers: { ...xHeaders, ...headers },
    body: JSON.stringify({ errors: [{ code, message }] }),
  };
}

/** A JSON response with any body, sent with X's usual headers. */
/* @__NO_SIDE_EFFECTS__ */
export function xJson(status: number, body: unknown, headers: Record<string, string> = {}): Example {
  return { status, headers: { ...xHeaders, ...headers }, body: JSON.stringify(body) };
}

/** A v2 problem+json response. */
/* @__NO_SIDE_EFFECTS__ */
export function v2Problem(
  status: number,
  problem: Record<string, unknown>,
  headers: Record<string, string> = {},
): Example {
  return {
    status,
    headers: { ...xHeaders, 'content-type': 'application/problem+json', ...headers },
    body: JSON.stringify(problem),
  };
}

/** A Sorsa `{"message": "..."}` response (Sorsa sends no rate-limit headers). */
/* @__NO_SIDE_EFFECTS__ */
export function sorsaError(status: number, message: string): Example {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }) };
}

/** A non-JSON response (HTML error pages, XML OAuth errors, plain text). */
/* @__NO_SIDE_EFFECTS__ */
export function rawBody(status: number, contentType: string, body: string): Example {
  return { status, headers: { 'content-type': contentType }, body };
}

/** Rate-limit headers for a window of `limit` with `remaining` left, resetting at `reset` (epoch s). */
/* @__NO_SIDE_EFFECTS__ */
export function rateLimitHeaders(
  limit: number,
  remaining: number,
  reset = 1_767_225_600,
): Record<string, string> {
  return {
    'x-rate-limit-limit': String(limit),
    'x-rate-limit-remaining': String(remaining),
    'x-rate-limit-reset': String(reset),
  };
}
