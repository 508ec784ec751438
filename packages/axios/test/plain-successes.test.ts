import { createRetryBudget } from '@xapi-errors/core';
import { useSimulator } from '@xapi-errors/testkit';
import type { AxiosResponse } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification } from '../src/index.ts';
import { classifiedBody } from '../src/to-classify-input.ts';
import { xapiClient } from './support.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { xLimits: { 'GET /2/users/me': { limit: 5, windowMs: 900_000 } } },
);

test('a plain success is classified when asked, rate limits included', async () => {
  const response = await xapiClient(sim.url).get('/2/users/me');

  const classification = getClassification(response);
  expect(classification).toMatchObject({ ok: true, kind: 'ok', partial: false, problems: [], dialect: 'v2' });
  expect(classification?.entry?.id).toBe('v2/http-200');
  expect(classification?.rateLimit?.families).toEqual([
    expect.objectContaining({ name: 'rate-limit', limit: 5, remaining: 4 }),
  ]);
  expect(getClassification(response)).toBe(classification);
});

test('what the caller does to the parsed body changes nothing in it', async () => {
  const response = await xapiClient(sim.url).get('/2/users/me');
  response.data.errors = [
    { title: 'Not Found Error', type: 'https://api.x.com/2/problems/resource-not-found' },
  ];

  expect(getClassification(response)).toMatchObject({ ok: true, partial: false, problems: [] });
});

test('a plain success refunds the retry budget like any first-try success', async () => {
  const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
  expect(budget.tryAcquire('unavailable')).toBe(5);

  await xapiClient(sim.url, { budget }).get('/2/users/me');

  expect(budget.available).toBe(6);
});

test('a failed first attempt still gets the whole retry loop', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
  const response = await xapiClient(sim.url, { retry: { baseDelayMs: 1, capDelayMs: 2 } }).get('/2/users/me');

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(3);
  expect(getClassification(response)).toMatchObject({ ok: true });
});

test('a 2xx that is not JSON is data, whatever its text looks like, as in the fetch and ky adapters', async () => {
  const api = xapiClient(sim.url);
  for (const responseType of ['json', 'text', 'arraybuffer'] as const) {
    sim.script('GET /2/users/me', [
      { status: 200, headers: { 'content-type': 'text/plain' }, body: '{not json' },
    ]);
    const response = await api.get('/2/users/me', { responseType });
    expect(response.status, responseType).toBe(200);
    expect(getClassification(response), responseType).toMatchObject({ ok: true, problems: [] });
  }
  // A JSON 2xx is still searched: only errors means it failed.
  sim.script('GET /2/users/me', [
    {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"errors":[{"title":"Not Found Error"}]}',
    },
  ]);
  await expect(api.get('/2/users/me')).rejects.toMatchObject({ classification: { ok: false } });
});

test("a 2xx's content type is read in any spelling, as a mock or custom adapter may give it", () => {
  const data = { errors: [{ title: 'Not Found Error' }] };
  const answer = (headers: Record<string, string>) =>
    classifiedBody({ status: 200, statusText: 'OK', headers, data, config: {} } as unknown as AxiosResponse);
  expect(answer({ 'Content-Type': 'application/json' })).toBe(data);
  expect(answer({ 'CONTENT-TYPE': 'application/problem+json' })).toBe(data);
  expect(answer({ 'Content-Type': 'text/plain' })).toBeUndefined();
  expect(answer({})).toBeUndefined();
});
