import { createManualClock, useSimulator } from '@xapi-errors/testkit';
import { Effect, Exit, Fiber, Layer, Redacted, Schedule, Stream } from 'effect';
import { FetchHttpClient, HttpClientRequest } from 'effect/http';
import { TestClock } from 'effect/testing';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { XApiClient, XApiPacer, XApiSchedule } from '../src/index.ts';
import { realDelay, routeOf, simClient, until, withClient } from './harness.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { clock: createManualClock(), stream: { dataIntervalMs: 5 } },
);

const me = routeOf.v2;

test('interrupting a fiber while it waits for the reset sends no further request', async () => {
  sim.script(me.route, ['v2/http-429', 'ok']);
  let failures = 0;
  const exit = await Effect.runPromise(
    Effect.gen(function* () {
      const fiber = yield* Effect.forkChild(
        withClient(simClient(sim), (x) =>
          x.get(me.path).pipe(
            Effect.tapError(() => Effect.sync(() => failures++)),
            Effect.retry(XApiSchedule.rateLimitAware),
          ),
        ),
      );
      yield* Effect.promise(() => until(() => failures === 1));
      yield* Effect.promise(() => realDelay(20));
      yield* Fiber.interrupt(fiber);
      yield* TestClock.adjust('1 hour');
      yield* Effect.promise(() => realDelay(50));
      return yield* Fiber.await(fiber);
    }).pipe(Effect.provide(TestClock.layer())),
  );
  expect(Exit.hasInterrupts(exit)).toBe(true);
  expect(sim.requestCount(me.route)).toBe(1);
});

test('interrupting a fiber while the pacer holds it back sends nothing, and takes no turn', async () => {
  const layer = XApiClient.layer({ baseUrl: sim.url, apiKey: Redacted.make('one-per-second') }).pipe(
    Layer.provide(XApiPacer.layer({ perWindow: 1 })),
    Layer.provide(FetchHttpClient.layer),
  );
  const counts = await Effect.runPromise(
    Effect.gen(function* () {
      const x = yield* XApiClient;
      yield* x.get('/v3/info');
      const held = yield* Effect.forkChild(x.get('/v3/info'));
      yield* Effect.promise(() => realDelay(50));
      const whileHeld = sim.requestCount('GET /v3/info');
      yield* Fiber.interrupt(held);
      yield* TestClock.adjust('1 minute');
      yield* Effect.promise(() => realDelay(50));
      const afterInterrupt = sim.requestCount('GET /v3/info');
      yield* x.get('/v3/info');
      return [whileHeld, afterInterrupt, sim.requestCount('GET /v3/info')];
    }).pipe(Effect.provide(layer), Effect.provide(TestClock.layer())),
  );
  expect(counts).toEqual([1, 1, 2]);
});

test('interrupting a hanging request ends it', async () => {
  sim.script(me.route, ['hang']);
  const exit = await Effect.runPromise(
    Effect.gen(function* () {
      const fiber = yield* Effect.forkChild(withClient(simClient(sim), (x) => x.get(me.path)));
      yield* Effect.promise(() => until(() => sim.requestCount(me.route) === 1));
      yield* Fiber.interrupt(fiber);
      return yield* Fiber.await(fiber);
    }),
  );
  expect(Exit.hasInterrupts(exit)).toBe(true);
});

test('interrupting a stream closes its connection, so a new one is accepted', async () => {
  const request = HttpClientRequest.get('/2/tweets/search/stream');
  const tags = await Effect.runPromise(
    withClient(simClient(sim), (x) =>
      Effect.gen(function* () {
        yield* Stream.runDrain(Stream.take(x.stream(request), 2));
        return yield* Stream.runDrain(Stream.take(x.stream(request), 2)).pipe(
          Effect.retry({
            schedule: Schedule.spaced('20 millis'),
            while: (error) => error._tag === 'TooManyConnections',
            times: 50,
          }),
          Effect.as('connected'),
        );
      }),
    ),
  );
  expect(tags).toBe('connected');
});
