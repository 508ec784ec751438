import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { isXApiError, withXApi } from '../src/index.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const burst = (xfetch: typeof fetch, count: number): Promise<PromiseSettledResult<Response>[]> =>
  Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      xfetch(`${sim.url}/v3/info?username=user${i}`, { headers: { ApiKey: 'burst-key' } }),
    ),
  );

const rateLimited = (results: PromiseSettledResult<Response>[]): number =>
  results.filter(
    (result) => result.status === 'rejected' && isXApiError(result.reason) && result.reason.status === 429,
  ).length;

test('a burst of 100 Sorsa requests is paced to 20/s by default and gets no 429', async () => {
  const xfetch = withXApi(fetch, { retry: false });

  const results = await burst(xfetch, 100);

  expect(rateLimited(results)).toBe(0);
  expect(results.every((result) => result.status === 'fulfilled' && result.value.status === 200)).toBe(true);
  expect(sim.requestCount()).toBe(100);
});

test('the same burst without pacing collects 429s', async () => {
  const xfetch = withXApi(fetch, { retry: false, pace: false });
  // The simulator's Sorsa windows are whole seconds of the clock: a burst straddling a boundary
  // could land 20 in each and meet no 429. Started just past one, all 40 land in one window.
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));

  const results = await burst(xfetch, 40);

  expect(rateLimited(results)).toBeGreaterThan(0);
});

test('each Sorsa key is paced on its own', async () => {
  const xfetch = withXApi(fetch, { retry: false, pacer: { perWindow: 1, windowMs: 60_000 } });
  const call = (key: string) => xfetch(`${sim.url}/v3/info`, { headers: { ApiKey: key } });

  const responses = await Promise.all([call('key-a'), call('key-b'), call('key-c')]);

  expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
});
