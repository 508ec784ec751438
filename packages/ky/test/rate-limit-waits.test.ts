import { startSimulator, useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type RateLimitEvent, type RetryEvent, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 300 });

test('an exhausted v2 window waits exactly until its reset, then succeeds', async () => {
  sim.script('GET /2/users/me', ['v2/rate-limit-exceeded', 'ok']);
  const retries: RetryEvent[] = [];
  const limits: RateLimitEvent[] = [];
  const api = withXApi(createKy(sim.url), {
    onRetry: (event) => retries.push(event),
    onRateLimit: (event) => limits.push(event),
  });

  const body = await api.get('2/users/me').json<{ data: { id: string } }>();

  expect(body.data.id).toMatch(/^\d+$/);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
  expect(retries).toHaveLength(1);
  const [retry] = retries;
  expect(retry?.reason).toBe('server-timing');
  expect(retry?.classification.rateLimit?.exhausted).toMatchObject({ name: 'rate-limit', remaining: 0 });
  expect(retry?.delayMs).toBe(retry?.classification.retryAfterMs);
  expect(limits.map((event) => [event.source, event.waitMs])).toEqual([['response', retry?.delayMs]]);
});

test('a v2 window used up under xLimits is waited out and the request still succeeds', async () => {
  const limited = await startSimulator({ xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 1000 } } });
  try {
    const api = withXApi(createKy(limited.url));

    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api.get('2/users/me')).status);

    expect(statuses).toEqual([200, 200, 200]);
    expect(limited.requestCount('GET /2/users/me')).toBeGreaterThanOrEqual(3);
  } finally {
    await limited.close();
  }
});
