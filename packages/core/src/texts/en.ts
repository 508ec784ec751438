import type { Locale } from '../locale.ts';
import { kindsEn } from './kinds.ts';
import { retryInEn } from './retry-in.ts';
import { sorsaEn } from './sorsa.ts';
import { v11En } from './v1.1.ts';
import { v2En } from './v2.ts';

/** English, the default locale. Entry texts also carry the reference facts (message, docs). */
export const en: Locale & { readonly entries: typeof v11En & typeof v2En & typeof sorsaEn } = {
  tag: 'en',
  entries: /* @__PURE__ */ Object.assign({}, v11En, v2En, sorsaEn),
  kinds: kindsEn,
  retryIn: retryInEn,
};
