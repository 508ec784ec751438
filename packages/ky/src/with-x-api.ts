import { createRuntime } from '@xapi-errors/core';
import type { Hooks, KyInstance, Options } from 'ky';
import { toXApiError } from './hooks.ts';
import type { XApiKyOptions } from './options.ts';
import { baseOf, createRetryingFetch } from './retrying-fetch.ts';

/**
 * ky throws for any status outside 200–299, so a 304 would reject with its raw `HTTPError`, which
 * quotes the URL unredacted. A 304 is an answer (core classifies it `ok`, and the other adapters
 * resolve it), so it resolves, unless the instance never throws anyway.
 */
function passNotModified(parent: Options['throwHttpErrors']): NonNullable<Options['throwHttpErrors']> {
  if (parent === false) return false;
  const throws = typeof parent === 'function' ? parent : () => true;
  return (status) => status !== 304 && throws(status);
}

/**
 * Extends a ky instance with X API error handling. Requests made through the returned instance
 * are retried as core decides (exact server timing, else capped exponential backoff with full
 * jitter; usage caps and processed POSTs never), share one retry budget and pacer, and fail with
 * an `XApiError` whose `cause` is ky's `HTTPError`. Everything else about the instance (`prefixUrl`
 * in ky 1, `prefix` in ky 2, headers, your hooks, your `fetch`) is kept. Works with ky 1.14+ and ky 2.
 *
 * @param ky The ky instance to extend; it is not changed. When it came from `withXApi`, the new
 *   options replace the earlier ones (with a budget and pacer of their own) instead of adding a
 *   second retry loop.
 * @param options Retry, budget, pacing, partial-error and hook options. They are checked at once,
 *   when `withXApi` is called, not when a request is made.
 * @throws {TypeError} An option has the wrong type, e.g. `retry.limit: '2'` or a hook that is not a
 *   function. The message names the option.
 * @throws {RangeError} An option is out of range, e.g. `retry.limit: NaN`, `pacer.perWindow: 0` or
 *   `partialErrors: 'rejct'`. The message names the option.
 *
 * @example
 * ```ts
 * import ky from 'ky';
 * import { withXApi } from '@xapi-errors/ky';
 *
 * const x = withXApi(ky.create({ headers: { authorization: `Bearer ${token}` } }));
 * const me = await x.get('https://api.x.com/2/users/me').json();
 * ```
 */
export function withXApi(ky: KyInstance, options: XApiKyOptions = {}): KyInstance {
  const runtime = createRuntime(options);
  // The hook takes ky 1's positional arguments and ky 2's state object alike: no single major's
  // `Hooks` type describes it.
  const hooks = { beforeError: [toXApiError] } as Hooks;
  return ky.extend((parent) => ({
    // Retries happen inside the fetch below. `shouldRetry` keeps ky from adding its own on top
    // should a later `extend({ retry: { limit } })` raise the limit again.
    retry: { limit: 0, shouldRetry: () => false },
    fetch: createRetryingFetch(runtime, baseOf(parent.fetch)),
    hooks,
    throwHttpErrors: passNotModified(parent.throwHttpErrors),
  }));
}
