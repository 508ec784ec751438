import { expect, test } from 'vitest';
import { classify, retryDecision } from '../src/index.ts';

// A gateway's 500, 502 or 504 says nothing about whether X acted, whatever body it relays: a
// resent POST could post the same Tweet twice.
const relayed = [
  ['v1.1 code 130', { errors: [{ code: 130, message: 'Over capacity' }] }],
  ['v1.1 code 88', { errors: [{ code: 88, message: 'Rate limit exceeded' }] }],
  [
    'v2 operational-disconnect',
    { title: 'Operational Disconnect', type: 'https://api.x.com/2/problems/operational-disconnect' },
  ],
] as const;

test.each([500, 502, 504])('a POST is not resent after a %i, whatever code its body carries', (status) => {
  for (const [, body] of relayed) {
    const c = classify({ status, body, method: 'POST' });
    expect([c.processed, c.retryable]).toEqual([true, false]);
    expect(retryDecision(c, { attempt: 1, method: 'POST' }).retry).toBe(false);
    // The same response to a GET is still retried.
    expect(classify({ status, body, method: 'GET' }).retryable).toBe(true);
  }
});

test('the API\'s own "over capacity" 503 and a 429 still let a POST be resent', () => {
  expect(classify({ status: 503, body: relayed[0][1], method: 'POST' }).retryable).toBe(true);
  expect(classify({ status: 429, body: relayed[1][1], method: 'POST' }).retryable).toBe(true);
});

test('a 501 is no exception: the API does not implement the call, so it did not act', () => {
  const c = classify({ status: 501, body: { title: 'Unimplemented', type: 'about:blank', status: 501 } });
  expect(c.processed).toBe(false);
});

test('a 501 with no catalogue entry (a v1.1 or unknown host) is not processed either', () => {
  expect(classify({ status: 501, dialect: 'v1.1', method: 'POST' }).processed).toBe(false);
  expect(classify({ status: 501, method: 'POST' }).processed).toBe(false);
});
