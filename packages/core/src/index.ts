export type { EntryId, SorsaEntryId, V2EntryId, V11EntryId } from './catalogue/index.ts';
export { rules } from './catalogue/index.ts';
export { catalogue, getEntry } from './catalogue-entry.ts';
export type {
  Classification,
  ClassifyInput,
  HeadersLike,
  Problem,
  RateLimitFamily,
  RateLimitState,
} from './classification.ts';
export type { Entry, EntryFacts, EntryRule, EntryText, Example } from './entry.ts';
export type { Dialect, ErrorKind, Kind, RetryPolicy } from './kinds.ts';
export { errorKinds, kindPriority } from './kinds.ts';
export type { Locale } from './locale.ts';
export { en } from './texts/en.ts';
