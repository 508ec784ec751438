import type { EntryId } from './catalogue/index.ts';
import type { Classification, Problem } from './classification.ts';
import type { EntryRule, EntryText } from './entry.ts';
import type { Kind } from './kinds.ts';
import type { Locale } from './locale.ts';
import { en } from './texts/en.ts';

/** What `describe` can explain: an id, a rule or entry, a classification, a problem, or a kind. */
export type Describable = EntryId | EntryRule | Classification | Problem | Kind;

/** Options of `describe`. */
export interface DescribeOptions {
  /** The language; default English. German: `import { de } from '@xapi-errors/core/locales/de'`. */
  readonly locale?: Locale | undefined;
}

function entryIdOf(subject: Describable): string | undefined {
  if (typeof subject === 'string') return subject;
  if (typeof subject !== 'object' || subject === null) return undefined;
  if ('id' in subject && typeof subject.id === 'string') return subject.id;
  if ('entry' in subject && subject.entry) return subject.entry.id;
  return undefined;
}

/**
 * A table's own text under `key`: never an inherited member (`constructor`, `__proto__`), nor
 * anything but a text (a caller's locale may hold anything); `undefined` when reading it throws.
 */
function own(table: Readonly<Record<string, unknown>>, key: unknown): EntryText | undefined {
  try {
    if (typeof key !== 'string' || !Object.hasOwn(table, key)) return undefined;
    const text = table[key] as Partial<EntryText> | null | undefined;
    return typeof text?.title === 'string' &&
      typeof text.summary === 'string' &&
      typeof text.remedy === 'string'
      ? { title: text.title, summary: text.summary, remedy: text.remedy }
      : undefined;
  } catch {
    return undefined;
  }
}

/** What `read` gives, or `fallback` when it throws (a subject's getter may). */
function guarded<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The subject's kind, or `unknown` for anything that names none. */
function kindOf(subject: Describable): unknown {
  if (typeof subject === 'string') return subject;
  return typeof subject === 'object' && subject !== null ? subject.kind : 'unknown';
}

/** The locale asked for, if `options` holds one; anything else (a tag such as `'de'`, a getter that throws) gives English. */
function localeOf(options: DescribeOptions | undefined): Locale {
  try {
    const asked = options?.locale as Partial<Locale> | null | undefined;
    const entries: unknown = asked?.entries;
    const kinds: unknown = asked?.kinds;
    const tables =
      typeof entries === 'object' && entries !== null && typeof kinds === 'object' && kinds !== null;
    return tables ? (asked as Locale) : en;
  } catch {
    return en;
  }
}

/**
 * Title, summary and remedy for anything the classifier produces, in the requested language.
 * Falls back to the kind's text when no entry matched, and to English when a locale lacks one
 * (or holds something other than a text there); anything else (`undefined` from a JavaScript
 * caller, an object whose fields throw) gets the text for `unknown`. A `locale` that is not a
 * locale object (a tag such as `'de'` from a JavaScript caller) gives English: `pickLocale` turns
 * a tag into a locale. Never throws.
 */
export function describe(subject: Describable, options: DescribeOptions = {}): EntryText {
  const locale = localeOf(options);
  const entries = locale.entries as Readonly<Record<string, unknown>>;
  const kinds = locale.kinds as Readonly<Record<string, unknown>>;
  const id = guarded(() => entryIdOf(subject), undefined);
  const kind = guarded(() => kindOf(subject), 'unknown');
  return (
    own(entries, id) ??
    own(en.entries, id) ??
    own(kinds, kind) ??
    own(en.kinds, kind) ??
    own(kinds, 'unknown') ??
    en.kinds.unknown
  );
}
