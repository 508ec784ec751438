import { createRuntime } from '@xapi-errors/core';
import type { AxiosInstance } from 'axios';
import type { AxiosInstanceLike } from './instance-like.ts';
import { createInterceptors } from './interceptors.ts';
import type { XApiAxiosOptions } from './options.ts';

/** The interceptor ids `withXApi` got from each instance, so `ejectXApi` removes exactly those. */
const installed = new WeakMap<AxiosInstanceLike, { readonly request: number; readonly response: number }>();

/**
 * Installs X API error handling on an axios instance and returns the same instance.
 *
 * Responses that are not a success reject with `XApiError` (the `AxiosError` as its non-enumerable
 * `cause`, no axios config anywhere on it). Retryable failures are re-sent through the instance, so
 * your other interceptors run again, after the exact server timing or jittered backoff; requests are
 * paced instead of collecting 429s. A 2xx with partial errors resolves; see `getClassification`.
 *
 * One call creates one retry budget and one pacer (unless passed in `options`), shared by every
 * request of this instance. Calling it again on the same instance replaces the earlier installation.
 *
 * @param instance An instance from `axios.create()`, or the default `axios` export (from axios's
 *   ESM or CommonJS declarations alike).
 * @param options Retry, budget, pacing, partial-error and hook options. They are checked at once,
 *   when `withXApi` is called, not when a request is made.
 * @throws {TypeError} An option has the wrong type, e.g. `retry.limit: '2'` or a hook that is not a
 *   function. The message names the option.
 * @throws {RangeError} An option is out of range, e.g. `retry.limit: NaN`, `pacer.perWindow: 0` or
 *   `partialErrors: 'rejct'`. The message names the option. When either is thrown, an earlier
 *   installation on `instance` has already been removed, and nothing is installed.
 *
 * @example
 * ```ts
 * const api = withXApi(axios.create({ baseURL: 'https://api.x.com', headers: { authorization: `Bearer ${token}` } }), {
 *   retry: { limit: 3, maxDelayMs: 30_000 },
 * });
 * const { data } = await api.get('/2/users/me');
 * ```
 */
export function withXApi<T extends AxiosInstanceLike>(instance: T, options: XApiAxiosOptions = {}): T {
  ejectXApi(instance);
  // Either of axios's declarations describes the same object at run time.
  const axiosInstance = instance as unknown as AxiosInstance;
  const interceptors = createInterceptors(axiosInstance, createRuntime(options));
  installed.set(instance, {
    request: axiosInstance.interceptors.request.use(interceptors.request),
    response: axiosInstance.interceptors.response.use(interceptors.response, interceptors.responseError),
  });
  return instance;
}

/**
 * Removes the interceptors `withXApi` installed on `instance`, and nothing else.
 *
 * @returns `true` when something was removed, `false` when `withXApi` was not installed.
 *
 * @example
 * ```ts
 * ejectXApi(api); // api behaves like a plain axios instance again
 * ```
 */
export function ejectXApi(instance: AxiosInstanceLike): boolean {
  const ids = installed.get(instance);
  if (!ids) return false;
  instance.interceptors.request.eject(ids.request);
  instance.interceptors.response.eject(ids.response);
  installed.delete(instance);
  return true;
}
