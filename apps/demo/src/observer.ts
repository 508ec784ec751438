import type { Classification, RateLimitEvent, RetryEvent, XApiHooks } from '@xapi-errors/core';

/** The query parameter that tags each request, so hook events can be told apart per call. */
export const callParam = 'demo_call';

/**
 * Pacer events shorter than this are not counted as waits. Hooks time the whole `acquire` call on
 * the wall clock, so a request the pacer never held still reports the time its promise turns took,
 * which reaches tens of milliseconds while other adapters run beside it. Real holds in the demo
 * are close to a whole window (about a second).
 */
export const pacerNoiseMs = 100;

/** What the hooks reported about one call. */
export interface CallObservation {
  /** Real waits: retry delays plus time held back by the pacer. */
  waitMs: number;
  /** The classifications of attempts that were retried, in order. */
  readonly retried: Classification[];
}

/** Collects hook events per call: the adapters' own account of how long they waited and why. */
export interface Observer {
  readonly hooks: XApiHooks;
  /** The observation of call `id` (empty when no hook fired for it). */
  of(id: number): CallObservation;
  /** Files events of requests without a call id in their URL under call `id` from now on. */
  untaggedGoTo(id: number): void;
}

function callOf(url: string): number | undefined {
  try {
    const value = new URL(url).searchParams.get(callParam);
    return value === null ? undefined : Number(value);
  } catch {
    return undefined;
  }
}

/** Creates hooks that file every retry and pacer wait under the call whose URL it reports. */
export function createObserver(): Observer {
  const calls = new Map<number, CallObservation>();
  const of = (id: number): CallObservation => {
    let observation = calls.get(id);
    if (!observation) {
      observation = { waitMs: 0, retried: [] };
      calls.set(id, observation);
    }
    return observation;
  };
  let untagged: number | undefined;
  const forEvent = (event: RetryEvent | RateLimitEvent): CallObservation | undefined => {
    const id = callOf(event.request.url) ?? untagged;
    return id === undefined ? undefined : of(id);
  };
  return {
    hooks: {
      onRetry: (event) => {
        const observation = forEvent(event);
        if (!observation) return;
        observation.waitMs += event.delayMs;
        observation.retried.push(event.classification);
      },
      onRateLimit: (event) => {
        // A `response` event says how long the API asks us to wait; only pacer holds are waits taken.
        if (event.source !== 'pacer' || (event.waitMs ?? 0) < pacerNoiseMs) return;
        const observation = forEvent(event);
        if (observation) observation.waitMs += event.waitMs ?? 0;
      },
    },
    of,
    untaggedGoTo: (id) => {
      untagged = id;
    },
  };
}
