import { describe, expect, test } from 'vitest';
import { classify, parseRateLimit, readHeaders } from '../src/index.ts';

const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const usageCapped = {
  title: 'UsageCapExceeded',
  period: 'Monthly',
  scope: 'Product',
  detail: 'Usage cap exceeded: Monthly product cap',
  type: 'https://api.twitter.com/2/problems/usage-capped',
};
const window = { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(now / 1000 + 60) };

function throwingGetter(name: string): Record<string, unknown> {
  const headers: Record<string, unknown> = { ...window };
  Object.defineProperty(headers, name, {
    enumerable: true,
    get() {
      throw new Error('unreadable');
    },
  });
  return headers;
}

/** Header values a caller's stack may hand over that cannot be read as text. */
const unreadable: Record<string, () => unknown> = {
  'a value without a prototype': () => ({ ...window, date: Object.create(null) }),
  'a value whose toString throws': () => ({
    ...window,
    date: {
      toString() {
        throw new Error('no');
      },
    },
  }),
  'a getter that throws': () => throwingGetter('date'),
  'a Proxy whose traps throw': () =>
    new Proxy(window, {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    }),
  'a get() that returns an object': () => ({ get: () => Object.create(null) }),
};

describe('an unreadable header value reads as absent, and the body still decides', () => {
  test.each(Object.keys(unreadable))('%s', (name) => {
    const headers = unreadable[name]?.() as Record<string, string>;
    const c = classify({ status: 429, method: 'POST', headers, body: usageCapped, dialect: 'v2', now });
    expect(c).toMatchObject({ kind: 'usage-capped', retry: 'after-period', retryable: false });
    expect(c.entry?.id).toBe('v2/usage-capped');
    expect(() => parseRateLimit(headers, now)).not.toThrow();
    expect(readHeaders(headers)('date')).toBeUndefined();
  });

  test('the readable headers beside an unreadable one still count', () => {
    const state = parseRateLimit(throwingGetter('date') as Record<string, string>, now);
    expect(state?.exhausted?.resetAt).toBe(now + 60_000);
  });
});

test('a non-finite `now` is taken as absent, never as a NaN wait', () => {
  const c = classify({ status: 429, headers: window, body: '', dialect: 'v2', now: Number.NaN });
  expect(Number.isFinite(c.retryAfterMs)).toBe(true);
  expect(parseRateLimit(window, Number.NaN)?.exhausted?.resetAt).toBe(now + 60_000);
});
