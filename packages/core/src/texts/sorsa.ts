import type { SorsaEntryId } from '../catalogue/index.ts';
import type { EntryFacts, EntryText } from '../entry.ts';

/** English texts and reference facts for the Sorsa entries. */
export const sorsaEn: { readonly [K in SorsaEntryId]: EntryText & EntryFacts } = {
  'sorsa/key-not-paid': {
    title: 'API key not paid',
    summary: 'Sorsa recognises the key, but it has no active paid plan.',
    remedy: 'Buy a request package for this key in the Sorsa dashboard; retrying will not help until then.',
    message: 'api key not payed',
    docs: 'https://docs.sorsa.io/error-codes',
  },
  'sorsa/http-429': {
    title: 'Too many requests per second',
    summary: 'More than 20 requests reached Sorsa within one second for this key.',
    remedy: 'Retry in the next second and pace calls to at most 20 per second per key.',
    docs: 'https://docs.sorsa.io/rate-limits',
  },
};
