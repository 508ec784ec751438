import type { RateLimitState } from '@xapi-errors/core';
import { createManualClock, startSimulator } from '@xapi-errors/testkit';
import { Effect, Fiber, Layer, Redacted } from 'effect';
import { FetchHttpClient } from 'effect/http';
import { TestClock } from 'effect/testing';
import { expect, test } from 'vitest';
import { XApiClient, XApiPacer, type XApiPacerService } from '../src/index.ts';
import { realDelay, simClient, until, withClient } from './harness.ts';

/** Lets forked fibers run as far as they can before the test looks. */
const settle = Effect.promise(() => realDelay(10));

function onTestClock<A>(f: (pacer: XApiPacerService) => Effect.Effect<A>, options = {}): Promise<A> {
  return Effect.runPromise(
    Effect.flatMap(XApiPacer.make(options), f).pipe(Effect.provide(TestClock.layer())),
  );
}

function exhausted(name: 'rate-limit' | 'app-24hour', resetAt: number): RateLimitState {
  const family = { name, limit: 15, remaining: 0, resetAt };
  return { families: [family], exhausted: family, skewMs: 0 };
}

test('a Sorsa key gets perWindow turns per window, shared by many fibers', async () => {
  const granted = await onTestClock((pacer) =>
    Effect.gen(function* () {
      let count = 0;
      const seen: number[] = [];
      yield* Effect.forkChild(
        Effect.forEach(
          Array.from({ length: 50 }),
          () => Effect.tap(pacer.acquire('sorsa:k'), () => Effect.sync(() => count++)),
          {
            concurrency: 'unbounded',
          },
        ),
      );
      yield* settle;
      seen.push(count);
      yield* TestClock.adjust(1024);
      yield* settle;
      seen.push(count);
      yield* TestClock.adjust(1);
      yield* settle;
      seen.push(count);
      yield* TestClock.adjust(1025);
      yield* settle;
      seen.push(count);
      return seen;
    }),
  );
  expect(granted).toEqual([20, 20, 40, 50]);
});

test('keys are paced apart', async () => {
  const done = await onTestClock(
    (pacer) =>
      Effect.gen(function* () {
        yield* pacer.acquire('sorsa:a');
        yield* pacer.acquire('sorsa:b');
        return true;
      }),
    { perWindow: 1 },
  );
  expect(done).toBe(true);
});

test('an X endpoint at 0 remaining pauses until its reset; others go on', async () => {
  const outcome = await onTestClock((pacer) =>
    Effect.gen(function* () {
      yield* pacer.observe('x:GET /2/users/me', exhausted('rate-limit', 5_000));
      const paused = yield* pacer.pausedUntil('x:GET /2/users/me');
      const fiber = yield* Effect.forkChild(pacer.acquire('x:GET /2/users/me'));
      yield* pacer.acquire('x:GET /2/tweets');
      yield* TestClock.adjust(4_999);
      yield* settle;
      const before = fiber.pollUnsafe() !== undefined;
      yield* TestClock.adjust(1);
      yield* Fiber.join(fiber);
      return { paused, before, after: yield* pacer.pausedUntil('x:GET /2/users/me') };
    }),
  );
  expect(outcome).toEqual({ paused: 5_000, before: false, after: undefined });
});

test('an exhausted 24-hour family pauses every X endpoint', async () => {
  const waiting = await onTestClock((pacer) =>
    Effect.gen(function* () {
      yield* pacer.observe('x:GET /2/users/me', exhausted('app-24hour', 60_000));
      const fiber = yield* Effect.forkChild(pacer.acquire('x:POST /2/tweets'));
      yield* settle;
      const before = fiber.pollUnsafe() === undefined;
      yield* TestClock.adjust(60_000);
      yield* Fiber.join(fiber);
      return before;
    }),
  );
  expect(waiting).toBe(true);
});

test('over HTTP: 45 concurrent Sorsa calls stay under 20 per second, none gets a 429', async () => {
  const sim = await startSimulator();
  // Core's default 25 ms margin assumes arrivals spread less than that; with the other test files
  // loading the machine, 20 simultaneous local requests arrived up to ~350 ms apart.
  const layer = XApiClient.layer({ baseUrl: sim.url, apiKey: Redacted.make('paced-key') }).pipe(
    Layer.provide(XApiPacer.layer({ marginMs: 500 })),
    Layer.provide(FetchHttpClient.layer),
  );
  const statuses = await Effect.runPromise(
    withClient(layer, (x) =>
      Effect.forEach(Array.from({ length: 45 }), () => Effect.map(x.get('/v3/info'), (r) => r.status), {
        concurrency: 'unbounded',
      }),
    ),
  );
  await sim.close();
  expect(statuses.filter((status) => status === 200)).toHaveLength(45);
});

test('over HTTP: without pacing the same burst collects RateLimited', async () => {
  const sim = await startSimulator();
  const layer = simClient(sim, { apiKey: Redacted.make('unpaced-key'), pace: false });
  const tags = await Effect.runPromise(
    withClient(layer, (x) =>
      Effect.forEach(
        Array.from({ length: 45 }),
        () =>
          x.get('/v3/info').pipe(
            Effect.as('ok'),
            Effect.catchTag('RateLimited', (e) => Effect.succeed(e._tag)),
          ),
        { concurrency: 'unbounded' },
      ),
    ),
  );
  await sim.close();
  expect(tags.filter((tag) => tag === 'RateLimited').length).toBeGreaterThan(0);
});

test('over HTTP, on a controlled clock: X pacing holds the call after the window is used up', async () => {
  const clock = createManualClock();
  const sim = await startSimulator({
    clock,
    xLimits: { 'GET /2/users/me': { limit: 2, windowMs: 900_000 } },
  });
  const layer = XApiClient.layer({ baseUrl: sim.url, pace: { x: true } }).pipe(
    Layer.provide(XApiPacer.layer()),
    Layer.provide(FetchHttpClient.layer),
  );
  const statuses = await Effect.runPromise(
    Effect.gen(function* () {
      const fiber = yield* Effect.forkChild(
        withClient(layer, (x) =>
          Effect.forEach([1, 2, 3], () => Effect.map(x.get('/2/users/me'), (r) => r.status)),
        ),
      );
      yield* Effect.promise(() => until(() => sim.requestCount() === 2));
      yield* Effect.promise(() => realDelay(50));
      expect(sim.requestCount()).toBe(2);
      clock.advance(900_000);
      yield* TestClock.adjust(900_000);
      return yield* Fiber.join(fiber);
    }).pipe(Effect.provide(TestClock.layer())),
  );
  await sim.close();
  expect(statuses).toEqual([200, 200, 200]);
});
