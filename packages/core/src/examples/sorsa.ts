import type { SorsaEntryId } from '../catalogue/index.ts';
import type { Example } from '../entry.ts';
import { sorsaError } from './build.ts';

/** A real-looking response for each Sorsa entry. */
export const sorsaExamples: { readonly [K in SorsaEntryId]: Example } = {
  'sorsa/key-not-paid': sorsaError(403, 'api key not payed'),
  'sorsa/http-429': sorsaError(429, 'Too many requests'),
};
