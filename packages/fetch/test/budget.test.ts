import { createRetryBudget } from '@xapi-errors/core';
import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ErrorEvent, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { faults: { rate: 1, kinds: ['over-capacity-503'], paths: ['/2/users'] } },
);

const outage = (xfetch: typeof fetch) => xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

test('during an outage the budget runs dry and later requests fail after one attempt', async () => {
  const errors: ErrorEvent[] = [];
  // Room for two retries at the default cost of 5.
  const xfetch = withXApi(fetch, {
    retry: fastRetry,
    budget: { capacity: 10 },
    onError: (event) => errors.push(event),
  });

  await outage(xfetch);
  await outage(xfetch);
  await outage(xfetch);

  expect(errors.map((event) => [event.attempts, event.reason])).toEqual([
    [3, 'budget-exhausted'],
    [1, 'budget-exhausted'],
    [1, 'budget-exhausted'],
  ]);
  expect(sim.requestCount()).toBe(5);
});

test('each withXApi instance has its own budget', async () => {
  const first = withXApi(fetch, { retry: fastRetry, budget: { capacity: 5 } });
  const second = withXApi(fetch, { retry: fastRetry, budget: { capacity: 5 } });
  await outage(first);

  const error = await outage(second);

  expect(error.attempts).toBe(2);
});

test('a budget object passed to several instances is shared by all of them', async () => {
  const budget = createRetryBudget({ capacity: 5 });
  const first = withXApi(fetch, { retry: fastRetry, budget });
  const second = withXApi(fetch, { retry: fastRetry, budget });
  await outage(first);

  const error = await outage(second);

  expect(error.attempts).toBe(1);
  expect(budget.available).toBe(0);
});

test('budget: false leaves only the retry limit', async () => {
  const xfetch = withXApi(fetch, { retry: { ...fastRetry, limit: 2 }, budget: false });

  const attempts = [(await outage(xfetch)).attempts, (await outage(xfetch)).attempts];

  expect(attempts).toEqual([3, 3]);
});

test('rate limits do not spend budget', async () => {
  sim.script('GET /v3/info', ['sorsa/http-429', 'sorsa/http-429', 'ok']);
  const budget = createRetryBudget({ capacity: 5 });
  const xfetch = withXApi(fetch, { retry: fastRetry, budget });

  const response = await xfetch(`${sim.url}/v3/info`, { headers: { ApiKey: 'k' } });

  expect(response.status).toBe(200);
  expect(budget.available).toBe(5);
});
