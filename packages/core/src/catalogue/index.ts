import type { EntryRule } from '../entry.ts';
import { sorsaRules } from './sorsa.ts';
import { v11Rules } from './v1.1.ts';
import { v2Rules } from './v2.ts';

/** Every catalogue id. A typo in an id is a compile error. */
export type EntryId =
  | (typeof v11Rules)[number]['id']
  | (typeof v2Rules)[number]['id']
  | (typeof sorsaRules)[number]['id'];

/** The v1.1 ids. */
export type V11EntryId = (typeof v11Rules)[number]['id'];
/** The v2 ids. */
export type V2EntryId = (typeof v2Rules)[number]['id'];
/** The Sorsa ids. */
export type SorsaEntryId = (typeof sorsaRules)[number]['id'];

/** Every rule of the catalogue, in catalogue order. */
export const rules: readonly EntryRule[] = [...v11Rules, ...v2Rules, ...sorsaRules];
