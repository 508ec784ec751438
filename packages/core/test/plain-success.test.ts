import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { catalogue, classify, isPlainSuccess } from '../src/index.ts';

describe('isPlainSuccess', () => {
  test('2xx data bodies, arrays and unread bodies are plain', () => {
    expect(isPlainSuccess(200, { data: { id: '1' } })).toBe(true);
    expect(isPlainSuccess(201, { data: { id: '1' }, meta: { result_count: 1 } })).toBe(true);
    expect(isPlainSuccess(200, [{ id: 1 }])).toBe(true);
    expect(isPlainSuccess(204, undefined)).toBe(true);
  });

  test('anything classify must look at is not', () => {
    expect(isPlainSuccess(429, { data: {} })).toBe(false);
    expect(isPlainSuccess(304, undefined)).toBe(false);
    expect(isPlainSuccess(200, { data: [], errors: [{ title: 'Not Found Error' }] })).toBe(false);
    expect(isPlainSuccess(200, { title: 'x', type: 'about:blank' })).toBe(false);
    expect(isPlainSuccess(200, { message: 'quota used up' })).toBe(false);
    expect(isPlainSuccess(200, { error: 'Not authorized.', request: '/1.1/x.json' })).toBe(false);
    expect(isPlainSuccess(200, { code: 1 })).toBe(false);
    expect(isPlainSuccess(200, 'OK')).toBe(false);
    expect(isPlainSuccess(200, null)).toBe(false);
    expect(isPlainSuccess(200, new Uint8Array(2))).toBe(false);
    expect(isPlainSuccess(200, Object.create({ errors: [{ code: 88 }] }))).toBe(false);
    expect(isPlainSuccess(200, JSON.parse('{"__proto__": {"errors": [1]}, "data": 1}'))).toBe(true);
  });

  test('no catalogue example of an error is plain', () => {
    for (const { example } of catalogue) {
      let body: unknown = example.body === '' ? undefined : example.body;
      try {
        body = JSON.parse(example.body);
      } catch {}
      if (isPlainSuccess(example.status, body)) expect(classify(example).problems).toEqual([]);
    }
  });

  test('whenever it says plain, classify agrees: ok, no problems, not partial', () => {
    const bodies = fc.oneof(
      fc.json().map((text) => JSON.parse(text) as unknown),
      fc.dictionary(
        fc.constantFrom(
          'data',
          'errors',
          'type',
          'title',
          'code',
          'error',
          'message',
          'request',
          'meta',
          'detail',
        ),
        fc.jsonValue(),
      ),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), bodies, (status, body) => {
        if (!isPlainSuccess(status, body)) return;
        const classification = classify({ status, body });
        expect(classification).toMatchObject({ ok: true, kind: 'ok', partial: false, problems: [] });
        expect(
          classify({ status, body: body === undefined ? undefined : JSON.stringify(body) }),
        ).toMatchObject({
          ok: true,
          partial: false,
          problems: [],
        });
      }),
      { numRuns: 3000 },
    );
  });
});
