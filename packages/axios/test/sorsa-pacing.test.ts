import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startOfNextSecond, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, afterAll });

test('a burst of 100 Sorsa requests on one key is paced to 20 a second and meets no 429', async () => {
  // With retries off, a single 429 would reject its request.
  const api = xapiClient(sim.url, { retry: false });

  const results = await Promise.allSettled(
    Array.from({ length: 100 }, () =>
      api.get('/v3/info', { params: { username: 'x' }, headers: { ApiKey: 'burst-key' } }),
    ),
  );

  expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
  expect(sim.requestCount()).toBe(100);
  // Pacing 100 requests takes at least five windows by design; leave room on a busy machine.
}, 60_000);

test('pace: false sends the burst at once and the API answers the excess with 429s', async () => {
  const api = xapiClient(sim.url, { retry: false, pace: false });
  await startOfNextSecond();

  const results = await Promise.allSettled(
    Array.from({ length: 40 }, () => api.get('/v3/info', { headers: { ApiKey: 'unpaced-key' } })),
  );

  const rejected = results.filter((result) => result.status === 'rejected');
  expect(rejected.length).toBeGreaterThan(0);
  expect(rejected.every((result) => (result.reason as { kind?: string }).kind === 'rate-limited')).toBe(true);
});
