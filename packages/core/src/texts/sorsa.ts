import type { SorsaEntryId } from '../catalogue/index.ts';
import type { EntryFacts, EntryText } from '../entry.ts';

const errorCodes = 'https://docs.sorsa.io/error-codes';
/** The authentication page: the one that says a deleted key answers 401. */
const authentication = 'https://docs.sorsa.io/untitled-page-copied-1';

/** English texts and reference facts for the Sorsa entries. */
export const sorsaEn: { readonly [K in SorsaEntryId]: EntryText & EntryFacts } = {
  'sorsa/missing-key': {
    title: 'API key missing',
    summary:
      'The request carried no `ApiKey` header, or it was empty or misspelled; Sorsa answers 403 here although its docs say 401.',
    remedy: 'Send the key in a header named exactly `ApiKey` (case-sensitive).',
    message: 'missing key in request header',
    docs: errorCodes,
  },
  'sorsa/key-deleted': {
    title: 'API key deleted',
    summary: 'The key was deleted or replaced in the Sorsa dashboard and no longer authenticates.',
    remedy: 'Use a current key from the Sorsa dashboard.',
    docs: authentication,
  },
  'sorsa/key-not-paid': {
    title: 'API key not paid',
    summary: 'Sorsa recognises the key, but it has no active paid plan.',
    remedy: 'Buy a request package for this key in the Sorsa dashboard; retrying will not help until then.',
    message: 'api key not payed',
    docs: errorCodes,
  },
  'sorsa/credits-exhausted': {
    title: 'Request quota used up',
    summary:
      'The key’s paid request quota is spent; Sorsa rejects every call, even to unknown paths, before looking at it.',
    remedy: 'Check `GET /key-usage-info` and buy more requests; retrying will not help until then.',
    message: 'request limit exceeded',
    docs: errorCodes,
  },
  'sorsa/http-200': {
    title: 'OK',
    summary: 'The request succeeded; Sorsa returns the object or list directly, without a wrapper.',
    remedy: 'Nothing to do.',
    docs: 'https://docs.sorsa.io/response-format',
  },
  'sorsa/http-400': {
    title: 'Bad request',
    summary:
      'A required parameter such as `link`, `id` or `query` is missing or malformed, or the JSON body is invalid.',
    remedy:
      'Fix the parameters or body as the endpoint reference describes and send `Content-Type: application/json` with POST.',
    docs: errorCodes,
  },
  'sorsa/http-401': {
    title: 'Unauthorized',
    summary: 'Sorsa did not accept the key: it is missing, mistyped or no longer valid.',
    remedy: 'Check the `ApiKey` header name and value, without extra whitespace.',
    docs: errorCodes,
  },
  'sorsa/http-403': {
    title: 'Forbidden',
    summary:
      'The key is valid but this request is not allowed. Sorsa documents its 403 for spent credits, an expired subscription or a deleted key; this message names none of them.',
    remedy:
      'Check the key’s balance and subscription at `GET /key-usage-info`; Sorsa checks these before the path, so every call fails alike until they are fixed.',
    docs: errorCodes,
  },
  'sorsa/http-404': {
    title: 'Not found',
    summary: 'The X user or Post does not exist, was renamed or deleted, or is protected.',
    remedy: 'Check the handle or id; protected accounts cannot be read through Sorsa.',
    docs: errorCodes,
  },
  'sorsa/http-410': {
    title: 'API version shut down',
    summary: 'The Sorsa v2 API was shut down on 1 May 2026; its endpoints now only answer 410 Gone.',
    remedy: 'Move the call to the matching `/v3` endpoint.',
    docs: 'https://docs.sorsa.io/base-url-and-versioning',
  },
  'sorsa/http-429': {
    title: 'Too many requests per second',
    summary: 'More than 20 requests reached Sorsa within one second for this key.',
    remedy: 'Retry in the next second and pace calls to at most 20 per second per key.',
    docs: 'https://docs.sorsa.io/rate-limits',
  },
  'sorsa/http-500': {
    title: 'Internal server error',
    summary: 'Something failed on Sorsa’s side.',
    remedy: 'Retry after a short, growing delay.',
    docs: errorCodes,
  },
};
