import { expect } from 'vitest';
import { isXApiError, type XApiError } from '../src/index.ts';

/** Real backoff shape with millisecond steps, so retry tests take no time. */
export const fastRetry = { baseDelayMs: 1, capDelayMs: 5 } as const;

/** The value a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to reject');
}

/** The `XApiError` a promise rejects with; fails the test on anything else. */
export async function xapiErrorOf(promise: Promise<unknown>): Promise<XApiError> {
  const error = await rejectionOf(promise);
  expect(isXApiError(error)).toBe(true);
  return error as XApiError;
}
