import type { EntryId } from './catalogue/index.ts';
import type { EntryText } from './entry.ts';
import type { Kind } from './kinds.ts';

/**
 * The texts of one language. Locales are plain data passed to `describe`, so an app ships only
 * the languages it imports.
 */
export interface Locale {
  /** BCP 47 tag, e.g. `en` or `de`. */
  readonly tag: string;
  /** Title, summary and remedy for every entry. */
  readonly entries: { readonly [K in EntryId]: EntryText };
  /** Title, summary and remedy for every kind: used when a response matches no entry. */
  readonly kinds: { readonly [K in Kind]: EntryText };
  /**
   * The sentence `describeWait` gives, with `{duration}` where the formatted wait goes (`Try again
   * in {duration}.`). Optional, so locales written before it still type-check; without it the
   * English sentence is used.
   */
  readonly retryIn?: string;
}
