import type { Simulator } from '@xapi-errors/testkit';
import { Duration, Effect, type Exit, Layer, Schedule, Tracer } from 'effect';
import { FetchHttpClient } from 'effect/http';
import { TestClock } from 'effect/testing';
import { XApiClient, type XApiClientOptions, type XApiClientService } from '../src/index.ts';

/** A client talking to the simulator over real HTTP through Effect's fetch client. */
export function simClient(sim: Simulator, options: XApiClientOptions = {}): Layer.Layer<XApiClient> {
  return XApiClient.layer({ baseUrl: sim.url, ...options }).pipe(Layer.provide(FetchHttpClient.layer));
}

/** Runs `f` against a client of the simulator. */
export function withClient<A, E, R>(
  layer: Layer.Layer<XApiClient>,
  f: (client: XApiClientService) => Effect.Effect<A, E, R>,
): Effect.Effect<A, E, Exclude<R, XApiClient>> {
  return Effect.provide(Effect.flatMap(XApiClient, f), layer);
}

/**
 * Runs `effect` under a tracer that hands every span attribute to `record` before the current
 * tracer (Effect's own) takes it: what a tracing backend would be sent.
 */
export function withRecordedSpans<A, E, R>(
  effect: Effect.Effect<A, E, R>,
  record: (key: string, value: unknown) => void,
): Effect.Effect<A, E, R> {
  return Effect.flatMap(Effect.tracer, (native) => {
    const recording = Tracer.make({
      span(options) {
        const span = native.span(options);
        const attribute = span.attribute.bind(span);
        span.attribute = (key, value) => {
          record(key, value);
          attribute(key, value);
        };
        return span;
      },
    });
    return Effect.withTracer(effect, recording);
  });
}

/** Real time passes (sockets, the simulator) while `TestClock` stands still. */
export function realDelay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits in real time until `condition` holds; fails the test after `limitMs`. */
export async function until(condition: () => boolean, limitMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error('condition not reached');
    await realDelay(5);
  }
}

/** Routes whose dialect the simulator serves, one per dialect. */
export const routeOf = {
  v2: { route: 'GET /2/users/me', path: '/2/users/me' },
  'v1.1': { route: 'GET /1.1/account/verify_credentials.json', path: '/1.1/account/verify_credentials.json' },
  sorsa: { route: 'GET /v3/info', path: '/v3/info' },
} as const;

/**
 * Runs `effect` under `TestClock`, moving the clock on by `step` whenever real time has let the
 * sockets settle, until it completes.
 */
export function drive<A, E>(
  effect: Effect.Effect<A, E>,
  step: Duration.Input = '1 minute',
): Promise<Exit.Exit<A, E>> {
  return Effect.runPromise(
    Effect.gen(function* () {
      const fiber = yield* Effect.forkChild(effect);
      for (;;) {
        yield* Effect.promise(() => realDelay(15));
        const exit = fiber.pollUnsafe();
        if (exit) return exit;
        yield* TestClock.adjust(step);
      }
    }).pipe(Effect.provide(TestClock.layer())),
  );
}

/** The schedule, recording each delay it decides on. */
export function recorded<I>(
  schedule: Schedule.Schedule<Duration.Duration, I>,
): [Schedule.Schedule<Duration.Duration, I>, number[]] {
  const waits: number[] = [];
  const tapped = Schedule.tap(schedule, ({ duration }) =>
    Effect.sync(() => waits.push(Duration.toMillis(duration))),
  );
  return [tapped, waits];
}
