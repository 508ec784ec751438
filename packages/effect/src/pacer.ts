import type { RateLimitState } from '@xapi-errors/core';
import { Clock, Context, Duration, Effect, Layer, Semaphore } from 'effect';

/** Settings of the pacing service; the same as core's `createPacer`, with Effect's `Clock` as the clock. */
export interface XApiPacerOptions {
  /** Requests per window per Sorsa key. Default 20 (Sorsa's documented limit). */
  readonly perWindow?: number;
  /** Window length in ms. Default 1000. */
  readonly windowMs?: number;
  /** Added to the window so latency jitter cannot push a request into the previous server window. Default 25. */
  readonly marginMs?: number;
}

/**
 * Makes requests wait their turn instead of collecting 429s. Keys come from core's `paceKey`:
 * `sorsa:…` keys get a sliding window of `perWindow` per `windowMs`; `x:…` keys pause when a
 * response reports the window used up, until its reset (`x:*` holds the 24-hour families that
 * span all endpoints). Waits use Effect's `Clock`, so `TestClock` drives them, and an interrupted
 * wait takes no turn.
 */
export interface XApiPacerService {
  /** Completes when a request under `key` may be sent; fibers under one key go first come, first served. */
  readonly acquire: (key: string) => Effect.Effect<void>;
  /** Feeds a response's rate-limit state back, so the key pauses at 0 remaining until reset. */
  readonly observe: (key: string, rateLimit: RateLimitState | undefined) => Effect.Effect<void>;
  /** When `key` may send again, in epoch ms of Effect's `Clock`, if it is paused. */
  readonly pausedUntil: (key: string) => Effect.Effect<number | undefined>;
}

interface KeyState {
  readonly turn: Semaphore.Semaphore;
  readonly grants: number[];
  remaining: number | undefined;
  resetAt: number | undefined;
}

const globalKey = 'x:*';

/**
 * Core's `createPacer` semantics, re-expressed over Effect's `Clock`, `sleep` and `Semaphore`:
 * core's pacer sleeps on real timers behind promises, which `TestClock` cannot drive and an
 * interrupted fiber would have to abort by signal.
 */
function makePacer(options: XApiPacerOptions = {}): Effect.Effect<XApiPacerService> {
  return Effect.sync(() => {
    const perWindow = options.perWindow ?? 20;
    const span = (options.windowMs ?? 1000) + (options.marginMs ?? 25);
    const states = new Map<string, KeyState>();

    const stateOf = (key: string): KeyState => {
      let state = states.get(key);
      if (!state) {
        state = { turn: Semaphore.makeUnsafe(1), grants: [], remaining: undefined, resetAt: undefined };
        states.set(key, state);
      }
      return state;
    };

    const windowWait = (state: KeyState, now: number): number => {
      while (state.grants.length > 0 && (state.grants[0] ?? 0) <= now - span) state.grants.shift();
      if (state.grants.length < perWindow) return 0;
      return (state.grants[0] ?? now) + span - now;
    };

    const pauseWait = (state: KeyState | undefined, now: number): number => {
      if (!state || state.resetAt === undefined || state.remaining === undefined || state.remaining > 0)
        return 0;
      const wait = state.resetAt - now;
      if (wait <= 0) {
        state.remaining = undefined;
        state.resetAt = undefined;
        return 0;
      }
      return wait;
    };

    const waitFor = (key: string, state: KeyState, now: number): number =>
      key.startsWith('sorsa:')
        ? windowWait(state, now)
        : Math.max(pauseWait(state, now), pauseWait(states.get(globalKey), now));

    const takeTurn = Effect.fnUntraced(function* (key: string, state: KeyState) {
      for (;;) {
        const now = yield* Clock.currentTimeMillis;
        const wait = waitFor(key, state, now);
        if (wait <= 0) {
          if (key.startsWith('sorsa:')) state.grants.push(now);
          else if (state.remaining !== undefined) state.remaining -= 1;
          return;
        }
        yield* Effect.sleep(Duration.millis(wait));
      }
    });

    return {
      acquire: (key) =>
        Effect.suspend(() => {
          const state = stateOf(key);
          return state.turn.withPermit(takeTurn(key, state));
        }),
      observe: (key, rateLimit) =>
        Effect.sync(() => {
          if (!rateLimit) return;
          for (const family of rateLimit.families) {
            if (family.remaining === undefined || family.resetAt === undefined) continue;
            const state = stateOf(family.name === 'rate-limit' ? key : globalKey);
            const sameWindow = state.resetAt === family.resetAt && state.remaining !== undefined;
            state.remaining = sameWindow
              ? Math.min(state.remaining ?? family.remaining, family.remaining)
              : family.remaining;
            state.resetAt = family.resetAt;
          }
        }),
      pausedUntil: (key) =>
        Effect.map(Clock.currentTimeMillis, (now) => {
          const wait = Math.max(pauseWait(states.get(key), now), pauseWait(states.get(globalKey), now));
          return wait > 0 ? now + wait : undefined;
        }),
    };
  });
}

const XApiPacerKey: Context.ServiceClass<XApiPacer, '@xapi-errors/effect/XApiPacer', XApiPacerService> =
  Context.Service<XApiPacer, XApiPacerService>()('@xapi-errors/effect/XApiPacer');

/**
 * The pacing service. Provide one layer to share it across every `XApiClient` (and every fiber)
 * of the application; a client built without it makes its own.
 *
 * @example
 * ```ts
 * import { Effect, Layer } from 'effect';
 * import { FetchHttpClient } from 'effect/http';
 * import { XApiClient, XApiPacer } from '@xapi-errors/effect';
 *
 * const layer = XApiClient.layer({ pace: { sorsa: true, x: true } }).pipe(
 *   Layer.provide(XApiPacer.layer({ perWindow: 20 })),
 *   Layer.provide(FetchHttpClient.layer),
 * );
 * ```
 */
export class XApiPacer extends XApiPacerKey {
  /** Builds a pacer, for use outside a layer. */
  static readonly make: (options?: XApiPacerOptions) => Effect.Effect<XApiPacerService> = makePacer;

  /** A layer providing one shared pacer. */
  static readonly layer = (options?: XApiPacerOptions): Layer.Layer<XApiPacer> =>
    Layer.effect(XApiPacer, makePacer(options));
}
