import { causeChain, causeCodes } from './cause-chain.ts';
import type { Classification } from './classification.ts';
import type { Kind } from './kinds.ts';
import { redactText } from './redact-text.ts';
import { isRetryable } from './retryable.ts';

const timeoutCodes = new Set([
  'ETIMEDOUT',
  'ECONNABORTED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * Failures that leave before a byte of the request could reach the server: no connection was
 * made (refused, unreachable, no address, connecting timed out). A POST that met one was not acted
 * on, so it may be sent again.
 */
const notSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** `timeout` for time-outs (by name or code, also on `cause`), else `network`. */
export function networkKind(error: unknown): Kind {
  for (const current of causeChain(error)) {
    const name = fieldOf(current, 'name');
    const code = fieldOf(current, 'code');
    if (name === 'TimeoutError' || (typeof code === 'string' && timeoutCodes.has(code))) return 'timeout';
  }
  return 'network';
}

/** Whether the failure, by its code or a cause's, came before anything was sent. */
function neverSent(codes: readonly string[]): boolean {
  return codes.some((code) => notSentCodes.has(code));
}

/**
 * Classifies a failure that produced no response (connection refused or reset, DNS, TLS,
 * time-out). Whether the server acted is unknown, so only idempotent methods are retryable, unless
 * no connection was ever made (refused, no address, unreachable, connecting timed out): then
 * nothing was sent, and a POST may be retried too.
 */
export function classifyNetworkError(
  error: unknown,
  request: { readonly method?: string | undefined } = {},
): Classification {
  const kind = networkKind(error);
  const codes = causeCodes(error);
  const processed = !neverSent(codes);
  // The innermost code is the socket's own; wrappers name only themselves (axios's fetch adapter
  // puts `ERR_NETWORK` over fetch's `TypeError`, whose cause holds the `ECONNREFUSED`).
  const code = codes.at(-1);
  const message = fieldOf(error, 'message');
  const detail =
    code !== undefined
      ? redactText(code).slice(0, 64)
      : typeof message === 'string'
        ? redactText(message).slice(0, 200)
        : '';
  return {
    ok: false,
    status: 0,
    dialect: 'unknown',
    kind,
    retry: 'backoff',
    retryable: isRetryable('backoff', processed, request.method),
    processed,
    problems: [],
    partial: false,
    message: detail ? `${kind}: ${detail}` : kind,
  };
}
