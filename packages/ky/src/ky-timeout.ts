import type { XApiRuntime } from '@xapi-errors/core';
import { createStamp, type Stamp } from '@xapi-errors/core/web';
import { hookArguments } from './hook-arguments.ts';

/**
 * The options ky sent each request with, kept on the request itself. The deadline is worked out
 * from them only when the retry loop runs: most requests end in their first answer and never ask.
 */
const sentWith: Stamp<object> = createStamp<object>();

// ky 2 leaves `timeout` out of the options its `beforeRequest` hooks see. Its `init` hook does see
// them, before the request exists, so the deadline is noted against the call's own `context`
// object, which ky 2 copies for every call and hands on to `beforeRequest` unchanged.
const deadlinesByContext = new WeakMap<object, number>();

/** The per-call options ky 2 gives an `init` hook, as far as timeouts go. */
export interface InitOptions {
  timeout?: unknown;
  totalTimeout?: unknown;
  context?: object;
}

/**
 * ky 2's `init` hook (ky 1 has none). In ky 2 `timeout` bounds each attempt and `totalTimeout` the
 * whole call; the whole retry loop runs inside one ky attempt, so whichever ends first ends it.
 */
export function noteDeadline(options: InitOptions): void {
  // ky 2's default, applied after the `init` hooks have run.
  const timeout = options.timeout ?? 10_000;
  const limits = [timeout, options.totalTimeout].filter((limit) => typeof limit === 'number');
  if (limits.length === 0) return;
  const context = options.context ?? {};
  options.context = context;
  deadlinesByContext.set(context, Math.min(...limits));
}

function deadlineOf(options: object): number | undefined {
  // ky 1 passes `timeout` (the whole call's) in the normalized options without declaring it in their type.
  const timeout: unknown = Reflect.get(options, 'timeout');
  if (typeof timeout === 'number') return timeout;
  const context: unknown = Reflect.get(options, 'context');
  return typeof context === 'object' && context !== null ? deadlinesByContext.get(context) : undefined;
}

/**
 * Notes the options of the request about to be sent, for its deadline: ky's timeout bounds the
 * whole call and the whole retry loop runs inside ky's `fetch`, so a wait ending past it could only
 * end in ky's `TimeoutError`, with the classification lost. Positional parameters, not `...args`:
 * ky 1 passes `(request, options, state)`, and this runs for every request.
 */
export function rememberTimeout(first: unknown, second?: unknown): void {
  if (first instanceof Request) {
    if (typeof second === 'object' && second !== null) sentWith.set(first, second);
    return;
  }
  const { request, options } = hookArguments([first]);
  if (request !== undefined && options !== undefined) sentWith.set(request, options);
}

/** The runtimes derived from an instance's, by timeout; a few timeouts per instance is the norm. */
const derived: Stamp<Map<number, XApiRuntime>> = createStamp<Map<number, XApiRuntime>>();
const maxDerived = 16;

/** The runtime for one request: ky's `timeout` caps `maxTotalMs`, so core refuses a wait that cannot finish. */
export function runtimeFor(runtime: XApiRuntime, request: Request): XApiRuntime {
  const options = sentWith.get(request);
  const timeout = options === undefined ? undefined : deadlineOf(options);
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
