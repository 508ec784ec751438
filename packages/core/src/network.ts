import type { Classification } from './classification.ts';
import type { Kind } from './kinds.ts';
import { redactText } from './redact.ts';
import { isRetryable } from './retryable.ts';

const timeoutCodes = new Set([
  'ETIMEDOUT',
  'ECONNABORTED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** `timeout` for time-outs (by name or code, also on `cause`), else `network`. */
export function networkKind(error: unknown): Kind {
  for (
    let current: unknown = error, depth = 0;
    current != null && depth < 5;
    current = fieldOf(current, 'cause'), depth++
  ) {
    const name = fieldOf(current, 'name');
    const code = fieldOf(current, 'code');
    if (name === 'TimeoutError' || (typeof code === 'string' && timeoutCodes.has(code))) return 'timeout';
  }
  return 'network';
}

/**
 * Classifies a failure that produced no response (connection refused or reset, DNS, TLS,
 * time-out). Whether the server acted is unknown, so only idempotent methods are retryable.
 */
export function classifyNetworkError(
  error: unknown,
  request: { readonly method?: string } = {},
): Classification {
  const kind = networkKind(error);
  const code = fieldOf(error, 'code');
  const message = fieldOf(error, 'message');
  const detail =
    typeof code === 'string' ? code : typeof message === 'string' ? redactText(message).slice(0, 200) : '';
  return {
    ok: false,
    status: 0,
    dialect: 'unknown',
    kind,
    retry: 'backoff',
    retryable: isRetryable('backoff', true, request.method),
    processed: true,
    problems: [],
    partial: false,
    message: detail ? `${kind}: ${detail}` : kind,
  };
}
