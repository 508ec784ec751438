import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify } from '../src/index.ts';

const runs = Number(process.env.FC_RUNS ?? 10_000);

const anyHeaders = fc.dictionary(
  fc.oneof(
    fc.constantFrom('x-rate-limit-reset', 'x-rate-limit-remaining', 'retry-after', 'date', 'content-type'),
    fc.string(),
  ),
  fc.oneof(fc.string(), fc.array(fc.string()), fc.integer(), fc.constant(undefined), fc.constant(null)),
);
const anyBody = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue(),
  fc.anything(),
  fc.uint8Array(),
  fc.jsonValue().map((value) => ({ errors: [value], data: value })),
  fc.jsonValue().map((value) => ({ type: value, title: value, detail: value, errors: value })),
);
const anyInput = fc.record(
  {
    status: fc.oneof(fc.integer(), fc.constantFrom(200, 400, 401, 403, 404, 420, 429, 500, 503), fc.double()),
    headers: anyHeaders,
    body: anyBody,
    method: fc.oneof(fc.string(), fc.constantFrom('GET', 'POST')),
    url: fc.oneof(fc.string(), fc.webUrl()),
    dialect: fc.constantFrom('v1.1', 'v2', 'sorsa') as fc.Arbitrary<'v1.1' | 'v2' | 'sorsa'>,
    now: fc.oneof(fc.integer(), fc.double()),
  },
  { requiredKeys: ['status'] },
);

describe('classify never throws', () => {
  test(`arbitrary input (${runs} runs)`, () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const c = classify(input);
        expect(typeof c.kind).toBe('string');
        expect(typeof c.message).toBe('string');
        expect(Array.isArray(c.problems)).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  const hostile: [string, unknown][] = [
    ['50 MB JSON string', `{"errors":[{"code":88,"message":"${'x'.repeat(50 * 1024 * 1024)}"}]}`],
    ['100,000-deep arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['100,000-deep objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['invalid UTF-8 bytes', new Uint8Array([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d])],
    [
      '__proto__ keys',
      '{"__proto__":{"type":"https://api.x.com/2/problems/usage-capped","polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    ],
    ['truncated JSON', '{"errors":[{"code":88,"message":"Rate limit exc'],
    ['HTML error page', '<!DOCTYPE html><html><body><h1>Twitter is over capacity.</h1></body></html>'],
    ['XML', '<?xml version="1.0"?><errors><error code="89">Invalid or expired token.</error></errors>'],
    [
      'a getter that throws',
      Object.defineProperty({}, 'errors', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      }),
    ],
    [
      'a revoked proxy',
      (() => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      })(),
    ],
    ['errors as a huge array', { errors: Array.from({ length: 100_000 }, () => ({ code: 88 })) }],
  ];

  test.each(hostile)('%s', (_name, body) => {
    const c = classify({ status: 429, body, headers: { 'x-rate-limit-remaining': '0' } });
    expect(c.status).toBe(429);
    expect(c.kind).not.toBe('ok');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('codes are salvaged from truncated JSON', () => {
    expect(classify({ status: 429, body: '{"errors":[{"code":88,"message":"Rate limit exc' }).entry?.id).toBe(
      'v1.1/88',
    );
  });

  test('a truncated 2xx body is an unknown error, with no success entry on its problem', () => {
    const c = classify({ status: 200, body: '{"data":{"id":"1","te', url: 'https://api.x.com/2/tweets/1' });
    expect(c.ok).toBe(false);
    expect(c.kind).toBe('unknown');
    expect(c.problems.every((problem) => problem.kind !== 'ok' && problem.entry === undefined)).toBe(true);
  });

  test('a valid 2xx JSON body over the parse bound is a success, not an error', () => {
    const big = JSON.stringify({
      data: Array.from({ length: 40_000 }, (_, i) => ({ id: String(i), text: 'x'.repeat(20) })),
    });
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const c = classify({ status: 200, body: big, url: 'https://api.x.com/2/tweets/search/recent' });
    expect(c.ok).toBe(true);
    expect(c.kind).toBe('ok');
  });

  test('a 50 MB body still classifies by status and dialect', () => {
    const c = classify({
      status: 503,
      body: 'x'.repeat(50 * 1024 * 1024),
      url: 'https://api.x.com/2/tweets',
    });
    expect(c.kind).toBe('unavailable');
  });

  test('hostile input objects: status as a string, headers as a throwing Map', () => {
    const headers = {
      get: () => {
        throw new Error('no');
      },
    };
    const c = classify({ status: '500' as unknown as number, headers });
    expect(c.status).toBe(0);
  });
});
