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
  readonly locale?: Locale;
}

function entryIdOf(subject: Describable): string | undefined {
  if (typeof subject === 'string') return subject;
  if (typeof subject !== 'object' || subject === null) return undefined;
  if ('id' in subject && typeof subject.id === 'string') return subject.id;
  if ('entry' in subject && subject.entry) return subject.entry.id;
  return undefined;
}

/** A table's own entry under `key`: never an inherited member (`constructor`, `__proto__`). */
function own<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The subject's kind, or `unknown` for anything that names none. */
function kindOf(subject: Describable): unknown {
  if (typeof subject === 'string') return subject;
  return typeof subject === 'object' && subject !== null ? subject.kind : 'unknown';
}

/** Whether `value` holds a locale's two tables; anything else (a tag such as `'de'`) is not one. */
function isLocale(value: unknown): value is Locale {
  if (typeof value !== 'object' || value === null) return false;
  const { entries, kinds } = value as Partial<Locale>;
  return typeof entries === 'object' && entries !== null && typeof kinds === 'object' && kinds !== null;
}

/**
 * Title, summary and remedy for anything the classifier produces, in the requested language.
 * Falls back to the kind's text when no entry matched, and to English when a locale lacks one;
 * anything else (`undefined` from a JavaScript caller, an object whose fields throw) gets the
 * text for `unknown`. A `locale` that is not a locale object (a tag such as `'de'` from a
 * JavaScript caller) gives English. Never throws.
 */
export function describe(subject: Describable, options: DescribeOptions = {}): EntryText {
  const asked: unknown = options?.locale;
  const locale = isLocale(asked) ? asked : en;
  const entries = locale.entries as Readonly<Record<string, EntryText>>;
  const english = en.entries as Readonly<Record<string, EntryText>>;
  const kinds = locale.kinds as Readonly<Record<string, EntryText>>;
  const englishKinds = en.kinds as Readonly<Record<string, EntryText>>;
  try {
    const id = entryIdOf(subject);
    const text = own(entries, id) ?? own(english, id);
    if (text) return { title: text.title, summary: text.summary, remedy: text.remedy };
    const kind = kindOf(subject);
    return own(kinds, kind) ?? own(englishKinds, kind) ?? en.kinds.unknown;
  } catch {
    return own(kinds, 'unknown') ?? en.kinds.unknown;
  }
}
