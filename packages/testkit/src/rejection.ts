import { isXApiError, type XApiError } from '@xapi-errors/core';

/**
 * The value `promise` rejects with. Resolving is the failure here: it throws an `Error` saying so,
 * which any test framework reports, so a test written as `await rejectionOf(call())` cannot pass
 * by accident.
 *
 * @param promise - The call expected to fail.
 * @example
 * ```ts
 * const reason = await rejectionOf(xfetch(url, { signal: AbortSignal.abort() }));
 * ```
 */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('xapi-sim: expected the call to reject, but it resolved');
}

/**
 * The `XApiError` `promise` rejects with, typed as one. It throws when the promise resolves or
 * rejects with anything else (a `TypeError`, an HTTP client's own error), naming what came
 * instead. Recognises errors from every copy of `@xapi-errors/core` (see `isXApiError`).
 *
 * @param promise - The call expected to fail with an `XApiError`.
 * @example
 * ```ts
 * sim.script('GET /2/users/me', ['v2/usage-capped']);
 * const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));
 * error.kind; // 'usage-capped'
 * ```
 */
export async function xapiErrorOf(promise: Promise<unknown>): Promise<XApiError> {
  const error = await rejectionOf(promise);
  if (isXApiError(error)) return error;
  const name = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  throw new Error(`xapi-sim: expected an XApiError, but the call rejected with ${name}`, { cause: error });
}
