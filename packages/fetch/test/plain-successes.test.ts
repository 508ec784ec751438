import { classify, createRetryBudget } from '@xapi-errors/core';
import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { xLimits: { 'GET /2/users/me': { limit: 5, windowMs: 900_000 } } },
);

test('a plain success is classified only when asked, exactly as classify would, rate limits included', async () => {
  const xfetch = withXApi(fetch);
  const before = Date.now();
  const response = await xfetch(`${sim.url}/2/users/me`);
  const body = (await response.json()) as { data: { id: string } };

  const classification = getClassification(response);
  const classifiedAt = (now: number) =>
    classify({
      status: 200,
      headers: response.headers,
      body: JSON.stringify(body),
      url: `${sim.url}/2/users/me`,
      method: 'GET',
      now,
    });
  const expected = classifiedAt(Date.now());
  expect(classification).toMatchObject({ ok: true, kind: 'ok', partial: false, problems: [], dialect: 'v2' });
  expect(classification?.entry?.id).toBe(expected.entry?.id);
  expect(classification?.message).toBe(expected.message);
  expect(classification?.rateLimit?.families).toEqual([
    expect.objectContaining({ name: 'rate-limit', limit: 5, remaining: 4 }),
  ]);
  // Classified as of its arrival, between `before` and now: the `date` header's whole-second skew
  // may step by a second in between, so the reset lies between the two readings.
  const resetAt = classification?.rateLimit?.families[0]?.resetAt ?? Number.NaN;
  expect(resetAt).toBeGreaterThanOrEqual(classifiedAt(before).rateLimit?.families[0]?.resetAt ?? 0);
  expect(resetAt).toBeLessThanOrEqual(expected.rateLimit?.families[0]?.resetAt ?? 0);
});

test('what the caller does to the parsed body changes nothing in it', async () => {
  const xfetch = withXApi(fetch);
  const response = await xfetch(`${sim.url}/2/users/me`);
  const body = (await response.json()) as Record<string, unknown>;
  body['errors'] = [{ title: 'Not Found Error', type: 'https://api.x.com/2/problems/resource-not-found' }];

  expect(getClassification(response)).toMatchObject({ ok: true, partial: false, problems: [] });
});

test('a response and its clones share one classification, made once', async () => {
  const xfetch = withXApi(fetch);
  const response = await xfetch(`${sim.url}/2/users/me`);
  const copy = response.clone();

  const fromCopy = getClassification(copy);
  expect(fromCopy?.ok).toBe(true);
  expect(getClassification(response)).toBe(fromCopy);
});

test('a plain success refunds the retry budget like any first-try success', async () => {
  const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
  expect(budget.tryAcquire('unavailable')).toBe(5);
  const xfetch = withXApi(fetch, { budget });

  await xfetch(`${sim.url}/2/users/me`);

  expect(budget.available).toBe(6);
});
