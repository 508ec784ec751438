import type { Locale } from './locale.ts';
import { en } from './texts/en.ts';

/**
 * `de_AT`, `DE-at` and `de-AT` are one tag: compared lower-case, with `-` between subtags. Of an
 * `Accept-Language` value, the first tag counts (`de-AT,de;q=0.9` → `de-at`).
 */
function normal(tag: string): string {
  const first = tag.split(',', 1)[0]?.split(';', 1)[0] ?? '';
  return first.trim().replaceAll('_', '-').toLowerCase();
}

/** A locale's tag, or `''` for anything a JavaScript caller passed that is not a locale. */
function tagOf(locale: Locale | undefined): string {
  const tag: unknown = locale?.tag;
  return typeof tag === 'string' ? normal(tag) : '';
}

function primary(tag: string): string {
  return tag.split('-', 1)[0] ?? '';
}

/**
 * The locale, of those given, for a language tag such as `navigator.language` or an
 * `Accept-Language` header (its first tag): the one whose tag matches exactly, else the first whose language
 * (`de` of `de-AT`) matches, else English. Case and `_` for `-` do not matter. Only the locales
 * passed can be picked, so an app still ships just the languages it imports.
 *
 * @example
 * ```ts
 * import { describe, en, pickLocale } from '@xapi-errors/core';
 * import { de } from '@xapi-errors/core/locales/de';
 *
 * const locale = pickLocale('de_AT', [en, de]); // de
 * describe('usage-capped', { locale }).title;
 * pickLocale('fr-FR', [en, de]); // en
 * ```
 */
export function pickLocale(tag: string | undefined, locales: readonly Locale[]): Locale {
  if (typeof tag !== 'string' || !Array.isArray(locales)) return en;
  const wanted = normal(tag);
  if (wanted === '') return en;
  const exact = locales.find((locale) => tagOf(locale) === wanted);
  if (exact) return exact;
  const language = primary(wanted);
  return locales.find((locale) => primary(tagOf(locale)) === language) ?? en;
}
