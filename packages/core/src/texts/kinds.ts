import type { EntryText } from '../entry.ts';
import type { Kind } from '../kinds.ts';

/** English texts per kind, for responses no catalogue entry matches. */
export const kindsEn: { readonly [K in Kind]: EntryText } = {
  ok: { title: 'OK', summary: 'The request succeeded.', remedy: 'Nothing to do.' },
  'rate-limited': {
    title: 'Rate limited',
    summary: 'Too many requests in the current window.',
    remedy: 'Wait for the window to reset, then pace requests.',
  },
  'usage-capped': {
    title: 'Usage cap reached',
    summary: 'The allowance for the billing period is used up.',
    remedy: 'Stop until the period renews or the plan is upgraded.',
  },
  'credits-exhausted': {
    title: 'Out of credits',
    summary: 'The prepaid credits or request quota are spent.',
    remedy: 'Top up credits before sending more requests.',
  },
  'too-many-connections': {
    title: 'Too many connections',
    summary: 'The stream connection limit is reached.',
    remedy: 'Close other connections and reconnect after a minute, doubling the wait.',
  },
  authentication: {
    title: 'Authentication failed',
    summary: 'The credentials are missing, invalid or expired.',
    remedy: 'Check the token or key and how it is sent.',
  },
  forbidden: {
    title: 'Forbidden',
    summary: 'The credentials are valid but not allowed to do this.',
    remedy: 'Check the app’s permissions, access level and plan.',
  },
  'not-authorized': {
    title: 'Not visible to you',
    summary: 'The resource exists but these credentials may not see it.',
    remedy: 'Use credentials that can see it, or skip it.',
  },
  'not-found': {
    title: 'Not found',
    summary: 'The resource does not exist or was deleted.',
    remedy: 'Check the id or skip the resource.',
  },
  suspended: {
    title: 'Suspended',
    summary: 'The account or app is suspended.',
    remedy: 'Resolve the suspension with X before retrying.',
  },
  'invalid-request': {
    title: 'Invalid request',
    summary: 'A parameter or the body is invalid.',
    remedy: 'Fix the request; sending it again unchanged fails again.',
  },
  duplicate: {
    title: 'Already done',
    summary: 'The action was already performed.',
    remedy: 'Treat it as done; do not send it again.',
  },
  'action-limit': {
    title: 'Account action limit',
    summary: 'The account reached a limit on this kind of action.',
    remedy: 'Wait, often until the next day, before trying this action again.',
  },
  'stream-disconnect': {
    title: 'Stream disconnected',
    summary: 'The server closed the stream.',
    remedy: 'Reconnect following the reconnect schedule.',
  },
  'stream-rules': {
    title: 'Stream rules problem',
    summary: 'The stream rules are missing, invalid or over the limit.',
    remedy: 'Fix the rule set, then reconnect.',
  },
  conflict: {
    title: 'Conflict',
    summary: 'The request conflicts with the current state.',
    remedy: 'Wait for the running operation to finish or change the request.',
  },
  gone: {
    title: 'Gone',
    summary: 'The endpoint or resource was retired.',
    remedy: 'Move to the replacement endpoint.',
  },
  'not-acceptable': {
    title: 'Not acceptable',
    summary: 'The requested format or encoding is not supported.',
    remedy: 'Fix the Accept headers or the requested format.',
  },
  'server-error': {
    title: 'Server error',
    summary: 'The API failed while handling the request.',
    remedy: 'Retry reads with backoff; before resending a write, check whether it already took effect.',
  },
  unavailable: {
    title: 'Unavailable',
    summary:
      'The API, or a proxy in front of it, is overloaded or down; unless the API itself says so, the request may have been handled.',
    remedy: 'Retry reads with backoff; before resending a write, check whether it already took effect.',
  },
  network: {
    title: 'Network error',
    summary: 'The connection failed before a complete response arrived.',
    remedy: 'Retry reads; check whether writes took effect first.',
  },
  timeout: {
    title: 'Timed out',
    summary: 'No complete response arrived in time.',
    remedy: 'Retry reads; check whether writes took effect first.',
  },
  unknown: {
    title: 'Unknown error',
    summary: 'The response matches no known error.',
    remedy: 'Inspect the status and body.',
  },
};
