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
 * by `q`, ties in the order given; a tag refused (`q=0`) or with a weight that is no qvalue dropped.
 */
function wantedTags(value: string): readonly string[] {
  const weighted = value.split(',').map((part, index) => {
    const [tag = '', ...params] = part.split(';');
    const q = params.find((param) => /^\s*q\s*=/i.test(param));
    // RFC 9110's qvalue: 0 to 1, three decimals at most; any other weight drops the tag.
    const weight =
      q === undefined
        ? 1
        : /^\s*q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.test(q)
          ? Number(q.split('=')[1])
          : 0;
    return { tag: normal(tag), weight, index };
  });
  return weighted
    .filter(({ tag, weight }) => primary(tag) !== '' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The locale for one wanted tag, of those with a tag; `*` (any language) takes the first. */
function localeFor(tag: string, usable: readonly Locale[]): Locale | undefined {
  if (tag === '*') return usable[0];
  return (
    usable.find((locale) => tagOf(locale) === tag) ??
    usable.find((locale) => primary(tagOf(locale)) === primary(tag))
  );
}

/**
 * The locale, of those given, for a language tag such as `navigator.language` or an
 * `Accept-Language` value: for each tag asked for, most wanted first (`q`), the locale whose tag
 * matches exactly, else the first whose language matches (`de` for `de-AT`); English when none
 * does (`*` takes the first locale given). Case and `_` for `-` do not matter, and a refused
 * language (`q=0`) is picked only as the English fallback. An app
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
    const usable = locales.filter((locale) => primary(tagOf(locale)) !== '');
    for (const wanted of wantedTags(tag)) {
      const found = localeFor(wanted, usable);
      if (found) return found;
    }
  } catch {
    // A hostile list (a getter that throws) picks nothing.
  }
  return en;
}
