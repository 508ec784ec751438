import type { Locale } from './locale.ts';
import { en } from './texts/en.ts';

/** `de_AT`, `DE-at` and `de-AT` are one tag: compared lower-case, with `-` between subtags. */
function normal(tag: string): string {
  return tag.trim().replaceAll('_', '-').toLowerCase();
}

function primary(tag: string): string {
  return tag.split('-', 1)[0] ?? '';
}

/** A locale's tag, or `''` for anything a JavaScript caller passed that is not a locale. */
function tagOf(locale: Locale | undefined): string {
  try {
    const tag: unknown = locale?.tag;
    return typeof tag === 'string' ? normal(tag) : '';
  } catch {
    return '';
  }
}

/**
 * The tags an `Accept-Language` value asks for, most wanted first (a single tag is a list of one):
 * by `q`, ties in the order given; `q=0` (refused) and `*` dropped.
 */
function wantedTags(value: string): readonly string[] {
  const weighted = value.split(',').map((part, index) => {
    const [tag = '', ...params] = part.split(';');
    const q = params.map((param) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(param)?.[1]).find(Boolean);
    return { tag: normal(tag), weight: q === undefined ? 1 : Number(q), index };
  });
  return weighted
    .filter(({ tag, weight }) => tag !== '' && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}

function localeFor(tag: string, locales: readonly Locale[]): Locale | undefined {
  return (
    locales.find((locale) => tagOf(locale) === tag) ??
    locales.find((locale) => primary(tagOf(locale)) === primary(tag))
  );
}

/**
 * The locale, of those given, for a language tag such as `navigator.language` or an
 * `Accept-Language` value: for each tag asked for, most wanted first (`q`), the locale whose tag
 * matches exactly, else the first whose language matches (`de` for `de-AT`); English when none
 * does. Case and `_` for `-` do not matter, and a refused language (`q=0`) is never picked. An app
 * still ships only the locales it imports (and English). Never throws.
 *
 * @example
 * ```ts
 * import { describe, en, pickLocale } from '@xapi-errors/core';
 * import { de } from '@xapi-errors/core/locales/de';
 *
 * const locale = pickLocale('fr-FR,de-AT;q=0.8,en;q=0.5', [en, de]); // de
 * describe('usage-capped', { locale }).title;
 * pickLocale('fr-FR', [en, de]); // en
 * ```
 */
export function pickLocale(tag: string | undefined, locales: readonly Locale[]): Locale {
  try {
    if (typeof tag !== 'string' || !Array.isArray(locales)) return en;
    for (const wanted of wantedTags(tag)) {
      const found = localeFor(wanted, locales);
      if (found) return found;
    }
  } catch {
    // A hostile list (a getter that throws) picks nothing.
  }
  return en;
}
