import type { XApiRuntime } from '@xapi-errors/core';
import type { BeforeRequestHook } from 'ky';

const timeouts = new WeakMap<Request, number>();

/**
 * Notes ky's `timeout` for the request about to be sent. ky counts it across the whole call and
 * the whole retry loop runs inside ky's `fetch`, so a wait ending past it could only end in ky's
 * `TimeoutError`, with the classification lost.
 */
export const rememberTimeout: BeforeRequestHook = (request, options) => {
  // ky 1.x passes `timeout` in the normalized options without declaring it in their type.
  const timeout: unknown = Reflect.get(options, 'timeout');
  if (typeof timeout === 'number') timeouts.set(request, timeout);
};

/** The runtime for one request: ky's `timeout` caps `maxTotalMs`, so core refuses a wait that cannot finish. */
export function runtimeFor(runtime: XApiRuntime, request: Request): XApiRuntime {
  const timeout = timeouts.get(request);
  if (timeout === undefined || runtime.retry === false) return runtime;
  const maxTotalMs = Math.min(runtime.retry.maxTotalMs ?? timeout, timeout);
  return { ...runtime, retry: { ...runtime.retry, maxTotalMs } };
}
