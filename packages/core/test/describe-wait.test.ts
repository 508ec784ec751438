import { describe, expect, test } from 'vitest';
import { classify, describeWait, type Locale } from '../src/index.ts';
import { de } from '../src/locales/de.ts';
import { en } from '../src/texts/en.ts';

const now = 1_700_000_000_000;

describe('the wait in words', () => {
  test('a Retry-After of 90 s reads in minutes, in English and in German', () => {
    const c = classify({ status: 429, headers: { 'retry-after': '90' }, dialect: 'v2', now });
    expect(c.retryAfterMs).toBe(90_000);
    expect(describeWait(c)).toBe('Try again in 1.5 minutes.');
    expect(describeWait(c, { locale: en })).toBe('Try again in 1.5 minutes.');
    expect(describeWait(c, { locale: de })).toBe('Wartezeit bis zum nächsten Versuch: 1,5 Minuten.');
  });

  test('a spent 24-hour family tells its hours, not the 15-minute window', () => {
    const headers = {
      'x-rate-limit-limit': '900',
      'x-rate-limit-remaining': '880',
      'x-rate-limit-reset': String(now / 1000 + 600),
      'x-user-limit-24hour-limit': '100',
      'x-user-limit-24hour-remaining': '0',
      'x-user-limit-24hour-reset': String(now / 1000 + 80_000),
    };
    const c = classify({ status: 429, headers, url: 'https://api.x.com/2/tweets', method: 'POST', now });
    expect(c.retryAfterMs).toBe(80_000_000);
    expect(describeWait(c)).toBe('Try again in 22.3 hours.');
    expect(describeWait(c, { locale: de })).toBe('Wartezeit bis zum nächsten Versuch: 22,3 Stunden.');
  });

  test('each unit from seconds to days, always rounded up', () => {
    const cases: [number, string][] = [
      [0, '1 second'],
      [1, '1 second'],
      [1_001, '2 seconds'],
      [59_000, '59 seconds'],
      [59_999, '1 minute'],
      [3_599_999, '1 hour'],
      [172_799_999, '2 days'],
      [60_000, '1 minute'],
      [61_000, '1.1 minutes'],
      [3_600_000, '1 hour'],
      [47 * 3_600_000, '47 hours'],
      [2 * 86_400_000, '2 days'],
      [31 * 86_400_000, '31 days'],
    ];
    for (const [ms, duration] of cases) {
      expect(describeWait({ retryAfterMs: ms })).toBe(`Try again in ${duration}.`);
    }
  });

  test('no wait to tell gives undefined', () => {
    expect(describeWait(classify({ status: 400, dialect: 'v2' }))).toBeUndefined();
    for (const retryAfterMs of [undefined, Number.NaN, Number.POSITIVE_INFINITY, -1]) {
      expect(describeWait({ retryAfterMs })).toBeUndefined();
    }
  });

  test('a locale without a template, with a tag Intl refuses, or that throws falls back, never throws', () => {
    const { retryIn: _, ...older } = de;
    expect(describeWait({ retryAfterMs: 2_000 }, { locale: older as Locale })).toBe(
      'Try again in 2 seconds.',
    );
    const badTag = { ...de, tag: 'not a tag!' };
    expect(describeWait({ retryAfterMs: 2_000 }, { locale: badTag })).toBe('Try again in 2 seconds.');
    const hostile = {
      get locale(): Locale {
        throw new Error('boom');
      },
    };
    expect(describeWait({ retryAfterMs: 2_000 }, hostile)).toBe('Try again in 2 seconds.');
    const throwingSubject = {
      get retryAfterMs(): number {
        throw new Error('boom');
      },
    };
    expect(describeWait(throwingSubject)).toBeUndefined();
  });
});

test('German waits of days read in the nominative, which the template keeps', () => {
  expect(describeWait({ retryAfterMs: 3 * 86_400_000 }, { locale: de })).toBe(
    'Wartezeit bis zum nächsten Versuch: 3 Tage.',
  );
});

test('a locale tagged with an underscore (de_AT) still formats in its language', () => {
  expect(describeWait({ retryAfterMs: 90_000 }, { locale: { ...de, tag: 'de_AT' } })).toBe(
    'Wartezeit bis zum nächsten Versuch: 1,5 Minuten.',
  );
});
