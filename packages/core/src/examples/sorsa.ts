import type { SorsaEntryId } from '../catalogue/index.ts';
import type { Example } from '../entry.ts';
import { rawBody, sorsaError } from './build.ts';

/** A real-looking response for each Sorsa entry. */
export const sorsaExamples: { readonly [K in SorsaEntryId]: Example } = {
  'sorsa/missing-key': sorsaError(403, 'missing key in request header'),
  'sorsa/key-deleted': sorsaError(401, 'api key deleted'),
  'sorsa/key-not-paid': sorsaError(403, 'api key not payed'),
  'sorsa/credits-exhausted': sorsaError(403, 'request limit exceeded'),
  'sorsa/http-200': rawBody(
    200,
    'application/json',
    JSON.stringify({
      key_requests: 100000,
      remaining_requests: 82340,
      total_requests: 17660,
      valid_until: '2026-09-01T00:00:00Z',
    }),
  ),
  // The older documented error shape; newer responses carry only `message`.
  'sorsa/http-400': rawBody(
    400,
    'application/json',
    JSON.stringify({ error: true, message: 'Missing required parameter: link', code: 400 }),
  ),
  'sorsa/http-401': sorsaError(401, 'invalid api key'),
  'sorsa/http-403': sorsaError(403, 'access to this resource is forbidden'),
  'sorsa/http-404': sorsaError(404, 'user not found'),
  'sorsa/http-410': sorsaError(410, 'API v2 has been shut down, use /v3'),
  'sorsa/http-429': sorsaError(429, 'Too many requests'),
  'sorsa/http-500': sorsaError(500, 'internal server error'),
};
