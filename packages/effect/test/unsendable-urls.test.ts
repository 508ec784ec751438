import { createRetryBudget } from '@xapi-errors/core';
import { useSimulator } from '@xapi-errors/testkit';
import { Cause, Effect, Exit, Schedule } from 'effect';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { XApiSchedule } from '../src/index.ts';
import { drive, simClient, withClient } from './harness.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const canary = 'CANARYpw42';
const withUserinfo = (url: string) => url.replace('http://', `http://user:${canary}@`);

/** Calls `path` under the README's bounded `rateLimitAware`, counting the attempts `Effect.retry` makes. */
async function attempt(path: (simUrl: string) => string, baseUrl?: (simUrl: string) => string) {
  const budget = createRetryBudget();
  const layer = simClient(sim, { budget, ...(baseUrl ? { baseUrl: baseUrl(sim.url) } : {}) });
  const schedule = Schedule.max([
    XApiSchedule.rateLimitAware,
    Schedule.recurs(3),
    XApiSchedule.budgeted(budget),
  ]);
  let attempts = 0;
  const exit = await drive(
    withClient(layer, (x) =>
      Effect.suspend(() => {
        attempts++;
        return x.get(path(sim.url));
      }).pipe(Effect.retry(schedule)),
    ),
    '1 minute',
  );
  return { exit, attempts, budget };
}

test.each([
  ['credentials in the URL', (url: string) => withUserinfo(`${url}/2/users/me`), undefined],
  ['a scheme that is not HTTP', (url: string) => `${url.replace('http:', 'ftp:')}/2/users/me`, undefined],
  ['a port fetch blocks', () => 'http://127.0.0.1:6000/2/users/me', undefined],
])(
  'a URL fetch refuses (%s) is a defect: nothing is sent, retried or charged to the budget',
  async (_name, path, baseUrl) => {
    const { exit, attempts, budget } = await attempt(path, baseUrl);
    if (!Exit.isFailure(exit)) throw new Error('expected a failure');
    expect(Cause.hasDies(exit.cause)).toBe(true);
    expect(attempts).toBe(1);
    expect(sim.requestCount()).toBe(0);
    expect(budget.available).toBe(100);
    const shown = Cause.pretty(exit.cause);
    expect(shown).toContain('Request could not be built');
    expect(shown).not.toContain(canary);
  },
);

test('a reset connection stays a retryable NetworkError', async () => {
  sim.script('GET /2/users/me', ['reset', 'reset', 'reset', 'reset']);
  const { exit, attempts } = await attempt((url) => `${url}/2/users/me`);
  if (!Exit.isFailure(exit)) throw new Error('expected a failure');
  expect(Cause.hasDies(exit.cause)).toBe(false);
  expect(Cause.squash(exit.cause)).toMatchObject({ _tag: 'NetworkError', retryable: true });
  expect(attempts).toBe(4);
});
