import {
  classify,
  classifyNetworkError,
  createRetryBudget,
  type EntryId,
  getEntry,
  type RetryBudgetOptions,
} from '@xapi-errors/core';
import { createManualClock, type Simulator, startSimulator } from '@xapi-errors/testkit';
import { Duration, Effect, Exit, Fiber, Pull, Random, Schedule, Stream } from 'effect';
import { HttpBody, HttpClientRequest } from 'effect/http';
import { TestClock } from 'effect/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fromClassification, type XApiError, XApiSchedule } from '../src/index.ts';
import { drive, realDelay, recorded, routeOf, simClient, until, withClient } from './harness.ts';

function errorOf(id: EntryId, method = 'GET'): XApiError {
  const example = getEntry(id)?.example;
  if (!example) throw new Error(`no example for ${id}`);
  // Five seconds before the example's reset.
  return fromClassification(classify({ ...example, method, now: Date.UTC(2025, 11, 31, 23, 59, 55) }));
}

function failureTag<A>(exit: Exit.Exit<A, XApiError>): string | undefined {
  if (Exit.isSuccess(exit)) return undefined;
  const reason = exit.cause.reasons[0];
  return reason?._tag === 'Fail' ? reason.error._tag : reason?._tag;
}

const networkError = fromClassification(classifyNetworkError({ code: 'ECONNRESET' }, { method: 'GET' }));

/** The delay in ms each input gets from one run of the schedule, or `stop` once it ends. */
function delays(
  schedule: Schedule.Schedule<Duration.Duration, unknown>,
  inputs: readonly unknown[],
): Promise<(number | 'stop')[]> {
  return Effect.runPromise(
    Effect.gen(function* () {
      const step = yield* Schedule.toStep(schedule);
      const out: (number | 'stop')[] = [];
      for (const input of inputs) {
        out.push(
          yield* step(0, input).pipe(
            Effect.map(([, delay]) => Duration.toMillis(delay)),
            Pull.catchDone(() => Effect.succeed('stop' as const)),
          ),
        );
      }
      return out;
    }),
  );
}

describe('decisions, step by step', () => {
  test('rateLimitAware waits exactly the server timing and stops for what cannot be retried', async () => {
    const limited = errorOf('v2/http-429');
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(await delays(XApiSchedule.rateLimitAware, [limited, limited])).toEqual([
      limited.retryAfterMs,
      limited.retryAfterMs,
    ]);
    expect(await delays(XApiSchedule.rateLimitAware, [errorOf('v2/usage-capped')])).toEqual(['stop']);
    expect(await delays(XApiSchedule.rateLimitAware, [errorOf('v2/credits-depleted')])).toEqual(['stop']);
    expect(await delays(XApiSchedule.rateLimitAware, [new Error('not ours')])).toEqual(['stop']);
  });

  test('budgeted lets transient failures retry while the budget pays, then stops; rate limits pass free', async () => {
    const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
    const unavailable = errorOf('v2/http-503');
    expect(await delays(XApiSchedule.budgeted(budget), [unavailable, unavailable, unavailable])).toEqual([
      0,
      0,
      'stop',
    ]);
    expect(budget.available).toBe(0);
    expect(await delays(XApiSchedule.budgeted(budget), [errorOf('v2/http-429')])).toEqual([0]);
    expect(await delays(XApiSchedule.budgeted(budget), [new Error('not ours')])).toEqual(['stop']);
  });

  test('budgeted stops on what must not be retried, so even in Schedule.min it never resends it', async () => {
    const budget = createRetryBudget();
    const postAfter500 = errorOf('v2/http-500', 'POST');
    expect(postAfter500.retryable).toBe(false);
    expect(await delays(XApiSchedule.budgeted(budget), [postAfter500])).toEqual(['stop']);
    expect(await delays(XApiSchedule.budgeted(budget), [errorOf('v2/usage-capped')])).toEqual(['stop']);
    const union = Schedule.min([XApiSchedule.rateLimitAware, XApiSchedule.budgeted(budget)]);
    expect(await delays(union, [postAfter500])).toEqual(['stop']);
    expect(await delays(union, [errorOf('v2/usage-capped')])).toEqual(['stop']);
    expect(budget.available).toBe(100);
  });

  test('rateLimitAware backs off within core bounds when the response gives no timing', async () => {
    const [first, second] = await delays(XApiSchedule.rateLimitAware, [
      errorOf('v2/http-503'),
      errorOf('v2/http-503'),
    ]);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(300);
    expect(second).toBeLessThan(600);
  });

  test('transient backs off for transient kinds only', async () => {
    const unavailable = errorOf('v2/http-503');
    const steps = await delays(XApiSchedule.transient, [unavailable, unavailable, unavailable]);
    steps.forEach((delay, index) => {
      expect(delay).not.toBe('stop');
      expect(delay).toBeLessThan(300 * 2 ** index);
    });
    expect(await delays(XApiSchedule.transient, [networkError])).not.toEqual(['stop']);
    expect(await delays(XApiSchedule.transient, [errorOf('v2/http-429')])).toEqual(['stop']);
    expect(await delays(XApiSchedule.transient, [errorOf('v2/usage-capped')])).toEqual(['stop']);
    expect(await delays(XApiSchedule.transient, [errorOf('v1.1/http-500', 'POST')])).toEqual(['stop']);
  });

  test("transient keeps retrying a stream endpoint's outage, with X's reconnect timing", async () => {
    const example = getEntry('v2/http-503')?.example;
    if (!example) throw new Error('no example');
    const url = 'https://api.x.com/2/tweets/search/stream';
    const onStream = fromClassification(classify({ ...example, url }));
    expect(onStream.classification.retry).toBe('reconnect');
    expect(await delays(XApiSchedule.transient, [onStream, onStream])).toEqual([5_000, 10_000]);
    // A refused connection (429) is no outage: `streamReconnect` waits for it, `transient` stops.
    const event = fromClassification(classify({ ...example, status: 429, url, body: '' }));
    expect(await delays(XApiSchedule.transient, [event])).toEqual(['stop']);
  });

  test('transientWith changes the steps', async () => {
    const [delay] = await delays(XApiSchedule.transientWith({ baseDelayMs: 10, capDelayMs: 10 }), [
      errorOf('v2/http-503'),
    ]);
    expect(delay).toBeLessThan(10);
  });

  test('jitter draws from Effect Random, so a seed reproduces it', async () => {
    const seeded = (seed: number) =>
      Effect.runPromise(
        Effect.gen(function* () {
          const step = yield* Schedule.toStep(XApiSchedule.transient);
          const out: number[] = [];
          for (let i = 0; i < 4; i++)
            out.push(Duration.toMillis((yield* step(0, errorOf('v2/http-503')))[1]));
          return out;
        }).pipe(Random.withSeed(seed)),
      );
    const once = await seeded(7);
    expect(await seeded(7)).toEqual(once);
    expect(await seeded(8)).not.toEqual(once);
  });

  test("streamReconnect follows X's reconnect guidance", async () => {
    expect(await delays(XApiSchedule.streamReconnect, [networkError, networkError, networkError])).toEqual([
      250, 500, 750,
    ]);
    const refused = errorOf('v2/streaming-connection/TooManyConnections');
    expect(await delays(XApiSchedule.streamReconnect, [refused, refused])).toEqual([60_000, 120_000]);
    const dropped = errorOf('v2/operational-disconnect');
    expect(await delays(XApiSchedule.streamReconnect, [dropped, dropped])).toEqual([0, 10_000]);
    expect(
      await delays(XApiSchedule.streamReconnect, [errorOf('v2/streaming-connection/RuleConfigurationIssue')]),
    ).toEqual(['stop']);
  });
});

describe('over HTTP, on a controlled clock', () => {
  let sim: Simulator;
  const clock = createManualClock();
  beforeAll(async () => {
    sim = await startSimulator({ clock });
  });
  beforeEach(() => sim.reset());
  afterAll(() => sim.close());

  const me = routeOf.v2;

  test('rateLimitAware sends again exactly when the window resets, not a millisecond before', async () => {
    sim.script(me.route, ['v2/http-429', 'ok']);
    const seen: XApiError[] = [];
    const request = withClient(simClient(sim), (x) =>
      x.get(me.path).pipe(
        Effect.tapError((error) => Effect.sync(() => seen.push(error))),
        Effect.retry(XApiSchedule.rateLimitAware),
      ),
    );
    const status = await Effect.runPromise(
      Effect.gen(function* () {
        const fiber = yield* Effect.forkChild(request);
        yield* Effect.promise(() => until(() => seen.length === 1));
        yield* Effect.promise(() => realDelay(20));
        expect(seen[0]?.retryAfterMs).toBe(1000);
        yield* TestClock.adjust(999);
        yield* Effect.promise(() => realDelay(50));
        expect(sim.requestCount(me.route)).toBe(1);
        yield* TestClock.adjust(1);
        const response = yield* Fiber.join(fiber);
        return response.status;
      }).pipe(Effect.provide(TestClock.layer())),
    );
    expect(status).toBe(200);
    expect(sim.requestCount(me.route)).toBe(2);
  });

  test('a usage cap is not retried', async () => {
    sim.script(me.route, ['v2/usage-capped', 'ok']);
    const [schedule, waits] = recorded(XApiSchedule.rateLimitAware);
    const exit = await drive(withClient(simClient(sim), (x) => x.get(me.path).pipe(Effect.retry(schedule))));
    expect(failureTag(exit)).toBe('UsageCapped');
    expect(waits).toEqual([]);
    expect(sim.requestCount(me.route)).toBe(1);
  });

  test('transient retries server trouble until it clears', async () => {
    sim.script(me.route, ['v2/http-503', 'v2/http-500', 'ok']);
    const [schedule, waits] = recorded(XApiSchedule.transient);
    const exit = await drive(
      withClient(simClient(sim), (x) => x.get(me.path).pipe(Effect.retry(schedule))),
      '20 seconds',
    );
    expect(Exit.isSuccess(exit)).toBe(true);
    expect(waits).toHaveLength(2);
    expect(sim.requestCount(me.route)).toBe(3);
  });

  test('transient leaves a rate limit alone', async () => {
    sim.script(me.route, ['v2/http-429', 'ok']);
    const [schedule, waits] = recorded(XApiSchedule.transient);
    const exit = await drive(withClient(simClient(sim), (x) => x.get(me.path).pipe(Effect.retry(schedule))));
    expect(failureTag(exit)).toBe('RateLimited');
    expect(waits).toEqual([]);
    expect(sim.requestCount(me.route)).toBe(1);
  });
});

describe('schedules compose with Effect combinators', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ scriptedResetMs: 900_000 });
  });
  beforeEach(() => sim.reset());
  afterAll(() => sim.close());

  const me = routeOf.v2;
  const attempt = (schedule: Schedule.Schedule<unknown, unknown>) =>
    drive(withClient(simClient(sim), (x) => x.get(me.path).pipe(Effect.retry(schedule))));

  test('Schedule.max with Schedule.recurs(2) allows two retries (the intersection)', async () => {
    sim.script(me.route, ['v2/http-503', 'v2/http-503', 'v2/http-503', 'ok']);
    const exit = await attempt(Schedule.max([XApiSchedule.rateLimitAware, Schedule.recurs(2)]));
    expect(failureTag(exit)).toBe('Unavailable');
    expect(sim.requestCount(me.route)).toBe(3);
  });

  /** One budget for a client and for the README's schedule: `retries`, at most 3, while the budget pays. */
  const budgeted = (
    options: RetryBudgetOptions = {},
    retries: Schedule.Schedule<Duration.Duration, unknown> = XApiSchedule.rateLimitAware,
  ) => {
    const budget = createRetryBudget(options);
    const layer = simClient(sim, { budget });
    const schedule = Schedule.max([retries, Schedule.recurs(3), XApiSchedule.budgeted(budget)]);
    return { budget, layer, schedule };
  };

  test('in an outage a shared budget stops retries; the client earns tokens back with every success', async () => {
    const { budget, layer, schedule } = budgeted({ capacity: 10, retryCost: 5, successRefund: 5 });
    sim.script(
      me.route,
      Array.from({ length: 12 }, () => 'v2/http-503' as const),
    );
    const outage = [1, 2, 3, 4].map(() =>
      drive(withClient(layer, (x) => x.get(me.path).pipe(Effect.retry(schedule)))),
    );
    for (const exit of await Promise.all(outage)) expect(failureTag(exit)).toBe('Unavailable');
    // Four requests and the two retries 10 tokens pay for, where Schedule.recurs(3) alone would send 16.
    expect(sim.requestCount(me.route)).toBe(6);
    expect(budget.available).toBe(0);

    sim.reset();
    await Effect.runPromise(withClient(layer, (x) => x.get(me.path)));
    expect(budget.available).toBe(5);
  });

  test('a call whose retry succeeds gives back what its retry took, so blips never drain the budget', async () => {
    const { budget, layer, schedule } = budgeted(
      { capacity: 100, retryCost: 5, successRefund: 1 },
      XApiSchedule.transientWith({ baseDelayMs: 1, capDelayMs: 1 }),
    );
    for (let call = 0; call < 30; call++) {
      sim.script(me.route, ['v2/http-503', 'ok']);
      const exit = await drive(withClient(layer, (x) => x.get(me.path).pipe(Effect.retry(schedule))));
      expect(Exit.isSuccess(exit)).toBe(true);
    }
    expect(budget.available).toBe(100);
  });

  test('a failure the schedule does not retry (a POST answered 500) costs the budget nothing', async () => {
    const { budget, layer, schedule } = budgeted();
    sim.script(
      'POST /2/tweets',
      Array.from({ length: 5 }, () => 'v2/http-500' as const),
    );
    for (let call = 0; call < 5; call++) {
      const exit = await drive(
        withClient(layer, (x) =>
          x.post('/2/tweets', { body: HttpBody.text('{"text":"hi"}') }).pipe(Effect.retry(schedule)),
        ),
      );
      expect(failureTag(exit)).toBe('ServerError');
    }
    expect(sim.requestCount('POST /2/tweets')).toBe(5);
    expect(budget.available).toBe(100);
  });

  test('upTo({ times: 1 }) allows one retry', async () => {
    sim.script(me.route, ['v2/http-503', 'v2/http-503', 'ok']);
    const exit = await attempt(XApiSchedule.transient.pipe(Schedule.upTo({ times: 1 })));
    expect(failureTag(exit)).toBe('Unavailable');
    expect(sim.requestCount(me.route)).toBe(2);
  });

  test('Schedule.while can refuse a wait that is too long', async () => {
    sim.script(me.route, ['v2/http-429', 'ok']);
    const [patient, waits] = recorded(
      XApiSchedule.rateLimitAware.pipe(
        Schedule.while(({ duration }) => Duration.isLessThanOrEqualTo(duration, Duration.minutes(1))),
      ),
    );
    const exit = await attempt(patient);
    expect(failureTag(exit)).toBe('RateLimited');
    expect(waits).toEqual([]);
    expect(sim.requestCount(me.route)).toBe(1);
  });

  test('without such a bound, rateLimitAware waits out the whole window and succeeds', async () => {
    sim.script(me.route, ['v2/http-429', 'ok']);
    const [schedule, waits] = recorded(XApiSchedule.rateLimitAware);
    const exit = await attempt(schedule);
    expect(Exit.isSuccess(exit)).toBe(true);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(898_000);
    expect(sim.requestCount(me.route)).toBe(2);
  });

  test('transient and rateLimitAware unite with Schedule.min, bounded by Effect.retry times', async () => {
    sim.script(me.route, ['v2/http-503', 'v2/http-429', 'ok']);
    const either = Schedule.min([XApiSchedule.transient, XApiSchedule.rateLimitAware]);
    const exit = await drive(
      withClient(simClient(sim), (x) => x.get(me.path).pipe(Effect.retry({ schedule: either, times: 5 }))),
    );
    expect(Exit.isSuccess(exit)).toBe(true);
    expect(sim.requestCount(me.route)).toBe(3);
  });
});

test('streamReconnect reconnects a dropped stream at once, starting over once data flows again', async () => {
  const sim = await startSimulator({ stream: { dataIntervalMs: 5, disconnectAfter: 2 } });
  const [reconnect, waits] = recorded(XApiSchedule.streamReconnect);
  const exit = await drive(
    withClient(simClient(sim), (x) =>
      x
        .stream(HttpClientRequest.get('/2/tweets/search/stream'))
        .pipe(Stream.retry(reconnect), Stream.take(5), Stream.runCollect),
    ),
    '5 seconds',
  );
  await sim.close();
  expect(Exit.isSuccess(exit) && exit.value.length).toBe(5);
  expect(waits).toEqual([0, 0]);
  expect(sim.requestCount('GET /2/tweets/search/stream')).toBe(3);
});
