import type { V2EntryId } from '../catalogue/index.ts';
import type { Example } from '../entry.ts';
import { rateLimitHeaders, v2Problem } from './build.ts';

/** A real-looking response for each v2 entry. */
export const v2Examples: { readonly [K in V2EntryId]: Example } = {
  'v2/usage-capped': v2Problem(
    429,
    {
      account_id: '1234567890',
      product_name: 'standard-basic',
      title: 'UsageCapExceeded',
      period: 'Monthly',
      scope: 'Product',
      detail: 'Usage cap exceeded: Monthly product cap',
      type: 'https://api.twitter.com/2/problems/usage-capped',
    },
    rateLimitHeaders(40000, 39999),
  ),
  'v2/streaming-connection/TooManyConnections': v2Problem(
    429,
    {
      title: 'ConnectionException',
      detail: 'This stream is currently at the maximum allowed connection limit.',
      connection_issue: 'TooManyConnections',
      type: 'https://api.twitter.com/2/problems/streaming-connection',
    },
    rateLimitHeaders(50, 48),
  ),
  'v2/http-429': v2Problem(
    429,
    { title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' },
    rateLimitHeaders(300, 0),
  ),
  'v2/http-503': v2Problem(503, {
    title: 'Service Unavailable',
    type: 'about:blank',
    status: 503,
    detail: 'Service Unavailable',
  }),
};
