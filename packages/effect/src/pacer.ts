import {
  type CompleteGrant,
  createPaceBook,
  type PaceBookOptions,
  type RateLimitState,
} from '@xapi-errors/core';
import { Clock, Context, Deferred, Duration, Effect, Exit, Layer, Scope, Semaphore } from 'effect';

/**
 * Settings of the pacing service: core's `PaceBookOptions`, with the same defaults as core's
 * `createPacer`: `perWindow` (requests per window per Sorsa key, default 20), `windowMs` (default
 * 1000), `marginMs` (added to the window for clock slop, default 25), `pendingTimeoutMs` (how long
 * a request whose response never comes keeps its place, default 30 000) and `firstAnswerMs` (how
 * long the rest of a burst to an X endpoint not heard from yet wait for the first request's
 * answer, which tells what its window has left; default 1000, `0` sends the burst at once).
 */
export type XApiPacerOptions = PaceBookOptions;

/**
 * Makes requests wait their turn instead of collecting 429s, following core's `PaceBook`: keys
 * come from core's `paceKey`; a `sorsa:…` key gets `perWindow` requests per window, each one
 * counting from sending until one window after its response arrives; an `x:…` key pauses when a
 * response reports the window used up, until its reset, and then lets only the window's `limit`
 * go until an answer tells what the new window has left (an exhausted 24-hour family pauses its
 * endpoint). Waits use Effect's `Clock`, so `TestClock` drives them, and an interrupted
 * wait takes no turn.
 */
export interface XApiPacerService {
  /**
   * Runs `effect` on a turn under `key`, once the pacer allows it, and counts its response as
   * arrived when `effect` ends, however it ends. Fibers under one key go first come, first served.
   */
  readonly paced: <A, E, R>(key: string, effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>;
  /**
   * Waits for a turn under `key` and takes it, for the enclosing `Scope`. Run the returned effect
   * when the response arrives (or the request fails); closing the scope does it otherwise.
   */
  readonly acquire: (key: string) => Effect.Effect<Effect.Effect<void>, never, Scope.Scope>;
  /**
   * Feeds a response's rate-limit state back, so the key pauses at 0 remaining until reset. Run it
   * before the request's turn is answered, so the fiber that answer wakes sees it.
   */
  readonly observe: (key: string, rateLimit: RateLimitState | undefined) => Effect.Effect<void>;
  /**
   * When `key` may send again, in epoch ms of Effect's `Clock`, if it must wait now. For a Sorsa
   * key, when a slot frees up, unless an in-flight request completes sooner. For an X key, when a
   * spent window (or 24-hour family) resets; not the wait for the first answer from a window that
   * just reset, which may come at any moment.
   */
  readonly pausedUntil: (key: string) => Effect.Effect<number | undefined>;
}

interface Lane {
  /** Only the fiber holding the permit waits on the book, so fibers under a key keep their order. */
  readonly turn: Semaphore.Semaphore;
  /** Set while that fiber waits: a completing request may free a slot before its sleep ends. */
  wake: Deferred.Deferred<void> | undefined;
  /**
   * Fibers waiting for a turn or holding one not yet answered: at 0 the lane is dropped, as a new
   * one would serve as well (keys come without end, one per user token).
   */
  users: number;
}

type Attempt =
  | { readonly done: Effect.Effect<void> }
  | { readonly wait: number; readonly woken: Deferred.Deferred<void> };

/**
 * Core's `PaceBook` driven by Effect's `Clock`, `sleep` and `Semaphore`: core's promise pacer
 * sleeps on real timers, which `TestClock` cannot drive and an interrupted fiber would have to
 * abort by signal.
 */
function makePacer(options: XApiPacerOptions = {}): Effect.Effect<XApiPacerService> {
  return Effect.sync(() => {
    const book = createPaceBook(options);
    const lanes = new Map<string, Lane>();

    const laneOf = (key: string): Lane => {
      let lane = lanes.get(key);
      if (!lane) {
        lane = { turn: Semaphore.makeUnsafe(1), wake: undefined, users: 0 };
        lanes.set(key, lane);
      }
      return lane;
    };

    const leave = (key: string, lane: Lane): void => {
      lane.users -= 1;
      if (lane.users === 0 && lanes.get(key) === lane) lanes.delete(key);
    };

    /** Runs once however often it is called: the client calls it at the headers, the scope again at close. */
    const completion = (key: string, lane: Lane, complete: CompleteGrant): Effect.Effect<void> => {
      let completed = false;
      return Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Effect.sync(() => {
          if (completed) return;
          completed = true;
          complete(now);
          if (lane.wake) Deferred.doneUnsafe(lane.wake, Effect.void);
          leave(key, lane);
        }),
      );
    };

    /**
     * One uninterruptible step, so that no fiber is interrupted between taking a turn and tying its
     * completion to the scope (the grant would then hold a slot until `pendingTimeoutMs`), and no
     * completion slips between reading the wait and setting the wake.
     */
    const attempt = (key: string, lane: Lane): Effect.Effect<Attempt, never, Scope.Scope> =>
      Effect.uninterruptible(
        Effect.flatMap(Clock.currentTimeMillis, (now): Effect.Effect<Attempt, never, Scope.Scope> => {
          const wait = book.waitMs(key, now);
          if (wait > 0) {
            const woken = Deferred.makeUnsafe<void>();
            lane.wake = woken;
            return Effect.succeed({ wait, woken });
          }
          lane.wake = undefined;
          const done = completion(key, lane, book.grant(key, now));
          return Effect.as(
            Effect.addFinalizer(() => done),
            { done },
          );
        }),
      );

    const takeTurn = Effect.fnUntraced(function* (key: string, lane: Lane) {
      for (;;) {
        const next = yield* attempt(key, lane);
        if ('done' in next) return next.done;
        yield* Effect.raceFirst(Effect.sleep(Duration.millis(next.wait)), Deferred.await(next.woken));
      }
    });

    const acquire = (key: string): Effect.Effect<Effect.Effect<void>, never, Scope.Scope> =>
      Effect.suspend(() => {
        const lane = laneOf(key);
        lane.users += 1;
        // A turn taken is left when it is answered (see `completion`); one never taken, here.
        return Effect.onExit(lane.turn.withPermit(takeTurn(key, lane)), (exit) =>
          Exit.isSuccess(exit) ? Effect.void : Effect.sync(() => leave(key, lane)),
        );
      });

    return {
      paced: (key, effect) =>
        Effect.scopedWith((scope) => Effect.andThen(Scope.provide(acquire(key), scope), effect)),
      acquire,
      observe: (key, rateLimit) => Effect.sync(() => book.observe(key, rateLimit)),
      pausedUntil: (key) =>
        Effect.map(Clock.currentTimeMillis, (now) => {
          const wait = key.startsWith('sorsa:') ? book.waitMs(key, now) : book.pauseMs(key, now);
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
