import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { ErrorEvent, RateLimitEvent } from '../src/index.ts';
import { startOfNextSecond, xapiClient } from './support.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  {
    xLimits: { 'GET /2/users/:id': { limit: 2, windowMs: 1000 } },
    scriptedResetMs: 120_000,
  },
);

test('an exhausted v2 window waits until its reset, then succeeds', async () => {
  const limits: RateLimitEvent[] = [];
  const api = xapiClient(sim.url, { onRateLimit: (event) => limits.push(event) });
  await startOfNextSecond();
  await api.get('/2/users/2244994945');
  await api.get('/2/users/2244994945');

  const response = await api.get('/2/users/2244994945');

  expect(response.status).toBe(200);
  expect(sim.requestCount()).toBe(4);
  expect(limits).toHaveLength(1);
  expect(limits[0]?.source).toBe('response');
  expect(limits[0]?.classification?.kind).toBe('rate-limited');
  expect(limits[0]?.waitMs).toBeGreaterThan(0);
});

test('with X pacing on, the request waits for the reset before it is sent and never meets the 429', async () => {
  const limits: RateLimitEvent[] = [];
  const api = xapiClient(sim.url, { pace: { x: true }, onRateLimit: (event) => limits.push(event) });
  await startOfNextSecond();
  await api.get('/2/users/2244994945');
  await api.get('/2/users/2244994945');

  const response = await api.get('/2/users/2244994945');

  expect(response.status).toBe(200);
  expect(sim.requestCount()).toBe(3);
  expect(limits.map((event) => event.source)).toEqual(['pacer']);
});

test('a wait longer than maxDelayMs rejects at once with the classification instead of hanging', async () => {
  sim.script('GET /2/users/me', ['v2/http-429', 'ok']);
  const errors: ErrorEvent[] = [];
  const api = xapiClient(sim.url, { retry: { maxDelayMs: 1000 }, onError: (event) => errors.push(event) });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.kind).toBe('rate-limited');
  expect(error.retryAfterMs).toBeGreaterThan(1000);
  expect(error.attempts).toBe(1);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
  expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-delay']);
});
