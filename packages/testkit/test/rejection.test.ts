import { classify, XApiError } from '@xapi-errors/core';
import { expect, test } from 'vitest';
import { rejectionOf, xapiErrorOf } from '../src/index.ts';

const capped = () =>
  new XApiError(
    classify({
      status: 429,
      body: {
        title: 'UsageCapExceeded',
        type: 'https://api.x.com/2/problems/usage-capped',
        period: 'Monthly',
      },
    }),
  );

test('rejectionOf gives the rejection reason, whatever it is', async () => {
  const reason = new TypeError('bad header');
  expect(await rejectionOf(Promise.reject(reason))).toBe(reason);
  expect(await rejectionOf(Promise.reject('text'))).toBe('text');
});

test('rejectionOf throws when the promise resolves', async () => {
  await expect(rejectionOf(Promise.resolve(1))).rejects.toThrow(
    'expected the call to reject, but it resolved',
  );
});

test('xapiErrorOf gives the XApiError, typed', async () => {
  const error = await xapiErrorOf(Promise.reject(capped()));
  expect(error.kind).toBe('usage-capped');
  expect(error.retryable).toBe(false);
});

test('xapiErrorOf names what came instead of an XApiError', async () => {
  const other = new TypeError('Invalid header value');
  const failure = await rejectionOf(xapiErrorOf(Promise.reject(other)));
  expect(failure).toBeInstanceOf(Error);
  expect((failure as Error).message).toBe(
    'xapi-sim: expected an XApiError, but the call rejected with TypeError: Invalid header value',
  );
  expect((failure as Error).cause).toBe(other);
  await expect(xapiErrorOf(Promise.reject(42))).rejects.toThrow('rejected with number');
  await expect(xapiErrorOf(Promise.resolve('data'))).rejects.toThrow('but it resolved');
});
