import type { Locale } from '../locale.ts';
import { kindsDe } from './de/kinds.ts';
import { sorsaDe } from './de/sorsa.ts';
import { v11De } from './de/v1.1.ts';
import { v2De } from './de/v2.ts';

/**
 * German texts for every entry and kind. A separate export so English-only apps do not ship it:
 * `describe(err, { locale: de })`.
 */
export const de: Locale = {
  tag: 'de',
  entries: /* @__PURE__ */ Object.assign({}, v11De, v2De, sorsaDe),
  kinds: kindsDe,
  retryIn: 'Wartezeit bis zum nächsten Versuch: {duration}.',
};
