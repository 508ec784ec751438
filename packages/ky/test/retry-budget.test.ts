import { createRetryBudget } from '@xapi-errors/core';
import { useSimulator } from '@xapi-errors/testkit';
import ky from 'ky';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ErrorEvent, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('one budget is shared by every request of an instance, and not with another instance', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'v2/http-503', 'v2/http-503', 'v2/http-503']);
  const errors: ErrorEvent[] = [];
  const options = {
    retry: { baseDelayMs: 5, limit: 5 },
    budget: { capacity: 10, retryCost: 5 },
    onError: (event: ErrorEvent) => errors.push(event),
  };
  const api = withXApi(createKy(sim.url), options);

  await expect(api.get('2/users/me')).rejects.toMatchObject({ kind: 'unavailable', attempts: 3 });
  await expect(api.get('2/users/me')).rejects.toMatchObject({ kind: 'unavailable', attempts: 1 });
  const other = withXApi(createKy(sim.url), options);
  const response = await other.get('2/users/me');

  expect(response.status).toBe(200);
  expect(errors.map((event) => event.reason)).toEqual(['budget-exhausted', 'budget-exhausted']);
  // 3 + 1 for the drained instance; the fresh one meets the last 503, retries from its own budget, succeeds.
  expect(sim.requestCount('GET /2/users/me')).toBe(6);
});

test('a request fetch could never send (a blocked port) is refused at once, spending nothing', async () => {
  const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
  const api = withXApi(ky.create({ retry: 0 }), { retry: { baseDelayMs: 5, limit: 5 }, budget });
  for (const url of ['http://127.0.0.1:6000/2/users/me?access_token=CANARYtoken42']) {
    const error = await api.get(url).catch((caught: unknown) => caught);
    expect(error, url).toBeInstanceOf(TypeError);
    expect(String(error), url).toMatch(
      /^TypeError: Request could not be built \(fetch blocks port 6000\): GET /,
    );
    expect(String(error), url).not.toContain('CANARY');
  }
  expect(budget.available).toBe(10);
});
