import type { RateLimitState } from '@xapi-errors/core';
import { createManualClock, startSimulator } from '@xapi-errors/testkit';
import { Cause, Clock, Effect, Fiber, Layer, Redacted } from 'effect';
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
          () =>
            pacer.paced(
              'sorsa:k',
              Effect.sync(() => count++),
            ),
          { concurrency: 'unbounded' },
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

test('a turn holds its slot until one window after its response, and the response wakes the next', async () => {
  const sentAt = await onTestClock(
    (pacer) =>
      Effect.gen(function* () {
        const sent: number[] = [];
        const request = Effect.flatMap(Clock.currentTimeMillis, (now) =>
          Effect.sync(() => sent.push(now)).pipe(Effect.andThen(Effect.sleep('500 millis'))),
        );
        const fiber = yield* Effect.forkChild(
          Effect.forEach([1, 2, 3], () => pacer.paced('sorsa:slow', request), { concurrency: 'unbounded' }),
        );
        yield* settle;
        yield* TestClock.adjust(500);
        yield* settle;
        const waiting = [...sent];
        yield* TestClock.adjust(1024);
        yield* settle;
        const justBefore = [...sent];
        yield* TestClock.adjust(1);
        yield* settle;
        yield* TestClock.adjust(500);
        yield* Fiber.join(fiber);
        return { waiting, justBefore, all: sent };
      }),
    { perWindow: 2 },
  );
  expect(sentAt).toEqual({ waiting: [0, 0], justBefore: [0, 0], all: [0, 0, 1525] });
});

test('acquire: the returned effect marks the response arrived before the scope closes', async () => {
  const sentAt = await onTestClock(
    (pacer) =>
      Effect.gen(function* () {
        const sent: number[] = [];
        const request = Effect.scoped(
          Effect.gen(function* () {
            const answered = yield* pacer.acquire('sorsa:early');
            sent.push(yield* Clock.currentTimeMillis);
            yield* Effect.sleep('100 millis');
            yield* answered;
            yield* Effect.sleep('5 seconds');
          }),
        );
        yield* Effect.forkChild(Effect.forEach([1, 2], () => request, { concurrency: 'unbounded' }));
        yield* settle;
        yield* TestClock.adjust(100);
        yield* settle;
        yield* TestClock.adjust(1024);
        yield* settle;
        const justBefore = [...sent];
        yield* TestClock.adjust(1);
        yield* settle;
        return { justBefore, all: sent };
      }),
    { perWindow: 1 },
  );
  expect(sentAt).toEqual({ justBefore: [0], all: [0, 1125] });
});

test('an interrupted request counts as answered when it ends', async () => {
  const sentAt = await onTestClock(
    (pacer) =>
      Effect.gen(function* () {
        const hanging = yield* Effect.forkChild(pacer.paced('sorsa:hang', Effect.never));
        yield* settle;
        const next = yield* Effect.forkChild(pacer.paced('sorsa:hang', Clock.currentTimeMillis));
        yield* TestClock.adjust(200);
        yield* Fiber.interrupt(hanging);
        yield* settle;
        yield* TestClock.adjust(1025);
        return yield* Fiber.join(next);
      }),
    { perWindow: 1 },
  );
  expect(sentAt).toBe(1225);
});

test('keys are paced apart', async () => {
  const done = await onTestClock(
    (pacer) =>
      Effect.gen(function* () {
        yield* pacer.paced('sorsa:a', Effect.void);
        yield* pacer.paced('sorsa:b', Effect.void);
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
      const fiber = yield* Effect.forkChild(pacer.paced('x:GET /2/users/me', Effect.void));
      yield* pacer.paced('x:GET /2/tweets', Effect.void);
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

test('a reset X window lets only its limit go; the next call waits for the first answer, then the reset it names', async () => {
  const key = 'x:GET /2/users/me';
  const outcome = await onTestClock((pacer) =>
    Effect.scoped(
      Effect.gen(function* () {
        yield* pacer.observe(key, exhausted('rate-limit', 5_000));
        yield* TestClock.adjust(5_000);
        // The window's limit (15) goes out; none is answered yet.
        const answers = yield* Effect.forEach(Array.from({ length: 15 }), () => pacer.acquire(key));
        const next = yield* Effect.forkChild(pacer.paced(key, Effect.void));
        yield* settle;
        const heldForAnswer = next.pollUnsafe() === undefined;
        // The first answer: the new window, all 15 counted, resets at 905 000.
        yield* pacer.observe(key, exhausted('rate-limit', 905_000));
        yield* answers[0] ?? Effect.void;
        yield* settle;
        const heldForReset = next.pollUnsafe() === undefined;
        yield* TestClock.adjust(900_000);
        yield* Fiber.join(next);
        return { heldForAnswer, heldForReset };
      }),
    ),
  );
  expect(outcome).toEqual({ heldForAnswer: true, heldForReset: true });
});

test('an exhausted 24-hour family pauses its endpoint, not another one', async () => {
  const waiting = await onTestClock((pacer) =>
    Effect.gen(function* () {
      yield* pacer.observe('x:POST /2/tweets', exhausted('app-24hour', 60_000));
      const posting = yield* Effect.forkChild(pacer.paced('x:POST /2/tweets', Effect.void));
      const reading = yield* Effect.forkChild(pacer.paced('x:GET /2/users/me', Effect.void));
      yield* settle;
      const held = {
        posting: posting.pollUnsafe() === undefined,
        reading: reading.pollUnsafe() === undefined,
      };
      yield* TestClock.adjust(60_000);
      yield* Fiber.join(posting);
      return held;
    }),
  );
  expect(waiting).toEqual({ posting: true, reading: false });
});

test('over HTTP: 45 concurrent Sorsa calls stay under 20 per second, none gets a 429', async () => {
  const sim = await startSimulator();
  const layer = XApiClient.layer({ baseUrl: sim.url, apiKey: Redacted.make('paced-key') }).pipe(
    Layer.provide(XApiPacer.layer()),
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

test('over HTTP, on a controlled clock: a failed Sorsa call frees its slot one window after it failed', async () => {
  const sim = await startSimulator();
  sim.script('GET /v3/info', ['reset', 'ok']);
  const layer = XApiClient.layer({ baseUrl: sim.url, apiKey: Redacted.make('one-per-second') }).pipe(
    Layer.provide(XApiPacer.layer({ perWindow: 1 })),
    Layer.provide(FetchHttpClient.layer),
  );
  const outcome = await Effect.runPromise(
    Effect.gen(function* () {
      const x = yield* XApiClient;
      const first = yield* Effect.map(Effect.flip(x.get('/v3/info')), (error) => error._tag);
      const second = yield* Effect.forkChild(Effect.map(x.get('/v3/info'), (r) => r.status));
      yield* TestClock.adjust(1024);
      yield* Effect.promise(() => realDelay(50));
      const held = sim.requestCount('GET /v3/info');
      yield* TestClock.adjust(1);
      return { first, held, second: yield* Fiber.join(second) };
    }).pipe(Effect.provide(layer), Effect.provide(TestClock.layer())),
  );
  await sim.close();
  expect(outcome).toEqual({ first: 'NetworkError', held: 1, second: 200 });
});

test('options out of range are a defect naming the option, not a pacer that holds every request', async () => {
  const exit = await Effect.runPromiseExit(XApiPacer.make({ perWindow: 0 }));
  expect(exit._tag).toBe('Failure');
  const defect = exit._tag === 'Failure' ? Cause.squash(exit.cause) : undefined;
  expect(defect).toBeInstanceOf(RangeError);
  expect((defect as Error).message).toBe('pacer.perWindow must be an integer of at least 1, got 0');
});
