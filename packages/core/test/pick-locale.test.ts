import { expect, test } from 'vitest';
import { describe, en, type Locale, pickLocale } from '../src/index.ts';
import { de } from '../src/locales/de.ts';

test('a tag picks the locale of its language, whatever its case, separator or region', () => {
  for (const tag of ['de', 'DE', 'de-DE', 'de_AT', 'de-CH', ' de-at ', 'de-AT,de;q=0.9,en;q=0.8']) {
    expect(pickLocale(tag, [en, de]).tag, tag).toBe('de');
  }
  expect(describe('usage-capped', { locale: pickLocale('de-AT', [en, de]) }).title).toBe(
    describe('usage-capped', { locale: de }).title,
  );
});

test('an exact tag wins over a language match', () => {
  const swiss: Locale = { ...de, tag: 'de-CH' };
  expect(pickLocale('de-ch', [de, swiss])).toBe(swiss);
  expect(pickLocale('de-AT', [de, swiss])).toBe(de);
});

test('a language not given, or no usable tag, gives English', () => {
  expect(pickLocale('fr-FR', [en, de])).toBe(en);
  expect(pickLocale('de', [])).toBe(en);
  expect(pickLocale('', [en, de])).toBe(en);
  expect(pickLocale(undefined, [en, de])).toBe(en);
  const hostile = [null, { tag: 42 }, de] as unknown as Locale[];
  expect(pickLocale('de', hostile)).toBe(de);
  expect(pickLocale('de', null as unknown as Locale[])).toBe(en);
});

test('an Accept-Language value is read by q: the most wanted language given wins, a refused one never', () => {
  expect(pickLocale('fr-FR,de;q=0.9,en;q=0.8', [en, de])).toBe(de);
  expect(pickLocale('fr-FR,en;q=0.5,de;q=0.8', [en, de])).toBe(de);
  expect(pickLocale('de;q=0,en', [en, de])).toBe(en);
  expect(pickLocale('*', [en, de])).toBe(en);
  expect(pickLocale('en-GB,de', [en, de])).toBe(en);
});

test('a weight that is no qvalue drops its tag; * takes the first locale given; a tagless entry is never picked', () => {
  expect(pickLocale('de;q=2,en;q=0.5', [en, de])).toBe(en);
  expect(pickLocale('de;q=abc,en;q=0.5', [en, de])).toBe(en);
  expect(pickLocale('de;q=-1', [en, de])).toBe(en);
  expect(pickLocale('de;q=0.900', [en, de])).toBe(de);
  expect(pickLocale('*,de;q=0.1', [en, de])).toBe(en);
  expect(pickLocale('-x', [{} as Locale, de])).toBe(en);
});
