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
    expect(isPlainSuccess(200, { title: 'a v2 shape' })).toBe(false);
    expect(isPlainSuccess(200, { request: '/1.1/statuses/show.json' })).toBe(false);
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

  test('whenever it says plain, the body changes nothing: ok, no problems, as if bodiless', () => {
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
    const urls = fc.constantFrom(undefined, 'https://api.x.com/2/users/me', 'https://proxy.example/any');
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), bodies, urls, (status, body, url) => {
        if (!isPlainSuccess(status, body)) return;
        const headers = { 'x-rate-limit-remaining': '3', 'x-rate-limit-reset': '1767225600' };
        const bodiless = classify({ status, headers, url, now: 1767225000000 });
        expect(bodiless).toMatchObject({ ok: true, kind: 'ok', partial: false, problems: [] });
        expect(classify({ status, headers, url, body, now: 1767225000000 })).toEqual(bodiless);
        const text = body === undefined ? undefined : JSON.stringify(body);
        expect(classify({ status, headers, url, body: text, now: 1767225000000 })).toEqual(bodiless);
      }),
      { numRuns: 3000 },
    );
  });
});
