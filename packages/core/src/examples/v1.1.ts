import type { V11EntryId } from '../catalogue/index.ts';
import type { Example } from '../entry.ts';
import { rateLimitHeaders, v11Error, xJson } from './build.ts';

/** A real-looking response for each v1.1 entry. */
export const v11Examples: { readonly [K in V11EntryId]: Example } = {
  'v1.1/32': v11Error(401, 32, 'Could not authenticate you.'),
  'v1.1/88': v11Error(429, 88, 'Rate limit exceeded', rateLimitHeaders(900, 0)),
  'v1.1/130': v11Error(503, 130, 'Over capacity'),
  'v1.1/http-420': xJson(420, { error: 'Exceeded connection limit for user' }),
  'v1.1/http-500': xJson(500, { errors: [{ message: 'Internal error', code: 131 }] }),
};
