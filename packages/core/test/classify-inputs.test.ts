import { describe, expect, test } from 'vitest';
import { classify, parseRateLimit, readHeaders, redactText } from '../src/index.ts';

const canary = 'CANARY5e1b2d';
const now = 1_700_000_000_000;

describe('bodies given as objects that JSON.parse would not make', () => {
  test('an Error in errors is read, own non-enumerable message included', () => {
    const c = classify({
      status: 429,
      body: { errors: [Object.assign(new Error('Rate limit exceeded'), { code: 88 })] },
    });
    expect(c.entry?.id).toBe('v1.1/88');
    expect(c.problems[0]?.message).toBe('Rate limit exceeded');
  });

  test('a class instance is read through its getters (variants still need an own field)', () => {
    class CapExceeded {
      get type(): string {
        return 'https://api.x.com/2/problems/usage-capped';
      }
      get period(): string {
        return 'Daily';
      }
    }
    const c = classify({ status: 429, body: new CapExceeded() });
    expect(c.entry?.id).toBe('v2/usage-capped');
    expect(c.problems[0]?.reason).toBe('Daily');
  });

  test('a null-prototype object is read like a plain one', () => {
    const body = Object.assign(Object.create(null) as Record<string, unknown>, {
      errors: [{ code: 32, message: 'Could not authenticate you.' }],
    });
    expect(classify({ status: 401, body }).entry?.id).toBe('v1.1/32');
  });

  test('the first text field among reason, period, scope, connection_issue, disconnect_type wins', () => {
    const c = classify({
      status: 429,
      body: { errors: [{ scope: 'Product', reason: 7, period: 'Monthly', type: 'x' }] },
    });
    expect(c.problems[0]?.reason).toBe('Monthly');
  });
});

describe('a polluted Object.prototype', () => {
  test('adds no errors to a plain body and no data to an error body', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['errors'] = [{ code: 88, message: 'injected' }];
    proto['data'] = { injected: true };
    try {
      const success = classify({ status: 200, body: { data: { id: '1' } } });
      expect(success.ok).toBe(true);
      expect(success.problems).toEqual([]);
      const failure = classify({ status: 200, body: JSON.parse('{"errors":[{"code":144,"message":"x"}]}') });
      expect(failure.ok).toBe(false);
    } finally {
      delete proto['errors'];
      delete proto['data'];
    }
  });
});

describe('messages', () => {
  test('client_secret pairs are scrubbed', () => {
    expect(redactText(`bad client_secret=${canary}`)).not.toContain(canary);
    const c = classify({
      status: 401,
      body: { message: `invalid client_secret=${canary}` },
      dialect: 'sorsa',
    });
    expect(c.message).not.toContain(canary);
  });

  test('a rule seen with a clean text still scrubs a later text that holds a secret', () => {
    const clean = classify({ status: 403, body: { message: 'request limit exceeded' }, dialect: 'sorsa' });
    const dirty = classify({
      status: 403,
      body: { message: `request limit exceeded, token=${canary}` },
      dialect: 'sorsa',
    });
    expect(clean.entry?.id).toBe(dirty.entry?.id);
    expect(clean.message).toContain('request limit exceeded');
    expect(dirty.message).not.toContain(canary);
  });

  test('every scrubbing pass still runs after an earlier one rewrote the text', () => {
    const text = redactText(`see https://user:${canary}@host/x Cookie: ${canary} OAuth ${canary}`);
    expect(text).not.toContain(canary);
  });

  test('a status outside the rule list still names the entry', () => {
    const c = classify({ status: 418, body: { errors: [{ code: 88, message: 'Rate limit exceeded' }] } });
    expect(c.message).toBe('418 rate-limited [v1.1/88]: Rate limit exceeded');
  });
});

describe('headers', () => {
  const reset = String(now / 1000 + 60);

  test('mixed-case names are read, two spellings of a name joined as that header sent twice', () => {
    const headers = {
      'X-Rate-Limit-Remaining': '0',
      'X-Rate-Limit-Reset': reset,
      'Retry-After': '95',
      'retry-after': '99',
    };
    const c = classify({ status: 429, headers, body: { errors: [{ code: 88 }] }, now });
    expect(c.rateLimit?.exhausted?.name).toBe('rate-limit');
    // The longer of the two, later than the window's reset (60 s), so the header's own value shows.
    expect(c.retryAfterMs).toBe(99_000);
    expect(readHeaders(headers)('retry-after')).toBe('95, 99');
  });

  test('a record with a get method is read through it', () => {
    const headers = { get: (name: string) => (name === 'retry-after' ? '4' : null) };
    expect(classify({ status: 503, headers, now }).retryAfterMs).toBe(4000);
  });

  test('a Headers object and an inherited header are both seen', () => {
    const fetched = new Headers({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset });
    expect(parseRateLimit(fetched, now)?.exhausted?.resetAt).toBe((now / 1000 + 60) * 1000);
    const inherited = Object.create({ 'retry-after': '2' }) as Record<string, string>;
    expect(classify({ status: 503, headers: inherited, now }).retryAfterMs).toBe(2000);
  });

  test('a header record without a prototype (Effect’s Headers) is read like a plain one', () => {
    const headers = Object.assign(Object.create(null) as Record<string, string>, {
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': reset,
      'retry-after': '93',
    });
    const c = classify({ status: 429, headers, body: { errors: [{ code: 88 }] }, now });
    expect(c.rateLimit?.exhausted?.name).toBe('rate-limit');
    expect(c.retryAfterMs).toBe(93_000);
  });

  test('a Headers container is probed by each family’s remaining header', () => {
    const fetched = new Headers({
      'x-app-limit-24hour-limit': '100',
      'x-app-limit-24hour-remaining': '0',
      'x-app-limit-24hour-reset': reset,
    });
    const state = parseRateLimit(fetched, now);
    expect(state?.families.map((family) => family.name)).toEqual(['app-24hour']);
    expect(state?.exhausted).toEqual({
      name: 'app-24hour',
      limit: 100,
      remaining: 0,
      resetAt: (now / 1000 + 60) * 1000,
    });
  });

  test('no rate-limit header means no rate-limit state, whatever else is present', () => {
    const headers = {
      date: 'Tue, 14 Nov 2023 22:13:20 GMT',
      vary: 'accept',
      'strict-transport-security': 'x',
    };
    expect(
      classify({ status: 429, headers, body: { errors: [{ code: 88 }] }, now }).rateLimit,
    ).toBeUndefined();
  });
});
