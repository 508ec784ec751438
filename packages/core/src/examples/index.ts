import type { EntryId } from '../catalogue/index.ts';
import type { Example } from '../entry.ts';
import { sorsaExamples } from './sorsa.ts';
import { v11Examples } from './v1.1.ts';
import { v2Examples } from './v2.ts';

/** A real-looking response for every catalogue entry. */
export const examples: { readonly [K in EntryId]: Example } = /* @__PURE__ */ Object.assign(
  {},
  v11Examples,
  v2Examples,
  sorsaExamples,
);
