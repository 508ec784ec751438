import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type RateLimitEvent, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator(
  { beforeAll, afterAll },
  { xLimits: { 'GET /2/users/me': { limit: 2, windowMs: 1000 } } },
);

test('a burst of 100 Sorsa requests is paced to 20/s per key and gets no 429', async () => {
  sim.reset();
  const limits: RateLimitEvent[] = [];
  const api = withXApi(createKy(sim.url, { headers: { ApiKey: 'burst-key' }, timeout: false }), {
    // The default 25 ms margin assumes requests reach the server within 25 ms of each other's
    // delay; on a loaded test machine the first 20 (each opening a connection) arrive up to ~300 ms
    // later than the rest, so the margin is widened to keep this test about pacing, not load.
    pacer: { marginMs: 400 },
    onRateLimit: (event) => limits.push(event),
  });

  const statuses = await Promise.all(
    Array.from({ length: 100 }, async (_, i) => (await api.get(`v3/users/${i}`)).status),
  );

  expect(statuses.every((status) => status === 200)).toBe(true);
  expect(sim.requestCount()).toBe(100);
  expect(limits.filter((event) => event.source === 'response')).toEqual([]);
  expect(limits.some((event) => event.source === 'pacer')).toBe(true);
});

test('with pace.x an X endpoint pauses at 0 remaining until its reset instead of collecting 429s', async () => {
  sim.reset();
  const limits: RateLimitEvent[] = [];
  const api = withXApi(createKy(sim.url), {
    pace: { x: true },
    onRateLimit: (event) => limits.push(event),
  });

  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await api.get('2/users/me')).status);

  expect(statuses).toEqual([200, 200, 200, 200, 200]);
  expect(sim.requestCount('GET /2/users/me')).toBe(5);
  expect(limits.filter((event) => event.source === 'response')).toEqual([]);
  expect(limits.some((event) => event.source === 'pacer')).toBe(true);
});
