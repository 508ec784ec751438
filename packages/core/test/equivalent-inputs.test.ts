import { describe, expect, test } from 'vitest';
import { catalogue, classify, parseRateLimit } from '../src/index.ts';

const now = 1_700_000_000_000;

describe('a body that starts with a byte order mark', () => {
  const encoder = new TextEncoder();

  test('classifies as the same body without it, for every JSON example of the catalogue', () => {
    let compared = 0;
    for (const { example } of catalogue) {
      if (!example.body.trimStart().startsWith('{')) continue;
      const input = { status: example.status, headers: example.headers, now };
      const plain = classify({ ...input, body: example.body });
      expect(classify({ ...input, body: `\uFEFF${example.body}` })).toEqual(plain);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  test('as text and as bytes alike: a success with a BOM is a success', () => {
    const body = '\uFEFF{"data":{"id":"2244994945","name":"X Dev"}}';
    const asText = classify({ status: 200, url: 'https://api.x.com/2/users/me', body });
    const asBytes = classify({
      status: 200,
      url: 'https://api.x.com/2/users/me',
      body: encoder.encode(body),
    });
    expect(asText.ok).toBe(true);
    expect(asText.problems).toEqual([]);
    expect(asText).toEqual(asBytes);
  });
});

describe('a failed response’s flat error object', () => {
  test('is its error whatever other fields come beside the message', () => {
    const body = {
      message: 'api key not payed',
      request_id: 'r-1',
      path: '/v3/search-tweets',
      timestamp: '2026-11-23T00:00:00Z',
      trace: 'abc',
    };
    const c = classify({ status: 403, url: 'https://api.sorsa.io/v3/search-tweets', body });
    expect(c.kind).toBe('credits-exhausted');
    expect(c.entry?.id).toBe('sorsa/key-not-paid');
    expect(c.problems).toHaveLength(1);
  });

  test('a code written as digits counts as a number does', () => {
    const asText = classify({
      status: 429,
      url: 'https://api.x.com/1.1/statuses/show.json',
      body: { code: '88' },
    });
    const asNumber = classify({
      status: 429,
      url: 'https://api.x.com/1.1/statuses/show.json',
      body: { code: 88 },
    });
    expect(asText.entry?.id).toBe('v1.1/88');
    expect(asText.kind).toBe(asNumber.kind);
    expect(asText.problems.map((problem) => problem.code)).toEqual([88]);
  });

  test('in a 2xx, a message among many fields is data, not an error', () => {
    const body = { message: 'welcome', id: '1', name: 'n', username: 'u', created_at: 'c' };
    const c = classify({ status: 200, url: 'https://api.sorsa.io/v3/user-info', body });
    expect(c.ok).toBe(true);
    expect(c.problems).toEqual([]);
  });
});

describe('a rate-limit header sent twice', () => {
  const reset = now / 1000 + 600;

  test('a spent window still reads as spent when its remaining header comes twice', () => {
    const headers = {
      'x-rate-limit-limit': '15, 15',
      'x-rate-limit-remaining': '0, 0',
      'x-rate-limit-reset': `${reset}, ${reset}`,
    };
    const c = classify({ status: 429, headers, body: { errors: [{ code: 88 }] }, now });
    expect(c.rateLimit?.exhausted).toEqual({
      name: 'rate-limit',
      limit: 15,
      remaining: 0,
      resetAt: reset * 1000,
    });
    expect(c.retryAfterMs).toBe(600_000);
  });

  test('of values that disagree, the cautious one is kept: fewer left, later reset', () => {
    const state = parseRateLimit(
      new Headers([
        ['x-rate-limit-limit', '900'],
        ['x-rate-limit-limit', '450'],
        ['x-rate-limit-remaining', '3'],
        ['x-rate-limit-remaining', '0'],
        ['x-rate-limit-reset', String(reset - 60)],
        ['x-rate-limit-reset', String(reset)],
      ]),
      now,
    );
    expect(state?.exhausted).toEqual({ name: 'rate-limit', limit: 450, remaining: 0, resetAt: reset * 1000 });
  });

  test('a stray or empty part does not hide a readable value', () => {
    for (const remaining of ['0, soon', '0,', ',0']) {
      const state = parseRateLimit({ 'x-rate-limit-remaining': remaining, 'x-rate-limit-limit': '15' }, now);
      expect(state?.families, remaining).toEqual([{ name: 'rate-limit', limit: 15, remaining: 0 }]);
    }
    const unreadable = parseRateLimit(
      { 'x-rate-limit-remaining': 'soon, later', 'x-rate-limit-limit': '15' },
      now,
    );
    expect(unreadable?.families).toEqual([{ name: 'rate-limit', limit: 15 }]);
  });

  test('a Retry-After sent twice is read, the longer wait kept; fetch and axios agree', () => {
    const joined = classify({
      status: 503,
      headers: new Headers([
        ['retry-after', '90'],
        ['retry-after', '120'],
      ]),
      dialect: 'v2',
      now,
    });
    expect(joined.retryAfterMs).toBe(120_000);
    const date = 'Tue, 14 Nov 2023 22:15:20 GMT';
    expect(classify({ status: 503, headers: { 'retry-after': date }, dialect: 'v2', now }).retryAfterMs).toBe(
      Date.parse(date) - now,
    );
  });
});

describe('headers as a record or as Headers', () => {
  test('give the same rate-limit state when a family comes without its remaining header', () => {
    const sent = {
      'x-rate-limit-limit': '900',
      'x-rate-limit-remaining': '899',
      'x-rate-limit-reset': String(now / 1000 + 900),
      'x-app-limit-24hour-limit': '10000',
      'x-app-limit-24hour-reset': String(now / 1000 + 86_400),
    };
    const fromRecord = parseRateLimit(sent, now);
    expect(parseRateLimit(new Headers(sent), now)).toEqual(fromRecord);
    expect(fromRecord?.families.map((family) => family.name)).toEqual(['rate-limit']);
  });
});

test('one header in two spellings of a plain record is that header sent twice, as fetch would join it', () => {
  const now = 1_767_225_000_000;
  const spent = classify({
    status: 429,
    now,
    body: '{"errors":[{"code":88}]}',
    headers: {
      'x-rate-limit-remaining': '0',
      'X-Rate-Limit-Remaining': '5',
      'x-rate-limit-reset': '1767225600',
    },
  });
  expect(spent.retryAfterMs).toBe(600_000);
  const wait = classify({ status: 503, body: '', headers: { 'retry-after': '5', 'Retry-After': '0' } });
  expect(wait.retryAfterMs).toBe(5_000);
});

test('the same value in two spellings is kept once: a repeated HTTP-date still reads', () => {
  const now = Date.UTC(2026, 10, 22, 12, 0, 0);
  const date = 'Sun, 22 Nov 2026 12:00:30 GMT';
  const c = classify({ status: 503, body: '', now, headers: { 'retry-after': date, 'Retry-After': date } });
  expect(c.retryAfterMs).toBe(30_000);
});
