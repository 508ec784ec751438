import type { XApiRuntime } from '@xapi-errors/core';
import { createStamp, type Stamp } from '@xapi-errors/core/web';

/**
 * The time ky gives the call, read from the object ky calls `fetch` on. Both majors call it as a
 * method: ky 1 of its options (`timeout` is the whole call's, `false` for none), ky 2 of
 * `{ timeout, fetch }` where `timeout` is already the lesser of `timeout` and what is left of
 * `totalTimeout` (and of the options when there is neither). Reading it there spares every request
 * the hook ky would otherwise await, with the options it would copy for it.
 */
export function kyTimeoutOf(receiver: unknown): number | undefined {
  if (typeof receiver !== 'object' || receiver === null) return undefined;
  const timeout: unknown = Reflect.get(receiver, 'timeout');
  return typeof timeout === 'number' && timeout > 0 ? timeout : undefined;
}

/** The runtimes derived from an instance's, by timeout; a few timeouts per instance is the norm. */
const derived: Stamp<Map<number, XApiRuntime>> = createStamp<Map<number, XApiRuntime>>();
const maxDerived = 16;

/**
 * The runtime for one call: ky's timeout caps `maxTotalMs`, since the whole retry loop runs inside
 * the one `fetch` ky times, and a wait ending past it could only end in ky's `TimeoutError` with the
 * classification lost; core refuses such a wait instead.
 */
export function runtimeFor(runtime: XApiRuntime, timeout: number | undefined): XApiRuntime {
  if (timeout === undefined || runtime.retry === false) return runtime;
  // Every call of an instance has the same timeout, most often ky's default: derive its runtime once.
  let byTimeout = derived.get(runtime);
  if (byTimeout === undefined) {
    byTimeout = new Map();
    derived.set(runtime, byTimeout);
  }
  let capped = byTimeout.get(timeout);
  if (capped === undefined) {
    const maxTotalMs = Math.min(runtime.retry.maxTotalMs ?? timeout, timeout);
    capped = { ...runtime, retry: { ...runtime.retry, maxTotalMs } };
    if (byTimeout.size < maxDerived) byTimeout.set(timeout, capped);
  }
  return capped;
}
