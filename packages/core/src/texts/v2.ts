import type { V2EntryId } from '../catalogue/index.ts';
import type { EntryFacts, EntryText } from '../entry.ts';

const errors = 'https://docs.x.com/x-api/fundamentals/response-codes-and-errors';

/** English texts and reference facts for the v2 entries. */
export const v2En: { readonly [K in V2EntryId]: EntryText & EntryFacts } = {
  'v2/usage-capped': {
    title: 'Usage cap exceeded',
    summary:
      'The account or product has used up its Post allowance for the billing period; the endpoint’s own rate limit may still show plenty left.',
    remedy: 'Stop sending until the period renews or the plan changes; retrying sooner only fails again.',
    message: 'Usage cap exceeded: Monthly product cap',
    docs: errors,
  },
  'v2/streaming-connection/TooManyConnections': {
    title: 'Too many stream connections',
    summary: 'The stream is already at the maximum number of connections allowed for this app.',
    remedy:
      'Close the other connection, then reconnect after at least a minute, doubling the wait on each refusal.',
    message: 'This stream is currently at the maximum allowed connection limit.',
    docs: errors,
  },
  'v2/http-429': {
    title: 'Too many requests',
    summary: 'The endpoint’s rate limit for the current window is used up.',
    remedy: 'Wait until x-rate-limit-reset, then continue; pace requests to stay inside the window.',
    message: 'Too Many Requests',
    docs: errors,
  },
  'v2/http-503': {
    title: 'Service unavailable',
    summary: 'X is temporarily overloaded and did not handle the request.',
    remedy: 'Retry after a short, growing delay.',
    message: 'Service Unavailable',
    docs: errors,
  },
};
