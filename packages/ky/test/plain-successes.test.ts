import { createRetryBudget } from '@xapi-errors/core';
import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';
import { afterResponse } from './support/ky-hooks.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { xLimits: { 'GET /2/users/me': { limit: 5, windowMs: 900_000 } } },
);

test('a plain success is classified when asked, rate limits included', async () => {
  const api = withXApi(createKy(sim.url));
  const response = await api.get('2/users/me');
  expect(await response.json()).toMatchObject({ data: { id: expect.any(String) } });

  const classification = getClassification(response);
  expect(classification).toMatchObject({ ok: true, kind: 'ok', partial: false, problems: [], dialect: 'v2' });
  expect(classification?.entry?.id).toBe('v2/http-200');
  expect(classification?.message).toBe('200 ok [v2/http-200]');
  expect(classification?.rateLimit?.families).toEqual([
    expect.objectContaining({ name: 'rate-limit', limit: 5, remaining: 4 }),
  ]);
});

test("the clone ky hands an afterResponse hook shares the response's classification", async () => {
  const seen: unknown[] = [];
  const api = withXApi(
    createKy(sim.url, {
      hooks: { afterResponse: [afterResponse((response) => void seen.push(getClassification(response)))] },
    }),
  );
  const response = await api.get('2/users/me');

  expect(seen).toHaveLength(1);
  expect(seen[0]).toBe(getClassification(response));
  expect(seen[0]).toMatchObject({ ok: true, status: 200 });
});

test('a plain success refunds the retry budget like any first-try success', async () => {
  const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
  expect(budget.tryAcquire('unavailable')).toBe(5);
  const api = withXApi(createKy(sim.url), { budget });

  await api.get('2/users/me').json();

  expect(budget.available).toBe(6);
});
