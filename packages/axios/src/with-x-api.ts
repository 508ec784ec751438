import { createRuntime } from '@xapi-errors/core';
import type { AxiosInstance, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import type { AxiosInstanceLike } from './instance-like.ts';
import { createInterceptors, type XApiInterceptors } from './interceptors.ts';
import type { XApiAxiosOptions } from './options.ts';

/**
 * What `withXApi` installed on an instance: the ids of two forwarding interceptors, and the
 * handlers they forward to. Calling `withXApi` again swaps the handlers and keeps the forwarders
 * where they were registered, so interceptors added since stay on the same side of ours.
 */
interface Installation {
  readonly request: number;
  readonly response: number;
  /** The forwarders, to tell whether they are still registered under their ids. */
  readonly forwarders: { readonly request: unknown; readonly response: unknown };
  /** `undefined` after a call whose options were refused: the forwarders then pass everything on. */
  current: XApiInterceptors | undefined;
}

const installed = new WeakMap<AxiosInstanceLike, Installation>();

/** Registers the forwarders of a new installation, with `current` as its handlers. */
function install(instance: AxiosInstance, current: XApiInterceptors): Installation {
  let installation: Installation | undefined;
  const forwardRequest = (config: InternalAxiosRequestConfig) => {
    const handlers = installation?.current;
    return handlers ? handlers.request(config) : config;
  };
  const forwardResponse = (value: AxiosResponse) => {
    const handlers = installation?.current;
    return handlers ? handlers.response(value) : value;
  };
  const request = instance.interceptors.request.use(forwardRequest);
  const response = instance.interceptors.response.use(forwardResponse, (error: unknown) => {
    const handlers = installation?.current;
    return handlers ? handlers.responseError(error) : Promise.reject(error);
  });
  installation = {
    request,
    response,
    forwarders: { request: forwardRequest, response: forwardResponse },
    current,
  };
  return installation;
}

/** Whether `id` still holds `handler` in axios's list of `manager`'s interceptors. */
function holds(manager: unknown, id: number, handler: unknown): boolean {
  const handlers: unknown =
    typeof manager === 'object' && manager !== null ? Reflect.get(manager, 'handlers') : undefined;
  // An axios that keeps its interceptors elsewhere: the record is all there is to go by.
  if (!Array.isArray(handlers)) return true;
  const registered: unknown = handlers[id];
  return (
    typeof registered === 'object' && registered !== null && Reflect.get(registered, 'fulfilled') === handler
  );
}

/** The installation on `instance`, unless `interceptors.*.clear()` removed its forwarders since. */
function liveInstallation(instance: AxiosInstance): Installation | undefined {
  const installation = installed.get(instance);
  if (!installation) return undefined;
  const { interceptors } = instance;
  if (
    holds(interceptors.request, installation.request, installation.forwarders.request) &&
    holds(interceptors.response, installation.response, installation.forwarders.response)
  )
    return installation;
  ejectXApi(instance);
  return undefined;
}

/**
 * Installs X API error handling on an axios instance and returns the same instance.
 *
 * Responses that are not a success reject with `XApiError` (the `AxiosError` as its non-enumerable
 * `cause`, no axios config anywhere on it). Retryable failures are re-sent through the instance, so
 * your other interceptors run again, after the exact server timing or jittered backoff; requests are
 * paced instead of collecting 429s. A 2xx with partial errors resolves; see `getClassification`.
 *
 * One call creates one retry budget and one pacer (unless passed in `options`), shared by every
 * request of this instance. Calling it again on the same instance replaces the earlier installation
 * in place: interceptors you added in between stay on the same side of it.
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
  // Either of axios's declarations describes the same object at run time.
  const axiosInstance = instance as unknown as AxiosInstance;
  const earlier = liveInstallation(axiosInstance);
  // Removed before the options are checked, so a refused call leaves nothing working.
  if (earlier) earlier.current = undefined;
  const interceptors = createInterceptors(axiosInstance, createRuntime(options));
  if (earlier) earlier.current = interceptors;
  else installed.set(instance, install(axiosInstance, interceptors));
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
  const installation = installed.get(instance);
  if (!installation) return false;
  instance.interceptors.request.eject(installation.request);
  instance.interceptors.response.eject(installation.response);
  installed.delete(instance);
  return installation.current !== undefined;
}
