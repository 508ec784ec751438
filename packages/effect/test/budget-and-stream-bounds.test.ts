import { createRetryBudget } from '@xapi-errors/core';
import { startSimulator, useSimulator } from '@xapi-errors/testkit';
import { Effect, Exit, Schedule, Stream } from 'effect';
import { HttpClientRequest } from 'effect/http';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { XApiSchedule } from '../src/index.ts';
import { drive, simClient, withClient } from './harness.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

/** Settles as `promise` does, or rejects after `ms` of real time. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms),
    ),
  ]);
}

// Guards against: the `timeout` option no longer bounds a stream's connection.
test('timeout bounds the connection of a stream that never answers', async () => {
  sim.script('GET /2/tweets/search/stream', ['hang']);
  const layer = simClient(sim, { timeout: '200 millis', stallTimeout: false });

  const error = await within(
    Effect.runPromise(
      Effect.flip(
        withClient(layer, (x) =>
          Stream.runCollect(x.stream(HttpClientRequest.get('/2/tweets/search/stream'))),
        ),
      ),
    ),
    5_000,
  );

  expect(error._tag).toBe('Timeout');
  expect(error.classification.retryable).toBe(true);
});

// Guards against: the tokens an earlier call's retries took, when that call gave up, are not
// forgotten, so the next call to the same URL in the fiber gives them back on its first success.
test("a new call's success does not give back what an earlier call that gave up had taken", async () => {
  const budget = createRetryBudget(); // 100 tokens, 5 per retry, 1 back per success
  const schedule = Schedule.max([
    XApiSchedule.transientWith({ baseDelayMs: 1, capDelayMs: 1 }),
    Schedule.recurs(1),
    XApiSchedule.budgeted(budget),
  ]);
  sim.script('GET /2/tweets/:id', ['v2/http-500', 'v2/http-500', 'ok']);
  const exit = await drive(
    withClient(simClient(sim, { budget }), (x) =>
      Effect.gen(function* () {
        const gaveUp = yield* Effect.exit(x.get('/2/tweets/20').pipe(Effect.retry(schedule)));
        expect(Exit.isFailure(gaveUp)).toBe(true);
        return yield* x.get('/2/tweets/20');
      }),
    ),
    '1 second',
  );

  expect(Exit.isSuccess(exit)).toBe(true);
  expect(sim.requestCount('GET /2/tweets/:id')).toBe(3);
  // The retry took 5, and the failure where Schedule.recurs stopped took 5 more (a combined
  // schedule steps every part); the later first-try success refunds 1, not the 10 the earlier call owed.
  expect(budget.available).toBe(91);
});

// Guards against: a 2xx with partial errors no longer pays back into the budget (core's loop,
// and the client's own docs, count partial successes as successes).
test('a partial success refunds the budget like any other success', async () => {
  const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
  expect(budget.tryAcquire('unavailable')).toBe(5);
  sim.script('GET /2/users', ['partial']);

  const response = await Effect.runPromise(
    withClient(simClient(sim, { budget }), (x) => x.get('/2/users?ids=2244994945,13')),
  );

  expect(response.partial).toBe(true);
  expect(budget.available).toBe(6);
});

// Guards against: the default stall timeout (30 s) dropped: a stream that silently stalls
// waits for ever unless the caller set `stallTimeout` themselves.
test('without a stallTimeout of its own, a silent stream fails with Timeout after the default 30 s', async () => {
  const silent = await startSimulator({ stream: { keepAliveMs: 600_000, dataIntervalMs: 600_000 } });
  try {
    const exit = await within(
      drive(
        Effect.flip(
          withClient(simClient(silent), (x) =>
            Stream.runCollect(x.stream(HttpClientRequest.get('/2/tweets/search/stream'))),
          ),
        ),
        '10 seconds',
      ),
      10_000,
    );

    expect(Exit.isSuccess(exit)).toBe(true);
    const error = Exit.isSuccess(exit) ? exit.value : undefined;
    expect(error?._tag).toBe('Timeout');
    expect(error?.message).toContain('stream stalled');
  } finally {
    await silent.close();
  }
});
