import { createRetryBudget } from '@xapi-errors/core';
import { useSimulator } from '@xapi-errors/testkit';
import { Effect, Exit, Schedule } from 'effect';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { XApiSchedule } from '../src/index.ts';
import { drive, simClient, withClient } from './harness.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const healthy = { route: 'GET /2/users/me', path: '/2/users/me' };
const failing = { route: 'GET /2/tweets/:id', path: '/2/tweets/20' };

/** One budget for the client and the README's schedule, with 1 ms backoff steps. */
function budgeted() {
  const budget = createRetryBudget(); // 100 tokens, 5 per retry after a 5xx, 1 back per success
  const schedule = Schedule.max([
    XApiSchedule.transientWith({ baseDelayMs: 1, capDelayMs: 1 }),
    Schedule.recurs(3),
    XApiSchedule.budgeted(budget),
  ]);
  return { budget, layer: simClient(sim, { budget }), schedule };
}

test("in a retried workflow, a healthy call's success does not give back a failing call's retry tokens", async () => {
  const { budget, layer, schedule } = budgeted();
  sim.script(
    failing.route,
    Array.from({ length: 200 }, () => 'v2/http-500' as const),
  );
  const workflow = withClient(layer, (x) =>
    Effect.gen(function* () {
      yield* x.get(healthy.path);
      return yield* x.get(failing.path);
    }).pipe(Effect.retry(schedule)),
  );
  for (let run = 0; run < 30; run++) {
    const exit = await drive(workflow, '1 second');
    expect(Exit.isFailure(exit)).toBe(true);
  }
  // 30 first tries and the retries 100 tokens and the healthy calls' 1-token refunds pay for (54
  // requests in all); were each healthy success to return the failing call's tokens, it would be 105.
  expect(sim.requestCount(failing.route)).toBeLessThanOrEqual(30 + 30);
  expect(budget.available).toBeLessThan(10);
});

test('a workflow whose failing call then succeeds gives back what that call took', async () => {
  const { budget, layer, schedule } = budgeted();
  sim.script(failing.route, ['v2/http-500', 'v2/http-500', 'ok']);
  const exit = await drive(
    withClient(layer, (x) =>
      Effect.gen(function* () {
        yield* x.get(healthy.path);
        return yield* x.get(failing.path);
      }).pipe(Effect.retry(schedule)),
    ),
    '1 second',
  );
  expect(Exit.isSuccess(exit)).toBe(true);
  expect(budget.available).toBe(100);
});
