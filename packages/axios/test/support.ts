import axios, { type AxiosInstance } from 'axios';
import { expect } from 'vitest';
import { isXApiError, withXApi, type XApiAxiosOptions, type XApiError } from '../src/index.ts';

/** Real backoff shape with millisecond steps, so retry tests take no time. */
export const fastRetry = { baseDelayMs: 1, capDelayMs: 5 } as const;

/** An instance pointed at `baseURL` with `withXApi` installed. */
export function xapiClient(baseURL: string, options: XApiAxiosOptions = {}): AxiosInstance {
  return withXApi(axios.create({ baseURL }), options);
}

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

/**
 * Waits until just past the next whole second: the simulator's limit windows are whole seconds of
 * its clock, so a short run of requests started now lands in one window instead of straddling two.
 */
export async function startOfNextSecond(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
}
