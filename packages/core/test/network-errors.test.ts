import { expect, test } from 'vitest';
import { causeChain, classifyNetworkError, retryDecision } from '../src/index.ts';

const causedBy = (code: string) =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

test.each([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
])('no connection made (%s): nothing was sent, so a POST may be retried', (code) => {
  for (const error of [causedBy(code), { code }]) {
    const c = classifyNetworkError(error, { method: 'POST' });
    expect(c).toMatchObject({ processed: false, retryable: true });
    expect(retryDecision(c, { attempt: 1, method: 'POST' }).retry).toBe(true);
  }
});

test.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'ETIMEDOUT'])(
  'a failure after connecting (%s) may have reached the server: a POST is not retried',
  (code) => {
    const c = classifyNetworkError(causedBy(code), { method: 'POST' });
    expect(c).toMatchObject({ processed: true, retryable: false });
    expect(classifyNetworkError(causedBy(code), { method: 'GET' }).retryable).toBe(true);
  },
);

test('an error without a code may have reached the server', () => {
  expect(classifyNetworkError(new TypeError('fetch failed'), { method: 'POST' }).processed).toBe(true);
});

test('causeChain lists an error and its causes, five at most, and never throws', () => {
  const root = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
  const top = new TypeError('fetch failed', { cause: root });
  expect(causeChain(top)).toEqual([top, root]);

  const cyclic: { cause?: unknown } = {};
  cyclic.cause = cyclic;
  expect(causeChain(cyclic)).toHaveLength(5);

  const hostile = Object.defineProperty({}, 'cause', {
    get() {
      throw new Error('no');
    },
  });
  expect(causeChain(hostile)).toEqual([hostile]);
  expect(causeChain('text')).toEqual([]);
});

test("the message names the socket's code, also when fetch wraps it in a TypeError that says only 'fetch failed'", () => {
  expect(classifyNetworkError(causedBy('ECONNREFUSED')).message).toBe('network: ECONNREFUSED');
  expect(
    classifyNetworkError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })).message,
  ).toBe('network: ECONNRESET');
  // A wrapper's own code (axios over fetch) gives way to the socket's, deeper down.
  const wrapped = Object.assign(new Error('Network Error', { cause: causedBy('ECONNREFUSED') }), {
    code: 'ERR_NETWORK',
  });
  expect(classifyNetworkError(wrapped).message).toBe('network: ECONNREFUSED');
  // Without a code anywhere, the (redacted) text stands in.
  expect(classifyNetworkError(new TypeError('terminated')).message).toBe('network: terminated');
});
